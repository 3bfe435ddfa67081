//! A change said in the plan's language: "Insats I2: ansvarig huvudman:
//! region → kommun" rather than a pointer and two JSON values.

use serde_json::Value;

use super::compare::{Change, Op};
use crate::config::Lang;
use crate::i18n::Catalogue;
use crate::source::pointer::unescape;

/// One change as words: what it is about, and the old and new values.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub op: Op,
    pub significant: bool,
    /// "Insats I2: ansvarig huvudman".
    pub what: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

pub fn describe(lang: Lang, change: &Change) -> Line {
    let segments: Vec<String> = change
        .pointer
        .split('/')
        .skip(1)
        .map(|s| unescape(s).into_owned())
        .collect();
    let mut parts: Vec<String> = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut last_field = "";
    // The field that names the last item in the pointer (`id`, `date`, `goal`).
    let mut item_key: Option<&str> = None;
    let mut i = 0;
    while i < segments.len() {
        let seg = segments[i].as_str();
        // A list inside a follow-up (`goals`, `absent`): its own shape, so a
        // follow-up's goals are named by `goal`, not by the plan's goal `id`.
        let nested = match i {
            2 => crate::plan::nested_list(&segments[0], seg),
            _ => None,
        }
        .filter(|_| i + 1 < segments.len());
        if let Some(nested) = nested {
            if !words.is_empty() {
                parts.push(words.join(" "));
                words.clear();
            }
            parts.push(nested_item(lang, &segments[0], seg, &segments[i + 1]));
            item_key = nested.item_key;
            last_field = "";
            i += 2;
        } else if let Some(shape) = crate::plan::list(seg).filter(|_| i + 1 < segments.len()) {
            if !words.is_empty() {
                parts.push(words.join(" "));
                words.clear();
            }
            parts.push(item(lang, seg, &segments[i + 1]));
            item_key = shape.item_key;
            last_field = "";
            i += 2;
        } else if seg.is_empty() {
            // A key that is the empty string (a schema error): still visible.
            words.push("\"\"".to_owned());
            last_field = seg;
            i += 1;
            continue;
        } else {
            let parent = if i > 0 { segments[i - 1].as_str() } else { "" };
            words.push(field_in(lang, parent, seg).unwrap_or_else(|| seg.to_owned()));
            last_field = seg;
            i += 1;
        }
    }
    if !words.is_empty() {
        parts.push(words.join(" "));
    }
    // A whole item is named by its key in `what`: not again in its summary.
    let key = item_key.filter(|_| last_field.is_empty() && segments.len() >= 2);
    let show = |v: &Option<Value>| {
        v.as_ref().map(|v| match (key, v) {
            (Some(key), Value::Object(map)) => {
                let mut map = map.clone();
                map.shift_remove(key);
                value(lang, last_field, &Value::Object(map))
            }
            _ => value(lang, last_field, v),
        })
    };
    Line {
        op: change.op,
        significant: change.significant,
        what: parts.join(": "),
        from: show(&change.from),
        to: show(&change.to),
    }
}

/// A value in one line: enumerations in words, `true` as "ja", an item by its
/// text, a mapping as its fields.
fn value(lang: Lang, field: &str, v: &Value) -> String {
    match v {
        Value::Null => "–".into(),
        Value::Bool(b) => Catalogue::built_in(lang).yes_no(*b),
        Value::Number(n) => n.to_string(),
        Value::String(s) => enum_value(lang, field, s).unwrap_or_else(|| s.clone()),
        Value::Array(items) => items
            .iter()
            .map(|item| value(lang, field, item))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(map) => match map.get("text") {
            Some(Value::String(text)) => format!("\u{201c}{text}\u{201d}"),
            _ => map
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| {
                    let name = self::field(lang, k).unwrap_or_else(|| k.clone());
                    format!("{name} {}", value(lang, k, v))
                })
                .collect::<Vec<_>>()
                .join(", "),
        },
    }
}

/// A plan field's name in running text ("ansvarig", "slutdatum").
fn field(lang: Lang, key: &str) -> Option<String> {
    Catalogue::built_in(lang).get(&format!("field-{key}"))
}

/// A field's name where it depends on the mapping it stands in
/// (`transition.kind` is the kind of stay, not a participant's kind).
fn field_in(lang: Lang, parent: &str, key: &str) -> Option<String> {
    Catalogue::built_in(lang)
        .get(&format!("field-{parent}-{key}"))
        .or_else(|| field(lang, key))
}

/// One item of a plan's list, named by its key: "Insats I2".
fn item(lang: Lang, list: &str, key: &str) -> String {
    let name = Catalogue::built_in(lang)
        .get(&format!("item-{list}"))
        .or_else(|| field(lang, list))
        .unwrap_or_else(|| list.to_owned());
    format!("{name} {key}")
}

/// One item of a list inside an item: "Mål M1" in a follow-up's `goals`.
fn nested_item(lang: Lang, top: &str, list: &str, key: &str) -> String {
    let cat = Catalogue::built_in(lang);
    let id = format!("nested-item-{top}-{list}");
    if cat.has(&id) {
        cat.with(&id, &[("key", key.into())])
    } else {
        format!(
            "{} {key}",
            field(lang, list).unwrap_or_else(|| list.to_owned())
        )
    }
}

/// An enumerated value as people say it ("kommun" for `municipality`);
/// `None` for free text, which is shown as written.
fn enum_value(lang: Lang, field: &str, value: &str) -> Option<String> {
    Catalogue::built_in(lang).value(field, value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::compare;
    use serde_json::json;

    fn line(lang: Lang, old: Value, new: Value) -> Line {
        let changes = compare(&old, &new);
        assert_eq!(changes.len(), 1, "{changes:?}");
        describe(lang, &changes[0])
    }

    #[test]
    fn a_responsibility_move_in_swedish_and_english() {
        let old = json!({"actions": [{"id": "I2", "responsible": {"principal": "region"}}]});
        let new = json!({"actions": [{"id": "I2", "responsible": {"principal": "municipality"}}]});
        let sv = line(Lang::Sv, old.clone(), new.clone());
        assert_eq!(sv.what, "Insats I2: ansvarig huvudman");
        assert_eq!(sv.from.as_deref(), Some("region"));
        assert_eq!(sv.to.as_deref(), Some("kommun"));
        assert!(sv.significant);
        let en = line(Lang::En, old, new);
        assert_eq!(en.what, "Action I2: responsible principal");
        assert_eq!(en.to.as_deref(), Some("municipality"));
    }

    #[test]
    fn an_added_item_is_shown_by_its_text() {
        let old = json!({"actions": []});
        let new = json!({"actions": [{"id": "I3", "text": "Läkarbesök."}]});
        let l = line(Lang::Sv, old, new);
        assert_eq!(l.op, Op::Added);
        assert_eq!(l.what, "Insats I3");
        assert_eq!(l.to.as_deref(), Some("\u{201c}Läkarbesök.\u{201d}"));
        assert_eq!(l.from, None);
    }

    #[test]
    fn an_added_follow_up_is_not_named_twice() {
        let l = line(
            Lang::Sv,
            json!({"follow_ups": []}),
            json!({"follow_ups": [{"date": "2026-09-01", "convener": "Socialtjänsten"}]}),
        );
        assert_eq!(l.what, "Uppföljning 2026-09-01");
        assert_eq!(l.to.as_deref(), Some("sammankallande Socialtjänsten"));
    }

    #[test]
    fn goal_progress_at_a_follow_up_and_a_cancellation_in_words() {
        let old = json!({"follow_ups": [{"date": "2026-03-12",
            "goals": [{"goal": "M1", "progress": "not_reached"}]}]});
        let mut new = old.clone();
        new["follow_ups"][0]["goals"][0]["progress"] = json!("partly");
        let sv = line(Lang::Sv, old.clone(), new.clone());
        assert_eq!(sv.what, "Uppföljning 2026-03-12: Mål M1: måluppfyllelse");
        assert_eq!(
            (sv.from.as_deref(), sv.to.as_deref()),
            (Some("inte uppnått"), Some("delvis uppnått"))
        );
        assert!(sv.significant);
        let en = line(Lang::En, old, new);
        assert_eq!(en.what, "Follow-up 2026-03-12: Goal M1: progress");
        assert_eq!(en.to.as_deref(), Some("partly reached"));
        // A whole goal added to a follow-up: named by its goal, not repeated.
        let l = line(
            Lang::Sv,
            json!({"follow_ups": [{"date": "2026-03-12", "goals": [{"goal": "M1", "progress": "partly"}]}]}),
            json!({"follow_ups": [{"date": "2026-03-12", "goals": [
                {"goal": "M1", "progress": "partly"}, {"goal": "M2", "progress": "reached", "person_view": "Bra."}]}]}),
        );
        assert_eq!(l.what, "Uppföljning 2026-03-12: Mål M2");
        assert_eq!(
            l.to.as_deref(),
            Some("måluppfyllelse uppnått, personens syn Bra.")
        );
        let l = line(
            Lang::En,
            json!({"actions": [{"id": "I3", "status": "cancelled"}]}),
            json!({"actions": [{"id": "I3", "status": "cancelled", "cancelled_reason": "Declined."}]}),
        );
        assert_eq!(l.what, "Action I3: reason for cancelling");
        assert!(l.significant);
        let l = line(
            Lang::Sv,
            json!({"transition": {"kind": "sis"}}),
            json!({"transition": {"kind": "hvb"}}),
        );
        assert_eq!(l.what, "övergång typ av vistelse");
        assert_eq!(l.to.as_deref(), Some("HVB"));
        let l = line(
            Lang::Sv,
            json!({"follow_ups": [{"date": "2026-03-12", "absent": [{"name": "Maja Sköterska", "reason": "sjuk"}]}]}),
            json!({"follow_ups": [{"date": "2026-03-12", "absent": [{"name": "Maja Sköterska", "reason": "vab"}]}]}),
        );
        assert_eq!(
            l.what,
            "Uppföljning 2026-03-12: Frånvarande Maja Sköterska: anledning"
        );
    }

    #[test]
    fn an_empty_key_is_shown_as_one() {
        let l = line(Lang::Sv, json!({"id": "x"}), json!({"id": "x", "": 1}));
        assert_eq!(l.what, "\"\"");
    }

    #[test]
    fn a_follow_up_held_and_consent_withdrawn() {
        let l = line(
            Lang::Sv,
            json!({"follow_ups": [{"date": "2026-03-12", "held": null}]}),
            json!({"follow_ups": [{"date": "2026-03-12", "held": "2026-03-13"}]}),
        );
        assert_eq!(l.what, "Uppföljning 2026-03-12: hölls");
        let l = line(
            Lang::Sv,
            json!({"consent": {"given": true}}),
            json!({"consent": {"given": false}}),
        );
        assert_eq!(
            (l.what.as_str(), l.from.as_deref(), l.to.as_deref()),
            ("samtycke givet", Some("ja"), Some("nej"))
        );
    }
}
