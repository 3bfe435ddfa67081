//! The calendar of `sip due --format ics`: every item a `VEVENT`, so that
//! Outlook and Google Calendar, which drop to-dos on import, show them all.
//!
//! A follow-up with a `time` that is not overdue is a timed event in
//! Swedish local time; every other item is an all-day event on its date,
//! or, when overdue, on the check date with the original date in its text
//! (an overdue item is today's work, not last month's). UIDs are stable
//! from run to run (plan, kind, item, the repository's UID domain), so a
//! calendar that re-imports the file updates entries instead of
//! duplicating them. `--alarm-days N` adds a reminder N days before.

use chrono::NaiveDate;

use super::ics::{self, Calendar};
use crate::config::Lang;
use crate::due::{DueItem, Kind, initials};
use crate::i18n::Catalogue;

/// How the calendar is written.
#[derive(Clone, Copy, Debug)]
pub struct Options<'a> {
    pub as_of: NaiveDate,
    pub lang: Lang,
    /// Persons in full instead of initials.
    pub full_names: bool,
    /// A reminder this many days before each event.
    pub alarm_days: Option<u32>,
    /// The UID domain ([`super::domain`]).
    pub domain: &'a str,
}

/// The calendar for `items`.
pub fn calendar(items: &[DueItem], options: &Options<'_>) -> String {
    let cat = Catalogue::built_in(options.lang);
    let mut cal = Calendar::new("sip due", "PUBLISH");
    cal.name(&cat.text("due-calendar-name"));
    let stamp = ics::stamp(options.as_of);
    for item in items {
        let person = if options.full_names {
            item.person.clone()
        } else {
            initials(&item.person)
        };
        let mut summary = String::new();
        if item.overdue {
            summary.push_str(&cat.text("due-calendar-overdue"));
            summary.push_str(": ");
        }
        summary.push_str(&format!(
            "{}: SIP {}",
            capitalise(&cat.text(item.kind.message_id())),
            item.plan
        ));
        if !item.item.is_empty() {
            summary.push_str(&format!(" {}", item.item));
        }
        if let Some(date) = item.follow_up {
            summary.push_str(&format!(" {date}"));
        }
        if !person.is_empty() {
            summary.push_str(&format!(" ({person})"));
        }
        let mut description = vec![
            format!("{}: {}", cat.text("due-calendar-who"), item.who),
            format!("Plan: {}", item.file),
        ];
        if item.overdue {
            description.push(match item.date {
                Some(date) => cat.with(
                    "due-calendar-original-date",
                    &[
                        ("date", date.into()),
                        ("when", cat.relative_days(item.days).into()),
                    ],
                ),
                None => cat.text("due-calendar-no-date"),
            });
        }
        if let Some(mode) = &item.mode {
            let mode = cat.value("mode", mode).unwrap_or_else(|| mode.clone());
            description.push(format!("{}: {mode}", cat.text("due-calendar-mode")));
        }
        if !item.missing.is_empty() {
            description.push(missing_text(cat, &item.missing));
        }

        cal.line("BEGIN:VEVENT");
        cal.line(format!("UID:{}", uid(item, options.domain)));
        cal.line(format!("DTSTAMP:{stamp}"));
        let start = item
            .time
            .as_deref()
            .and_then(ics::time_of_day)
            .filter(|_| item.kind == Kind::FollowUp && !item.overdue);
        match (item.date, start) {
            (Some(date), Some(time)) if !item.overdue => {
                cal.local_span(date.and_time(time), item.duration_minutes.unwrap_or(60));
            }
            (Some(date), _) if !item.overdue => {
                cal.all_day(date);
                cal.line("TRANSP:TRANSPARENT");
            }
            _ => {
                cal.all_day(options.as_of);
                cal.line("TRANSP:TRANSPARENT");
            }
        }
        cal.text("SUMMARY", &summary);
        if let Some(place) = &item.place {
            cal.text("LOCATION", place);
        }
        cal.text("DESCRIPTION", &description.join("\n"));
        cal.line(format!("CATEGORIES:{}", item.kind.as_str().to_uppercase()));
        cal.line("CLASS:CONFIDENTIAL");
        if let Some(days) = options.alarm_days {
            cal.line("BEGIN:VALARM");
            cal.line("ACTION:DISPLAY");
            cal.text("DESCRIPTION", &summary);
            cal.line(format!("TRIGGER:{}", trigger(days)));
            cal.line("END:VALARM");
        }
        cal.line("END:VEVENT");
    }
    cal.finish()
}

/// "Saknas för kallelsen: tid, plats": what an invitation lacks, in words.
pub fn missing_text(cat: &Catalogue, missing: &[&str]) -> String {
    let words: Vec<String> = missing
        .iter()
        .map(|m| cat.text(&format!("due-missing-{m}")))
        .collect();
    cat.with("due-missing", &[("what", words.join(", ").into())])
}

/// `-P3D`: N days before the start; `PT0S` at the start.
fn trigger(days: u32) -> String {
    if days == 0 {
        "PT0S".to_owned()
    } else {
        format!("-P{days}D")
    }
}

/// A UID from the plan id, the kind and the item (actions by id,
/// follow-ups by date) and the repository's UID domain, so the same
/// reminder has the same UID in every run and no other repository's.
fn uid(item: &DueItem, domain: &str) -> String {
    let key = match (item.kind, item.date) {
        (Kind::ActionEnd | Kind::ActionStart, _) => ics::uid_part(&item.item),
        (Kind::InvitationIncomplete, _) => {
            item.follow_up.map(|d| d.to_string()).unwrap_or_default()
        }
        (Kind::FollowUp, Some(date)) => date.to_string(),
        _ => String::new(),
    };
    let mut uid = format!("{}.{}", ics::uid_part(&item.plan), item.kind.as_str());
    if !key.is_empty() {
        uid.push('.');
        uid.push_str(&key);
    }
    uid.push('@');
    uid.push_str(domain);
    uid
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn follow_up(date: &str, time: Option<&str>, overdue: bool) -> DueItem {
        DueItem {
            file: "plans/2027-0300.sip.yaml".into(),
            plan: "2027-0300".into(),
            kind: Kind::FollowUp,
            date: Some(date.parse().unwrap()),
            days: Some(if overdue { -3 } else { 0 }),
            overdue,
            who: "Socialtjänsten".into(),
            item: String::new(),
            person: "Tolvan Tolvansson".into(),
            time: time.map(str::to_owned),
            duration_minutes: time.map(|_| 90),
            place: Some("Rum 3".into()),
            mode: Some("video".into()),
            follow_up: None,
            missing: Vec::new(),
        }
    }

    fn options(alarm_days: Option<u32>) -> Options<'static> {
        Options {
            as_of: "2027-03-01".parse().unwrap(),
            lang: Lang::Sv,
            full_names: false,
            alarm_days,
            domain: "sip.exempel.se",
        }
    }

    #[test]
    fn a_timed_follow_up_is_a_local_time_event_with_the_zone_defined_once() {
        let items = [
            follow_up("2027-03-29", Some("10:00"), false),
            follow_up("2027-10-29", Some("23:00"), false),
            follow_up("2027-11-01", None, false),
        ];
        let ics = calendar(&items, &options(None)).replace("\r\n ", "");
        assert_eq!(ics.matches("BEGIN:VTIMEZONE").count(), 1);
        assert!(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"));
        assert!(ics.contains("DTSTART;TZID=Europe/Stockholm:20270329T100000\r\n"));
        assert!(ics.contains("DTEND;TZID=Europe/Stockholm:20270329T113000\r\n"));
        // An evening meeting ends the next day.
        assert!(ics.contains("DTEND;TZID=Europe/Stockholm:20271030T003000\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20271101\r\n"));
        assert!(ics.contains("LOCATION:Rum 3\r\n"));
        assert!(ics.contains("\\nMötesform: video\r\n"));
        assert!(ics.contains("UID:2027-0300.follow_up.2027-03-29@sip.exempel.se\r\n"));
        assert!(!ics.contains("VALARM") && !ics.contains("VTODO"));
    }

    #[test]
    fn an_overdue_item_is_on_the_check_date_with_its_own_date_in_the_text() {
        let mut action = follow_up("2027-02-26", Some("10:00"), true);
        action.kind = Kind::ActionEnd;
        action.item = "I1".into();
        let items = [follow_up("2027-02-26", Some("10:00"), true), action];
        let ics = calendar(&items, &options(Some(2))).replace("\r\n ", "");
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
        assert_eq!(
            ics.matches("DTSTART;VALUE=DATE:20270301\r\n").count(),
            2,
            "{ics}"
        );
        assert!(!ics.contains("TZID=Europe/Stockholm:2027"), "{ics}");
        assert!(
            ics.contains("SUMMARY:Försenad: Uppföljning: SIP 2027-0300 (T. T.)\r\n"),
            "{ics}"
        );
        assert!(
            ics.contains("Ursprungligt datum: 2027-02-26 (3 dagar sedan)"),
            "{ics}"
        );
        assert_eq!(ics.matches("TRIGGER:-P2D\r\n").count(), 2);
        assert!(ics.contains("UID:2027-0300.action_end.I1@sip.exempel.se\r\n"));
    }

    #[test]
    fn nothing_due_is_still_a_calendar_with_a_component() {
        let ics = calendar(&[], &options(None));
        assert!(ics.contains("BEGIN:VTIMEZONE"), "{ics}");
        assert!(!ics.contains("BEGIN:VEVENT"));
    }
}
