use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::{Status, deadlines};

/// SIP008: an active plan whose consent was withdrawn or has expired.
pub struct ConsentLapsed;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP008"),
    name: "consent-lapsed",
    level: Level::Error,
};

impl Rule for ConsentLapsed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.plan.status != Status::Active {
            return;
        }
        let consent = &cx.plan.consent;
        if let Some(withdrawn) = consent
            .withdrawn
            .filter(|d| deadlines::consent_ended(Some(*d), cx.as_of))
        {
            out.push(Finding::new(
                "/consent/withdrawn",
                cx.say("sip008-withdrawn", &[("date", withdrawn.into())]),
            ));
        }
        if let Some(expires) = consent
            .expires
            .filter(|d| deadlines::consent_ended(Some(*d), cx.as_of))
        {
            out.push(Finding::new(
                "/consent/expires",
                cx.say("sip008-expired", &[("date", expires.into())]),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run, run_as_of};
    use serde_json::json;

    #[test]
    fn passes_before_expiry() {
        assert!(run_as_of(&ConsentLapsed, "2027-01-07", |_| {}).is_empty());
    }

    #[test]
    fn flags_expiry_on_its_day_and_withdrawal() {
        let found = run_as_of(&ConsentLapsed, "2027-01-08", |_| {});
        assert_eq!(pointers(&found), ["/consent/expires"]);
        let found = run(&ConsentLapsed, |p| {
            p["consent"]["withdrawn"] = json!("2026-01-20")
        });
        assert_eq!(pointers(&found), ["/consent/withdrawn"]);
    }

    #[test]
    fn a_closed_plan_is_not_flagged() {
        let found = run_as_of(&ConsentLapsed, "2027-02-01", |p| {
            p["status"] = json!("closed")
        });
        assert!(found.is_empty());
    }
}
