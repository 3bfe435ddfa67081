//! The rules of `rules.md`, one file each, named after the rule id
//! (`sip012.rs`); the type in it is named after the problem the rule finds
//! (`DuplicatePlanId`), as its `name` is (`duplicate-plan-id`).
//! Each file holds the rule's metadata (the source of `sip explain` and
//! `docs/rules.md`), its check, and a passing and a failing test.

mod sip001;
mod sip002;
mod sip003;
mod sip004;
mod sip005;
mod sip006;
mod sip007;
mod sip008;
mod sip009;
mod sip010;
mod sip011;
mod sip012;
mod sip013;
mod sip014;
mod sip015;
mod sip016;
mod sip017;
mod sip018;
mod sip019;
mod sip020;
mod sip021;
mod sip022;
mod sip023;
mod sip024;
mod sip025;
mod sip026;
mod sip027;
mod sip028;
mod sip029;
mod sip030;
mod sip031;
mod sip032;
mod sip033;

pub use sip001::DanglingReference;
pub use sip002::DuplicateItemId;
pub use sip003::UnansweredNeed;
pub use sip004::LeadNotPrincipal;
pub use sip005::OneSidedPlan;
pub use sip006::PrincipalAbsent;
pub use sip007::ConsentMissing;
pub use sip008::ConsentLapsed;
pub use sip009::ChildWithoutGuardianConsent;
pub use sip010::MalformedPersonalId;
pub use sip011::PersonalIdInName;
pub use sip012::DuplicatePlanId;
pub use sip013::DatesOutOfOrder;
pub use sip014::NoOpenFollowUp;
pub use sip015::NotEstablished;
pub use sip016::ClosureInconsistent;
pub use sip017::PersonNotRecorded;
pub use sip018::RelativesUnstated;
pub use sip019::GoalMissing;
pub use sip020::PlanNotShared;
pub use sip021::LateStart;
pub use sip022::DischargeCallLate;
pub use sip023::AbsenceUnexplained;
pub use sip024::ActionOverdue;
pub use sip025::PlaceholderLeft;
pub use sip026::ActionNotStarted;
pub use sip027::ActionWithoutStart;
pub use sip028::CancellationUnexplained;
pub use sip029::UnmetNeedWithoutAction;
pub use sip030::CopyOutdated;
pub use sip031::FollowUpUnrecorded;
pub use sip032::TransitionPlanningLate;
pub use sip033::LeadContactMissing;

use chrono::{Months, NaiveDate};

use crate::plan::Plan;

/// Whether the person is under 18 on `as_of`, from `birth_date` or else from
/// a well-formed `personal_id`; `None` when neither tells.
pub(crate) fn is_child(plan: &Plan, as_of: NaiveDate) -> Option<bool> {
    is_under(plan, as_of, 18)
}

/// Whether the person is younger than `years` on `as_of`, from `birth_date`
/// or else from a well-formed `personal_id`; `None` when neither tells.
pub(crate) fn is_under(plan: &Plan, as_of: NaiveDate, years: u32) -> Option<bool> {
    let birth = plan.person.birth_date.or_else(|| {
        plan.person
            .personal_id
            .as_deref()
            .and_then(|id| crate::personnummer::parse(id, as_of).ok())
            .map(|n| n.birth_date)
    })?;
    birth
        .checked_add_months(Months::new(years.saturating_mul(12)))
        .map(|birthday| birthday > as_of)
}

/// Text that is present and not blank.
pub(crate) fn filled(text: Option<&String>) -> bool {
    text.is_some_and(|t| !t.trim().is_empty())
}
