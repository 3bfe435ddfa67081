use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::plan::deadlines;

/// SIP021: work on the plan did not start without delay.
pub struct LateStart;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP021"),
    name: "late-start",
    level: Level::Warning,
};

impl Rule for LateStart {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let plan = cx.plan;
        let (end, pointer, what) = match plan.established {
            Some(established) => (established, "/established", "sip021-established"),
            None if plan.is_draft() => (cx.as_of, "/initiated/date", "sip021-draft"),
            None => return,
        };
        if end > deadlines::establish_by(plan.initiated.date, cx.establish_within_days) {
            let days = deadlines::days_between(plan.initiated.date, end);
            let limit = cx.establish_within_days;
            out.push(Finding::new(
                pointer,
                cx.say(what, &[("days", days.into()), ("limit", limit.into())]),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{pointers, run, run_as_of};
    use serde_json::json;

    #[test]
    fn passes_at_exactly_the_limit() {
        assert!(run(&LateStart, |p| p["established"] = json!("2026-01-19")).is_empty());
    }

    #[test]
    fn flags_a_day_over_and_a_waiting_draft() {
        let found = run(&LateStart, |p| p["established"] = json!("2026-01-20"));
        assert_eq!(pointers(&found), ["/established"]);
        assert!(found[0].message.contains("15 days"));
        let draft = |as_of| {
            run_as_of(&LateStart, as_of, |p| {
                p["status"] = json!("draft");
                p["established"] = json!(null);
            })
        };
        assert!(draft("2026-01-19").is_empty());
        assert_eq!(pointers(&draft("2026-01-20")), ["/initiated/date"]);
    }
}
