//! The rule trait and the metadata every rule carries.

use super::{Context, Finding, Severity};

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

    pub fn describe(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::ErrorWarningInDraft => "error (warning in draft)",
            Level::Warning => "warning",
        }
    }
}

/// Everything `sip explain` and the generated docs say about a rule.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable id, never reused: `SIP014`.
    pub id: &'static str,
    /// Kebab-case name of the problem it finds: `no-open-follow-up`.
    pub name: &'static str,
    pub level: Level,
    /// The rule in one sentence, as in `rules.md`.
    pub summary: &'static str,
    /// Why it matters and how to fix it.
    pub explanation: &'static str,
    /// Where the rule comes from: statute, guidance or integrity.
    pub source: &'static str,
}

/// A rule the schema cannot express. Rules are unit structs listed in
/// [`super::RULES`]; each reports findings as data.
pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>);
}
