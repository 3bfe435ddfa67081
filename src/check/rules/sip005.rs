use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::Service;

/// SIP005: the plan lacks social services or health care.
pub struct OneSidedPlan;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP005"),
    name: "one-sided-plan",
    level: Level::ErrorWarningInDraft,
};

impl Rule for OneSidedPlan {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (service, key) in [
            (Service::SocialServices, "social_services"),
            (Service::HealthCare, "health_care"),
        ] {
            if !cx
                .plan
                .actions
                .iter()
                .any(|a| a.responsible.service == service)
            {
                out.push(Finding::new(
                    "/actions",
                    cx.say("sip005", &[("service", key.into())]),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run};
    use serde_json::json;

    #[test]
    fn passes_with_both_services() {
        assert!(run(&OneSidedPlan, |_| {}).is_empty());
    }

    #[test]
    fn flags_a_plan_without_health_care() {
        let found = run(&OneSidedPlan, |p| {
            p["actions"][1]["responsible"]["service"] = json!("school")
        });
        assert_eq!(pointers(&found), ["/actions"]);
        assert!(
            found[0]
                .message
                .starts_with("no action has `service: health_care`")
        );
    }
}
