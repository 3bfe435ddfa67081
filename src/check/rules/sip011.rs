use crate::check::{Context, Finding, Level, Rule, RuleMeta, item_label};
use crate::personnummer::find_all;

/// SIP011: an identity number where it will be copied everywhere.
pub struct PersonalIdInName;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP011"),
    name: "personal-id-in-name",
    level: Level::Error,
    summary: "No personal identity number (anything that passes SIP010's check) appears in the file name, the plan `id`, or an item id.",
    explanation: "File names and ids end up in git history, commit messages, CI logs, calendars and \
merge requests, where a personal identity number must never be. Use a neutral id such as \
`2026-0042` and keep the number in `person.personal_id` only.",
    source: "privacy (GDPR art. 5.1 c, data minimisation; OSL 26 kap.)",
};

impl Rule for PersonalIdInName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let plan = cx.plan;
        if !find_all(cx.file_name()).is_empty() {
            out.push(Finding::new(
                "",
                "the file name contains a personal identity number; name the file `<id>.sip.yaml` after a neutral plan id",
            ));
        }
        if !find_all(&plan.id).is_empty() {
            out.push(Finding::new(
                "/id",
                "the plan id contains a personal identity number; use a neutral id such as `2026-0042`",
            ));
        }
        let items = plan.item_ids();
        for (list, index, id) in items {
            if !find_all(id).is_empty() {
                out.push(Finding::new(
                    format!("/{list}/{index}/id"),
                    format!(
                        "the id of {} contains a personal identity number; use a short neutral id",
                        item_label(list, &(index + 1).to_string())
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
