use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::personnummer;

/// SIP010: a personal identity number that cannot be right.
pub struct MalformedPersonalId;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP010"),
    name: "malformed-personal-id",
    level: Level::Error,
};

impl Rule for MalformedPersonalId {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let person = &cx.plan.person;
        let Some(id) = person.personal_id.as_deref() else {
            return;
        };
        match personnummer::parse(id, cx.as_of) {
            Err(err) => out.push(Finding::new(
                "/person/personal_id",
                cx.say(
                    match err {
                        personnummer::IdError::Shape => "sip010-shape",
                        personnummer::IdError::Date => "sip010-date",
                        personnummer::IdError::CheckDigit => "sip010-check-digit",
                    },
                    &[],
                ),
            )),
            Ok(number) => {
                if person.birth_date.is_some_and(|b| b != number.birth_date) {
                    out.push(Finding::new(
                        "/person/birth_date",
                        cx.say("sip010-birth-date", &[]),
                    ));
                }
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
    fn passes_for_a_valid_number() {
        assert!(run(&MalformedPersonalId, |_| {}).is_empty());
    }

    #[test]
    fn flags_check_digit_and_disagreeing_birth_date_without_the_number() {
        let found = run(&MalformedPersonalId, |p| {
            p["person"]["personal_id"] = json!("19121212-1213")
        });
        assert_eq!(pointers(&found), ["/person/personal_id"]);
        assert!(found[0].message.contains("wrong check digit"));
        assert!(!found[0].message.contains("1213"));
        let found = run(&MalformedPersonalId, |p| {
            p["person"]["birth_date"] = json!("1912-12-13")
        });
        assert_eq!(pointers(&found), ["/person/birth_date"]);
    }
}
