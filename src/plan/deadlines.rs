//! Deadlines and dates in one place: when something falls due and when it
//! is late. The rules (SIP008, SIP014, SIP021, SIP022, SIP024, …) and
//! `sip due` both ask here, so a limit is written once.
//!
//! Every addition saturates: a date far in the future (`--as-of 9999-12-31`
//! with a long horizon, a huge setting) stays the last representable date
//! instead of overflowing.

use chrono::{Duration, NaiveDate};

/// The days within which the SIP meeting is called after the notice that a
/// patient is ready for discharge: lag (2017:612) om samverkan vid
/// utskrivning från sluten hälso- och sjukvård, 4 kap. 1 §, as regions cite it.
pub const DISCHARGE_CALL_DAYS: i64 = 3;

/// A date written exactly `YYYY-MM-DD`, year 0001–9999: what the format and
/// `--as-of` take (chrono alone would take `2026-2-3` or `+2026-01-01`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    let year: i32 = text[..4].parse().ok()?;
    let month: u32 = text[5..7].parse().ok()?;
    let day: u32 = text[8..].parse().ok()?;
    (year >= 1)
        .then(|| NaiveDate::from_ymd_opt(year, month, day))
        .flatten()
}

/// `date` plus `days` (negative: minus), saturating at the ends of the calendar.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    Duration::try_days(days)
        .and_then(|d| date.checked_add_signed(d))
        .unwrap_or(if days < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
}

/// Calendar days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// The last day the SIP meeting may be called after the discharge notice.
pub fn discharge_call_by(ready_notified: NaiveDate) -> NaiveDate {
    add_days(ready_notified, DISCHARGE_CALL_DAYS)
}

/// How many days past the limit a discharge meeting was (or, not yet
/// called, is) late: `Some(days)` since the notice when over the limit.
pub fn discharge_call_late(
    ready_notified: NaiveDate,
    called: Option<NaiveDate>,
    as_of: NaiveDate,
) -> Option<i64> {
    let days = days_between(ready_notified, called.unwrap_or(as_of));
    (days > DISCHARGE_CALL_DAYS).then_some(days)
}

/// The day by which a plan initiated on `initiated` should be established
/// (SIP021's N, `establish_within_days` in `sip.toml`): "påbörjas utan
/// dröjsmål" (SoL 2 kap. 7 §, HSL 16 kap. 4 §).
pub fn establish_by(initiated: NaiveDate, within_days: u32) -> NaiveDate {
    add_days(initiated, i64::from(within_days))
}

/// The day by which planning for after a stay should have started: N days
/// (SIP032's N, `transition_planning_days` in `sip.toml`) before the stay's
/// `expected_end`.
pub fn transition_planning_by(expected_end: NaiveDate, days: u32) -> NaiveDate {
    add_days(expected_end, -i64::from(days))
}

/// Whether planning for after a stay is late on the check date: the check
/// date is not before [`transition_planning_by`].
pub fn transition_planning_late(expected_end: NaiveDate, days: u32, as_of: NaiveDate) -> bool {
    as_of >= transition_planning_by(expected_end, days)
}

/// Whether a planned action should have started: its `start` is before the
/// check date (starting today is not late).
pub fn past_start(start: NaiveDate, as_of: NaiveDate) -> bool {
    start < as_of
}

/// Whether a consent date (`withdrawn`, or `expires`, the first day without
/// consent) has taken effect on the check date.
pub fn consent_ended(date: Option<NaiveDate>, as_of: NaiveDate) -> bool {
    date.is_some_and(|d| d <= as_of)
}

/// Whether an open action whose `end` is `end` is past it on the check date.
pub fn past_end(end: NaiveDate, as_of: NaiveDate) -> bool {
    end < as_of
}

/// Whether a dated thing (a follow-up, a deadline) is overdue: due before the
/// check date. Due today is not overdue.
pub fn overdue(due: NaiveDate, as_of: NaiveDate) -> bool {
    due < as_of
}

/// The end of a look-ahead window of `days` from the check date.
pub fn horizon(as_of: NaiveDate, days: i64) -> NaiveDate {
    add_days(as_of, days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn additions_saturate_instead_of_overflowing() {
        assert_eq!(add_days(day("2026-03-01"), 3), day("2026-03-04"));
        assert_eq!(add_days(day("9999-12-31"), 95_672_000), NaiveDate::MAX);
        assert_eq!(add_days(day("2026-01-01"), i64::MAX), NaiveDate::MAX);
        assert_eq!(add_days(day("2026-01-01"), i64::MIN), NaiveDate::MIN);
        assert_eq!(establish_by(day("2026-01-01"), u32::MAX), NaiveDate::MAX);
    }

    #[test]
    fn dates_are_exactly_yyyy_mm_dd() {
        assert_eq!(parse_date("2026-03-12"), Some(day("2026-03-12")));
        for bad in [
            "2026-2-3",
            "0000-01-01",
            "-2026-01-01",
            "+202-01-01",
            "2026-02-30",
            "2026/03/12",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn discharge_limit_is_three_days_inclusive() {
        let ready = day("2026-03-10");
        assert_eq!(discharge_call_by(ready), day("2026-03-13"));
        assert_eq!(
            discharge_call_late(ready, Some(day("2026-03-13")), day("2026-04-01")),
            None
        );
        assert_eq!(
            discharge_call_late(ready, Some(day("2026-03-14")), day("2026-04-01")),
            Some(4)
        );
        assert_eq!(discharge_call_late(ready, None, day("2026-03-13")), None);
        assert_eq!(discharge_call_late(ready, None, day("2026-03-15")), Some(5));
    }

    #[test]
    fn transition_planning_starts_n_days_before_the_end() {
        let end = day("2026-09-01");
        assert_eq!(transition_planning_by(end, 56), day("2026-07-07"));
        assert!(!transition_planning_late(end, 56, day("2026-07-06")));
        assert!(transition_planning_late(end, 56, day("2026-07-07")));
        assert_eq!(transition_planning_by(end, u32::MAX), NaiveDate::MIN);
        assert!(!past_start(day("2026-04-01"), day("2026-04-01")));
        assert!(past_start(day("2026-03-31"), day("2026-04-01")));
    }

    #[test]
    fn consent_ends_on_its_date_and_due_today_is_not_overdue() {
        assert!(consent_ended(Some(day("2026-04-01")), day("2026-04-01")));
        assert!(!consent_ended(Some(day("2026-04-02")), day("2026-04-01")));
        assert!(!consent_ended(None, day("2026-04-01")));
        assert!(!overdue(day("2026-04-01"), day("2026-04-01")));
        assert!(overdue(day("2026-03-31"), day("2026-04-01")));
        assert!(past_end(day("2026-03-31"), day("2026-04-01")));
    }
}
