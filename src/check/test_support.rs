//! Helpers for rule tests: the complete example plan from `format.md`,
//! edited per test, run through one rule.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;
use std::path::Path;

use super::{Context, Finding, Rule};
use crate::plan::Plan;
use crate::source::{Document, Node, NodeKind, Pos};

/// The check date the base plan is valid on.
pub const AS_OF: &str = "2026-02-01";

pub fn base_yaml() -> String {
    include_str!("../../tests/fixtures/base.sip.yaml").to_string()
}

pub fn base_value() -> Value {
    crate::source::parse(&base_yaml()).unwrap().value
}

pub fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Runs one rule on a plan value, as of a date, from a given file name.
pub fn run_on(rule: &dyn Rule, value: &Value, as_of: &str, file: &str) -> Vec<Finding> {
    let plan = Plan::deserialize(value).expect("test plan deserialises");
    // Rules locate nothing themselves; a document without positions will do.
    let doc = Document {
        value: value.clone(),
        tree: Node {
            pos: Pos::START,
            kind: NodeKind::Scalar,
        },
    };
    let cx = Context {
        plan: &plan,
        doc: &doc,
        source: "",
        path: Path::new(file),
        as_of: date(as_of),
        establish_within_days: 14,
        catalogue: crate::i18n::Catalogue::built_in(crate::config::Lang::En),
        transition_planning_days: 56,
    };
    let mut out = Vec::new();
    rule.check(&cx, &mut out);
    out
}

/// Runs one rule on the base plan after `edit`, as of [`AS_OF`].
pub fn run(rule: &dyn Rule, edit: impl FnOnce(&mut Value)) -> Vec<Finding> {
    run_as_of(rule, AS_OF, edit)
}

pub fn run_as_of(rule: &dyn Rule, as_of: &str, edit: impl FnOnce(&mut Value)) -> Vec<Finding> {
    let mut value = base_value();
    edit(&mut value);
    run_on(rule, &value, as_of, "plans/2026-0042.sip.yaml")
}

/// Pointers of the findings, for compact assertions.
pub fn pointers(findings: &[Finding]) -> Vec<&str> {
    findings.iter().map(|f| f.pointer.as_str()).collect()
}

/// Runs one rule on a plan's text, with positions, as of [`AS_OF`].
pub fn run_text(rule: &dyn Rule, text: &str) -> Vec<Finding> {
    let doc = crate::source::parse(text).expect("test plan parses");
    let plan = Plan::deserialize(&doc.value).expect("test plan deserialises");
    let cx = Context {
        plan: &plan,
        doc: &doc,
        source: text,
        path: Path::new("plans/2026-0042.sip.yaml"),
        as_of: date(AS_OF),
        establish_within_days: 14,
        catalogue: crate::i18n::Catalogue::built_in(crate::config::Lang::En),
        transition_planning_days: 56,
    };
    let mut out = Vec::new();
    rule.check(&cx, &mut out);
    out
}
