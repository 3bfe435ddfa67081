//! Swedish personal identity numbers (*personnummer*, SFS 1991:481 and
//! Skatteverket's SKV 704) and coordination numbers (*samordningsnummer*,
//! 18 a §, day of birth + 60).
//!
//! Owns three things: telling whether a text is a well-formed number (SIP010),
//! finding such numbers inside other text (SIP011, and [`redact`]), and the
//! birth date a number encodes (SIP009). It never prints a number.

use chrono::{Datelike, NaiveDate};
use std::ops::Range;

/// What a well-formed number says about its holder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdentityNumber {
    pub birth_date: NaiveDate,
    /// A *samordningsnummer* (the day is the day of birth + 60).
    pub coordination: bool,
}

/// Why a text is not a well-formed number. Never carries the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdError {
    /// Not 10 or 12 digits with an optional `-` or `+` before the last four.
    Shape,
    /// The digits do not name a real date (day + 60 for a samordningsnummer).
    Date,
    /// The last digit is not the Luhn check digit of the nine before it.
    CheckDigit,
}

impl IdError {
    pub fn describe(self) -> &'static str {
        match self {
            IdError::Shape => {
                "is not 10 or 12 digits (YYYYMMDD-NNNN, YYMMDD-NNNN or YYMMDD+NNNN for 100 or older)"
            }
            IdError::Date => "does not contain a real date of birth",
            IdError::CheckDigit => "has a wrong check digit (the last digit); check for a typo",
        }
    }
}

struct Parts<'a> {
    century: Option<&'a str>,
    yymmdd: &'a str,
    separator: Option<char>,
    last4: &'a str,
}

fn split(text: &str) -> Result<Parts<'_>, IdError> {
    if !text.is_ascii() {
        return Err(IdError::Shape);
    }
    let (head, separator, last4) = match text.len() {
        11 | 13 if matches!(text.as_bytes()[text.len() - 5], b'-' | b'+') => (
            &text[..text.len() - 5],
            Some(text.as_bytes()[text.len() - 5] as char),
            &text[text.len() - 4..],
        ),
        10 | 12 => (&text[..text.len() - 4], None, &text[text.len() - 4..]),
        _ => return Err(IdError::Shape),
    };
    if !head
        .bytes()
        .chain(last4.bytes())
        .all(|b| b.is_ascii_digit())
    {
        return Err(IdError::Shape);
    }
    let (century, yymmdd) = match head.len() {
        8 => (Some(&head[..2]), &head[2..]),
        6 => (None, head),
        _ => return Err(IdError::Shape),
    };
    Ok(Parts {
        century,
        yymmdd,
        separator,
        last4,
    })
}

fn luhn_ok(ten: &[u8]) -> bool {
    let sum: u32 = ten[..9]
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let v = u32::from(d - b'0') * if i % 2 == 0 { 2 } else { 1 };
            v / 10 + v % 10
        })
        .sum();
    u32::from(ten[9] - b'0') == (10 - sum % 10) % 10
}

fn date_in(year: i32, mmdd: &str) -> Option<(NaiveDate, bool)> {
    let month: u32 = mmdd[..2].parse().ok()?;
    let day: u32 = mmdd[2..].parse().ok()?;
    let (day, coordination) = if day > 60 {
        (day - 60, true)
    } else {
        (day, false)
    };
    NaiveDate::from_ymd_opt(year, month, day).map(|d| (d, coordination))
}

/// Parses a number. `as_of` picks the century of a 10-digit number: the most
/// recent one that does not put the birth in the future, a century earlier
/// with `+` (the holder is 100 or older).
pub fn parse(text: &str, as_of: NaiveDate) -> Result<IdentityNumber, IdError> {
    let parts = split(text)?;
    let ten: Vec<u8> = parts.yymmdd.bytes().chain(parts.last4.bytes()).collect();
    let yy: i32 = parts.yymmdd[..2].parse().map_err(|_| IdError::Shape)?;
    let mmdd = &parts.yymmdd[2..];
    let year = match parts.century {
        Some(cc) => cc.parse::<i32>().map_err(|_| IdError::Shape)? * 100 + yy,
        None => {
            let mut year = as_of.year() - (as_of.year() - yy).rem_euclid(100);
            if let Some((date, _)) = date_in(year, mmdd)
                && date > as_of
            {
                year -= 100;
            }
            if parts.separator == Some('+') {
                year -= 100;
            }
            year
        }
    };
    let (birth_date, coordination) = date_in(year, mmdd).ok_or(IdError::Date)?;
    if !luhn_ok(&ten) {
        return Err(IdError::CheckDigit);
    }
    Ok(IdentityNumber {
        birth_date,
        coordination,
    })
}

/// True when `text` is a well-formed number in some century: the test for
/// "looks like a real identity number" where no check date matters.
pub fn is_identity_number(text: &str) -> bool {
    [1900, 2000, 1800, 2100].iter().any(|&y| {
        NaiveDate::from_ymd_opt(y + 50, 1, 1).is_some_and(|as_of| parse(text, as_of).is_ok())
    })
}

/// Whether `c` is a separator people type between the date and the last
/// four digits: a hyphen, `+`, any dash or minus sign (word processors turn
/// `-` into `–`), a non-breaking hyphen, or a space of any width.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '-' | '+' | ' ' | '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2010}'
            ..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// Byte ranges of every well-formed number inside `text`, written with any
/// separator people type ([`is_separator`]) or none, not counting digits
/// that are part of a longer run of digits. The one matcher for SIP011,
/// `check --history` and every redaction.
pub fn find_all(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts_run = bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit());
        if starts_run && let Some(end) = match_at(text, i) {
            found.push(i..end);
            i = end;
            continue;
        }
        i += 1;
    }
    found
}

/// The end of a well-formed number starting at byte `start` (a digit that
/// starts a run), if there is one.
fn match_at(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let run = bytes[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let digit_after = |end: usize| end < bytes.len() && bytes[end].is_ascii_digit();
    // Without a separator: exactly 10 or 12 digits.
    if matches!(run, 10 | 12) && is_identity_number(&text[start..start + run]) {
        return Some(start + run);
    }
    // With one: 6 or 8 digits, a separator, then exactly 4 digits.
    if !matches!(run, 6 | 8) {
        return None;
    }
    let head_end = start + run;
    let sep = text[head_end..]
        .chars()
        .next()
        .filter(|c| is_separator(*c))?;
    let tail_start = head_end + sep.len_utf8();
    let tail = bytes[tail_start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if tail != 4 || digit_after(tail_start + 4) {
        return None;
    }
    let normal = format!(
        "{}{}{}",
        &text[start..head_end],
        if sep == '+' { '+' } else { '-' },
        &text[tail_start..tail_start + 4]
    );
    is_identity_number(&normal).then_some(tail_start + 4)
}

/// Replaces every identity number in `text` with a placeholder, so that no
/// number reaches output, logs or CI annotations.
pub fn redact(text: &str) -> std::borrow::Cow<'_, str> {
    let hits = find_all(text);
    if hits.is_empty() {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for range in hits {
        out.push_str(&text[last..range.start]);
        out.push_str("[personnummer]");
        last = range.end;
    }
    out.push_str(&text[last..]);
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    // Only Skatteverket's well-known test pattern ("Tolvan Tolvansson") is used.
    #[test]
    fn accepts_the_test_numbers_in_every_shape() {
        let as_of = day("2026-11-27");
        for text in ["19121212-1212", "191212121212", "121212+1212"] {
            let n = parse(text, as_of).unwrap();
            assert_eq!(n.birth_date, day("1912-12-12"), "{text}");
            assert!(!n.coordination);
        }
        // Without `+`, a 10-digit number is the most recent century.
        assert_eq!(
            parse("121212-1212", as_of).unwrap().birth_date,
            day("2012-12-12")
        );
        assert_eq!(
            parse("20121212-1212", as_of).unwrap().birth_date,
            day("2012-12-12")
        );
        let coordination = parse("19121272-1219", as_of).unwrap();
        assert!(coordination.coordination);
        assert_eq!(coordination.birth_date, day("1912-12-12"));
    }

    #[test]
    fn rejects_wrong_shape_date_and_check_digit() {
        let as_of = day("2026-11-27");
        assert_eq!(parse("1912121-1212", as_of), Err(IdError::Shape));
        assert_eq!(parse("19121212_1212", as_of), Err(IdError::Shape));
        assert_eq!(parse("abc", as_of), Err(IdError::Shape));
        assert_eq!(parse("19121312-1212", as_of), Err(IdError::Date));
        assert_eq!(parse("19121212-1213", as_of), Err(IdError::CheckDigit));
    }

    #[test]
    fn a_birth_today_is_not_in_the_future() {
        assert_eq!(
            parse("121212-1212", day("2012-12-12")).unwrap().birth_date,
            day("2012-12-12")
        );
        assert_eq!(
            parse("121212-1212", day("2012-12-11")).unwrap().birth_date,
            day("1912-12-12")
        );
    }

    #[test]
    fn finds_and_redacts_numbers_in_text() {
        let text = "id 19121212-1212 and 1212121212, not 1912121212123 or 2026-0042";
        assert_eq!(find_all(text).len(), 2);
        assert_eq!(
            redact(text),
            "id [personnummer] and [personnummer], not 1912121212123 or 2026-0042"
        );
        assert_eq!(redact("plain"), "plain");
        // Multi-byte characters right after digits are not split.
        assert_eq!(redact("use 1–64 characters"), "use 1–64 characters");
        assert_eq!(redact("åäö 191212121212–"), "åäö [personnummer]–");
    }

    #[test]
    fn every_separator_people_type_is_found() {
        for text in [
            "19121212-1212",
            "19121212–1212",
            "19121212—1212",
            "19121212\u{2011}1212",
            "19121212\u{2212}1212",
            "19121212 1212",
            "19121212\u{00A0}1212",
            "121212 1212",
            "121212–1212",
            "121212+1212",
            "191212121212",
            "1212121212",
            "mejl 191212121212@example.se",
        ] {
            assert_eq!(find_all(text).len(), 1, "{text:?}");
            assert!(!redact(text).contains("1212"), "{text:?}: {}", redact(text));
        }
        // Not numbers: too few or too many digits after the separator, a
        // longer run, a wrong check digit, or a phone number.
        for text in [
            "19121212-12123",
            "19121212-121",
            "119121212-1212",
            "19121212-1213",
            "070-123 45 67",
            "2026-0042",
        ] {
            assert!(find_all(text).is_empty(), "{text:?}");
        }
    }
}
