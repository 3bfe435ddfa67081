//! What a rule reports, before it is located in the file.

use super::Severity;
use crate::source::Pos;

/// A rule's finding: the JSON pointer of the offending value and a message
/// naming the item by its id. The engine adds file, line, column and severity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub pointer: String,
    pub message: String,
    /// A severity for this finding alone, where a rule has two (SIP012).
    pub severity: Option<Severity>,
    /// Where the finding stands, for findings about the text rather than a
    /// value (SIP025); otherwise the engine locates `pointer`.
    pub pos: Option<Pos>,
}

impl Finding {
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Finding {
            pointer: pointer.into(),
            message: message.into(),
            severity: None,
            pos: None,
        }
    }

    pub fn at(mut self, pos: Pos) -> Self {
        self.pos = Some(pos);
        self
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = Some(severity);
        self
    }
}
