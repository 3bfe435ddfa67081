use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP018: nobody recorded whether relatives may take part.
pub struct RelativesUnstated;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP018"),
    name: "relatives-unstated",
    level: Level::Warning,
};

impl Rule for RelativesUnstated {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.plan.consent.relatives.is_none() {
            out.push(Finding::new("/consent/relatives", cx.say("sip018", &[])));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run};
    use serde_json::json;

    #[test]
    fn passes_when_stated_either_way() {
        assert!(run(&RelativesUnstated, |_| {}).is_empty());
        assert!(
            run(&RelativesUnstated, |p| p["consent"]["relatives"] =
                json!(false))
            .is_empty()
        );
    }

    #[test]
    fn flags_unstated() {
        let found = run(&RelativesUnstated, |p| {
            p["consent"]["relatives"] = json!(null)
        });
        assert_eq!(pointers(&found), ["/consent/relatives"]);
    }
}
