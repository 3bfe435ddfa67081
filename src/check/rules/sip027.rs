use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::{ActionStatus, Status};

/// SIP027: an action that is planned or going on does not say when it starts.
pub struct ActionWithoutStart;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP027"),
    name: "action-without-start",
    level: Level::Warning,
};

impl Rule for ActionWithoutStart {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.plan.status != Status::Active {
            return;
        }
        for (i, action) in cx.plan.actions.iter().enumerate() {
            let status = match action.status() {
                ActionStatus::Planned => "planned",
                ActionStatus::Ongoing => "ongoing",
                ActionStatus::Done | ActionStatus::Cancelled => continue,
            };
            if action.start.is_none() {
                out.push(Finding::new(
                    format!("/actions/{i}"),
                    cx.say(
                        "sip027",
                        &[("action", (&action.id).into()), ("status", status.into())],
                    ),
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
    fn passes_when_open_actions_have_a_start() {
        assert!(run(&ActionWithoutStart, |_| {}).is_empty());
        assert!(
            run(&ActionWithoutStart, |p| p["actions"][1]["status"] =
                json!("done"))
            .is_empty()
        );
        assert!(run(&ActionWithoutStart, |p| p["status"] = json!("draft")).is_empty());
    }

    #[test]
    fn flags_a_planned_action_without_start() {
        let found = run(&ActionWithoutStart, |p| {
            p["actions"][1].as_object_mut().unwrap().remove("start");
        });
        assert_eq!(pointers(&found), ["/actions/1"]);
        assert_eq!(
            found[0].message,
            "action I2 is planned but has no `start`; say when it starts"
        );
    }
}
