use super::{is_child, is_under};
use crate::check::{Context, Finding, Level, Rule, RuleMeta, Severity};
use crate::plan::ConsentBy;

/// SIP009: a child's plan without guardians, or without their consent.
pub struct ChildWithoutGuardianConsent;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP009"),
    name: "child-without-guardian-consent",
    level: Level::ErrorWarningInDraft,
};

impl Rule for ChildWithoutGuardianConsent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if is_child(cx.plan, cx.as_of) != Some(true) {
            return;
        }
        if cx.plan.guardians().is_empty() {
            out.push(Finding::new("/guardians", cx.say("sip009-guardians", &[])));
        }
        let consent = &cx.plan.consent;
        if !consent.given || consent.by == Some(ConsentBy::Guardians) {
            return;
        }
        let under_15 = is_under(cx.plan, cx.as_of, 15) != Some(false);
        if consent.by == Some(ConsentBy::Person) && !under_15 {
            out.push(
                Finding::new("/consent/by", cx.say("sip009-young-person", &[]))
                    .with_severity(Severity::Warning),
            );
        } else {
            out.push(Finding::new("/consent/by", cx.say("sip009-by", &[])));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run};
    use serde_json::json;

    #[test]
    fn passes_for_an_adult_and_for_a_child_with_guardian_consent() {
        assert!(run(&ChildWithoutGuardianConsent, |_| {}).is_empty());
        let found = run(&ChildWithoutGuardianConsent, |p| {
            p["person"]["birth_date"] = json!("2012-12-12");
            p["person"]["personal_id"] = json!("20121212-1212");
            p["guardians"] = json!([{"name": "Tolva Tolvansson"}]);
            p["consent"]["by"] = json!("guardians");
        });
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn flags_a_child_from_the_personal_id() {
        let found = run(&ChildWithoutGuardianConsent, |p| {
            p["person"]["birth_date"] = json!(null);
            p["person"]["personal_id"] = json!("20121212-1212");
        });
        assert_eq!(pointers(&found), ["/guardians", "/consent/by"]);
    }

    #[test]
    fn a_person_of_15_to_17_may_consent_with_a_warning_under_15_not() {
        let young = |birth: &str, by: &str| {
            run(&ChildWithoutGuardianConsent, |p| {
                p["person"]["birth_date"] = json!(birth);
                p["person"]["personal_id"] = json!(null);
                p["guardians"] = json!([{"name": "Tolva Tolvansson"}]);
                p["consent"]["by"] = json!(by);
            })
        };
        let found = young("2010-02-01", "person");
        assert_eq!(pointers(&found), ["/consent/by"]);
        assert_eq!(found[0].severity, Some(Severity::Warning));
        assert!(found[0].message.contains("guardians' view"));
        // The day before the fifteenth birthday: the guardians consent.
        let found = young("2011-02-02", "person");
        assert_eq!(found[0].severity, None);
        assert!(found[0].message.contains("`by: guardians`"));
        // A representative is not a young person's own consent.
        assert_eq!(young("2010-02-01", "representative")[0].severity, None);
    }

    #[test]
    fn turns_adult_on_the_eighteenth_birthday() {
        let child = |as_of| {
            crate::check::test_support::run_as_of(&ChildWithoutGuardianConsent, as_of, |p| {
                p["person"]["birth_date"] = json!("2008-02-01");
                p["person"]["personal_id"] = json!(null);
            })
        };
        assert_eq!(child("2026-01-31").len(), 2);
        assert!(child("2026-02-01").is_empty());
    }
}
