use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP031: a follow-up was held without recording who came or how the goals went.
pub struct FollowUpUnrecorded;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP031"),
    name: "follow-up-unrecorded",
    level: Level::Warning,
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
                    cx.say("sip031-attended", &[("follow_up", date.into())]),
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
                        cx.say(
                            "sip031-goal",
                            &[("follow_up", date.into()), ("goal", (&goal.id).into())],
                        ),
                    )),
                    Some((j, g)) if g.progress.is_none() => out.push(Finding::new(
                        format!("/follow_ups/{i}/goals/{j}"),
                        cx.say(
                            "sip031-progress",
                            &[("follow_up", date.into()), ("goal", (&goal.id).into())],
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
