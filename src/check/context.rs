//! What a rule sees: the typed plan and the facts around it.

use chrono::NaiveDate;
use std::path::Path;

use crate::plan::Plan;
use crate::source::Document;

/// The input of one rule run on one plan.
pub struct Context<'a> {
    pub plan: &'a Plan,
    /// The parsed document with positions, for rules about the text itself.
    pub doc: &'a Document,
    /// The file's text.
    pub source: &'a str,
    /// The file the plan was read from.
    pub path: &'a Path,
    /// The check date: today, or `--as-of`.
    pub as_of: NaiveDate,
    /// SIP021's N: days from `initiated.date` to `established` (`sip.toml`).
    pub establish_within_days: u32,
    /// SIP032's N: days before a stay's `expected_end` that planning starts (`sip.toml`).
    pub transition_planning_days: u32,
}

impl Context<'_> {
    /// The file name, for rules about it (SIP011, SIP012).
    pub fn file_name(&self) -> &str {
        self.path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
    }
}
