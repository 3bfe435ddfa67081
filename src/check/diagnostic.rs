//! One finding, located in a file.

use serde::Serialize;

use super::RuleId;
use std::fmt;

/// How bad a finding is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A finding about one value in one file: what `sip check` prints.
///
/// `rule` is `yaml`, `schema` or a rule id (`SIP014`); `pointer` is an RFC 6901
/// JSON Pointer into the document; `line` and `column` are 1-based and point at
/// the offending value (at the key for an unknown key, at the mapping for a
/// missing key). `message` has had identity numbers redacted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Diagnostic {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub severity: Severity,
    pub rule: RuleId,
    pub pointer: String,
    pub message: String,
}

impl Diagnostic {
    /// Order of output: by file, then position, then rule.
    pub fn sort_key(&self) -> (&str, u32, u32, &str, &str) {
        (
            &self.file,
            self.line,
            self.column,
            self.rule.as_str(),
            &self.message,
        )
    }
}
