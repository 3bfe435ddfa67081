//! The ordered list of every rule. A new rule gets the next free id; ids are never reused.

use super::Rule;
use super::rules::*;

pub static RULES: &[&dyn Rule] = &[
    &DanglingReference,
    &DuplicateItemId,
    &UnansweredNeed,
    &LeadNotPrincipal,
    &OneSidedPlan,
    &PrincipalAbsent,
    &ConsentMissing,
    &ConsentLapsed,
    &ChildWithoutGuardianConsent,
    &MalformedPersonalId,
    &PersonalIdInName,
    &FileNameMismatch,
    &DatesOutOfOrder,
    &NoOpenFollowUp,
    &NotEstablished,
    &ClosureInconsistent,
    &PersonNotRecorded,
    &RelativesUnstated,
    &GoalMissing,
    &PlanNotShared,
    &LateStart,
    &DischargeCallLate,
    &AbsenceUnexplained,
    &ActionOverdue,
    &PlaceholderLeft,
];

/// Looks a rule up by id (`SIP014`, `sip14`, `14`) or by name (`no-open-follow-up`).
pub fn find_rule(query: &str) -> Option<&'static dyn Rule> {
    let q = query.trim().to_ascii_uppercase();
    let digits = q.trim_start_matches("SIP");
    let id = digits.parse::<u32>().ok().map(|n| format!("SIP{n:03}"));
    RULES.iter().copied().find(|r| {
        let meta = r.meta();
        Some(meta.id) == id.as_deref() || meta.name.eq_ignore_ascii_case(query.trim())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_sorted_and_documented() {
        let ids: Vec<&str> = RULES.iter().map(|r| r.meta().id).collect();
        let expected: Vec<String> = (1..=25).map(|n| format!("SIP{n:03}")).collect();
        assert_eq!(ids, expected);
        for rule in RULES {
            let meta = rule.meta();
            assert!(
                !meta.summary.is_empty() && !meta.explanation.is_empty() && !meta.source.is_empty(),
                "{}",
                meta.id
            );
            assert!(
                meta.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                meta.name
            );
        }
        let mut names: Vec<&str> = RULES.iter().map(|r| r.meta().name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RULES.len());
    }

    #[test]
    fn finds_rules_by_id_or_name() {
        assert_eq!(find_rule("SIP014").unwrap().meta().id, "SIP014");
        assert_eq!(find_rule("sip14").unwrap().meta().id, "SIP014");
        assert_eq!(find_rule("no-open-follow-up").unwrap().meta().id, "SIP014");
        assert!(find_rule("SIP099").is_none());
    }
}
