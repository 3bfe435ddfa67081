//! What a rule sees: the typed plan and the facts around it.

use chrono::NaiveDate;
use std::path::Path;

use crate::i18n::{Arg, Catalogue};
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
    /// The language findings are written in.
    pub catalogue: &'a Catalogue,
    /// SIP032's N: days before a stay's `expected_end` that planning starts (`sip.toml`).
    pub transition_planning_days: u32,
}

impl Context<'_> {
    /// A finding's message in the check's language.
    pub fn say(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        self.catalogue.with(id, args)
    }

    /// One item of a list in running text: `action I2`, `insats I2`.
    pub fn item(&self, list: &str, key: &str) -> String {
        super::item_label(self.catalogue, list, key)
    }

    /// An enumerated value in words (`status` `active` → "aktiv").
    pub fn value(&self, field: &str, value: &str) -> String {
        self.catalogue
            .value(field, value)
            .unwrap_or_else(|| value.to_owned())
    }

    /// The file name, for rules about it (SIP011, SIP012).
    pub fn file_name(&self) -> &str {
        self.path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
    }
}
