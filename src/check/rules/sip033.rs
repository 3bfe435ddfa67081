use super::filled;
use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::Status;

/// SIP033: nobody named to call about the plan, or no way to reach them.
pub struct LeadContactMissing;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP033"),
    name: "lead-contact-missing",
    level: Level::Warning,
};

impl Rule for LeadContactMissing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.plan.status == Status::Closed {
            return;
        }
        match &cx.plan.lead.contact {
            None => out.push(Finding::new("/lead", cx.say("sip033-none", &[]))),
            Some(contact) if !filled(contact.phone.as_ref()) && !filled(contact.email.as_ref()) => {
                out.push(Finding::new(
                    "/lead/contact",
                    cx.say("sip033-unreachable", &[]),
                ));
            }
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run};
    use serde_json::json;

    #[test]
    fn passes_with_a_phone_or_an_email() {
        assert!(run(&LeadContactMissing, |_| {}).is_empty());
        assert!(
            run(&LeadContactMissing, |p| {
                p["lead"]["contact"] =
                    json!({"name": "Sara Samordnare", "email": "sara@example.se"})
            })
            .is_empty()
        );
        assert!(
            run(&LeadContactMissing, |p| {
                p["status"] = json!("closed");
                p["lead"]["contact"] = json!(null);
            })
            .is_empty()
        );
    }

    #[test]
    fn flags_no_contact_and_a_contact_without_phone_or_email() {
        let found = run(&LeadContactMissing, |p| p["lead"]["contact"] = json!(null));
        assert_eq!(pointers(&found), ["/lead"]);
        let found = run(&LeadContactMissing, |p| {
            p["lead"]["contact"] = json!({"name": "Sara Samordnare", "phone": " "})
        });
        assert_eq!(pointers(&found), ["/lead/contact"]);
    }
}
