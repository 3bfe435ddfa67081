use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP007: consent is not given, or not dated.
pub struct ConsentMissing;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP007"),
    name: "consent-missing",
    level: Level::ErrorWarningInDraft,
};

impl Rule for ConsentMissing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let consent = &cx.plan.consent;
        if !consent.given {
            out.push(Finding::new("/consent/given", cx.say("sip007-given", &[])));
        } else if consent.date.is_none() {
            out.push(Finding::new("/consent/date", cx.say("sip007-date", &[])));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run};
    use serde_json::json;

    #[test]
    fn passes_with_dated_consent() {
        assert!(run(&ConsentMissing, |_| {}).is_empty());
    }

    #[test]
    fn flags_missing_consent_and_missing_date() {
        let found = run(&ConsentMissing, |p| p["consent"]["given"] = json!(false));
        assert_eq!(pointers(&found), ["/consent/given"]);
        let found = run(&ConsentMissing, |p| p["consent"]["date"] = json!(null));
        assert_eq!(pointers(&found), ["/consent/date"]);
    }
}
