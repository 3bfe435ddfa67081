use std::collections::HashSet;

use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP001: an action names a need, a need a goal, or a follow-up a participant or a goal, that
/// the plan does not have.
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
        // People are named by position, never by name: a finding does not repeat a name.
        let people: HashSet<&str> = plan
            .participants()
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        for (i, follow_up) in plan.follow_ups().iter().enumerate() {
            let date = follow_up
                .date
                .or(follow_up.held)
                .map_or_else(|| format!("{}", i + 1), |d| d.to_string());
            for (j, name) in follow_up.attended().iter().enumerate() {
                if !people.contains(name.as_str()) {
                    out.push(Finding::new(
                        format!("/follow_ups/{i}/attended/{j}"),
                        cx.say(
                            "sip001-attended",
                            &[("follow_up", (&date).into()), ("n", (j + 1).into())],
                        ),
                    ));
                }
            }
            for (j, absence) in follow_up.absent().iter().enumerate() {
                if !people.contains(absence.name.as_str()) {
                    out.push(Finding::new(
                        format!("/follow_ups/{i}/absent/{j}/name"),
                        cx.say(
                            "sip001-absent",
                            &[("follow_up", (&date).into()), ("n", (j + 1).into())],
                        ),
                    ));
                }
            }
            for (j, progress) in follow_up.goals().iter().enumerate() {
                if !goals.contains(progress.goal.as_str()) {
                    out.push(Finding::new(
                        format!("/follow_ups/{i}/goals/{j}/goal"),
                        cx.say(
                            "sip001-follow-up-goal",
                            &[
                                ("follow_up", (&date).into()),
                                ("goal", (&progress.goal).into()),
                            ],
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

    #[test]
    fn resolves_follow_up_attendance_and_goals() {
        let found = run(&DanglingReference, |p| {
            p["follow_ups"][0]["attended"] = json!(["Tolvan Tolvansson", "Erik Läkare"]);
            p["follow_ups"][0]["absent"] = json!([{"name": "Maja Sköterska", "reason": "sjuk"}]);
            p["follow_ups"][0]["goals"] = json!([{"goal": "M1", "progress": "partly"}]);
        });
        assert!(found.is_empty(), "{found:?}");
        let found = run(&DanglingReference, |p| {
            p["follow_ups"][0]["attended"] = json!(["Tolvan Tolvansson", "Erik Lakare"]);
            p["follow_ups"][0]["absent"] = json!([{"name": "Okänd Person"}]);
            p["follow_ups"][0]["goals"] = json!([{"goal": "M2", "progress": "partly"}]);
        });
        assert_eq!(
            pointers(&found),
            [
                "/follow_ups/0/attended/1",
                "/follow_ups/0/absent/0/name",
                "/follow_ups/0/goals/0/goal"
            ]
        );
        assert_eq!(
            found[0].message,
            "follow-up 2026-03-12: attendee 2 is not among the plan's `participants`"
        );
        assert!(!found.iter().any(|f| f.message.contains("Okänd")));
    }
}
