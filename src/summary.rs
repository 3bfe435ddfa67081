//! A plan in brief, read straight from its JSON value: what `sip list` shows.
//! Works on plans that break the schema too, as far as their fields allow.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::personnummer::redact;

/// The overview of one plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lead {
    pub principal: String,
    pub organisation: String,
}

impl PlanSummary {
    /// The summary of a plan's value. `overdue` is false until [`Self::as_of`]
    /// sets it: everything else is independent of the check date (and cacheable).
    pub fn from_value(file: String, value: &Value) -> PlanSummary {
        let text = |pointer: &str| {
            redact(
                value
                    .pointer(pointer)
                    .and_then(Value::as_str)
                    .unwrap_or_default(),
            )
            .into_owned()
        };
        let count = |key: &str| value.get(key).and_then(Value::as_array).map_or(0, Vec::len);
        let next_follow_up = value
            .get("follow_ups")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|f| f.get("held").is_none_or(Value::is_null))
            .filter_map(|f| f.get("date")?.as_str()?.parse::<NaiveDate>().ok())
            .min();
        PlanSummary {
            file,
            id: text("/id"),
            status: text("/status"),
            person: text("/person/name"),
            lead: Lead {
                principal: text("/lead/principal"),
                organisation: text("/lead/organisation"),
            },
            needs: count("needs"),
            actions: count("actions"),
            next_follow_up,
            overdue: false,
        }
    }

    /// Sets `overdue` for the check date.
    pub fn as_of(mut self, as_of: NaiveDate) -> PlanSummary {
        self.overdue = self.next_follow_up.is_some_and(|d| d < as_of);
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
        assert_eq!((s.id.as_str(), s.needs, s.next_follow_up), ("", 0, None));
    }
}
