use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP018: nobody recorded whether relatives may take part.
pub struct RelativesUnstated;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP018"),
    name: "relatives-unstated",
    level: Level::Warning,
    summary: "`consent.relatives` is stated (true or false).",
    explanation: "Relatives (närstående) are given the chance to take part, if suitable and the \
person does not object. Ask the person, and record the answer as `consent.relatives: true` or \
`false`.",
    source: "relatives are given the chance to take part (SoL 2 kap. 7 §, second paragraph)",
};

impl Rule for RelativesUnstated {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.plan.consent.relatives.is_none() {
            out.push(Finding::new(
                "/consent/relatives",
                "consent.relatives is not stated; ask whether relatives may take part and record true or false",
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
