use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::personnummer;

/// SIP010: a personal identity number that cannot be right.
pub struct MalformedPersonalId;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP010"),
    name: "malformed-personal-id",
    level: Level::Error,
    summary: "`personal_id` is a well-formed personnummer or samordningsnummer (10 or 12 digits, optional `-`/`+`, a real date — day + 60 for samordningsnummer — and a valid check digit), and agrees with `birth_date` if both are given.",
    explanation: "A mistyped identity number identifies nobody, or somebody else. The check digit \
catches most typos. Copy the number again from the record; messages never repeat the number.",
    source: "Skatteverket's format (folkbokföringslagen 18 §, 18 a §)",
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
                format!("person.personal_id {}", err.describe()),
            )),
            Ok(number) => {
                if person.birth_date.is_some_and(|b| b != number.birth_date) {
                    out.push(Finding::new(
                        "/person/birth_date",
                        "person.birth_date does not agree with the date in person.personal_id",
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
