use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP022: after discharge from inpatient care, the SIP meeting was called late.
pub struct DischargeCallLate;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP022"),
    name: "discharge-call-late",
    level: Level::Warning,
    summary: "With a `discharge` block, the SIP meeting was called (`discharge.called`) within 3 days of `discharge.ready_notified`.",
    explanation: "When a patient in inpatient care needs interventions from both region and \
municipality after discharge, the patient's fast vårdkontakt calls a SIP meeting within three days \
of the notice that the patient is ready for discharge. Days are calendar days. Without `called`, \
the warning appears once three days have passed on the check date.",
    source: "lag (2017:612) 4 kap. 1 §, as cited by regions",
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
                format!(
                    "the SIP meeting was called {days} days after the patient was ready for discharge (limit {DAYS})"
                ),
            ),
            None => Finding::new(
                "/discharge",
                format!(
                    "the SIP meeting has not been called, {days} days after the patient was ready for discharge \
                     (limit {DAYS}); call it and record `discharge.called`"
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
