//! What changed between two versions of plans, in plan terms: the semantic
//! comparison ([`compare`]), pairing files into added, removed, modified and
//! renamed plans ([`pair`]), and saying each change in words ([`describe`]).
//! Knows nothing about git; `sip diff` and `sip log` feed it both sides.

mod compare;
mod describe;
mod pair;

pub use crate::source::{FileDelta, Version};
pub use compare::{Change, Op, compare};
pub use describe::{Line, describe};
pub use pair::{Broken, PlanChange, PlanDiff, Side, pair};

/// Whether a change touches what the law asks the plan to settle (HSL 16
/// kap. 4 §, SoL 2 kap. 7 §): who has the overall responsibility, which
/// principal answers for each action, the person's consent, and the status of
/// the plan or of an action. Adding or removing an action changes who does what.
/// Since December 2026 also what shows the plan's effect: a goal's progress
/// at a follow-up, and why an action was cancelled.
pub fn is_significant(pointer: &str) -> bool {
    let mut segments = pointer.split('/').skip(1);
    match segments.next() {
        Some("lead" | "consent" | "status") => true,
        Some("actions") => {
            let _item = segments.next();
            matches!(
                segments.next(),
                None | Some("responsible" | "status" | "cancelled_reason")
            )
        }
        Some("follow_ups") => {
            let _item = segments.next();
            if segments.next() != Some("goals") {
                return false;
            }
            let _goal = segments.next();
            matches!(segments.next(), None | Some("progress"))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn significance_follows_the_legal_points() {
        for p in [
            "/lead/principal",
            "/lead",
            "/consent/withdrawn",
            "/status",
            "/actions/I2",
            "/actions/I2/responsible/principal",
            "/actions/I2/status",
            "/actions/I2/cancelled_reason",
            "/follow_ups/2026-03-12/goals/M1/progress",
            "/follow_ups/2026-03-12/goals/M1",
            "/follow_ups/2026-03-12/goals",
        ] {
            assert!(is_significant(p), "{p}");
        }
        for p in [
            "/notes",
            "/actions/I2/text",
            "/follow_ups/2026-03-12",
            "/follow_ups/2026-03-12/goals/M1/person_view",
            "/follow_ups/2026-03-12/attended",
            "/goals/M1",
            "/person/name",
        ] {
            assert!(!is_significant(p), "{p}");
        }
    }
}
