//! iCalendar (RFC 5545): events for follow-ups, to-dos for the other kinds,
//! with UIDs that stay the same from run to run so a calendar that
//! re-imports the file updates entries instead of duplicating them.
//!
//! A follow-up with a `time` is a timed event in Swedish local time
//! (`TZID=Europe/Stockholm`, with the zone's definition in the calendar, as
//! RFC 5545 3.6.5 asks); one without stays an all-day event.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::config::Lang;
use crate::due::{DueItem, Kind, initials};
use crate::i18n::Catalogue;
use crate::personnummer::redact;

/// The calendar for `items`. Persons are named by initials unless `full_names`.
pub fn calendar(items: &[DueItem], as_of: NaiveDate, lang: Lang, full_names: bool) -> String {
    let stamp = format!("{}T000000Z", as_of.format("%Y%m%d"));
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//sip//sip due//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!(
            "X-WR-CALNAME:{}",
            text(&Catalogue::built_in(lang).text("due-calendar-name"))
        ),
    ];
    if items.iter().any(|item| start_time(item).is_some()) {
        lines.extend(STOCKHOLM.iter().map(|l| (*l).to_string()));
    }
    for item in items {
        let person = if full_names {
            item.person.clone()
        } else {
            initials(&item.person)
        };
        let mut summary = format!(
            "{}: SIP {}",
            capitalise(&Catalogue::built_in(lang).text(item.kind.message_id())),
            item.plan
        );
        if !item.item.is_empty() {
            summary.push_str(&format!(" {}", item.item));
        }
        if !person.is_empty() {
            summary.push_str(&format!(" ({person})"));
        }
        let mut description = format!(
            "{}: {}\\nPlan: {}",
            Catalogue::built_in(lang).text("due-calendar-who"),
            text(&item.who),
            text(&item.file)
        );
        if let Some(mode) = &item.mode {
            let cat = Catalogue::built_in(lang);
            let mode = cat.value("mode", mode).unwrap_or_else(|| mode.clone());
            description.push_str(&format!(
                "\\n{}: {}",
                cat.text("due-calendar-mode"),
                text(&mode)
            ));
        }
        let component = if item.kind == Kind::FollowUp {
            "VEVENT"
        } else {
            "VTODO"
        };
        lines.push(format!("BEGIN:{component}"));
        lines.push(format!("UID:{}", uid(item)));
        lines.push(format!("DTSTAMP:{stamp}"));
        match (component, item.date) {
            ("VEVENT", Some(date)) if start_time(item).is_some() => {
                let start = date.and_time(start_time(item).unwrap_or_default());
                let minutes = i64::from(item.duration_minutes.unwrap_or(60));
                let end = start
                    .checked_add_signed(chrono::Duration::minutes(minutes))
                    .unwrap_or(start);
                lines.push(format!("DTSTART;TZID={TZID}:{}", local(start)));
                lines.push(format!("DTEND;TZID={TZID}:{}", local(end)));
            }
            ("VEVENT", Some(date)) => {
                lines.push(format!("DTSTART;VALUE=DATE:{}", date.format("%Y%m%d")));
                lines.push(format!(
                    "DTEND;VALUE=DATE:{}",
                    crate::plan::deadlines::add_days(date, 1).format("%Y%m%d")
                ));
                lines.push("TRANSP:TRANSPARENT".to_string());
            }
            (_, Some(date)) => {
                lines.push(format!("DUE;VALUE=DATE:{}", date.format("%Y%m%d")));
                lines.push("STATUS:NEEDS-ACTION".to_string());
            }
            (_, None) => lines.push("STATUS:NEEDS-ACTION".to_string()),
        }
        lines.push(format!("SUMMARY:{}", text(&summary)));
        if let Some(place) = &item.place {
            lines.push(format!("LOCATION:{}", text(place)));
        }
        lines.push(format!("DESCRIPTION:{description}"));
        lines.push(format!("CATEGORIES:{}", item.kind.as_str().to_uppercase()));
        lines.push(format!("END:{component}"));
    }
    lines.push("END:VCALENDAR".to_string());
    let mut out = String::new();
    for line in lines {
        fold(&redact(&line), &mut out);
    }
    out
}

/// The time zone of every timed event: Swedish local time.
const TZID: &str = "Europe/Stockholm";

/// Europe/Stockholm as RFC 5545 defines a zone: CET (UTC+1), and CEST
/// (UTC+2) from the last Sunday of March at 02:00 to the last Sunday of
/// October at 03:00 local time, the EU rule since 1996.
const STOCKHOLM: [&str; 18] = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Stockholm",
    "X-LIC-LOCATION:Europe/Stockholm",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// A follow-up's start time, when it has a well-formed one.
fn start_time(item: &DueItem) -> Option<NaiveTime> {
    if item.kind != Kind::FollowUp || item.date.is_none() {
        return None;
    }
    NaiveTime::parse_from_str(item.time.as_deref()?, "%H:%M").ok()
}

/// A local date and time as iCalendar writes it: `20270329T100000`.
fn local(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}

/// A UID from the plan id, the kind and the item (follow-ups by date), so
/// the same reminder has the same UID in every run.
fn uid(item: &DueItem) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    let key = match (item.kind, item.date) {
        (Kind::ActionEnd, _) => clean(&item.item),
        (Kind::FollowUp, Some(date)) => date.to_string(),
        _ => String::new(),
    };
    let mut uid = format!("{}.{}", clean(&item.plan), item.kind.as_str());
    if !key.is_empty() {
        uid.push('.');
        uid.push_str(&key);
    }
    uid.push_str("@sip");
    uid
}

/// Escapes TEXT values (RFC 5545 3.3.11).
fn text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
        .replace('\r', "")
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Folds a content line at 75 octets, never inside a UTF-8 character, and
/// ends it with CRLF (RFC 5545 3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_long_lines_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        fold(&format!("SUMMARY:{}", "å".repeat(60)), &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(
            out.replace("\r\n ", ""),
            format!("SUMMARY:{}\r\n", "å".repeat(60))
        );
    }

    fn follow_up(date: &str, time: Option<&str>) -> DueItem {
        DueItem {
            file: "plans/2027-0300.sip.yaml".into(),
            plan: "2027-0300".into(),
            kind: Kind::FollowUp,
            date: Some(date.parse().unwrap()),
            days: Some(0),
            overdue: false,
            who: "Socialtjänsten".into(),
            item: String::new(),
            person: "Tolvan Tolvansson".into(),
            time: time.map(str::to_owned),
            duration_minutes: time.map(|_| 90),
            place: Some("Rum 3".into()),
            mode: Some("video".into()),
        }
    }

    #[test]
    fn a_timed_follow_up_is_a_local_time_event_with_the_zone_defined_once() {
        let as_of = "2027-03-01".parse().unwrap();
        let items = [
            follow_up("2027-03-29", Some("10:00")),
            follow_up("2027-10-29", Some("23:00")),
            follow_up("2027-11-01", None),
        ];
        let ics = calendar(&items, as_of, Lang::Sv, false).replace("\r\n ", "");
        assert_eq!(ics.matches("BEGIN:VTIMEZONE").count(), 1);
        assert!(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"));
        assert!(ics.contains("DTSTART;TZID=Europe/Stockholm:20270329T100000\r\n"));
        assert!(ics.contains("DTEND;TZID=Europe/Stockholm:20270329T113000\r\n"));
        // An evening meeting ends the next day.
        assert!(ics.contains("DTEND;TZID=Europe/Stockholm:20271030T003000\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20271101\r\n"));
        assert!(ics.contains("LOCATION:Rum 3\r\n"));
        assert!(ics.contains("\\nMötesform: video\r\n"));
        // Without timed events there is no zone to define.
        let all_day = calendar(&items[2..], as_of, Lang::Sv, false);
        assert!(!all_day.contains("VTIMEZONE"));
    }

    #[test]
    fn escapes_text() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
