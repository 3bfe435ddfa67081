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
    /// Time
    ///
    /// The local time in Sweden (Europe/Stockholm) the meeting starts, `HH:MM`.
    #[serde(default)]
    #[schemars(regex(pattern = super::TIME_PATTERN))]
    pub time: Option<String>,
    /// Duration in minutes
    ///
    /// How long the meeting is planned to last; 60 when not given.
    #[serde(default)]
    #[schemars(range(min = 1, max = 1440))]
    pub duration_minutes: Option<u32>,
    /// Place
    ///
    /// Where the meeting is held.
    #[serde(default)]
    pub place: Option<String>,
    /// Mode
    ///
    /// `in_person`, `video` or `phone`.
    #[serde(default)]
    pub mode: Option<MeetingMode>,
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
    /// Attended
    ///
    /// Who took part, by participant name (`participants[].name`).
    #[serde(default)]
    pub attended: Option<Vec<String>>,
    /// Absent
    ///
    /// Who was invited but did not take part, by participant name, and why.
    #[serde(default)]
    pub absent: Option<Vec<Absence>>,
    /// Goals followed up
    ///
    /// How far each goal has come, judged together with the person.
    #[serde(default)]
    pub goals: Option<Vec<GoalProgress>>,
    /// Outcome
    #[serde(default)]
    pub outcome: Option<String>,
}

/// How a follow-up meeting is held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MeetingMode {
    InPerson,
    Video,
    Phone,
}

impl MeetingMode {
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingMode::InPerson => "in_person",
            MeetingMode::Video => "video",
            MeetingMode::Phone => "phone",
        }
    }
}

/// Absence (frånvaro)
///
/// A participant who did not take part in a follow-up.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Absence {
    /// Name
    ///
    /// The participant's name, as under `participants`.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Reason
    #[serde(default)]
    pub reason: Option<String>,
}

/// Goal progress (måluppfyllelse)
///
/// How far one goal has come at a follow-up.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct GoalProgress {
    /// Goal
    ///
    /// The goal's id (`goals[].id`).
    #[schemars(regex(pattern = super::ID_PATTERN))]
    pub goal: String,
    /// Progress
    ///
    /// `reached`, `partly`, `not_reached` or `not_assessed`.
    #[serde(default)]
    pub progress: Option<Progress>,
    /// The person's view
    ///
    /// What the person says about the goal, in their own words.
    #[serde(default)]
    pub person_view: Option<String>,
}

/// How far a goal has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    Reached,
    Partly,
    NotReached,
    NotAssessed,
}

impl FollowUp {
    pub fn is_open(&self) -> bool {
        self.held.is_none()
    }
    pub fn attended(&self) -> &[String] {
        self.attended.as_deref().unwrap_or_default()
    }
    pub fn absent(&self) -> &[Absence] {
        self.absent.as_deref().unwrap_or_default()
    }
    pub fn goals(&self) -> &[GoalProgress] {
        self.goals.as_deref().unwrap_or_default()
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
