//! Goals, needs and actions: the body of the plan.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Contact, Principal};

/// Goal (mål)
///
/// One of the person's goals, in their own words.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Goal {
    /// Id
    ///
    /// Unique within the plan across goals, needs and actions, e.g. `M1`.
    #[schemars(regex(pattern = super::ID_PATTERN))]
    pub id: String,
    /// Text
    #[schemars(length(min = 1))]
    pub text: String,
}

/// Need (behov)
///
/// Point 1 of the statute: an intervention that is needed.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Need {
    /// Id
    ///
    /// Unique within the plan across goals, needs and actions, e.g. `B1`.
    #[schemars(regex(pattern = super::ID_PATTERN))]
    pub id: String,
    /// Text
    #[schemars(length(min = 1))]
    pub text: String,
    /// Goals
    ///
    /// The ids of the goals this need serves.
    #[serde(default)]
    #[schemars(inner(regex(pattern = super::ID_PATTERN)))]
    pub goals: Option<Vec<String>>,
    /// Met (tillgodosett)
    ///
    /// The date the need was judged met; a met need no longer asks for an action (SIP029).
    #[serde(default)]
    pub met: Option<NaiveDate>,
}

/// Action (insats eller åtgärd)
///
/// Points 2 and 3 of the statute: who does what, and when.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Action {
    /// Id
    ///
    /// Unique within the plan across goals, needs and actions, e.g. `I1`.
    #[schemars(regex(pattern = super::ID_PATTERN))]
    pub id: String,
    /// Text
    ///
    /// What is done.
    #[schemars(length(min = 1))]
    pub text: String,
    /// Needs
    ///
    /// The ids of the needs this action answers.
    #[schemars(length(min = 1), inner(regex(pattern = super::ID_PATTERN)))]
    pub needs: Vec<String>,
    /// Responsible (ansvarig)
    ///
    /// Who answers for the action.
    pub responsible: Responsible,
    /// Type
    ///
    /// `preventive`, `rehabilitative`, `treatment`, `support` or `other`.
    #[serde(default, rename = "type")]
    pub kind: Option<ActionType>,
    /// Start
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// End
    #[serde(default)]
    pub end: Option<NaiveDate>,
    /// Status
    ///
    /// `planned` (the default), `ongoing`, `done` or `cancelled`.
    #[serde(default)]
    pub status: Option<ActionStatus>,
    /// Reason for cancelling
    ///
    /// Why a decided action was not carried out; wanted when `status` is `cancelled` (SIP028).
    #[serde(default)]
    pub cancelled_reason: Option<String>,
}

impl Action {
    pub fn status(&self) -> ActionStatus {
        self.status.unwrap_or(ActionStatus::Planned)
    }
}

/// Responsible (ansvarig)
///
/// The principal, service and organisation that answer for an action.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Responsible {
    /// Principal (huvudman)
    ///
    /// `region`, `municipality`, or `other` for measures taken by others (point 3).
    pub principal: Principal,
    /// Service
    ///
    /// `social_services` (socialtjänst), `health_care` (hälso- och sjukvård), `school` or
    /// `other`.
    pub service: Service,
    /// Organisation
    #[schemars(length(min = 1))]
    pub organisation: String,
    /// Contact
    #[serde(default)]
    pub contact: Option<Contact>,
}

/// Service (verksamhet)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    SocialServices,
    HealthCare,
    School,
    Other,
}

/// Type of action
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionType {
    Preventive,
    Rehabilitative,
    Treatment,
    Support,
    Other,
}

/// Status of an action
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Planned,
    Ongoing,
    Done,
    Cancelled,
}
