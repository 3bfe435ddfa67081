//! Human names for places in a plan: `action I2: responsible.service`
//! rather than `/actions/1/responsible/service`.

use serde_json::Value;

use crate::i18n::Catalogue;
use crate::source::pointer::unescape;

/// The singular name of an item in one of the plan's lists, by its id (goals,
/// needs, actions), date (follow-ups) or position (other lists, 1-based).
pub fn item_label(catalogue: &Catalogue, list: &str, key: &str) -> String {
    let name = catalogue
        .get(&format!("thing-{list}"))
        .unwrap_or_else(|| list.to_owned());
    format!("{name} {key}")
}

/// Describes the place a JSON pointer names in `doc`, naming list items as
/// [`item_label`] does: `/actions/1/responsible/service` → `action I2:
/// responsible.service`; `/lead/principal` → `lead.principal`.
pub fn describe(catalogue: &Catalogue, doc: &Value, pointer: &str) -> String {
    let mut item: Option<String> = None;
    let mut path: Vec<String> = Vec::new();
    let mut node = Some(doc);
    let mut parent_key: Option<String> = None;
    // The top-level list the item named by `item` belongs to.
    let mut top: Option<String> = None;
    for raw in pointer.split('/').skip(1) {
        let segment = unescape(raw).into_owned();
        let next = node.and_then(|n| match n {
            Value::Object(m) => m.get(&segment),
            Value::Array(a) => segment.parse::<usize>().ok().and_then(|i| a.get(i)),
            _ => None,
        });
        let is_index = matches!(node, Some(Value::Array(_)));
        if is_index {
            let list = parent_key.clone().unwrap_or_default();
            // Goals, needs, actions and follow-ups by their key (`action
            // I2`); people and copies by position, so no name is repeated.
            // Inside an item, a list has its own shape: a follow-up's goals
            // are named by `goal`, its absences by position.
            let (named, item_key) = match &top {
                Some(top) => crate::plan::nested_list(top, &list)
                    .map_or((false, None), |s| (s.named_in_findings, s.item_key)),
                None => crate::plan::list(&list)
                    .map_or((false, None), |s| (s.named_in_findings, s.item_key)),
            };
            let key = item_key
                .filter(|_| named)
                .and_then(|item_key| next?.get(item_key)?.as_str())
                .map_or_else(
                    || segment.parse::<usize>().map_or(0, |i| i + 1).to_string(),
                    str::to_string,
                );
            if item.is_none() && path.len() == 1 {
                path.pop();
                item = Some(item_label(catalogue, &list, &key));
                top = Some(list);
            } else {
                path.push(format!("[{key}]"));
            }
        } else {
            path.push(segment.clone());
        }
        parent_key = Some(segment);
        node = next;
    }
    let dotted = path.join(".").replace(".[", "[");
    match (item, dotted.is_empty()) {
        (Some(item), true) => item,
        (Some(item), false) => format!("{item}: {dotted}"),
        (None, true) => catalogue.text("place-plan"),
        (None, false) => dotted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn en() -> &'static Catalogue {
        Catalogue::built_in(crate::config::Lang::En)
    }

    #[test]
    fn names_items_by_id_and_fields_by_path() {
        let doc = json!({
            "lead": {"principal": "other"},
            "actions": [{"id": "I1"}, {"id": "I2", "responsible": {"service": "x"}, "needs": ["B9"]}],
            "follow_ups": [{"date": "2026-03-12"}],
            "participants": [{"name": "A"}, {"name": "B"}],
        });
        assert_eq!(describe(en(), &doc, "/lead/principal"), "lead.principal");
        assert_eq!(
            describe(en(), &doc, "/actions/1/responsible/service"),
            "action I2: responsible.service"
        );
        assert_eq!(describe(en(), &doc, "/actions/1"), "action I2");
        assert_eq!(
            describe(en(), &doc, "/actions/1/needs/0"),
            "action I2: needs[1]"
        );
        assert_eq!(
            describe(en(), &doc, "/follow_ups/0/held"),
            "follow-up 2026-03-12: held"
        );
        assert_eq!(
            describe(en(), &doc, "/participants/1/kind"),
            "participant 2: kind"
        );
        let doc = json!({"follow_ups": [{"date": "2026-03-12",
            "goals": [{"goal": "M1", "progress": "x"}], "absent": [{"name": "Maja Sköterska"}]}]});
        assert_eq!(
            describe(en(), &doc, "/follow_ups/0/goals/0/progress"),
            "follow-up 2026-03-12: goals[M1].progress"
        );
        assert_eq!(
            describe(en(), &doc, "/follow_ups/0/absent/0/reson"),
            "follow-up 2026-03-12: absent[1].reson"
        );
        assert_eq!(describe(en(), &doc, ""), "the plan");
        assert_eq!(describe(en(), &doc, "/lead/missing"), "lead.missing");
    }
}
