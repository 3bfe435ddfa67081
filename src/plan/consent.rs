//! Consent (*samtycke*).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Consent (samtycke)
///
/// The plan is drawn up only if the person consents (SoL 2001:453 2 kap. 7 §, HSL 16 kap. 4 §).
/// Consent may be withdrawn at any time.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Consent {
    /// Given
    ///
    /// Whether consent is given. A draft may say `false` until it is.
    pub given: bool,
    /// Date
    ///
    /// The date consent was given.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// Given by
    ///
    /// `person`, `guardians` (for a child) or `representative` (god man, förvaltare).
    #[serde(default)]
    pub by: Option<ConsentBy>,
    /// Form
    ///
    /// `oral` or `written`.
    #[serde(default)]
    pub form: Option<ConsentForm>,
    /// Scope
    ///
    /// What the consent covers: who may share information with whom.
    #[serde(default)]
    pub scope: Option<String>,
    /// Expires
    ///
    /// The first day the consent no longer holds.
    #[serde(default)]
    pub expires: Option<NaiveDate>,
    /// Withdrawn (återkallat)
    ///
    /// The date consent was withdrawn.
    #[serde(default)]
    pub withdrawn: Option<NaiveDate>,
    /// Relatives may take part (närstående)
    ///
    /// `true` if relatives may take part; `false` if the person objects (SoL 2 kap. 7 §,
    /// second paragraph).
    #[serde(default)]
    pub relatives: Option<bool>,
}

/// Who gave consent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentBy {
    Person,
    Guardians,
    Representative,
}

/// How consent was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentForm {
    Oral,
    Written,
}
