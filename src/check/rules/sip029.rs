use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::{ActionStatus, Status, deadlines};

/// SIP029: a need that is not met has nothing planned or going on for it.
pub struct UnmetNeedWithoutAction;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP029"),
    name: "unmet-need-without-action",
    level: Level::Warning,
};

impl Rule for UnmetNeedWithoutAction {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let plan = cx.plan;
        if plan.status != Status::Active {
            return;
        }
        for (i, need) in plan.needs.iter().enumerate() {
            if need.met.is_some() {
                continue;
            }
            let covered = plan.actions.iter().any(|action| {
                matches!(
                    action.status(),
                    ActionStatus::Planned | ActionStatus::Ongoing
                ) && action.needs.contains(&need.id)
                    && !action
                        .end
                        .is_some_and(|end| deadlines::past_end(end, cx.as_of))
            });
            if !covered {
                out.push(Finding::new(
                    format!("/needs/{i}"),
                    cx.say("sip029", &[("need", (&need.id).into())]),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run, run_as_of};
    use serde_json::json;

    #[test]
    fn passes_while_actions_go_on_or_when_the_need_is_met() {
        assert!(run(&UnmetNeedWithoutAction, |_| {}).is_empty());
        assert!(
            run(&UnmetNeedWithoutAction, |p| {
                p["actions"][0]["status"] = json!("done");
                p["needs"][0]["met"] = json!("2026-01-30");
            })
            .is_empty()
        );
    }

    #[test]
    fn flags_a_need_whose_actions_are_done_or_past_their_end() {
        let found = run(&UnmetNeedWithoutAction, |p| {
            p["actions"][1]["status"] = json!("cancelled")
        });
        assert_eq!(pointers(&found), ["/needs/1"]);
        assert!(found[0].message.starts_with("need B2 is not met"));
        // I1 answers B1 and ends on 2026-06-30.
        let found = run_as_of(&UnmetNeedWithoutAction, "2026-07-01", |_| {});
        assert_eq!(pointers(&found), ["/needs/0"]);
    }
}
