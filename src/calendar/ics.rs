//! The iCalendar writer: content lines with their values escaped
//! (RFC 5545 3.3.11), folded at 75 octets and ended with CRLF (3.1),
//! identity numbers redacted on every line, and the one time zone sip
//! writes times in, Europe/Stockholm, defined as 3.6.5 asks.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::personnummer::redact;

/// The time zone of every timed event: Swedish local time.
pub const TZID: &str = "Europe/Stockholm";

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

/// A calendar being written: content lines, unfolded until [`Calendar::finish`].
pub struct Calendar {
    lines: Vec<String>,
}

impl Calendar {
    /// `BEGIN:VCALENDAR` with the version, the product, the scale, the
    /// method (`PUBLISH`, `REQUEST`, `CANCEL`) and the zone definition:
    /// always there, so a calendar with nothing due still has a component
    /// (RFC 5545 3.6: at least one).
    pub fn new(product: &str, method: &str) -> Calendar {
        let mut lines = vec![
            "BEGIN:VCALENDAR".to_string(),
            "VERSION:2.0".to_string(),
            format!("PRODID:-//sip//{product}//EN"),
            "CALSCALE:GREGORIAN".to_string(),
            format!("METHOD:{method}"),
        ];
        lines.extend(STOCKHOLM.iter().map(|l| (*l).to_string()));
        Calendar { lines }
    }

    /// A line as it is (a name, parameters and a value already escaped).
    pub fn line(&mut self, line: impl Into<String>) {
        self.lines.push(line.into());
    }

    /// `NAME:value` with a TEXT value, escaped.
    pub fn text(&mut self, name: &str, value: &str) {
        self.lines.push(format!("{name}:{}", text(value)));
    }

    /// `X-WR-CALNAME`, before any component.
    pub fn name(&mut self, name: &str) {
        // After METHOD, before the zone: calendar properties come first.
        let at = self
            .lines
            .iter()
            .position(|l| l == "BEGIN:VTIMEZONE")
            .unwrap_or(self.lines.len());
        self.lines
            .insert(at, format!("X-WR-CALNAME:{}", text(name)));
    }

    /// `DTSTART`/`DTEND` of a meeting at local time in Europe/Stockholm.
    pub fn local_span(&mut self, start: NaiveDateTime, minutes: u32) {
        let end = start
            .checked_add_signed(chrono::Duration::minutes(i64::from(minutes)))
            .unwrap_or(start);
        self.lines
            .push(format!("DTSTART;TZID={TZID}:{}", local(start)));
        self.lines.push(format!("DTEND;TZID={TZID}:{}", local(end)));
    }

    /// `DTSTART`/`DTEND` of a whole day.
    pub fn all_day(&mut self, date: NaiveDate) {
        self.lines
            .push(format!("DTSTART;VALUE=DATE:{}", date.format("%Y%m%d")));
        self.lines.push(format!(
            "DTEND;VALUE=DATE:{}",
            crate::plan::deadlines::add_days(date, 1).format("%Y%m%d")
        ));
    }

    /// `END:VCALENDAR`, and the text: every line redacted, folded, CRLF.
    pub fn finish(mut self) -> String {
        self.lines.push("END:VCALENDAR".to_string());
        let mut out = String::new();
        for line in &self.lines {
            fold(&redact(line), &mut out);
        }
        out
    }
}

/// A UTC stamp for `DTSTAMP`: midnight UTC of the check date, so the same
/// plans give the same calendar on the same day.
pub fn stamp(as_of: NaiveDate) -> String {
    format!("{}T000000Z", as_of.format("%Y%m%d"))
}

/// `HH:MM` as a time, when well-formed.
pub fn time_of_day(time: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(time, "%H:%M").ok()
}

/// A local date and time as iCalendar writes it: `20270329T100000`.
pub fn local(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}

/// Escapes TEXT values (RFC 5545 3.3.11).
pub fn text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
        .replace('\r', "")
}

/// A parameter value (RFC 5545 3.2): quoted, with the characters a quoted
/// value cannot hold (`"`, control characters) left out.
pub fn param(s: &str) -> String {
    let clean: String = s.chars().filter(|c| *c != '"' && !c.is_control()).collect();
    format!("\"{clean}\"")
}

/// Characters a UID keeps; the rest become `_`.
pub fn uid_part(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect()
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
    fn escapes_text_and_parameters() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        assert_eq!(param("Ann \"A\"\n"), "\"Ann A\"");
        assert_eq!(uid_part("2026 0042/å"), "2026_0042__");
    }

    #[test]
    fn an_empty_calendar_still_has_a_component_and_redacts() {
        let mut cal = Calendar::new("sip due", "PUBLISH");
        cal.name("SIP");
        cal.text("X-TEST", "19121212-1212");
        let out = cal.finish();
        assert!(
            out.contains("X-WR-CALNAME:SIP\r\nBEGIN:VTIMEZONE\r\n"),
            "{out}"
        );
        assert_eq!(out.matches("BEGIN:").count(), 4, "{out}");
        assert!(!out.contains("1212-1212"), "{out}");
        assert!(out.ends_with("END:VCALENDAR\r\n"));
    }
}
