//! The dates that frame a plan's life: initiated, discharge, closed.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Initiated (initierad)
///
/// When and by whom the need for a SIP was raised.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Initiated {
    /// Date
    ///
    /// The day the need for a SIP was raised; work starts without delay from here.
    pub date: NaiveDate,
    /// By
    ///
    /// The organisation or person that raised it.
    #[serde(default)]
    pub by: Option<String>,
    /// Raised by, kind
    ///
    /// Who raised the need for a SIP: `person`, `relative`, `municipality`, `region`, `school`
    /// or `other`.
    #[serde(default)]
    pub by_kind: Option<InitiatorKind>,
    /// Reason
    #[serde(default)]
    pub reason: Option<String>,
}

/// Who raised the need for a SIP.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InitiatorKind {
    Person,
    Relative,
    Municipality,
    Region,
    School,
    Other,
}

/// Situation
///
/// In which situation the SIP is made, so that one can count where plans are made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    Discharge,
    Psychiatry,
    SubstanceUse,
    ChildSchool,
    OlderPerson,
    Disability,
    Placement,
    Other,
}

/// Preparation (förarbete)
///
/// Meeting the person before the SIP meeting: what matters to them, and who supports them.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Preparation {
    /// Date
    ///
    /// The day the person was met before the SIP meeting.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// By
    ///
    /// Who met the person.
    #[serde(default)]
    pub by: Option<String>,
    /// Important to me
    ///
    /// What matters most to the person, in their own words.
    #[serde(default)]
    pub important_to_me: Option<String>,
    /// Support person (stödperson)
    ///
    /// Someone the person has chosen to support them in the meeting; a child may choose one too.
    #[serde(default)]
    pub support_person: Option<String>,
}

/// Transition (övergång)
///
/// A stay that ends (SiS, HVB, foster care, prison, psychiatric inpatient care) and must be
/// planned for in time (SIP032).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Transition {
    /// Kind of stay
    ///
    /// `sis`, `hvb`, `foster_care`, `prison`, `psychiatric_inpatient` or `other`.
    pub kind: TransitionKind,
    /// Expected end
    ///
    /// The day the stay is expected to end.
    pub expected_end: NaiveDate,
    /// Planning started
    ///
    /// The date planning for after the stay began.
    #[serde(default)]
    pub planning_started: Option<NaiveDate>,
}

/// The kind of stay a transition ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TransitionKind {
    Sis,
    Hvb,
    FosterCare,
    Prison,
    PsychiatricInpatient,
    Other,
}

/// Discharge from inpatient care (utskrivning från sluten vård)
///
/// Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård: the SIP meeting
/// is called within three days of the notice that the patient is ready for discharge
/// (4 kap. 1 §, as regions cite it).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Discharge {
    /// Ready for discharge notified (utskrivningsklar)
    ///
    /// The notice from inpatient care to the municipality and outpatient care
    /// that the patient is ready for discharge (lag 2017:612); not a notice to
    /// the patient.
    pub ready_notified: NaiveDate,
    /// Discharged (utskriven)
    #[serde(default)]
    pub discharged: Option<NaiveDate>,
    /// Meeting called (kallelse)
    ///
    /// The date the SIP meeting was called.
    #[serde(default)]
    pub called: Option<NaiveDate>,
}

/// Closed (avslutad)
///
/// When and why the plan ended.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Closed {
    /// Date
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// Reason
    #[serde(default)]
    pub reason: Option<String>,
    /// Cause
    ///
    /// Why the plan ended, for counting: `goals_reached`, `no_consent`, `moved`, `deceased`,
    /// `not_needed` or `other`. `no_consent` on a plan never established records a request that
    /// did not become a plan.
    #[serde(default)]
    pub cause: Option<ClosedCause>,
}

/// Why a plan ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClosedCause {
    GoalsReached,
    NoConsent,
    Moved,
    Deceased,
    NotNeeded,
    Other,
}
