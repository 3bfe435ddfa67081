use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::{ParticipantKind, Principal};

/// SIP006: the region or the municipality takes no part.
pub struct PrincipalAbsent;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP006"),
    name: "principal-absent",
    level: Level::Warning,
};

impl Rule for PrincipalAbsent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let plan = cx.plan;
        for (principal, kind, name) in [
            (Principal::Region, ParticipantKind::Region, "region"),
            (
                Principal::Municipality,
                ParticipantKind::Municipality,
                "municipality",
            ),
        ] {
            let present = plan
                .actions
                .iter()
                .any(|a| a.responsible.principal == principal)
                || plan.participants().iter().any(|p| p.kind == kind);
            if !present {
                out.push(Finding::new(
                    "/participants",
                    cx.say("sip006", &[("principal", name.into())]),
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
    fn passes_when_both_take_part() {
        assert!(run(&PrincipalAbsent, |_| {}).is_empty());
    }

    #[test]
    fn a_participant_alone_is_enough() {
        let found = run(&PrincipalAbsent, |p| {
            p["actions"][1]["responsible"]["principal"] = json!("other")
        });
        assert!(
            found.is_empty(),
            "the region's doctor takes part: {found:?}"
        );
    }

    #[test]
    fn flags_a_missing_region() {
        let found = run(&PrincipalAbsent, |p| {
            p["actions"][1]["responsible"]["principal"] = json!("other");
            p["participants"][2]["kind"] = json!("other");
        });
        assert_eq!(pointers(&found), ["/participants"]);
        assert!(
            found[0]
                .message
                .starts_with("no action or participant belongs to the region")
        );
    }
}
