use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP022: after discharge from inpatient care, the SIP meeting was called late.
pub struct DischargeCallLate;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP022"),
    name: "discharge-call-late",
    level: Level::Warning,
};

use crate::plan::deadlines::{self, DISCHARGE_CALL_DAYS as DAYS};

impl Rule for DischargeCallLate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(discharge) = &cx.plan.discharge else {
            return;
        };
        let ready = discharge.ready_notified;
        let Some(days) = deadlines::discharge_call_late(ready, discharge.called, cx.as_of) else {
            return;
        };
        out.push(match discharge.called {
            Some(_) => Finding::new(
                "/discharge/called",
                cx.say(
                    "sip022-late",
                    &[("days", days.into()), ("limit", DAYS.into())],
                ),
            ),
            None => Finding::new(
                "/discharge",
                cx.say(
                    "sip022-not-called",
                    &[("days", days.into()), ("limit", DAYS.into())],
                ),
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run, run_as_of};
    use serde_json::json;

    #[test]
    fn passes_without_discharge_or_within_three_days() {
        assert!(run(&DischargeCallLate, |_| {}).is_empty());
        assert!(
            run(&DischargeCallLate, |p| {
                p["discharge"] = json!({"ready_notified": "2026-01-03", "called": "2026-01-06"});
            })
            .is_empty()
        );
    }

    #[test]
    fn flags_late_call_and_missing_call() {
        let found = run(&DischargeCallLate, |p| {
            p["discharge"] = json!({"ready_notified": "2026-01-03", "called": "2026-01-07"});
        });
        assert_eq!(pointers(&found), ["/discharge/called"]);
        let waiting = |as_of| {
            run_as_of(&DischargeCallLate, as_of, |p| {
                p["discharge"] = json!({"ready_notified": "2026-01-03"})
            })
        };
        assert!(waiting("2026-01-06").is_empty());
        assert_eq!(pointers(&waiting("2026-01-07")), ["/discharge"]);
    }
}
