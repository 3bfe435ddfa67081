//! What a rule reports, before it is located in the file.

use super::Severity;

/// A rule's finding: the JSON pointer of the offending value and a message
/// naming the item by its id. The engine adds file, line, column and severity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub pointer: String,
    pub message: String,
    /// A severity for this finding alone, where a rule has two (SIP012).
    pub severity: Option<Severity>,
}

impl Finding {
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Finding {
            pointer: pointer.into(),
            message: message.into(),
            severity: None,
        }
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = Some(severity);
        self
    }
}
