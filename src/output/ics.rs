//! iCalendar (RFC 5545): all-day events for follow-ups, to-dos for the other
//! kinds, with UIDs that stay the same from run to run so a calendar that
//! re-imports the file updates entries instead of duplicating them.

use chrono::NaiveDate;

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
        let description = format!(
            "{}: {}\\nPlan: {}",
            Catalogue::built_in(lang).text("due-calendar-who"),
            text(&item.who),
            text(&item.file)
        );
        let component = if item.kind == Kind::FollowUp {
            "VEVENT"
        } else {
            "VTODO"
        };
        lines.push(format!("BEGIN:{component}"));
        lines.push(format!("UID:{}", uid(item)));
        lines.push(format!("DTSTAMP:{stamp}"));
        match (component, item.date) {
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

    #[test]
    fn escapes_text() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
