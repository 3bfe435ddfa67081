use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::Status;

/// SIP020: the person never got their plan.
pub struct PlanNotShared;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP020"),
    name: "plan-not-shared",
    level: Level::Warning,
};

impl Rule for PlanNotShared {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.plan.status != Status::Active {
            return;
        }
        if !cx
            .plan
            .shared()
            .iter()
            .any(|s| s.to == "person" || s.to == "guardian")
        {
            out.push(Finding::new("/shared", cx.say("sip020", &[])));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run};
    use serde_json::json;

    #[test]
    fn passes_when_shared_with_person_or_guardian() {
        assert!(run(&PlanNotShared, |_| {}).is_empty());
        assert!(run(&PlanNotShared, |p| p["shared"][0]["to"] = json!("guardian")).is_empty());
    }

    #[test]
    fn flags_sharing_only_with_organisations() {
        let found = run(&PlanNotShared, |p| {
            p["shared"][0]["to"] = json!("Vårdcentralen Ekbacken")
        });
        assert_eq!(pointers(&found), ["/shared"]);
    }
}
