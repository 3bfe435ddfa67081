use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::Status;

/// SIP014: nobody has planned the next follow-up.
pub struct NoOpenFollowUp;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP014"),
    name: "no-open-follow-up",
    level: Level::ErrorWarningInDraft,
};

impl Rule for NoOpenFollowUp {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.plan.status == Status::Closed {
            return;
        }
        let planned = cx
            .plan
            .follow_ups()
            .iter()
            .any(|f| f.is_open() && f.date.is_some() && super::filled(f.convener.as_ref()));
        if !planned {
            out.push(Finding::new("/follow_ups", cx.say("sip014", &[])));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run};
    use serde_json::json;

    #[test]
    fn passes_with_an_open_follow_up() {
        assert!(run(&NoOpenFollowUp, |_| {}).is_empty());
    }

    #[test]
    fn flags_held_or_incomplete_follow_ups() {
        let found = run(&NoOpenFollowUp, |p| {
            p["follow_ups"][0]["held"] = json!("2026-01-30")
        });
        assert_eq!(pointers(&found), ["/follow_ups"]);
        let found = run(&NoOpenFollowUp, |p| {
            p["follow_ups"][0]["convener"] = json!(null)
        });
        assert_eq!(pointers(&found), ["/follow_ups"]);
    }

    #[test]
    fn a_closed_plan_needs_none() {
        assert!(
            run(&NoOpenFollowUp, |p| {
                p["status"] = json!("closed");
                p["follow_ups"] = json!([]);
            })
            .is_empty()
        );
    }
}
