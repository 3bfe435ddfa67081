use std::collections::HashMap;

use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP002: two goals, needs or actions share an id.
pub struct DuplicateItemId;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP002"),
    name: "duplicate-item-id",
    level: Level::Error,
};

impl Rule for DuplicateItemId {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let plan = cx.plan;
        let items = plan.item_ids();
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (list, index, id) in items {
            match seen.get(id) {
                Some(first) => out.push(Finding::new(
                    format!("/{list}/{index}/id"),
                    cx.say(
                        "sip002",
                        &[
                            ("item", cx.item(list, id).into()),
                            ("first", cx.item(first, id).into()),
                        ],
                    ),
                )),
                None => {
                    seen.insert(id, list);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run};
    use serde_json::json;

    #[test]
    fn passes_with_unique_ids() {
        assert!(run(&DuplicateItemId, |_| {}).is_empty());
    }

    #[test]
    fn flags_the_later_duplicate_across_lists() {
        let found = run(&DuplicateItemId, |p| p["actions"][1]["id"] = json!("M1"));
        assert_eq!(pointers(&found), ["/actions/1/id"]);
        assert_eq!(
            found[0].message,
            "action M1 has the same id as goal M1; ids are unique across goals, needs and actions"
        );
    }
}
