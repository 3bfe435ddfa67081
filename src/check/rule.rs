//! The rule trait and the metadata every rule carries.

use super::{Context, Finding, RuleId, Severity};
use crate::i18n::Catalogue;
use crate::source::Pos;

/// A rule's severity as `rules.md` states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Error,
    /// "error (warning in draft)": a draft is a plan still being prepared.
    ErrorWarningInDraft,
    Warning,
}

impl Level {
    pub fn severity(self, draft: bool) -> Severity {
        match self {
            Level::Error => Severity::Error,
            Level::ErrorWarningInDraft if draft => Severity::Warning,
            Level::ErrorWarningInDraft => Severity::Error,
            Level::Warning => Severity::Warning,
        }
    }

    /// The catalogue's word for the level ("error (warning in draft)").
    pub fn message_id(self) -> &'static str {
        match self {
            Level::Error => "level-error",
            Level::ErrorWarningInDraft => "level-error-draft",
            Level::Warning => "level-warning",
        }
    }
}

/// Everything `sip explain` and the generated docs say about a rule: its
/// texts are in the catalogue (`rule-<id>-summary`, `-explanation`, `-source`).
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable id, never reused: `SIP014`.
    pub id: RuleId,
    /// Kebab-case name of the problem it finds: `no-open-follow-up`.
    pub name: &'static str,
    pub level: Level,
}

impl RuleMeta {
    fn text(&self, catalogue: &Catalogue, part: &str) -> String {
        catalogue.text(&format!(
            "rule-{}-{part}",
            self.id.as_str().to_ascii_lowercase()
        ))
    }

    /// The rule in one sentence, as in `rules.md`.
    pub fn summary(&self, catalogue: &Catalogue) -> String {
        self.text(catalogue, "summary")
    }

    /// Why it matters and how to fix it.
    pub fn explanation(&self, catalogue: &Catalogue) -> String {
        self.text(catalogue, "explanation")
    }

    /// Where the rule comes from: statute, guidance or integrity.
    pub fn source(&self, catalogue: &Catalogue) -> String {
        self.text(catalogue, "source")
    }
}

/// One plan among all the plans of a run, as project-level rules see it.
#[derive(Clone, Copy, Debug)]
pub struct PlanAt<'a> {
    /// The file, as shown in output.
    pub file: &'a str,
    /// The plan's `id`.
    pub id: &'a str,
    /// Where the id stands; `None` for a plan that is only compared, not
    /// checked this run (`--changed`, or files named on the command line
    /// compared with the plans folder): it gets no findings.
    pub pos: Option<Pos>,
}

/// A rule the schema cannot express. Rules are unit structs listed in
/// [`super::RULES`]; each reports findings as data.
pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;

    /// Checks one plan.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>);

    /// Checks the plans of a run together (SIP012: every plan its own id),
    /// once per run; a finding names the index of its plan in `plans`.
    /// Most rules are about one plan and leave this empty.
    fn check_project(
        &self,
        _plans: &[PlanAt<'_>],
        _catalogue: &Catalogue,
        _out: &mut Vec<(usize, Finding)>,
    ) {
    }
}

/// `yaml`: the findings of reading the text, before any rule runs.
pub static YAML: RuleMeta = RuleMeta {
    id: RuleId::YAML,
    name: "yaml",
    level: Level::Error,
};

/// `schema`: the plan against the JSON Schema of the format (`sip schema`).
pub static SCHEMA: RuleMeta = RuleMeta {
    id: RuleId::SCHEMA,
    name: "schema",
    level: Level::Error,
};
