//! A plan in brief, read straight from its JSON value: what `sip list` shows.
//! Works on plans that break the schema too, as far as their fields allow.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::personnummer::redact;
use crate::plan::{PlanView, deadlines};

/// The overview of one plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PlanSummary {
    pub file: String,
    pub id: String,
    pub status: String,
    pub person: String,
    pub lead: Lead,
    pub needs: usize,
    pub actions: usize,
    /// The earliest open follow-up (no `held`) that has a date.
    pub next_follow_up: Option<NaiveDate>,
    /// `next_follow_up` is before the check date (see [`PlanSummary::as_of`]).
    pub overdue: bool,
}

/// The overall responsibility: `region` or `municipality` (as written in
/// the plan, empty when missing), and the organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Lead {
    pub principal: String,
    pub organisation: String,
}

impl PlanSummary {
    /// The summary of a plan's value. `overdue` is false until [`Self::as_of`]
    /// sets it: everything else is independent of the check date (and cacheable).
    pub fn from_value(file: String, value: &Value) -> PlanSummary {
        let plan = PlanView::new(value);
        let text = |t: Option<std::borrow::Cow<'_, str>>| {
            t.map(|t| redact(&t).into_owned()).unwrap_or_default()
        };
        PlanSummary {
            file,
            id: text(plan.id()),
            status: text(plan.status().map(Into::into)),
            person: text(plan.person_name()),
            lead: Lead {
                principal: text(plan.lead_principal()),
                organisation: text(plan.lead_organisation()),
            },
            needs: plan.list("needs").len(),
            actions: plan.list("actions").len(),
            next_follow_up: plan.next_follow_up().and_then(|f| f.date()),
            overdue: false,
        }
    }

    /// Sets `overdue` for the check date.
    pub fn as_of(mut self, as_of: NaiveDate) -> PlanSummary {
        self.overdue = self
            .next_follow_up
            .is_some_and(|d| deadlines::overdue(d, as_of));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn summarises_and_finds_the_earliest_open_follow_up() {
        let value = json!({
            "id": "2026-0042", "status": "active", "person": {"name": "Tolvan 19121212-1212"},
            "lead": {"principal": "region", "organisation": "VC"},
            "needs": [{}, {}], "actions": [{}],
            "follow_ups": [{"date": "2026-01-01", "held": "2026-01-01"}, {"date": "2026-05-01"}, {"date": "2026-03-01", "held": null}, {"convener": "x"}],
        });
        let s = PlanSummary::from_value("f".into(), &value).as_of("2026-04-01".parse().unwrap());
        assert_eq!(s.next_follow_up, Some("2026-03-01".parse().unwrap()));
        assert!(s.overdue);
        assert_eq!((s.needs, s.actions), (2, 1));
        assert_eq!(s.person, "Tolvan [personnummer]");
    }

    #[test]
    fn tolerates_missing_fields() {
        let s = PlanSummary::from_value("f".into(), &json!({"id": 7}))
            .as_of("2026-04-01".parse().unwrap());
        // One text rule for every reader: a number is shown as written.
        assert_eq!((s.id.as_str(), s.needs, s.next_follow_up), ("7", 0, None));
    }
}
