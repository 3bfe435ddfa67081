use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::personnummer::find_all;

/// SIP011: an identity number where it will be copied everywhere.
pub struct PersonalIdInName;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP011"),
    name: "personal-id-in-name",
    level: Level::Error,
};

impl Rule for PersonalIdInName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let plan = cx.plan;
        if !find_all(cx.file_name()).is_empty() {
            out.push(Finding::new("", cx.say("sip011-file", &[])));
        }
        if !find_all(&plan.id).is_empty() {
            out.push(Finding::new("/id", cx.say("sip011-id", &[])));
        }
        let items = plan.item_ids();
        for (list, index, id) in items {
            if !find_all(id).is_empty() {
                out.push(Finding::new(
                    format!("/{list}/{index}/id"),
                    cx.say(
                        "sip011-item",
                        &[("item", cx.item(list, &(index + 1).to_string()).into())],
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{AS_OF, base_value, pointers, run, run_on};
    use serde_json::json;

    #[test]
    fn passes_with_neutral_names() {
        assert!(run(&PersonalIdInName, |_| {}).is_empty());
    }

    #[test]
    fn flags_file_name_plan_id_and_item_id() {
        let mut value = base_value();
        value["id"] = json!("19121212-1212");
        value["needs"][0]["id"] = json!("191212121212");
        let found = run_on(
            &PersonalIdInName,
            &value,
            AS_OF,
            "plans/19121212-1212.sip.yaml",
        );
        assert_eq!(pointers(&found), ["", "/id", "/needs/0/id"]);
        assert!(
            found.iter().all(|f| !f.message.contains("1212")),
            "{found:?}"
        );
    }
}
