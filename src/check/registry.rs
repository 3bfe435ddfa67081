//! The ordered list of every rule. A new rule gets the next free id; ids are never reused.

use super::rules::*;
use super::{Rule, RuleMeta, SCHEMA, YAML};

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
    &DuplicatePlanId,
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
    &ActionNotStarted,
    &ActionWithoutStart,
    &CancellationUnexplained,
    &UnmetNeedWithoutAction,
    &CopyOutdated,
    &FollowUpUnrecorded,
    &TransitionPlanningLate,
    &LeadContactMissing,
];

/// The whole catalogue: `yaml`, `schema`, then every rule in id order.
pub fn catalogue() -> impl Iterator<Item = &'static RuleMeta> {
    [&YAML, &SCHEMA]
        .into_iter()
        .chain(RULES.iter().map(|r| r.meta()))
}

/// Looks a rule up by id (`SIP014`, `sip14`, `14`, `yaml`, `schema`) or by
/// name (`no-open-follow-up`).
pub fn find_rule(query: &str) -> Option<&'static RuleMeta> {
    let q = query.trim().to_ascii_uppercase();
    let digits = q.trim_start_matches("SIP");
    let id = digits.parse::<u32>().ok().map(|n| format!("SIP{n:03}"));
    catalogue().find(|meta| {
        Some(meta.id.as_str()) == id.as_deref()
            || meta.name.eq_ignore_ascii_case(query.trim())
            || meta.id.as_str().eq_ignore_ascii_case(query.trim())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_sorted_and_documented() {
        let ids: Vec<&str> = RULES.iter().map(|r| r.meta().id.as_str()).collect();
        let expected: Vec<String> = (1..=33).map(|n| format!("SIP{n:03}")).collect();
        assert_eq!(ids, expected);
        for rule in RULES {
            let meta = rule.meta();
            for lang in [crate::config::Lang::Sv, crate::config::Lang::En] {
                let cat = crate::i18n::Catalogue::built_in(lang);
                for part in ["summary", "explanation", "source"] {
                    let id = format!("rule-{}-{part}", meta.id.as_str().to_ascii_lowercase());
                    assert!(cat.has(&id), "{id} in {}", cat.code());
                }
            }
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

    /// Each rule's type is its name (`DuplicatePlanId` is `duplicate-plan-id`)
    /// and lives in the file of its id (`sip012.rs`).
    #[test]
    fn each_rule_is_named_after_its_problem_in_the_file_of_its_id() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/check/rules");
        for rule in RULES {
            let meta = rule.meta();
            let file = dir.join(format!("{}.rs", meta.id.as_str().to_ascii_lowercase()));
            let source = std::fs::read_to_string(&file).unwrap();
            let type_name: String = meta
                .name
                .split('-')
                .map(|w| w[..1].to_ascii_uppercase() + &w[1..])
                .collect();
            assert!(
                source.contains(&format!("pub struct {type_name};")),
                "{} should hold `pub struct {type_name}`",
                file.display()
            );
        }
    }

    #[test]
    fn finds_rules_by_id_or_name() {
        assert_eq!(find_rule("SIP014").unwrap().id, "SIP014");
        assert_eq!(find_rule("sip14").unwrap().id, "SIP014");
        assert_eq!(find_rule("no-open-follow-up").unwrap().id, "SIP014");
        assert_eq!(find_rule("yaml").unwrap().id, "yaml");
        assert_eq!(find_rule("Schema").unwrap().id, "schema");
        assert!(find_rule("SIP099").is_none());
    }
}
