use super::filled;
use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::Status;

/// SIP016: `status` and the `closed` block disagree.
pub struct ClosureInconsistent;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP016"),
    name: "closure-inconsistent",
    level: Level::Error,
};

impl Rule for ClosureInconsistent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let plan = cx.plan;
        match (plan.status, &plan.closed) {
            (Status::Closed, None) => {
                out.push(Finding::new("/closed", cx.say("sip016-missing", &[])))
            }
            (Status::Closed, Some(closed)) => {
                if closed.date.is_none() {
                    out.push(Finding::new("/closed/date", cx.say("sip016-date", &[])));
                }
                if !filled(closed.reason.as_ref()) {
                    out.push(Finding::new("/closed/reason", cx.say("sip016-reason", &[])));
                }
            }
            (status, Some(_)) => out.push(Finding::new(
                "/closed",
                cx.say(
                    "sip016-not-closed",
                    &[("status", cx.value("status", status.as_str()).into())],
                ),
            )),
            (_, None) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run};
    use serde_json::json;

    #[test]
    fn passes_for_active_and_properly_closed_plans() {
        assert!(run(&ClosureInconsistent, |_| {}).is_empty());
        assert!(
            run(&ClosureInconsistent, |p| {
                p["status"] = json!("closed");
                p["closed"] = json!({"date": "2026-01-30", "reason": "Flyttat."});
            })
            .is_empty()
        );
    }

    #[test]
    fn flags_each_inconsistency() {
        let found = run(&ClosureInconsistent, |p| p["status"] = json!("closed"));
        assert_eq!(pointers(&found), ["/closed"]);
        let found = run(&ClosureInconsistent, |p| {
            p["status"] = json!("closed");
            p["closed"] = json!({"reason": " "});
        });
        assert_eq!(pointers(&found), ["/closed/date", "/closed/reason"]);
        let found = run(&ClosureInconsistent, |p| {
            p["closed"] = json!({"date": "2026-01-30"})
        });
        assert_eq!(pointers(&found), ["/closed"]);
        assert!(
            found[0]
                .message
                .starts_with("the plan is active but has a `closed` block")
        );
    }
}
