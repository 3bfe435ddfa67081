use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::{ActionStatus, Status, deadlines};

/// SIP026: an action should have started, and is still only planned.
pub struct ActionNotStarted;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP026"),
    name: "action-not-started",
    level: Level::Warning,
};

impl Rule for ActionNotStarted {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.plan.status != Status::Active {
            return;
        }
        for (i, action) in cx.plan.actions.iter().enumerate() {
            if action.status() != ActionStatus::Planned {
                continue;
            }
            if let Some(start) = action
                .start
                .filter(|start| deadlines::past_start(*start, cx.as_of))
            {
                out.push(Finding::new(
                    format!("/actions/{i}/start"),
                    cx.say(
                        "sip026",
                        &[("action", (&action.id).into()), ("start", start.into())],
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run_as_of};
    use serde_json::json;

    #[test]
    fn passes_on_the_start_day_and_once_ongoing() {
        let planned = |as_of| {
            run_as_of(&ActionNotStarted, as_of, |p| {
                p["actions"][1]["start"] = json!("2026-02-01")
            })
        };
        assert!(planned("2026-02-01").is_empty());
        assert!(
            run_as_of(&ActionNotStarted, "2026-03-01", |p| {
                p["actions"][1]["start"] = json!("2026-02-01");
                p["actions"][1]["status"] = json!("ongoing");
            })
            .is_empty()
        );
        // A draft is still being prepared.
        assert!(
            run_as_of(&ActionNotStarted, "2026-03-01", |p| {
                p["actions"][1]["start"] = json!("2026-02-01");
                p["status"] = json!("draft");
            })
            .is_empty()
        );
    }

    #[test]
    fn flags_a_planned_action_the_day_after_its_start() {
        let found = run_as_of(&ActionNotStarted, "2026-02-02", |p| {
            p["actions"][1]["start"] = json!("2026-02-01")
        });
        assert_eq!(pointers(&found), ["/actions/1/start"]);
        assert!(
            found[0]
                .message
                .starts_with("action I2 was to start on 2026-02-01 but is still planned")
        );
    }
}
