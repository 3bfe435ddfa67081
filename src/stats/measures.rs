//! The definitions of stats.md, S1–S12: each plan's facts counted into its
//! group and the total, then the measures read off the counts. What is kept
//! grows with the groups and the distinct day counts, never with the plans
//! (a median is read off a histogram of days).

use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

use super::PlanFacts;
use crate::plan::deadlines::{consent_ended, days_between, discharge_call_by};

/// The period (both ends inclusive), the check date and the target of S2a.
#[derive(Clone, Copy, Debug)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub as_of: NaiveDate,
    /// `establish_within_days` in `sip.toml` (S2a's N).
    pub establish_within_days: i64,
}

impl Period {
    fn holds(&self, date: Option<NaiveDate>) -> bool {
        date.is_some_and(|d| self.from <= d && d <= self.to)
    }

    /// In the period and not after the check date.
    fn holds_by_now(&self, date: Option<NaiveDate>) -> bool {
        self.holds(date) && date.is_some_and(|d| d <= self.as_of)
    }
}

/// How plans are grouped (`--by`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    None,
    Lead,
    Principal,
    Situation,
}

impl By {
    pub fn as_str(self) -> &'static str {
        match self {
            By::None => "none",
            By::Lead => "lead",
            By::Principal => "principal",
            By::Situation => "situation",
        }
    }
}

/// The name of the group of a plan, if plans are grouped.
pub fn group_of(facts: &PlanFacts, by: By) -> Option<String> {
    let name = match by {
        By::None => return None,
        By::Lead => facts.lead_organisation.as_deref(),
        By::Principal => facts.lead_principal.as_deref(),
        By::Situation => facts.situation.as_deref(),
    };
    Some(name.unwrap_or(UNKNOWN).to_string())
}

/// The name of a missing situation or group.
pub const UNKNOWN: &str = "unknown";
/// The name of the group of all plans.
pub const TOTAL: &str = "total";

/// A numerator and its denominator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ratio {
    pub num: u64,
    pub den: u64,
}

impl Ratio {
    fn count(&mut self, yes: bool) {
        self.den += 1;
        self.num += u64::from(yes);
    }
}

/// Day counts and how often each occurs: medians without keeping every value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Histogram {
    counts: BTreeMap<i64, u64>,
    n: u64,
}

impl Histogram {
    pub fn add(&mut self, days: i64) {
        *self.counts.entry(days).or_default() += 1;
        self.n += 1;
    }

    pub fn n(&self) -> u64 {
        self.n
    }

    /// The nearest-rank percentile `num/den`: the value at position
    /// ⌈p·n⌉ of the sorted values; `None` when there are none.
    pub fn percentile(&self, num: u64, den: u64) -> Option<i64> {
        let rank = (num * self.n).div_ceil(den).max(1);
        let mut seen = 0;
        for (&days, &count) in &self.counts {
            seen += count;
            if seen >= rank {
                return Some(days);
            }
        }
        None
    }

    pub fn median(&self) -> Option<i64> {
        self.percentile(1, 2)
    }

    pub fn p90(&self) -> Option<i64> {
        self.percentile(9, 10)
    }
}

/// The counts of one group.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    established: u64,
    children: Ratio,
    older: Ratio,
    discharge: Ratio,
    situations: BTreeMap<String, u64>,
    to_plan: Histogram,
    within_target: Ratio,
    with_person: Ratio,
    with_goals: Ratio,
    needs_with_goals: Ratio,
    got_plan: Ratio,
    to_copy: Histogram,
    invited: BTreeMap<String, Ratio>,
    follow_ups_held: Ratio,
    followed_up: Ratio,
    actions_done: Ratio,
    preventive: Ratio,
    called_in_time: Ratio,
    discharge_to_plan: Histogram,
    no_consent: Ratio,
    not_established: Ratio,
    goals: [u64; 3],
    goals_assessed: u64,
}

/// The progress values S12 counts, in its order.
pub const PROGRESS: [&str; 3] = ["reached", "partly", "not_reached"];

impl Tally {
    /// Counts one plan.
    pub fn add(&mut self, f: &PlanFacts, p: &Period) {
        let status = f.status.as_deref();
        if let Some(est) = f.established.filter(|d| p.holds(Some(*d))) {
            self.add_established(f, est, p);
        }
        // S7: follow-ups dated in the period, by the check date.
        for fu in &f.follow_ups {
            if p.holds_by_now(fu.date) {
                self.follow_ups_held.count(fu.held.is_some());
            }
        }
        // S7a: plans old enough to have been followed up.
        if let Some(est) = f.established
            && matches!(status, Some("active" | "closed"))
            && days_between(est, p.as_of) >= 90
            && est <= p.to
        {
            self.followed_up
                .count(f.follow_ups.iter().any(|fu| fu.held.is_some()));
        }
        // S8: decided actions due to end in the period.
        for a in &f.actions {
            if p.holds_by_now(a.end) && a.status != "cancelled" {
                self.actions_done.count(a.status == "done");
            }
        }
        // S9, S9a: discharge from inpatient care.
        if let Some(ready) = f.ready_notified.filter(|d| p.holds(Some(*d))) {
            self.called_in_time
                .count(f.called.is_some_and(|c| c <= discharge_call_by(ready)));
            if let Some(est) = f.established {
                self.discharge_to_plan.add(days_between(ready, est));
            }
        }
        // S10: active plans without valid consent on the check date.
        if status == Some("active") {
            self.no_consent.count(
                !f.consent_given
                    || consent_ended(f.consent_withdrawn, p.as_of)
                    || consent_ended(f.consent_expires, p.as_of),
            );
        }
        // S11: requests closed in the period that never became a plan.
        if status == Some("closed") && p.holds(f.closed) {
            self.not_established.count(f.established.is_none());
        }
        self.add_goal_progress(f, p);
    }

    /// S1–S6 and S8a: a plan established in the period.
    fn add_established(&mut self, f: &PlanFacts, est: NaiveDate, p: &Period) {
        self.established += 1;
        if let Some(age) = f.age {
            self.children.count(age < 18);
            self.older.count(age >= 65);
        }
        self.discharge.count(f.discharge);
        let situation = f.situation.as_deref().unwrap_or(UNKNOWN);
        *self.situations.entry(situation.to_string()).or_default() += 1;
        let days = f.initiated.map(|init| days_between(init, est));
        if let Some(days) = days {
            self.to_plan.add(days);
        }
        self.within_target
            .count(days.is_some_and(|d| d <= p.establish_within_days));
        self.with_person.count(f.person_attended);
        self.with_goals.count(f.goals > 0);
        self.needs_with_goals.num += u64::from(f.needs_with_goals);
        self.needs_with_goals.den += u64::from(f.needs);
        let child = f.age.is_some_and(|a| a < 18);
        let guardians = f.shared_guardian.iter().filter(|_| child);
        let first_copy = f
            .shared_person
            .iter()
            .chain(guardians)
            .filter(|d| est <= **d && **d <= p.as_of)
            .min();
        self.got_plan.count(first_copy.is_some());
        if let Some(copy) = first_copy {
            self.to_copy.add(days_between(est, *copy));
        }
        for (kind, attended) in &f.invited {
            self.invited
                .entry(kind.clone())
                .or_default()
                .count(*attended);
        }
        for a in &f.actions {
            self.preventive.count(matches!(
                a.kind.as_deref(),
                Some("preventive" | "rehabilitative")
            ));
        }
    }

    /// S12: each goal's latest assessment in a follow-up held in the period.
    fn add_goal_progress(&mut self, f: &PlanFacts, p: &Period) {
        let mut latest: HashMap<&str, (NaiveDate, usize)> = HashMap::new();
        for fu in &f.follow_ups {
            let Some(held) = fu.held.filter(|d| p.holds_by_now(Some(*d))) else {
                continue;
            };
            for (goal, progress) in &fu.progress {
                let Some(i) = PROGRESS.iter().position(|v| v == progress) else {
                    continue;
                };
                // The later follow-up wins; on the same day, the later in the list.
                let entry = latest.entry(goal).or_insert((held, i));
                if held >= entry.0 {
                    *entry = (held, i);
                }
            }
        }
        for (_, i) in latest.values() {
            self.goals[*i] += 1;
            self.goals_assessed += 1;
        }
    }

    /// The measures of stats.md, in its order.
    pub fn measures(&self) -> Vec<Measure> {
        use Value::{Count, Days, Parts};
        let ratio = |r: &Ratio| Value::Ratio(*r);
        let days = |h: &Histogram, p90: bool| Days {
            n: h.n(),
            median: h.median(),
            p90: p90.then(|| h.p90()),
        };
        let e = self.established;
        let of_e = |num: u64| Value::Ratio(Ratio { num, den: e });
        let m = |id, value| Measure { id, value };
        vec![
            m("S1", Count(e)),
            m("S1a", ratio(&self.children)),
            m("S1b", ratio(&self.older)),
            m("S1c", ratio(&self.discharge)),
            m(
                "S1d",
                Parts(
                    self.situations
                        .iter()
                        .map(|(s, n)| (s.clone(), Count(*n)))
                        .collect(),
                ),
            ),
            m("S2", days(&self.to_plan, true)),
            m("S2a", ratio(&self.within_target)),
            m("S3", ratio(&self.with_person)),
            m("S4", ratio(&self.with_goals)),
            m("S4a", ratio(&self.needs_with_goals)),
            m("S5", ratio(&self.got_plan)),
            m("S5a", days(&self.to_copy, false)),
            m(
                "S6",
                Parts(
                    self.invited
                        .iter()
                        .map(|(k, r)| (k.clone(), ratio(r)))
                        .collect(),
                ),
            ),
            m("S7", ratio(&self.follow_ups_held)),
            m("S7a", ratio(&self.followed_up)),
            m("S8", ratio(&self.actions_done)),
            m("S8a", ratio(&self.preventive)),
            m("S9", ratio(&self.called_in_time)),
            m("S9a", days(&self.discharge_to_plan, false)),
            m("S10", ratio(&self.no_consent)),
            m("S11", ratio(&self.not_established)),
            m(
                "S12",
                Parts(
                    PROGRESS
                        .iter()
                        .zip(self.goals)
                        .map(|(p, num)| {
                            let r = Ratio {
                                num,
                                den: self.goals_assessed,
                            };
                            ((*p).to_string(), ratio(&r))
                        })
                        .collect(),
                ),
            ),
        ]
        .into_iter()
        .map(|mut measure| {
            // S1d's parts are shares of S1 as well.
            if measure.id == "S1d"
                && let Parts(parts) = &mut measure.value
            {
                for (_, v) in parts.iter_mut() {
                    if let Count(n) = v {
                        *v = of_e(*n);
                    }
                }
            }
            measure
        })
        .collect()
    }
}

/// One measure of one group.
#[derive(Clone, Debug, PartialEq)]
pub struct Measure {
    pub id: &'static str,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A count (S1).
    Count(u64),
    /// A share: numerator and denominator.
    Ratio(Ratio),
    /// Days: how many values, their median and (S2) 90th percentile.
    Days {
        n: u64,
        median: Option<i64>,
        p90: Option<Option<i64>>,
    },
    /// One value per part (a situation, a kind, a progress).
    Parts(Vec<(String, Value)>),
}

/// Every group's counts and the total.
#[derive(Debug)]
pub struct Counts {
    pub by: By,
    pub period: Period,
    groups: BTreeMap<String, Tally>,
    total: Tally,
}

impl Counts {
    pub fn new(by: By, period: Period) -> Counts {
        Counts {
            by,
            period,
            groups: BTreeMap::new(),
            total: Tally::default(),
        }
    }

    /// Counts one plan in its group and in the total.
    pub fn add(&mut self, facts: &PlanFacts) {
        if let Some(group) = group_of(facts, self.by) {
            self.groups
                .entry(group)
                .or_default()
                .add(facts, &self.period);
        }
        self.total.add(facts, &self.period);
    }

    /// The groups in name order, then the total.
    pub fn groups(&self) -> Vec<(&str, &Tally)> {
        self.groups
            .iter()
            .map(|(name, tally)| (name.as_str(), tally))
            .chain([(TOTAL, &self.total)])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::{ActionFacts, FollowUpFacts};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn period() -> Period {
        Period {
            from: day("2026-01-01"),
            to: day("2026-06-30"),
            as_of: day("2026-07-01"),
            establish_within_days: 14,
        }
    }

    fn get<'a>(measures: &'a [Measure], id: &str) -> &'a Value {
        &measures.iter().find(|m| m.id == id).unwrap().value
    }

    #[test]
    fn nearest_rank() {
        let mut h = Histogram::default();
        assert_eq!(h.median(), None);
        for d in [4, 1, 3, 2] {
            h.add(d);
        }
        // n = 4: the median is the 2nd value, the 90th percentile the 4th.
        assert_eq!((h.median(), h.p90()), (Some(2), Some(4)));
        h.add(5);
        assert_eq!((h.median(), h.p90()), (Some(3), Some(5)));
        let mut one = Histogram::default();
        one.add(-2);
        assert_eq!((one.median(), one.p90()), (Some(-2), Some(-2)));
    }

    #[test]
    fn period_ends_count_and_the_day_after_does_not() {
        let mut t = Tally::default();
        for est in ["2026-01-01", "2026-06-30", "2025-12-31", "2026-07-01"] {
            let f = PlanFacts {
                established: Some(day(est)),
                initiated: Some(day("2025-12-20")),
                ..PlanFacts::default()
            };
            t.add(&f, &period());
        }
        let m = t.measures();
        assert_eq!(get(&m, "S1"), &Value::Count(2));
        assert_eq!(
            get(&m, "S2"),
            &Value::Days {
                n: 2,
                median: Some(12),
                p90: Some(Some(192))
            }
        );
        assert_eq!(get(&m, "S2a"), &Value::Ratio(Ratio { num: 1, den: 2 }));
    }

    #[test]
    fn latest_assessment_of_a_goal_wins() {
        let fu = |held: &str, p: &str| FollowUpFacts {
            date: Some(day(held)),
            held: Some(day(held)),
            progress: vec![("M1".into(), p.into())],
        };
        let f = PlanFacts {
            follow_ups: vec![
                fu("2026-05-01", "partly"),
                fu("2026-03-01", "not_reached"),
                fu("2026-06-01", "not_assessed"),
                fu("2026-07-01", "reached"),
            ],
            actions: vec![
                ActionFacts {
                    end: Some(day("2026-02-01")),
                    status: "cancelled".into(),
                    kind: None,
                },
                ActionFacts {
                    end: Some(day("2026-02-01")),
                    status: "done".into(),
                    kind: None,
                },
            ],
            ..PlanFacts::default()
        };
        let mut t = Tally::default();
        t.add(&f, &period());
        let m = t.measures();
        let Value::Parts(parts) = get(&m, "S12") else {
            panic!()
        };
        assert_eq!(parts[1].1, Value::Ratio(Ratio { num: 1, den: 1 }));
        assert_eq!(get(&m, "S7"), &Value::Ratio(Ratio { num: 3, den: 3 }));
        assert_eq!(get(&m, "S8"), &Value::Ratio(Ratio { num: 1, den: 1 }));
    }
}
