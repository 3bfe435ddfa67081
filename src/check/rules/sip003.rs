use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::ActionStatus;

/// SIP003: a need that no live action answers.
pub struct UnansweredNeed;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP003"),
    name: "unanswered-need",
    level: Level::ErrorWarningInDraft,
};

impl Rule for UnansweredNeed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (i, need) in cx.plan.needs.iter().enumerate() {
            let answered = cx
                .plan
                .actions
                .iter()
                .any(|a| a.status() != ActionStatus::Cancelled && a.needs.contains(&need.id));
            if !answered {
                out.push(Finding::new(
                    format!("/needs/{i}"),
                    cx.say("sip003", &[("need", (&need.id).into())]),
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
    fn passes_when_every_need_has_an_action() {
        assert!(run(&UnansweredNeed, |_| {}).is_empty());
    }

    #[test]
    fn a_cancelled_action_does_not_answer() {
        let found = run(&UnansweredNeed, |p| {
            p["actions"][1]["status"] = json!("cancelled")
        });
        assert_eq!(pointers(&found), ["/needs/1"]);
        assert!(found[0].message.starts_with("need B2 is not answered"));
    }
}
