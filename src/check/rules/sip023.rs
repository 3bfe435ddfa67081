use super::filled;
use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::ParticipantKind;

/// SIP023: someone invited stayed away and nobody wrote down why.
pub struct AbsenceUnexplained;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP023"),
    name: "absence-unexplained",
    level: Level::Warning,
};

impl Rule for AbsenceUnexplained {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (i, participant) in cx.plan.participants().iter().enumerate() {
            if participant.kind != ParticipantKind::Person
                && participant.attended == Some(false)
                && !filled(participant.absence_reason.as_ref())
            {
                out.push(Finding::new(
                    format!("/participants/{i}/attended"),
                    cx.say("sip023", &[("participant", (i + 1).into())]),
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
    fn passes_when_absences_are_explained() {
        assert!(run(&AbsenceUnexplained, |_| {}).is_empty());
    }

    #[test]
    fn flags_an_unexplained_absence() {
        let found = run(&AbsenceUnexplained, |p| {
            p["participants"][3]["absence_reason"] = json!(null)
        });
        assert_eq!(pointers(&found), ["/participants/3/attended"]);
    }
}
