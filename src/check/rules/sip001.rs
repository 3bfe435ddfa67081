use std::collections::HashSet;

use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP001: an action names a need, or a need a goal, that the plan does not have.
pub struct DanglingReference;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP001"),
    name: "dangling-reference",
    level: Level::Error,
};

impl Rule for DanglingReference {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let plan = cx.plan;
        let needs: HashSet<&str> = plan.needs.iter().map(|n| n.id.as_str()).collect();
        let goals: HashSet<&str> = plan.goals().iter().map(|g| g.id.as_str()).collect();
        for (i, action) in plan.actions.iter().enumerate() {
            for (j, need) in action.needs.iter().enumerate() {
                if !needs.contains(need.as_str()) {
                    out.push(Finding::new(
                        format!("/actions/{i}/needs/{j}"),
                        cx.say(
                            "sip001-need",
                            &[("action", (&action.id).into()), ("need", need.into())],
                        ),
                    ));
                }
            }
        }
        for (i, need) in plan.needs.iter().enumerate() {
            for (j, goal) in need.goals.iter().flatten().enumerate() {
                if !goals.contains(goal.as_str()) {
                    out.push(Finding::new(
                        format!("/needs/{i}/goals/{j}"),
                        cx.say(
                            "sip001-goal",
                            &[("need", (&need.id).into()), ("goal", goal.into())],
                        ),
                    ));
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
    fn passes_when_references_resolve() {
        assert!(run(&DanglingReference, |_| {}).is_empty());
    }

    #[test]
    fn flags_unknown_need_and_goal() {
        let found = run(&DanglingReference, |p| {
            p["actions"][1]["needs"] = json!(["B2", "B9"]);
            p["needs"][0]["goals"] = json!(["M7"]);
        });
        assert_eq!(pointers(&found), ["/actions/1/needs/1", "/needs/0/goals/0"]);
        assert_eq!(
            found[0].message,
            "action I2 refers to need `B9`, which the plan does not have"
        );
    }
}
