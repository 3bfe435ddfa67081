use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP015: a plan in force with no date it was drawn up.
pub struct NotEstablished;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP015"),
    name: "not-established",
    level: Level::Error,
};

impl Rule for NotEstablished {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if !cx.plan.is_draft() && cx.plan.established.is_none() {
            out.push(Finding::new(
                "/established",
                cx.say(
                    "sip015",
                    &[("status", cx.value("status", cx.plan.status.as_str()).into())],
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
