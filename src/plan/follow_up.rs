//! Follow-ups (*uppföljning*) and copies handed out (*delgivning*).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Follow-up (uppföljning)
///
/// A meeting where the plan is followed up. An open follow-up has no `held`.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct FollowUp {
    /// Date
    ///
    /// When the follow-up is planned.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// Convener (sammankallande)
    ///
    /// Who calls the follow-up meeting.
    #[serde(default)]
    pub convener: Option<String>,
    /// Held
    ///
    /// The date it took place.
    #[serde(default)]
    pub held: Option<NaiveDate>,
    /// Outcome
    #[serde(default)]
    pub outcome: Option<String>,
}

impl FollowUp {
    pub fn is_open(&self) -> bool {
        self.held.is_none()
    }
}

/// Shared (delgiven)
///
/// A copy of the plan handed to someone.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Shared {
    /// To
    ///
    /// `person`, `guardian`, or the name of an organisation that received a copy.
    #[schemars(length(min = 1))]
    pub to: String,
    /// Date
    pub date: NaiveDate,
}
