use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP019: the plan, or a need, has no goal.
pub struct GoalMissing;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP019"),
    name: "goal-missing",
    level: Level::Warning,
    summary: "The plan has at least one goal, and every need names a goal.",
    explanation: "Vårdanalys (2025) found that plans often do not state what the interventions are \
for. Record the person's own goals in their words under `goals`, and link each need to the goal \
it serves with `goals: [M1]`.",
    source: "Vårdanalys 2025: the plan should state the goals of the interventions",
};

impl Rule for GoalMissing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.plan.goals().is_empty() {
            out.push(Finding::new(
                "/goals",
                "the plan has no goal; record the person's own goals, in their own words",
            ));
        }
        for (i, need) in cx.plan.needs.iter().enumerate() {
            if need.goals.as_ref().is_none_or(Vec::is_empty) {
                out.push(Finding::new(
                    format!("/needs/{i}"),
                    format!("need {} names no goal; add `goals: [<goal id>]`", need.id),
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
