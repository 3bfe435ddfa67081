//! Property tests (proptest): plans generated from the format's example with
//! random text, dates, enumerations, removed fields and reordered lists.
//! - a plan written as block YAML and as JSON (also YAML) parses back to the
//!   same value, and `sip check` finds the same things in both;
//! - the diff of a plan with itself is empty;
//! - diff(B, A) is diff(A, B) with added and removed swapped and old and new
//!   values exchanged.

use proptest::prelude::*;
use serde_json::{Value, json};
use sip::check::{CheckOptions, Checker};
use sip::diff::{Change, compare};
use sip::source::FileInput;

use crate::support::BASE;

/// Text a person might write: letters, digits, YAML's special characters,
/// quotes, line breaks and tabs. (YAML cannot hold unprintable characters
/// unescaped, so those are left out.)
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 åäöÅÄÖé:#{}\\[\\],&*!|>%@`'\"\\\\\n\t-]{0,30}"
}

fn date() -> impl Strategy<Value = String> {
    (2024..2028i32, 1..13u32, 1..29u32).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))
}

fn one_of(values: &'static [&'static str]) -> impl Strategy<Value = Value> {
    prop::sample::select(values).prop_map(|s| json!(s))
}

/// The example plan with random edits.
fn plan() -> impl Strategy<Value = Value> {
    let base = sip::source::parse_value(BASE).unwrap();
    (
        (text(), text(), text(), text()),
        (date(), date(), date()),
        (
            one_of(&["draft", "active", "closed", "paused"]),
            one_of(&["region", "municipality", "other"]),
            one_of(&["planned", "ongoing", "done", "cancelled"]),
        ),
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<u8>()),
    )
        .prop_map(
            move |(
                (t1, t2, t3, t4),
                (d1, d2, d3),
                (status, principal, action_status),
                (b1, b2, b3, n),
            )| {
                let mut p = base.clone();
                p["person"]["name"] = json!(t1);
                p["needs"][0]["text"] = json!(t2);
                p["actions"][1]["text"] = json!(t3);
                p["notes"] = json!(t4);
                p["initiated"]["date"] = json!(d1);
                p["follow_ups"][0]["date"] = json!(d2);
                p["actions"][0]["end"] = json!(d3);
                p["status"] = status;
                p["actions"][1]["responsible"]["principal"] = principal;
                p["actions"][0]["status"] = action_status;
                p["consent"]["given"] = json!(b1);
                if b2 {
                    p["actions"].as_array_mut().unwrap().reverse();
                }
                if b3 {
                    p.as_object_mut().unwrap().remove("shared");
                }
                if n % 3 == 0 {
                    p["goals"]
                        .as_array_mut()
                        .unwrap()
                        .push(json!({"id": format!("M{n}"), "text": "Ett mål till."}));
                }
                p
            },
        )
}

/// Block-style YAML: mappings as `key: value`, lists as `- item`, every
/// string double-quoted (JSON's string syntax is YAML's).
fn to_yaml(value: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (k, v) in map {
                out.push_str(&format!("{pad}{}:", serde_json::to_string(k).unwrap()));
                block(v, indent, out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for v in items {
                out.push_str(&format!("{pad}-"));
                block(v, indent, out);
            }
        }
        scalar => out.push_str(&format!("{pad}{scalar}\n")),
    }
}

fn block(v: &Value, indent: usize, out: &mut String) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            to_yaml(v, indent + 2, out);
        }
        Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            to_yaml(v, indent + 2, out);
        }
        scalar => out.push_str(&format!(" {scalar}\n")),
    }
}

fn findings(text: &str) -> Vec<(String, String, String)> {
    let checker = Checker::new(CheckOptions::with_defaults("2026-02-01".parse().unwrap()));
    let input = FileInput {
        path: "plans/2026-0042.sip.yaml".into(),
        display: "plans/2026-0042.sip.yaml".into(),
    };
    let mut out: Vec<_> = checker
        .check_source(text, &input)
        .into_iter()
        .map(|d| (d.rule.to_string(), d.pointer, d.message))
        .collect();
    out.sort();
    out
}

fn sorted(mut changes: Vec<Change>) -> Vec<Change> {
    changes.sort_by_key(|c| (c.pointer.clone(), serde_json::to_string(c).unwrap()));
    changes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn yaml_and_json_parse_back_equal_and_check_the_same(p in plan()) {
        let mut yaml = String::new();
        to_yaml(&p, 0, &mut yaml);
        let json_text = serde_json::to_string_pretty(&p).unwrap();
        let from_yaml = sip::source::parse_value(&yaml).unwrap();
        let from_json = sip::source::parse_value(&json_text).unwrap();
        prop_assert_eq!(&from_yaml, &p);
        prop_assert_eq!(&from_json, &p);
        prop_assert_eq!(findings(&yaml), findings(&json_text));
    }

    #[test]
    fn a_plan_diffed_with_itself_has_no_changes(p in plan()) {
        prop_assert!(compare(&p, &p).is_empty());
    }

    #[test]
    fn diff_backwards_is_diff_forwards_reversed(a in plan(), b in plan()) {
        let forward: Vec<Change> = compare(&a, &b).iter().map(Change::reversed).collect();
        prop_assert_eq!(sorted(forward), sorted(compare(&b, &a)));
    }
}

#[test]
fn the_generator_makes_plans_that_differ_and_check_differently() {
    // Guards the properties above against a generator that makes nothing of interest.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let plans: Vec<Value> = (0..50)
        .map(|_| plan().new_tree(&mut runner).unwrap().current())
        .collect();
    let distinct: std::collections::HashSet<String> = plans.iter().map(|p| p.to_string()).collect();
    assert!(distinct.len() > 40);
    let with_changes = plans
        .windows(2)
        .filter(|w| !compare(&w[0], &w[1]).is_empty())
        .count();
    assert!(with_changes > 40);
    // The check-equality property compares varied findings, not one set.
    let kinds: std::collections::HashSet<Vec<(String, String, String)>> = plans
        .iter()
        .map(|p| findings(&serde_json::to_string(p).unwrap()))
        .collect();
    assert!(kinds.len() > 10, "{}", kinds.len());
}

/// The PDF path (the `pdf` feature): any generated plan, in both languages,
/// becomes a PDF (the generator's characters are all in the built-in font);
/// with any character at all, a PDF or the error that names the missing
/// glyphs, and never a panic or a Typst error.
#[cfg(feature = "pdf")]
mod pdf {
    use super::*;
    use sip::config::Lang;
    use sip::error::Error;
    use sip::i18n::Catalogue;
    use sip::render::{Format, render_pdf};
    use sip::template::Template;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(8))]

        #[test]
        fn every_generated_plan_becomes_a_pdf(p in plan()) {
            let template = Template::built_in(Format::Pdf.template());
            for lang in [Lang::Sv, Lang::En] {
                let pdf = render_pdf(&template, &p, &["#fel $x$".to_owned()], Catalogue::built_in(lang), "2026-02-01");
                prop_assert!(pdf.as_ref().is_ok_and(|b| b.starts_with(b"%PDF-")), "{:?}", pdf.err());
            }
        }

        #[test]
        fn any_text_is_a_pdf_or_names_its_missing_glyphs(name in any::<String>(), notes in any::<String>()) {
            let mut p = sip::source::parse_value(BASE).unwrap();
            p["person"]["name"] = json!(name);
            p["notes"] = json!(notes);
            let template = Template::built_in(Format::Pdf.template());
            match render_pdf(&template, &p, &[], Catalogue::built_in(Lang::Sv), "2026-02-01") {
                Ok(pdf) => prop_assert!(pdf.starts_with(b"%PDF-")),
                Err(Error::MissingGlyphs { .. }) => {}
                Err(e) => prop_assert!(false, "{e}"),
            }
        }
    }
}

/// Every separator the identity-number matcher knows, and none.
const SEPARATORS: &[&str] = &[
    "", "-", "+", " ", "\u{a0}", "\u{2007}", "\u{202f}", "\u{2010}", "\u{2011}", "\u{2012}",
    "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{fe63}", "\u{ff0d}",
];

/// A well-formed number (a real date, the right check digit), 10 or 12
/// digits, with any separator: the cheap CI twin of the `identity` fuzz target.
fn identity_number() -> impl Strategy<Value = String> {
    (
        0..100u32,
        1..13u32,
        1..29u32,
        any::<bool>(),
        0..1000u32,
        0..SEPARATORS.len(),
        any::<bool>(),
    )
        .prop_map(|(yy, month, day, coordination, serial, sep, twelve)| {
            let day = day + if coordination { 60 } else { 0 };
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
            let sep = match SEPARATORS[sep] {
                "+" if twelve => "-",
                s => s,
            };
            let head = if twelve {
                format!("19{}", &nine[..6])
            } else {
                nine[..6].to_owned()
            };
            format!("{head}{sep}{}{check}", &nine[6..])
        })
}

/// Text around a number: anything, control characters included.
fn any_text() -> impl Strategy<Value = String> {
    "(?s).{0,12}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// No identity number reaches text or JSON output, whatever the
    /// separator and whatever stands around it; JSON stays JSON.
    #[test]
    fn no_identity_number_in_any_output(n in identity_number(), before in any_text(), after in any_text()) {
        use sip::output::{for_people, json_for_people};
        use sip::personnummer::find_all;
        prop_assert_eq!(find_all(&n).len(), 1, "{:?}", n);
        let text = format!("{before}{n}{after}");
        let shown = for_people(&text);
        prop_assert!(find_all(&shown).is_empty(), "{:?} -> {:?}", text, shown);
        let json = json_for_people(&json!({ "text": text })).unwrap();
        prop_assert!(find_all(&json).is_empty(), "{}", json);
        let back: Value = serde_json::from_str(&json).unwrap();
        prop_assert!(find_all(back["text"].as_str().unwrap()).is_empty(), "{}", json);
        let alone = !before.ends_with(|c: char| c.is_ascii_digit())
            && !after.starts_with(|c: char| c.is_ascii_digit());
        if alone {
            // Redacted in place; the rest shown exactly as it would be alone.
            prop_assert_eq!(
                shown.into_owned(),
                format!("{}[personnummer]{}", for_people(&before), for_people(&after))
            );
            let shown_json = |t: &str| -> String {
                let json = json_for_people(&json!({ "text": t })).unwrap();
                let back: Value = serde_json::from_str(&json).unwrap();
                back["text"].as_str().unwrap().to_owned()
            };
            prop_assert_eq!(
                shown_json(&text),
                format!("{}[personnummer]{}", shown_json(&before), shown_json(&after))
            );
        }
    }
}
