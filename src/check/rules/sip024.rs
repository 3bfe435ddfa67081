use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::{ActionStatus, deadlines};

/// SIP024: an action's end date passed and it is still open.
pub struct ActionOverdue;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP024"),
    name: "action-overdue",
    level: Level::Warning,
};

impl Rule for ActionOverdue {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (i, action) in cx.plan.actions.iter().enumerate() {
            let open = !matches!(
                action.status(),
                ActionStatus::Done | ActionStatus::Cancelled
            );
            if let Some(end) = action
                .end
                .filter(|end| open && deadlines::past_end(*end, cx.as_of))
            {
                out.push(Finding::new(
                    format!("/actions/{i}/end"),
                    cx.say(
                        "sip024",
                        &[
                            ("action", (&action.id).into()),
                            ("end", end.into()),
                            (
                                "status",
                                match action.status() {
                                    ActionStatus::Ongoing => "ongoing",
                                    _ => "planned",
                                }
                                .into(),
                            ),
                        ],
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
    fn passes_on_the_end_day_and_when_done() {
        assert!(run_as_of(&ActionOverdue, "2026-06-30", |_| {}).is_empty());
        assert!(
            run_as_of(
                &ActionOverdue,
                "2026-07-01",
                |p| p["actions"][0]["status"] = json!("done")
            )
            .is_empty()
        );
    }

    #[test]
    fn flags_the_day_after_end() {
        let found = run_as_of(&ActionOverdue, "2026-07-01", |_| {});
        assert_eq!(pointers(&found), ["/actions/0/end"]);
        assert!(
            found[0]
                .message
                .starts_with("action I1 ended on 2026-06-30 but is still ongoing")
        );
    }
}
