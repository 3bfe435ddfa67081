use crate::check::{Context, Finding, Level, Rule, RuleMeta, Severity};
use crate::plan::{Status, deadlines};

/// SIP032: planning for after a stay has not started in time.
pub struct TransitionPlanningLate;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP032"),
    name: "transition-planning-late",
    level: Level::Warning,
};

impl Rule for TransitionPlanningLate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.plan.status == Status::Closed {
            return;
        }
        let Some(transition) = &cx.plan.transition else {
            return;
        };
        if transition.planning_started.is_some() {
            return;
        }
        let end = transition.expected_end;
        let days = cx.transition_planning_days;
        if !deadlines::transition_planning_late(end, days, cx.as_of) {
            return;
        }
        let by = deadlines::transition_planning_by(end, days);
        if deadlines::overdue(end, cx.as_of) {
            out.push(
                Finding::new(
                    "/transition/expected_end",
                    cx.say("sip032-ended", &[("end", end.into())]),
                )
                .with_severity(Severity::Error),
            );
        } else {
            out.push(Finding::new(
                "/transition/expected_end",
                cx.say(
                    "sip032-late",
                    &[
                        ("end", end.into()),
                        ("by", by.into()),
                        ("days", days.into()),
                    ],
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run_as_of};
    use serde_json::json;

    fn with_transition(as_of: &str, started: Option<&str>) -> Vec<Finding> {
        run_as_of(&TransitionPlanningLate, as_of, |p| {
            p["transition"] = json!({"kind": "sis", "expected_end": "2026-09-01"});
            if let Some(started) = started {
                p["transition"]["planning_started"] = json!(started);
            }
        })
    }

    #[test]
    fn passes_before_the_limit_and_once_planning_started() {
        assert!(with_transition("2026-07-06", None).is_empty());
        assert!(with_transition("2026-10-01", Some("2026-06-20")).is_empty());
        assert!(run_as_of(&TransitionPlanningLate, "2026-10-01", |_| {}).is_empty());
    }

    #[test]
    fn warns_from_n_days_before_the_end_and_errs_after_it() {
        let found = with_transition("2026-07-07", None);
        assert_eq!(pointers(&found), ["/transition/expected_end"]);
        assert_eq!(found[0].severity, None);
        assert!(
            found[0]
                .message
                .contains("should have started by 2026-07-07 (56 days before)")
        );
        assert_eq!(with_transition("2026-09-01", None)[0].severity, None);
        let found = with_transition("2026-09-02", None);
        assert_eq!(found[0].severity, Some(Severity::Error));
    }
}
