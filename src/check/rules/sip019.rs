use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP019: the plan, or a need, has no goal.
pub struct GoalMissing;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP019"),
    name: "goal-missing",
    level: Level::Warning,
};

impl Rule for GoalMissing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.plan.goals().is_empty() {
            out.push(Finding::new("/goals", cx.say("sip019-goals", &[])));
        }
        for (i, need) in cx.plan.needs.iter().enumerate() {
            if need.goals.as_ref().is_none_or(Vec::is_empty) {
                out.push(Finding::new(
                    format!("/needs/{i}"),
                    cx.say("sip019-need", &[("need", (&need.id).into())]),
                ));
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
    fn passes_with_goals() {
        assert!(run(&GoalMissing, |_| {}).is_empty());
    }

    #[test]
    fn flags_no_goals_and_needs_without_goal() {
        let found = run(&GoalMissing, |p| {
            p["goals"] = json!([]);
            p["needs"][1]["goals"] = json!([]);
        });
        assert_eq!(pointers(&found), ["/goals", "/needs/1"]);
        assert_eq!(
            found[1].message,
            "need B2 names no goal; add `goals: [<goal id>]`"
        );
    }
}
