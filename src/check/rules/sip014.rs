use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::Status;

/// SIP014: nobody has planned the next follow-up.
pub struct NoOpenFollowUp;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP014"),
    name: "no-open-follow-up",
    level: Level::ErrorWarningInDraft,
    summary: "An `active` plan has at least one open follow-up (no `held`) with a `date` and a `convener`.",
    explanation: "Plans that are never followed up are the most common failure of SIP in practice. \
Regional guidance says the plan states when it is followed up and who calls the meeting. Add a \
follow-up with a `date` and a `convener`; after a follow-up is held, plan the next one. A draft \
gets this as a warning; a closed plan needs none.",
    source: "regional guidance: the plan states when it is followed up and who calls",
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
            out.push(Finding::new(
                "/follow_ups",
                "no open follow-up with a date and a convener; plan the next follow-up and who calls it",
            ));
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
