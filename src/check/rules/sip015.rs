use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP015: a plan in force with no date it was drawn up.
pub struct NotEstablished;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP015"),
    name: "not-established",
    level: Level::Error,
    summary: "`established` is present unless the plan is a draft.",
    explanation: "A plan is drawn up (upprättad) on a date; follow-ups, reminders and the time from \
request to plan are measured from it. Record `established`, or set `status: draft` while the plan \
is still being prepared.",
    source: "the plan is drawn up on a date",
};

impl Rule for NotEstablished {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if !cx.plan.is_draft() && cx.plan.established.is_none() {
            out.push(Finding::new(
                "/established",
                format!(
                    "the plan is {} but `established` is missing; record the date the plan was drawn up",
                    cx.plan.status.as_str()
                ),
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
    fn passes_when_established_or_draft() {
        assert!(run(&NotEstablished, |_| {}).is_empty());
        assert!(
            run(&NotEstablished, |p| {
                p["status"] = json!("draft");
                p["established"] = json!(null);
            })
            .is_empty()
        );
    }

    #[test]
    fn flags_an_active_plan_without_date() {
        let found = run(&NotEstablished, |p| p["established"] = json!(null));
        assert_eq!(pointers(&found), ["/established"]);
    }
}
