use chrono::NaiveDate;

use crate::check::{Context, Finding, Level, Rule, RuleMeta};

/// SIP013: dates that contradict each other or lie in the future.
pub struct DatesOutOfOrder;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP013"),
    name: "dates-out-of-order",
    level: Level::Error,
};

fn push(out: &mut Vec<Finding>, pointer: String, message: String) {
    out.push(Finding::new(pointer, message));
}

impl Rule for DatesOutOfOrder {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let plan = cx.plan;
        let initiated = plan.initiated.date;
        let consent = plan.consent.date;
        if let Some(consent) = consent.filter(|c| *c < initiated) {
            push(
                out,
                "/consent/date".into(),
                cx.say(
                    "sip013-consent",
                    &[("consent", consent.into()), ("initiated", initiated.into())],
                ),
            );
        }
        if let Some(established) = plan.established {
            let (floor, name): (NaiveDate, &str) = match consent {
                Some(c) if c >= initiated => (c, "consent.date"),
                _ => (initiated, "initiated.date"),
            };
            if established < floor {
                push(
                    out,
                    "/established".into(),
                    cx.say(
                        "sip013-established",
                        &[
                            ("established", established.into()),
                            ("name", name.into()),
                            ("floor", floor.into()),
                        ],
                    ),
                );
            }
            if established > cx.as_of {
                push(
                    out,
                    "/established".into(),
                    cx.say(
                        "sip013-established-future",
                        &[
                            ("established", established.into()),
                            ("as_of", cx.as_of.into()),
                        ],
                    ),
                );
            }
        }
        for (i, action) in plan.actions.iter().enumerate() {
            if let (Some(start), Some(end)) = (action.start, action.end)
                && end < start
            {
                push(
                    out,
                    format!("/actions/{i}/end"),
                    cx.say(
                        "sip013-action",
                        &[
                            ("action", (&action.id).into()),
                            ("end", end.into()),
                            ("start", start.into()),
                        ],
                    ),
                );
            }
        }
        for (i, follow_up) in plan.follow_ups().iter().enumerate() {
            let label = follow_up
                .date
                .map_or_else(|| format!("{}", i + 1), |d| d.to_string());
            if let (Some(date), Some(established)) = (follow_up.date, plan.established)
                && date < established
            {
                push(
                    out,
                    format!("/follow_ups/{i}/date"),
                    cx.say(
                        "sip013-follow-up",
                        &[
                            ("label", (&label).into()),
                            ("established", established.into()),
                        ],
                    ),
                );
            }
            if let Some(held) = follow_up.held.filter(|h| *h > cx.as_of) {
                push(
                    out,
                    format!("/follow_ups/{i}/held"),
                    cx.say(
                        "sip013-held-future",
                        &[
                            ("label", (&label).into()),
                            ("held", held.into()),
                            ("as_of", cx.as_of.into()),
                        ],
                    ),
                );
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
    fn passes_with_dates_in_order() {
        assert!(run(&DatesOutOfOrder, |_| {}).is_empty());
    }

    #[test]
    fn flags_each_kind_of_disorder() {
        let found = run(&DatesOutOfOrder, |p| {
            p["consent"]["date"] = json!("2026-01-04");
            p["actions"][0]["end"] = json!("2026-01-14");
            p["follow_ups"][0]["date"] = json!("2026-01-11");
            p["follow_ups"][0]["held"] = json!("2026-02-02");
        });
        assert_eq!(
            pointers(&found),
            [
                "/consent/date",
                "/actions/0/end",
                "/follow_ups/0/date",
                "/follow_ups/0/held"
            ]
        );
        let found = run(&DatesOutOfOrder, |p| p["established"] = json!("2026-01-07"));
        assert_eq!(pointers(&found), ["/established"]);
        assert_eq!(
            found[0].message,
            "established 2026-01-07 is before consent.date 2026-01-08"
        );
        let found = run(&DatesOutOfOrder, |p| p["established"] = json!("2026-02-02"));
        assert!(
            found[0].message.contains("after the check date 2026-02-01"),
            "{found:?}"
        );
    }
}
