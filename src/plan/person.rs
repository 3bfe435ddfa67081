//! The person the plan is for, and their guardians.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The person (den enskilde)
///
/// The person the plan is about.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Person {
    /// Name
    ///
    /// The person's name.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Personal identity number (personnummer or samordningsnummer)
    ///
    /// Optional. `YYYYMMDD-NNNN`, `YYMMDD-NNNN`, or `YYMMDD+NNNN` for someone 100 or older.
    #[serde(default)]
    pub personal_id: Option<String>,
    /// Date of birth
    ///
    /// Optional. This or `personal_id` tells whether the person is a child.
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    /// Language
    ///
    /// The language the plan is rendered in for the person, as a BCP 47 tag (`sv`, `ar`, `fi`).
    #[serde(default)]
    pub language: Option<String>,
    /// Interpreter (tolk)
    ///
    /// Whether the person needs an interpreter.
    #[serde(default)]
    pub interpreter: Option<bool>,
}

/// Guardian (vårdnadshavare)
///
/// A guardian of a person under 18 (föräldrabalken 6 kap.).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Guardian {
    /// Name
    #[schemars(length(min = 1))]
    pub name: String,
    /// Phone
    #[serde(default)]
    pub phone: Option<String>,
    /// Email
    #[serde(default)]
    pub email: Option<String>,
}
