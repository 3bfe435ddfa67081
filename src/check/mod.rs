//! Checking plans: the rule catalogue (`rules.md`) as a registry of rules,
//! schema validation mapped back to source positions, and the engine that
//! runs both over many files in parallel.
//!
//! Findings are data ([`Diagnostic`]), never `Err`: a broken plan is what
//! `sip check` exists to find. Operational failures (an unreadable file) are
//! reported separately in [`Report::failures`].

mod context;
mod diagnostic;
mod docs;
mod engine;
mod finding;
mod label;
mod registry;
mod rule;
mod rule_id;
pub mod rules;
mod schema;
#[cfg(test)]
pub(crate) mod test_support;

pub use context::Context;
pub use diagnostic::{Diagnostic, Severity};
pub use docs::rules_markdown;
pub use engine::{CheckOptions, Checker, Report};
pub use finding::Finding;
pub use label::{describe, item_label};
pub use registry::{RULES, catalogue, find_rule};
pub use rule::{Level, PlanAt, Rule, RuleMeta, SCHEMA, YAML};
pub use rule_id::RuleId;

/// Whether a plan's value fits the JSON Schema (no positions, no messages):
/// for readers that only need to leave out plans that break it (`sip stats`).
pub fn fits_schema(value: &serde_json::Value) -> bool {
    schema::VALIDATOR.is_valid(value)
}

/// The schema's constraints as text, for naming what depends on them (caches).
pub static SCHEMA_TEXT: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| schema::SCHEMA.to_string());
