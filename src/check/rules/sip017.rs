use super::filled;
use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::ParticipantKind;

/// SIP017: the plan does not say whether the person took part.
pub struct PersonNotRecorded;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP017"),
    name: "person-not-recorded",
    level: Level::Warning,
};

impl Rule for PersonNotRecorded {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let participants = cx.plan.participants();
        let Some((i, person)) = participants
            .iter()
            .enumerate()
            .find(|(_, p)| p.kind == ParticipantKind::Person)
        else {
            out.push(Finding::new("/participants", cx.say("sip017-missing", &[])));
            return;
        };
        match person.attended {
            Some(true) => {}
            Some(false) if filled(person.absence_reason.as_ref()) => {}
            Some(false) => out.push(Finding::new(
                format!("/participants/{i}/attended"),
                cx.say("sip017-reason", &[]),
            )),
            None => out.push(Finding::new(
                format!("/participants/{i}"),
                cx.say("sip017-attended", &[]),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run};
    use serde_json::json;

    #[test]
    fn passes_when_the_person_attended_or_absence_is_explained() {
        assert!(run(&PersonNotRecorded, |_| {}).is_empty());
        assert!(
            run(&PersonNotRecorded, |p| {
                p["participants"][0]["attended"] = json!(false);
                p["participants"][0]["absence_reason"] = json!("inlagd på sjukhus");
            })
            .is_empty()
        );
    }

    #[test]
    fn flags_missing_person_and_unexplained_absence() {
        let found = run(&PersonNotRecorded, |p| {
            p["participants"][0]["kind"] = json!("relative")
        });
        assert_eq!(pointers(&found), ["/participants"]);
        let found = run(&PersonNotRecorded, |p| {
            p["participants"][0]["attended"] = json!(false)
        });
        assert_eq!(pointers(&found), ["/participants/0/attended"]);
    }
}
