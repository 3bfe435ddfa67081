use super::is_child;
use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::Status;

/// SIP030: the plan was followed up, and the person did not get the updated plan.
pub struct CopyOutdated;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP030"),
    name: "copy-outdated",
    level: Level::Warning,
};

impl Rule for CopyOutdated {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let plan = cx.plan;
        if plan.status != Status::Active {
            return;
        }
        let Some(held) = plan.follow_ups().iter().filter_map(|f| f.held).max() else {
            return;
        };
        let child = is_child(plan, cx.as_of) == Some(true);
        let latest = plan
            .shared()
            .iter()
            .filter(|s| s.to == "person" || (child && s.to == "guardian"))
            .map(|s| s.date)
            .max();
        // No copy at all is SIP020's finding.
        if let Some(latest) = latest.filter(|latest| *latest < held) {
            out.push(Finding::new(
                "/shared",
                cx.say(
                    "sip030",
                    &[("held", held.into()), ("latest", latest.into())],
                ),
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
    fn passes_with_a_copy_on_the_day_of_the_follow_up() {
        assert!(run(&CopyOutdated, |_| {}).is_empty());
        assert!(
            run(&CopyOutdated, |p| {
                p["follow_ups"][0]["held"] = json!("2026-01-20");
                p["shared"] = json!([{"to": "person", "date": "2026-01-20"}]);
            })
            .is_empty()
        );
        // A child's guardian may get it.
        assert!(
            run(&CopyOutdated, |p| {
                p["person"]["birth_date"] = json!("2012-12-12");
                p["person"]["personal_id"] = json!(null);
                p["follow_ups"][0]["held"] = json!("2026-01-20");
                p["shared"] = json!([{"to": "guardian", "date": "2026-01-21"}]);
            })
            .is_empty()
        );
    }

    #[test]
    fn flags_a_copy_older_than_the_latest_follow_up() {
        let found = run(&CopyOutdated, |p| {
            p["follow_ups"][0]["held"] = json!("2026-01-20")
        });
        assert_eq!(pointers(&found), ["/shared"]);
        assert_eq!(
            found[0].message,
            "the plan was followed up on 2026-01-20, but the person's latest copy is from 2026-01-12; give them the updated plan and add it under `shared`"
        );
        // An adult's guardian is no one's copy.
        let found = run(&CopyOutdated, |p| {
            p["follow_ups"][0]["held"] = json!("2026-01-20");
            p["shared"] = json!([{"to": "person", "date": "2026-01-12"}, {"to": "guardian", "date": "2026-01-21"}]);
        });
        assert_eq!(pointers(&found), ["/shared"]);
    }
}
