//! Follows each follow-up through the versions of a plan, oldest first, so
//! that a meeting keeps its identity (and its invitation its UID) when its
//! date moves, and counts how often its date, time or place changed: the
//! invitation's `SEQUENCE` (RFC 5546 2.1.4), with no state kept outside the
//! repository.
//!
//! Follow-ups are matched from one version to the next by date; those left
//! over on both sides are paired in list order (a follow-up whose date was
//! changed: one gone, one come in the same commit), open ones only: a new
//! follow-up never continues one that was held. A follow-up with no
//! partner is new. Its identity is the date it had when it first appeared
//! (`2026-03-12`, or `2026-03-12.2` for a second one that appeared on a
//! date an earlier one had).

use chrono::NaiveDate;
use serde_json::Value;

use crate::plan::PlanView;

/// What an invitation says of a meeting, as one version of the plan has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    pub date: NaiveDate,
    pub time: Option<String>,
    pub duration_minutes: Option<u32>,
    pub place: Option<String>,
}

impl Meeting {
    fn of(follow_up: crate::plan::FollowUpView<'_>) -> Option<Meeting> {
        Some(Meeting {
            date: follow_up.date()?,
            time: follow_up.time().map(str::to_owned),
            duration_minutes: follow_up.duration_minutes(),
            place: follow_up.place().map(|p| p.trim().to_owned()),
        })
    }
}

/// One follow-up through the versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chain {
    /// Its identity: the date it first had, with `.N` for the Nth follow-up
    /// that first appeared on that date.
    pub key: String,
    /// The version it was last seen in, and how it was then.
    pub last_version: usize,
    pub meeting: Meeting,
    /// Not held, in the last version it was seen in.
    pub open: bool,
    /// Its `mode` (`in_person`, `video`, `phone`) in that version.
    pub mode: Option<String>,
    /// How many later versions changed its date, time (start or length) or place.
    pub sequence: u32,
}

/// Every follow-up with a date in `versions` (plan values, oldest first).
pub fn chains(versions: &[Value]) -> Vec<Chain> {
    let mut tracker = Tracker::default();
    for version in versions {
        tracker.push(version);
    }
    tracker.finish()
}

/// [`chains`] one version at a time, oldest first, so that a long history
/// is never held in memory at once.
#[derive(Debug, Default)]
pub struct Tracker {
    all: Vec<Chain>,
    /// Chains seen in the previous version, in its list order.
    live: Vec<usize>,
    /// The index of the next version.
    version: usize,
}

impl Tracker {
    /// The next version of the plan.
    pub fn push(&mut self, value: &Value) {
        let k = self.version;
        self.version += 1;
        let (all, live) = (&mut self.all, &self.live);
        let current: Vec<(Meeting, bool, Option<String>)> = PlanView::new(value)
            .follow_ups()
            .filter_map(|f| Some((Meeting::of(f)?, f.is_open(), f.mode().map(str::to_owned))))
            .collect();
        let mut partner: Vec<Option<usize>> = vec![None; current.len()];
        let mut taken = vec![false; live.len()];
        // Same date: the same follow-up.
        for (i, (meeting, _, _)) in current.iter().enumerate() {
            if let Some(j) =
                (0..live.len()).find(|&j| !taken[j] && all[live[j]].meeting.date == meeting.date)
            {
                taken[j] = true;
                partner[i] = Some(live[j]);
            }
        }
        // Open ones left over on both sides: paired in order (a moved date).
        let mut spare = (0..live.len()).filter(|&j| !taken[j] && all[live[j]].open);
        for (slot, _) in partner
            .iter_mut()
            .zip(&current)
            .filter(|(p, (_, open, _))| p.is_none() && *open)
        {
            match spare.next() {
                Some(j) => *slot = Some(live[j]),
                None => break,
            }
        }
        let mut next = Vec::with_capacity(current.len());
        for ((meeting, open, mode), partner) in current.into_iter().zip(partner) {
            let index = match partner {
                Some(c) => {
                    let chain = &mut all[c];
                    if chain.meeting != meeting {
                        chain.sequence += 1;
                    }
                    chain.meeting = meeting;
                    chain.open = open;
                    chain.mode = mode;
                    chain.last_version = k;
                    c
                }
                None => {
                    let date = meeting.date.to_string();
                    let earlier = all
                        .iter()
                        .filter(|c| c.key.split('.').next() == Some(date.as_str()))
                        .count();
                    all.push(Chain {
                        key: if earlier == 0 {
                            date
                        } else {
                            format!("{date}.{}", earlier + 1)
                        },
                        last_version: k,
                        meeting,
                        open,
                        mode,
                        sequence: 0,
                    });
                    all.len() - 1
                }
            };
            next.push(index);
        }
        self.live = next;
    }

    /// How many versions were pushed.
    pub fn versions(&self) -> usize {
        self.version
    }

    /// Every follow-up seen.
    pub fn finish(self) -> Vec<Chain> {
        self.all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plan(follow_ups: Value) -> Value {
        json!({ "follow_ups": follow_ups })
    }

    #[test]
    fn a_moved_meeting_keeps_its_key_and_counts_each_change() {
        let versions = [
            plan(json!([{"date": "2026-03-12"}])),
            plan(json!([{"date": "2026-03-12", "time": "10:00"}])),
            plan(json!([{"date": "2026-03-12", "time": "10:00", "outcome": null}])),
            plan(json!([{"date": "2026-03-19", "time": "10:00"}])),
            plan(json!([{"date": "2026-03-19", "time": "13:00", "place": "Rum 3"}])),
        ];
        let chains = chains(&versions);
        assert_eq!(chains.len(), 1, "{chains:?}");
        assert_eq!(chains[0].key, "2026-03-12");
        assert_eq!(chains[0].sequence, 3);
        assert_eq!(chains[0].last_version, 4);
        assert_eq!(chains[0].meeting.place.as_deref(), Some("Rum 3"));
    }

    #[test]
    fn a_new_follow_up_and_one_on_a_date_used_before() {
        let versions = [
            plan(json!([{"date": "2026-03-12"}])),
            plan(json!([{"date": "2026-03-12", "held": "2026-03-12"}, {"date": "2026-06-01"}])),
            plan(json!([{"date": "2026-03-12", "held": "2026-03-12"}, {"date": "2026-06-08"}])),
            plan(json!([{"date": "2026-06-08"}, {"date": "2026-06-01"}])),
        ];
        let chains = chains(&versions);
        let got: Vec<(&str, u32, usize)> = chains
            .iter()
            .map(|c| (c.key.as_str(), c.sequence, c.last_version))
            .collect();
        // The held one was removed in the last version, and a follow-up on
        // 2026-06-01 came (a date the second had before it moved): new, not
        // the held one moved, and with a key of its own.
        assert_eq!(
            got,
            [
                ("2026-03-12", 0, 2),
                ("2026-06-01", 1, 3),
                ("2026-06-01.2", 0, 3)
            ],
            "{chains:?}"
        );
    }

    #[test]
    fn a_second_follow_up_first_seen_on_an_earlier_ones_date_gets_its_own_key() {
        let versions = [
            plan(json!([{"date": "2026-03-12"}])),
            plan(json!([{"date": "2026-03-19"}])),
            plan(json!([{"date": "2026-03-19"}, {"date": "2026-03-12"}])),
        ];
        let keys: Vec<String> = chains(&versions).into_iter().map(|c| c.key).collect();
        assert_eq!(keys, ["2026-03-12", "2026-03-12.2"]);
    }
}
