//! From changed files to changed plans: each file that differs is parsed on
//! both sides and compared; a plan removed at one path and added at another
//! with the same `id` is a rename; a side that does not parse is reported and
//! the rest goes on.

use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;

use super::compare::{Change, compare};
use crate::i18n::Catalogue;
use crate::source::{FileDelta, Problem, Version, parse_value};

/// What happened to one plan.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct PlanDiff {
    /// The plan's path on the newer side (the older one when removed).
    pub file: String,
    /// The older path of a renamed plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_file: Option<String>,
    pub id: String,
    pub change: PlanChange,
    pub changes: Vec<Change>,
    /// Set when one side could not be read or parsed: no changes are listed then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub broken: Option<Broken>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PlanChange {
    Added,
    Removed,
    Modified,
    Renamed,
}

impl PlanChange {
    /// What happened, in the catalogue ("ändrad").
    pub fn message_id(self) -> &'static str {
        match self {
            PlanChange::Added => "diff-change-added",
            PlanChange::Removed => "diff-change-removed",
            PlanChange::Modified => "diff-change-modified",
            PlanChange::Renamed => "diff-change-renamed",
        }
    }

    /// What happened with a count ("3 ändrade").
    pub fn count_message_id(self) -> &'static str {
        match self {
            PlanChange::Added => "diff-count-added",
            PlanChange::Removed => "diff-count-removed",
            PlanChange::Modified => "diff-count-modified",
            PlanChange::Renamed => "diff-count-renamed",
        }
    }
}

/// Which side of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    From,
    To,
}

/// A side that could not be read as a plan.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Broken {
    pub side: Side,
    /// The revision as the user named it (`HEAD`, `main~3`, `worktree`).
    pub revision: String,
    pub message: String,
}

/// Pairs and compares every changed file; sorted by file. `from` and `to`
/// name the two revisions for messages about broken sides, which are said
/// in the language of `catalogue`. A file changed in
/// place is compared as soon as it is parsed, so only its changes are kept,
/// never both parsed plans: memory follows the size of the changes.
pub fn pair(deltas: Vec<FileDelta>, from: &str, to: &str, catalogue: &Catalogue) -> Vec<PlanDiff> {
    enum Outcome {
        Done(PlanDiff),
        Added(Version, Option<String>),
        Removed(Version, Option<String>),
    }
    let outcomes: Vec<Outcome> = deltas
        .into_par_iter()
        .filter_map(|d| match (d.old, d.new) {
            (Some(old), Some(new)) => {
                let change = if old.path == new.path {
                    PlanChange::Modified
                } else {
                    PlanChange::Renamed
                };
                Some(Outcome::Done(modified(
                    old.into(),
                    new.into(),
                    change,
                    (from, to),
                    catalogue,
                )))
            }
            (None, Some(new)) => {
                let id = Parsed::from(new.clone()).plan_id();
                Some(Outcome::Added(new, id))
            }
            (Some(old), None) => {
                let id = Parsed::from(old.clone()).plan_id();
                Some(Outcome::Removed(old, id))
            }
            (None, None) => None,
        })
        .collect();

    let mut out = Vec::new();
    let mut added = Vec::new();
    // A rename: the same plan id gone from one path and new at another.
    let mut removed_by_id: HashMap<String, Version> = HashMap::new();
    let mut removed = Vec::new();
    for outcome in outcomes {
        match outcome {
            Outcome::Done(diff) => out.push(diff),
            Outcome::Added(v, id) => added.push((v, id)),
            Outcome::Removed(v, Some(id)) if !removed_by_id.contains_key(&id) => {
                removed_by_id.insert(id, v);
            }
            Outcome::Removed(v, _) => removed.push(v),
        }
    }
    for (new, id) in added {
        match id.and_then(|id| removed_by_id.remove(&id)) {
            Some(old) => out.push(modified(
                old.into(),
                new.into(),
                PlanChange::Renamed,
                (from, to),
                catalogue,
            )),
            None => out.push(one_side(
                new.into(),
                PlanChange::Added,
                (Side::To, to),
                catalogue,
            )),
        }
    }
    for old in removed.into_iter().chain(removed_by_id.into_values()) {
        out.push(one_side(
            old.into(),
            PlanChange::Removed,
            (Side::From, from),
            catalogue,
        ));
    }
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

struct Parsed {
    path: String,
    value: Result<Value, Problem>,
}

impl From<Version> for Parsed {
    fn from(v: Version) -> Parsed {
        let value = v
            .text
            .and_then(|text| parse_value(&text).map_err(Problem::from));
        Parsed {
            path: v.path,
            value,
        }
    }
}

impl Parsed {
    fn plan_id(&self) -> Option<String> {
        match self.value.as_ref().ok()?.get("id")? {
            Value::String(s) => Some(s.clone()),
            _ => None,
        }
    }

    /// The plan's id, or its file name without `.sip.yaml` when it has none.
    fn id_or_stem(&self) -> String {
        self.plan_id().unwrap_or_else(|| {
            let name = self.path.rsplit('/').next().unwrap_or(&self.path);
            name.strip_suffix(".sip.yaml").unwrap_or(name).to_owned()
        })
    }
}

fn modified(
    old: Parsed,
    new: Parsed,
    change: PlanChange,
    (from, to): (&str, &str),
    catalogue: &Catalogue,
) -> PlanDiff {
    let id = new.id_or_stem();
    let from_file = (change == PlanChange::Renamed).then(|| old.path.clone());
    let (changes, broken) = match (old.value, new.value) {
        (Ok(a), Ok(b)) => (compare(&a, &b), None),
        (Err(problem), _) => (
            Vec::new(),
            Some(broken(Side::From, from, &problem, catalogue)),
        ),
        (_, Err(problem)) => (Vec::new(), Some(broken(Side::To, to, &problem, catalogue))),
    };
    PlanDiff {
        file: new.path,
        from_file,
        id,
        change,
        changes,
        broken,
    }
}

fn one_side(
    plan: Parsed,
    change: PlanChange,
    (side, revision): (Side, &str),
    catalogue: &Catalogue,
) -> PlanDiff {
    let id = plan.id_or_stem();
    PlanDiff {
        file: plan.path,
        from_file: None,
        id,
        change,
        changes: Vec::new(),
        broken: plan
            .value
            .err()
            .map(|p| broken(side, revision, &p, catalogue)),
    }
}

fn broken(side: Side, revision: &str, problem: &Problem, catalogue: &Catalogue) -> Broken {
    Broken {
        side,
        revision: revision.to_owned(),
        message: problem.say(catalogue),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> &'static Catalogue {
        Catalogue::built_in(crate::config::Lang::En)
    }

    fn version(path: &str, text: &str) -> Option<Version> {
        Some(Version {
            path: path.into(),
            text: Ok(text.into()),
        })
    }

    #[test]
    fn same_id_at_a_new_path_is_a_rename_with_its_changes() {
        let diffs = pair(
            vec![
                FileDelta {
                    old: version("plans/a.sip.yaml", "id: X1\nstatus: draft\n"),
                    new: None,
                },
                FileDelta {
                    old: None,
                    new: version("plans/2026/a.sip.yaml", "id: X1\nstatus: active\n"),
                },
            ],
            "HEAD",
            "worktree",
            en(),
        );
        assert_eq!(diffs.len(), 1);
        let d = &diffs[0];
        assert_eq!(d.change, PlanChange::Renamed);
        assert_eq!(d.from_file.as_deref(), Some("plans/a.sip.yaml"));
        assert_eq!(d.file, "plans/2026/a.sip.yaml");
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].pointer, "/status");
    }

    #[test]
    fn different_ids_are_an_add_and_a_remove() {
        let diffs = pair(
            vec![
                FileDelta {
                    old: version("plans/a.sip.yaml", "id: X1\n"),
                    new: None,
                },
                FileDelta {
                    old: None,
                    new: version("plans/b.sip.yaml", "id: X2\n"),
                },
            ],
            "HEAD",
            "worktree",
            en(),
        );
        let changes: Vec<_> = diffs.iter().map(|d| (d.file.as_str(), d.change)).collect();
        assert_eq!(
            changes,
            vec![
                ("plans/a.sip.yaml", PlanChange::Removed),
                ("plans/b.sip.yaml", PlanChange::Added)
            ]
        );
    }

    #[test]
    fn a_side_that_does_not_parse_is_named_with_its_revision() {
        let diffs = pair(
            vec![FileDelta {
                old: version("plans/a.sip.yaml", "id: X1\n"),
                new: version("plans/a.sip.yaml", "id: [unclosed\n"),
            }],
            "HEAD~1",
            "HEAD",
            en(),
        );
        let broken = diffs[0].broken.as_ref().expect("broken side");
        assert_eq!(broken.side, Side::To);
        assert_eq!(broken.revision, "HEAD");
        assert!(diffs[0].changes.is_empty());
        assert_eq!(diffs[0].id, "a");
    }
}
