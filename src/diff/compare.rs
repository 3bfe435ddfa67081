//! The semantic comparison of two plan values: what was added, removed or
//! changed, with pointers that name list items by their key (`/actions/I2`,
//! `/follow_ups/2026-03-12`), so that reordering a list is never a change.
//!
//! Works on the JSON value of each side rather than the typed plan, so a plan
//! that breaks a schema rule can still be compared. `null` and an absent key
//! mean the same (format.md), so `held: null` → `held: 2026-03-12` is "added".

use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::HashMap;

use crate::source::pointer::escape;

/// One difference between two plans.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Change {
    pub op: Op,
    /// A JSON pointer whose list segments are item keys, not indexes.
    pub pointer: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Value>,
    /// Touches responsibility, consent or status ([`super::is_significant`]).
    pub significant: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Added,
    Removed,
    Changed,
}

/// Every change from `old` to `new`, in document order (old's order first,
/// then what only `new` has).
pub fn compare(old: &Value, new: &Value) -> Vec<Change> {
    let mut changes = Vec::new();
    walk(&mut String::new(), old, new, &mut changes);
    changes
}

fn walk(pointer: &mut String, old: &Value, new: &Value, out: &mut Vec<Change>) {
    match (old, new) {
        (Value::Null, Value::Null) => {}
        (Value::Null, _) => out.push(change(Op::Added, pointer, None, Some(new))),
        (_, Value::Null) => out.push(change(Op::Removed, pointer, Some(old), None)),
        (Value::Object(a), Value::Object(b)) => objects(pointer, a, b, out),
        (Value::Array(a), Value::Array(b)) => arrays(pointer, a, b, out),
        _ if old == new => {}
        _ => out.push(change(Op::Changed, pointer, Some(old), Some(new))),
    }
}

fn objects(
    pointer: &mut String,
    a: &Map<String, Value>,
    b: &Map<String, Value>,
    out: &mut Vec<Change>,
) {
    for (key, old) in a {
        let new = b.get(key).unwrap_or(&Value::Null);
        descend(pointer, key, old, new, out);
    }
    for (key, new) in b {
        if !a.contains_key(key) {
            descend(pointer, key, &Value::Null, new, out);
        }
    }
}

fn arrays(pointer: &mut String, a: &[Value], b: &[Value], out: &mut Vec<Change>) {
    let (field, item_key) = list_at(pointer);
    match (keys(&field, item_key, a), keys(&field, item_key, b)) {
        (Some(ka), Some(kb)) => {
            let index: HashMap<&str, usize> = kb
                .iter()
                .enumerate()
                .map(|(i, k)| (k.as_str(), i))
                .collect();
            for (key, old) in ka.iter().zip(a) {
                let new = index.get(key.as_str()).map_or(&Value::Null, |&i| &b[i]);
                descend(pointer, key, old, new, out);
            }
            let seen: HashMap<&str, ()> = ka.iter().map(|k| (k.as_str(), ())).collect();
            for (key, new) in kb.iter().zip(b) {
                if !seen.contains_key(key.as_str()) {
                    descend(pointer, key, &Value::Null, new, out);
                }
            }
        }
        // No usable key: compare by position, as a last resort.
        _ => {
            for i in 0..a.len().max(b.len()) {
                let old = a.get(i).unwrap_or(&Value::Null);
                let new = b.get(i).unwrap_or(&Value::Null);
                descend(pointer, &i.to_string(), old, new, out);
            }
        }
    }
}

fn descend(pointer: &mut String, key: &str, old: &Value, new: &Value, out: &mut Vec<Change>) {
    let len = pointer.len();
    pointer.push('/');
    pointer.push_str(&escape(key));
    walk(pointer, old, new, out);
    pointer.truncate(len);
}

/// The list at `pointer`: its key, and the field that names its items. A
/// top-level list (`/goals`) takes its item key from `plan::LISTS`; a list
/// inside an item (`/follow_ups/2026-03-12/goals`) from
/// `plan::NESTED_LISTS`, so a follow-up's `goals` (named by `goal`) is not
/// taken for the plan's `goals` (named by `id`).
fn list_at(pointer: &str) -> (String, Option<&'static str>) {
    let segments: Vec<&str> = pointer.split('/').skip(1).collect();
    let item_key = match segments.as_slice() {
        [list] => crate::plan::list(list).and_then(|s| s.item_key),
        [parent, _item, list] => crate::plan::nested_list(parent, list).and_then(|s| s.item_key),
        _ => None,
    };
    let field = segments.last().copied().unwrap_or_default().to_owned();
    (field, item_key)
}

/// The key of each item of a list, if every item has one and no two share
/// it: the list's item key (`list_at`: `date` for follow-ups, `id` for
/// goals, needs and actions, `name` for people, `goal` for a follow-up's
/// goals), the recipient and date for `shared`, and the value itself for
/// lists of references (`needs: [B1, B2]`).
fn keys(field: &str, item_key: Option<&str>, items: &[Value]) -> Option<Vec<String>> {
    let key_of = |item: &Value| -> Option<String> {
        match item {
            Value::Object(m) => match item_key {
                Some(key) => text(m.get(key)?),
                // `shared`: the recipient, and the date when there is one.
                None if field == "shared" => {
                    let to = text(m.get("to")?)?;
                    match m.get("date").and_then(text) {
                        Some(date) => Some(format!("{to} {date}")),
                        None => Some(to),
                    }
                }
                // Lists inside items (`absent`, say) by their id when they have one.
                None => text(m.get("id")?),
            },
            scalar => text(scalar),
        }
    };
    let keys: Vec<String> = items.iter().map(key_of).collect::<Option<_>>()?;
    let mut unique: Vec<&String> = keys.iter().collect();
    unique.sort();
    unique.dedup();
    (unique.len() == keys.len()).then_some(keys)
}

/// An item key as text (the plan view's one rule; booleans are no keys).
fn text(value: &Value) -> Option<String> {
    match value {
        Value::Bool(_) => None,
        v => crate::plan::view::text(v).map(Into::into),
    }
}

fn change(op: Op, pointer: &str, from: Option<&Value>, to: Option<&Value>) -> Change {
    Change {
        op,
        pointer: pointer.to_owned(),
        from: from.cloned(),
        to: to.cloned(),
        significant: super::is_significant(pointer),
    }
}

impl Change {
    /// The same change seen from the other side: added ↔ removed, from ↔ to.
    pub fn reversed(&self) -> Change {
        Change {
            op: match self.op {
                Op::Added => Op::Removed,
                Op::Removed => Op::Added,
                Op::Changed => Op::Changed,
            },
            pointer: self.pointer.clone(),
            from: self.to.clone(),
            to: self.from.clone(),
            significant: self.significant,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plan() -> Value {
        json!({
            "id": "2026-0042",
            "actions": [
                {"id": "I1", "text": "Hemtjänst.", "needs": ["B1"],
                 "responsible": {"principal": "municipality"}},
                {"id": "I2", "text": "Läkarbesök.", "needs": ["B2"],
                 "responsible": {"principal": "region"}},
            ],
            "follow_ups": [{"date": "2026-03-12", "held": null}],
        })
    }

    #[test]
    fn a_plan_against_itself_has_no_changes() {
        assert_eq!(compare(&plan(), &plan()), vec![]);
    }

    #[test]
    fn reordering_items_is_not_a_change() {
        let mut new = plan();
        new["actions"].as_array_mut().unwrap().reverse();
        assert_eq!(compare(&plan(), &new), vec![]);
    }

    #[test]
    fn a_moved_responsibility_is_named_by_the_item_id() {
        let mut new = plan();
        new["actions"][1]["responsible"]["principal"] = json!("municipality");
        assert_eq!(
            compare(&plan(), &new),
            vec![Change {
                op: Op::Changed,
                pointer: "/actions/I2/responsible/principal".into(),
                from: Some(json!("region")),
                to: Some(json!("municipality")),
                significant: true,
            }]
        );
    }

    #[test]
    fn items_added_and_removed_carry_the_whole_item() {
        let mut new = plan();
        let removed = new["actions"].as_array_mut().unwrap().remove(0);
        new["follow_ups"]
            .as_array_mut()
            .unwrap()
            .push(json!({"date": "2026-06-01"}));
        let changes = compare(&plan(), &new);
        assert_eq!(
            changes,
            vec![
                change(Op::Removed, "/actions/I1", Some(&removed), None),
                change(
                    Op::Added,
                    "/follow_ups/2026-06-01",
                    None,
                    Some(&json!({"date": "2026-06-01"}))
                ),
            ]
        );
    }

    #[test]
    fn null_and_absent_are_the_same_and_filling_one_in_is_added() {
        let mut new = plan();
        new["follow_ups"][0].as_object_mut().unwrap().remove("held");
        assert_eq!(compare(&plan(), &new), vec![]);
        new["follow_ups"][0]["held"] = json!("2026-03-12");
        assert_eq!(
            compare(&plan(), &new),
            vec![change(
                Op::Added,
                "/follow_ups/2026-03-12/held",
                None,
                Some(&json!("2026-03-12"))
            )]
        );
    }

    #[test]
    fn reference_lists_are_sets() {
        let mut old = plan();
        old["actions"][0]["needs"] = json!(["B1", "B2"]);
        let mut new = old.clone();
        new["actions"][0]["needs"] = json!(["B2", "B1"]);
        assert_eq!(compare(&old, &new), vec![]);
        new["actions"][0]["needs"] = json!(["B2", "B3"]);
        assert_eq!(
            compare(&old, &new),
            vec![
                change(
                    Op::Removed,
                    "/actions/I1/needs/B1",
                    Some(&json!("B1")),
                    None
                ),
                change(Op::Added, "/actions/I1/needs/B3", None, Some(&json!("B3"))),
            ]
        );
    }

    #[test]
    fn a_follow_ups_goals_are_matched_by_goal_and_absences_by_name() {
        let old = json!({
            "goals": [{"id": "M1", "text": "a"}, {"id": "M2", "text": "b"}],
            "follow_ups": [{"date": "2026-03-12", "held": "2026-03-12",
                "goals": [{"goal": "M1", "progress": "not_reached"}, {"goal": "M2", "progress": "partly"}],
                "absent": [{"name": "Maja Sköterska", "reason": "sjuk"}, {"name": "Erik Läkare"}]}],
        });
        let mut new = old.clone();
        new["follow_ups"][0]["goals"] = json!([
            {"goal": "M2", "progress": "partly"}, {"goal": "M1", "progress": "partly"}
        ]);
        new["follow_ups"][0]["absent"] =
            json!([{"name": "Erik Läkare"}, {"name": "Maja Sköterska", "reason": "vab"}]);
        let changes = compare(&old, &new);
        assert_eq!(
            changes,
            vec![
                change(
                    Op::Changed,
                    "/follow_ups/2026-03-12/goals/M1/progress",
                    Some(&json!("not_reached")),
                    Some(&json!("partly"))
                ),
                change(
                    Op::Changed,
                    "/follow_ups/2026-03-12/absent/Maja Sköterska/reason",
                    Some(&json!("sjuk")),
                    Some(&json!("vab"))
                ),
            ]
        );
        assert!(changes[0].significant);
        assert!(!changes[1].significant);
    }

    #[test]
    fn duplicate_keys_fall_back_to_positions() {
        let old = json!({"actions": [{"id": "I1", "text": "a"}, {"id": "I1", "text": "b"}]});
        let new = json!({"actions": [{"id": "I1", "text": "a"}, {"id": "I1", "text": "c"}]});
        assert_eq!(
            compare(&old, &new),
            vec![change(
                Op::Changed,
                "/actions/1/text",
                Some(&json!("b")),
                Some(&json!("c"))
            )]
        );
    }

    #[test]
    fn keys_with_slashes_are_escaped() {
        let old = json!({"goals": [{"id": "a/b", "text": "x"}]});
        let new = json!({"goals": [{"id": "a/b", "text": "y"}]});
        assert_eq!(compare(&old, &new)[0].pointer, "/goals/a~1b/text");
    }

    #[test]
    fn reversed_swaps_sides() {
        let mut new = plan();
        new["actions"][1]["responsible"]["principal"] = json!("municipality");
        new["actions"].as_array_mut().unwrap().remove(0);
        let forward = compare(&plan(), &new);
        let backward = compare(&new, &plan());
        let mut reversed: Vec<Change> = forward.iter().map(Change::reversed).collect();
        reversed.sort_by(|a, b| a.pointer.cmp(&b.pointer));
        let mut backward_sorted = backward.clone();
        backward_sorted.sort_by(|a, b| a.pointer.cmp(&b.pointer));
        assert_eq!(reversed, backward_sorted);
    }
}
