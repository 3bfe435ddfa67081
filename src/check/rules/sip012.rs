use std::collections::BTreeMap;

use crate::check::{Context, Finding, Level, PlanAt, Rule, RuleMeta, Severity};
use crate::i18n::Catalogue;

/// SIP012: plan ids are unique, and each file is named after its plan.
///
/// Both halves are here: the file name is checked per plan ([`Rule::check`]),
/// an id used twice across the plans of a run ([`Rule::check_project`]).
pub struct DuplicatePlanId;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP012"),
    name: "duplicate-plan-id",
    level: Level::Error,
};

impl Rule for DuplicatePlanId {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let expected = format!("{}.sip.yaml", cx.plan.id);
        let name = cx.file_name();
        if name != expected {
            // Suggest a name only when the id makes a valid, safe one: no
            // identity number (SIP011), no path, not empty.
            let safe = crate::plan::is_valid_id(&cx.plan.id)
                && crate::personnummer::find_all(&cx.plan.id).is_empty();
            let message = if safe {
                cx.say(
                    "sip012-name",
                    &[
                        ("name", name.into()),
                        ("id", (&cx.plan.id).into()),
                        ("expected", expected.into()),
                    ],
                )
            } else {
                cx.say("sip012-name-no-suggestion", &[("name", name.into())])
            };
            out.push(Finding::new("/id", message).with_severity(Severity::Warning));
        }
    }

    fn check_project(
        &self,
        plans: &[PlanAt<'_>],
        catalogue: &Catalogue,
        out: &mut Vec<(usize, Finding)>,
    ) {
        let mut by_id: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, plan) in plans.iter().enumerate() {
            by_id.entry(plan.id).or_default().push(i);
        }
        for (id, places) in by_id.iter().filter(|(_, p)| p.len() > 1) {
            for &i in places {
                if plans[i].pos.is_none() {
                    continue;
                }
                let others: Vec<&str> = places
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| plans[j].file)
                    .collect();
                out.push((
                    i,
                    Finding::new(
                        "/id",
                        catalogue.with(
                            "sip012-duplicate",
                            &[("id", (*id).into()), ("others", others.join(", ").into())],
                        ),
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{AS_OF, base_value, pointers, run, run_on};

    #[test]
    fn passes_when_the_name_matches() {
        assert!(run(&DuplicatePlanId, |_| {}).is_empty());
    }

    #[test]
    fn an_id_used_twice_is_found_in_the_checked_plans_only() {
        use crate::source::Pos;
        let at = |file, id, checked: bool| PlanAt {
            file,
            id,
            pos: checked.then_some(Pos::START),
        };
        let plans = [
            at("a.sip.yaml", "2026-0001", true),
            at("b.sip.yaml", "2026-0001", false),
            at("c.sip.yaml", "2026-0002", true),
            at("d.sip.yaml", "2026-0003", false),
            at("e.sip.yaml", "2026-0003", false),
        ];
        let mut out = Vec::new();
        DuplicatePlanId.check_project(
            &plans,
            Catalogue::built_in(crate::config::Lang::En),
            &mut out,
        );
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!(out[0].0, 0);
        assert_eq!(
            out[0].1.message,
            "plan id `2026-0001` is also used by b.sip.yaml; every plan needs its own id"
        );
    }

    #[test]
    fn a_mismatch_is_a_warning() {
        let found = run_on(
            &DuplicatePlanId,
            &base_value(),
            AS_OF,
            "plans/old-name.sip.yaml",
        );
        assert_eq!(pointers(&found), ["/id"]);
        assert_eq!(found[0].severity, Some(Severity::Warning));
        assert!(
            found[0]
                .message
                .contains("rename the file to `2026-0042.sip.yaml`")
        );
    }
}
