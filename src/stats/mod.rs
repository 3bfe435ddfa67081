//! `sip stats`: the measures of SIP work (stats.md, S1–S12), counted from
//! the plan files alone.
//!
//! Owns three things: the few facts a measure needs from one plan
//! ([`PlanFacts`], what the reader caches, so a second run reads no YAML),
//! the counting of those facts per group ([`measures`]), and the output
//! formats ([`output`]). Every word a reader sees is in [`words`]. It never
//! keeps a name, an id or an identity number: the output is counts only.

pub mod measures;
pub mod output;
pub mod words;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::plan::view::PlanView;

/// What the measures need from one plan, read once (and cached). Nothing in
/// it depends on the check date or the period, so the cache stays valid for
/// any `--as-of`, `--from` and `--to`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanFacts {
    /// The plan fits the schema; a plan that does not is not counted.
    pub valid: bool,
    pub status: Option<String>,
    pub lead_principal: Option<String>,
    pub lead_organisation: Option<String>,
    pub situation: Option<String>,
    pub initiated: Option<NaiveDate>,
    pub established: Option<NaiveDate>,
    /// Whole years on the `established` date, when the birth date is known.
    pub age: Option<i64>,
    pub discharge: bool,
    pub ready_notified: Option<NaiveDate>,
    pub called: Option<NaiveDate>,
    /// A participant `kind: person` with `attended: true`.
    pub person_attended: bool,
    /// Participants of other kinds whose `attended` is true or false.
    pub invited: Vec<(String, bool)>,
    pub goals: u32,
    pub needs: u32,
    pub needs_with_goals: u32,
    /// Dates of copies given to the person, and to a guardian.
    pub shared_person: Vec<NaiveDate>,
    pub shared_guardian: Vec<NaiveDate>,
    pub follow_ups: Vec<FollowUpFacts>,
    pub actions: Vec<ActionFacts>,
    pub consent_given: bool,
    pub consent_withdrawn: Option<NaiveDate>,
    pub consent_expires: Option<NaiveDate>,
    pub closed: Option<NaiveDate>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FollowUpFacts {
    pub date: Option<NaiveDate>,
    pub held: Option<NaiveDate>,
    /// Goal id and `progress`, as assessed at this follow-up.
    pub progress: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActionFacts {
    pub end: Option<NaiveDate>,
    pub status: String,
    pub kind: Option<String>,
}

impl PlanFacts {
    /// The facts of one plan's value.
    pub fn from_value(value: &Value) -> PlanFacts {
        let plan = PlanView::new(value);
        let established = plan.established();
        let own = |s: Option<std::borrow::Cow<'_, str>>| s.map(|s| s.into_owned());
        let shared_to = |who: &str| {
            plan.shared()
                .filter(|s| s.to().as_deref() == Some(who))
                .filter_map(|s| s.date())
                .collect()
        };
        let birth = plan.birth_date().or_else(|| {
            // A 10-digit number's century is the one that fits the date the
            // plan was established (the number as written then).
            let as_of = established?;
            let id = plan.personal_id()?;
            crate::personnummer::parse(&id, as_of)
                .ok()
                .map(|n| n.birth_date)
        });
        let mut invited = Vec::new();
        let mut person_attended = false;
        for p in plan.participants() {
            let kind = p.kind();
            match (kind.as_deref(), p.attended()) {
                (Some("person"), attended) => person_attended |= attended == Some(true),
                (kind, Some(attended)) => {
                    invited.push((kind.unwrap_or("unknown").to_string(), attended));
                }
                (_, None) => {}
            }
        }
        let needs: Vec<bool> = plan.needs_tied_to_goals().collect();
        PlanFacts {
            valid: fits_schema(value),
            status: plan.status().map(str::to_string),
            lead_principal: own(plan.lead_principal()),
            lead_organisation: own(plan.lead_organisation()),
            situation: own(plan.situation()),
            initiated: plan.initiated(),
            established,
            age: birth.zip(established).and_then(|(b, e)| age(b, e)),
            discharge: plan.has_discharge(),
            ready_notified: plan.discharge_ready_notified(),
            called: plan.discharge_called(),
            person_attended,
            invited,
            goals: count(plan.goals().len()),
            needs: count(needs.len()),
            needs_with_goals: count(needs.iter().filter(|t| **t).count()),
            shared_person: shared_to("person"),
            shared_guardian: shared_to("guardian"),
            follow_ups: plan
                .follow_ups()
                .map(|f| FollowUpFacts {
                    date: f.date(),
                    held: f.held(),
                    progress: f
                        .goal_progress()
                        .map(|(g, p)| (g.into_owned(), p.into_owned()))
                        .collect(),
                })
                .collect(),
            actions: plan
                .actions()
                .map(|a| ActionFacts {
                    end: a.end(),
                    status: a.status().to_string(),
                    kind: own(a.kind()),
                })
                .collect(),
            consent_given: plan.consent_given(),
            consent_withdrawn: plan.consent_withdrawn(),
            consent_expires: plan.consent_expires(),
            closed: plan.closed_date(),
        }
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Whole years from `birth` to `on`; `None` when `on` is before the birth.
/// A person born on 29 February turns a year older on 1 March in other years.
pub fn age(birth: NaiveDate, on: NaiveDate) -> Option<i64> {
    if on < birth {
        return None;
    }
    let years = i64::from(on.year() - birth.year());
    let before_birthday = (on.month(), on.day()) < (birth.month(), birth.day());
    Some(years - i64::from(before_birthday))
}

/// Whether a plan fits the schema; a plan that does not is not counted.
pub fn fits_schema(value: &Value) -> bool {
    crate::check::fits_schema(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn age_in_whole_years() {
        assert_eq!(age(day("2008-03-10"), day("2026-03-10")), Some(18));
        assert_eq!(age(day("2008-03-10"), day("2026-03-09")), Some(17));
        assert_eq!(age(day("1961-01-01"), day("2026-01-01")), Some(65));
        assert_eq!(age(day("2008-02-29"), day("2026-02-28")), Some(17));
        assert_eq!(age(day("2008-02-29"), day("2026-03-01")), Some(18));
        assert_eq!(age(day("2026-01-02"), day("2026-01-01")), None);
    }

    #[test]
    fn birth_from_birth_date_else_the_number() {
        let facts = PlanFacts::from_value(&json!({
            "established": "2026-01-12",
            "person": {"personal_id": "19121212-1212"},
        }));
        assert_eq!(facts.age, Some(113));
        // A samordningsnummer: day of birth + 60.
        let facts = PlanFacts::from_value(&json!({
            "established": "2026-01-12",
            "person": {"personal_id": "201212721219"},
        }));
        assert_eq!(
            crate::personnummer::parse("201212721219", day("2026-01-12")).map(|n| n.coordination),
            Ok(true)
        );
        assert_eq!(facts.age, Some(13));
        let facts = PlanFacts::from_value(&json!({
            "established": "2026-01-12",
            "person": {"personal_id": "19121212-1212", "birth_date": "2000-01-12"},
        }));
        assert_eq!(facts.age, Some(26));
        assert_eq!(PlanFacts::from_value(&json!({"person": {}})).age, None);
    }

    #[test]
    fn reads_participants_shares_and_progress() {
        let facts = PlanFacts::from_value(&json!({
            "participants": [
                {"kind": "person", "attended": true},
                {"kind": "relative", "attended": false},
                {"kind": "region"},
            ],
            "shared": [{"to": "person", "date": "2026-01-12"}, {"to": "guardian", "date": "2026-01-13"}, {"to": "BUP"}],
            "needs": [{"goals": ["M1"]}, {"goals": []}, {}],
            "follow_ups": [{"date": "2026-03-01", "held": "2026-03-02",
                "goals": [{"goal": "M1", "progress": "partly"}, {"goal": "M2"}]}],
            "actions": [{"end": "2026-06-30", "type": "preventive"}],
        }));
        assert!(facts.person_attended);
        assert_eq!(facts.invited, [("relative".to_string(), false)]);
        assert_eq!(facts.shared_person, [day("2026-01-12")]);
        assert_eq!(facts.shared_guardian, [day("2026-01-13")]);
        assert_eq!((facts.needs, facts.needs_with_goals), (3, 1));
        assert_eq!(
            facts.follow_ups[0].progress,
            [("M1".to_string(), "partly".to_string())]
        );
        assert_eq!(facts.actions[0].status, "planned");
        assert_eq!(facts.actions[0].kind.as_deref(), Some("preventive"));
    }

    #[test]
    fn a_plan_with_the_additions_fits_and_a_typo_does_not() {
        let text = include_str!("../../tests/fixtures/base.sip.yaml");
        let mut value = crate::source::parse_value(text).unwrap();
        assert!(fits_schema(&value));
        value["situation"] = json!("older_person");
        value["closed"] = json!(null);
        assert!(fits_schema(&value));
        value["situatoin"] = json!("x");
        assert!(!fits_schema(&value));
    }
}
