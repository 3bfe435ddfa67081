//! A rule's stable id: `yaml`, `schema` or `SIPnnn`. The same in every
//! language and every output format; ids are never reused.

use serde::{Serialize, Serializer};
use std::fmt;

/// The id of a rule in the catalogue (`rules.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RuleId(&'static str);

impl RuleId {
    /// The file is not well-formed YAML, not one mapping, or not UTF-8.
    pub const YAML: RuleId = RuleId("yaml");
    /// The plan violates the JSON Schema.
    pub const SCHEMA: RuleId = RuleId("schema");

    /// A catalogue rule's id: `SIP` and three digits.
    pub const fn sip(id: &'static str) -> RuleId {
        let b = id.as_bytes();
        assert!(
            b.len() == 6
                && b[0] == b'S'
                && b[1] == b'I'
                && b[2] == b'P'
                && b[3].is_ascii_digit()
                && b[4].is_ascii_digit()
                && b[5].is_ascii_digit(),
            "a rule id is SIP and three digits"
        );
        RuleId(id)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// A string: `yaml`, `schema` or `SIP` and three digits.
impl schemars::JsonSchema for RuleId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RuleId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The rule: `yaml` (not well-formed YAML), `schema` (breaks the JSON Schema) or a catalogue rule `SIPnnn` (`sip explain`).",
            "type": "string",
            "pattern": "^(yaml|schema|SIP[0-9]{3})$"
        })
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_print_and_serialise_as_written() {
        assert_eq!(RuleId::sip("SIP012").to_string(), "SIP012");
        assert_eq!(serde_json::to_string(&RuleId::YAML).unwrap(), "\"yaml\"");
        assert!(
            RuleId::sip("SIP001") < RuleId::SCHEMA,
            "output order is by the text"
        );
    }
}
