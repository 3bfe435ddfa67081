use super::filled;
use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::ActionStatus;

/// SIP028: a decided action was cancelled without a word on why.
pub struct CancellationUnexplained;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP028"),
    name: "cancellation-unexplained",
    level: Level::Warning,
};

impl Rule for CancellationUnexplained {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (i, action) in cx.plan.actions.iter().enumerate() {
            if action.status() == ActionStatus::Cancelled
                && !filled(action.cancelled_reason.as_ref())
            {
                out.push(Finding::new(
                    format!("/actions/{i}/status"),
                    cx.say("sip028", &[("action", (&action.id).into())]),
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
    fn passes_with_a_reason() {
        assert!(run(&CancellationUnexplained, |_| {}).is_empty());
        assert!(
            run(&CancellationUnexplained, |p| {
                p["actions"][1]["status"] = json!("cancelled");
                p["actions"][1]["cancelled_reason"] = json!("Personen tackade nej.");
            })
            .is_empty()
        );
    }

    #[test]
    fn flags_a_cancellation_without_or_with_a_blank_reason() {
        let found = run(&CancellationUnexplained, |p| {
            p["actions"][0]["status"] = json!("cancelled");
            p["actions"][1]["status"] = json!("cancelled");
            p["actions"][1]["cancelled_reason"] = json!("  ");
        });
        assert_eq!(pointers(&found), ["/actions/0/status", "/actions/1/status"]);
        assert!(found[0].message.starts_with("action I1 is cancelled"));
    }
}
