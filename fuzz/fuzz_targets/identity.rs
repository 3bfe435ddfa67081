//! The identity-number matcher and every redacted stream: a well-formed
//! number written with any separator people type (or none), anywhere in any
//! text, never reaches text or JSON output; output never holds anything the
//! matcher calls a number; JSON stays JSON.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use sip::output::{for_people, json_for_people};
use sip::personnummer::{find_all, redact};

/// Every separator the matcher knows, and none.
const SEPARATORS: &[&str] = &[
    "", "-", "+", " ", "\u{a0}", "\u{2007}", "\u{202f}", "\u{2010}", "\u{2011}", "\u{2012}",
    "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{fe63}", "\u{ff0d}",
];

#[derive(Debug, Arbitrary)]
struct Input {
    before: String,
    after: String,
    /// Picks the birth date (any day of 1900–2099, or a coordination number).
    day: u16,
    year: u8,
    century_20: bool,
    coordination: bool,
    serial: u16,
    separator: u8,
    twelve_digits: bool,
}

/// A well-formed number (correct date and check digit) from the input.
fn number(input: &Input) -> String {
    let month = u32::from(input.day % 12) + 1;
    let day = u32::from(input.day / 12 % 28) + 1 + if input.coordination { 60 } else { 0 };
    let yy = u32::from(input.year % 100);
    let serial = u32::from(input.serial % 1000);
    let nine = format!("{yy:02}{month:02}{day:02}{serial:03}");
    let sum: u32 = nine
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            let v = u32::from(b - b'0') * if i % 2 == 0 { 2 } else { 1 };
            v / 10 + v % 10
        })
        .sum();
    let check = (10 - sum % 10) % 10;
    let century = if input.century_20 { "20" } else { "19" };
    let sep = SEPARATORS[usize::from(input.separator) % SEPARATORS.len()];
    // `+` marks a 100-year-old in the 10-digit form only.
    let sep = if input.twelve_digits && sep == "+" { "-" } else { sep };
    let head = if input.twelve_digits {
        format!("{century}{}", &nine[..6])
    } else {
        nine[..6].to_owned()
    };
    format!("{head}{sep}{}{check}", &nine[6..])
}

fuzz_target!(|input: Input| {
    let n = number(&input);
    assert_eq!(find_all(&n).len(), 1, "{n:?} is a number");
    let text = format!("{}{n}{}", input.before, input.after);

    // Whatever the text, nothing the matcher calls a number is left.
    for shown in [redact(&text), for_people(&text)] {
        assert!(find_all(&shown).is_empty(), "{text:?} -> {shown:?}");
    }
    let json = json_for_people(&serde_json::json!({ "text": text, "n": n }))
        .expect("serialises");
    assert!(find_all(&json).is_empty(), "{text:?} -> {json}");
    let back: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    for value in [&back["text"], &back["n"]] {
        let value = value.as_str().expect("a string");
        assert!(find_all(value).is_empty(), "{text:?} -> {value:?}");
    }

    // Where the number stands alone (no digit touches it), it is redacted
    // exactly where it is and the rest is left as redact leaves it.
    let alone = !input.before.ends_with(|c: char| c.is_ascii_digit())
        && !input.after.starts_with(|c: char| c.is_ascii_digit());
    if alone {
        assert_eq!(
            redact(&text),
            format!("{}[personnummer]{}", redact(&input.before), redact(&input.after)),
            "{text:?}"
        );
        // The brackets around the placeholder join nothing: the rest is
        // shown exactly as it would be alone.
        assert_eq!(
            for_people(&text),
            format!("{}[personnummer]{}", for_people(&input.before), for_people(&input.after)),
            "{text:?}"
        );
        let shown_json = |t: &str| -> String {
            let json = json_for_people(&serde_json::json!({ "text": t })).expect("serialises");
            let back: serde_json::Value = serde_json::from_str(&json).expect("JSON");
            back["text"].as_str().expect("a string").to_owned()
        };
        assert_eq!(
            shown_json(&text),
            format!("{}[personnummer]{}", shown_json(&input.before), shown_json(&input.after)),
            "{text:?}"
        );
    }
});
