use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP031: a follow-up was held without recording who came or how the goals went.
pub struct FollowUpUnrecorded;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP031"),
    name: "follow-up-unrecorded",
    level: Level::Warning,
    summary: "A held follow-up records who attended (`attended`) and, for each goal, its `progress`.",
    explanation: "A follow-up is where the effects of the plan show: whether the goals come closer. \
Record who took part under `attended` (participant names) and, under the follow-up's `goals`, \
each of the plan's goals with its `progress` — `reached`, `partly`, `not_reached` or \
`not_assessed` — judged together with the person, and in their words under `person_view`.",
    source: "Vårdanalys 2025: follow up the effects of coordination",
};

impl Rule for FollowUpUnrecorded {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (i, follow_up) in cx.plan.follow_ups().iter().enumerate() {
            let Some(held) = follow_up.held else { continue };
            let date = follow_up.date.unwrap_or(held);
            if follow_up.attended().is_empty() {
                out.push(Finding::new(
                    format!("/follow_ups/{i}"),
                    format!(
                        "follow-up {date} was held but does not record who attended; list the participants under `attended`"
                    ),
                ));
            }
            for goal in cx.plan.goals() {
                let entry = follow_up
                    .goals()
                    .iter()
                    .enumerate()
                    .find(|(_, g)| g.goal == goal.id);
                match entry {
                    None => out.push(Finding::new(
                        format!("/follow_ups/{i}"),
                        format!(
                            "follow-up {date} was held but does not record the progress of goal {}; add it under the follow-up's `goals`",
                            goal.id
                        ),
                    )),
                    Some((j, g)) if g.progress.is_none() => out.push(Finding::new(
                        format!("/follow_ups/{i}/goals/{j}"),
                        format!(
                            "follow-up {date}: goal {} has no `progress` (reached, partly, not_reached or not_assessed)",
                            goal.id
                        ),
                    )),
                    Some(_) => {}
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
    fn passes_for_open_follow_ups_and_recorded_ones() {
        assert!(run(&FollowUpUnrecorded, |_| {}).is_empty());
        let found = run(&FollowUpUnrecorded, |p| {
            p["follow_ups"][0]["held"] = json!("2026-01-30");
            p["follow_ups"][0]["attended"] = json!(["Tolvan Tolvansson"]);
            p["follow_ups"][0]["goals"] = json!([{"goal": "M1", "progress": "partly"}]);
        });
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn flags_missing_attendance_and_progress() {
        let found = run(&FollowUpUnrecorded, |p| {
            p["follow_ups"][0]["held"] = json!("2026-01-30")
        });
        assert_eq!(pointers(&found), ["/follow_ups/0", "/follow_ups/0"]);
        assert_eq!(
            found[1].message,
            "follow-up 2026-03-12 was held but does not record the progress of goal M1; add it under the follow-up's `goals`"
        );
        let found = run(&FollowUpUnrecorded, |p| {
            p["follow_ups"][0]["held"] = json!("2026-01-30");
            p["follow_ups"][0]["attended"] = json!(["Tolvan Tolvansson"]);
            p["follow_ups"][0]["goals"] = json!([{"goal": "M1"}]);
        });
        assert_eq!(pointers(&found), ["/follow_ups/0/goals/0"]);
    }
}
