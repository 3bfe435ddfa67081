use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::Principal;

/// SIP004: the overall responsibility lies with someone who is not a principal.
pub struct LeadNotPrincipal;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP004"),
    name: "lead-not-principal",
    level: Level::Error,
};

impl Rule for LeadNotPrincipal {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let principal = cx.plan.lead.principal;
        if principal == Principal::Other {
            out.push(Finding::new(
                "/lead/principal",
                cx.say("sip004", &[("found", principal.as_str().into())]),
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
    fn passes_for_a_principal() {
        assert!(
            run(&LeadNotPrincipal, |p| p["lead"]["principal"] =
                json!("region"))
            .is_empty()
        );
    }

    #[test]
    fn flags_other() {
        let found = run(&LeadNotPrincipal, |p| {
            p["lead"]["principal"] = json!("other")
        });
        assert_eq!(pointers(&found), ["/lead/principal"]);
        assert_eq!(
            found[0].message,
            "lead.principal must be region or municipality, found other"
        );
    }
}
