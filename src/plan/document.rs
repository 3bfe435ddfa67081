//! The plan document itself.

use chrono::NaiveDate;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize};
use std::borrow::Cow;

use super::{
    Action, Closed, Consent, Discharge, FollowUp, Goal, Guardian, Initiated, Lead, Need,
    Participant, Person, Preparation, Shared, Situation, Transition,
};

/// A coordinated individual plan (samordnad individuell plan, SIP).
///
/// One plan per file, named `<id>.sip.yaml`. Drawn up by the municipality together with the
/// region when a person needs interventions from both social services and health care
/// (SoL 2001:453 2 kap. 7 §, HSL 2017:30 16 kap. 4 §). Keys starting with `x-` are kept and
/// ignored, for local extensions.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(title = "Samordnad individuell plan (SIP)")]
pub struct Plan {
    /// Format version
    ///
    /// The version of the sip file format; always 1.
    pub sip: FormatVersion,
    /// Plan id
    ///
    /// The plan's id, also its file name (`<id>.sip.yaml`), for example `2026-0042`. Never a
    /// personal identity number.
    #[schemars(regex(pattern = super::ID_PATTERN))]
    pub id: String,
    /// Status
    ///
    /// `draft` while the plan is prepared, `active` once drawn up (upprättad), `closed` when it
    /// has ended.
    pub status: Status,
    /// Situation
    ///
    /// In which situation the SIP is made: `discharge`, `psychiatry`, `substance_use`,
    /// `child_school`, `older_person`, `disability`, `placement` or `other`.
    #[serde(default)]
    pub situation: Option<Situation>,
    /// The person (den enskilde)
    ///
    /// The person the plan is for and made together with, where possible.
    pub person: Person,
    /// Guardians (vårdnadshavare)
    ///
    /// Required, and non-empty, when the person is under 18: guardians consent for a child.
    #[serde(default)]
    pub guardians: Option<Vec<Guardian>>,
    /// Consent (samtycke)
    ///
    /// The plan is drawn up only if the person consents (SoL 2 kap. 7 §, HSL 16 kap. 4 §).
    pub consent: Consent,
    /// Initiated (initierad)
    ///
    /// When, and by whom, the need for a SIP was raised. Work on the plan starts without delay
    /// (påbörjas utan dröjsmål).
    pub initiated: Initiated,
    /// Preparation (förarbete)
    ///
    /// Meeting the person before the SIP meeting, so the meeting starts from what matters to
    /// them.
    #[serde(default)]
    pub preparation: Option<Preparation>,
    /// Transition (övergång)
    ///
    /// A stay that ends (SiS, HVB, foster care, prison, psychiatric inpatient care) and must be
    /// planned for in time.
    #[serde(default)]
    pub transition: Option<Transition>,
    /// Discharge (utskrivning)
    ///
    /// Only when the SIP follows inpatient care: lag (2017:612) om samverkan vid utskrivning
    /// från sluten hälso- och sjukvård.
    #[serde(default)]
    pub discharge: Option<Discharge>,
    /// Established (upprättad)
    ///
    /// The date the plan was drawn up. Required unless the plan is a draft.
    #[serde(default)]
    pub established: Option<NaiveDate>,
    /// Overall responsibility (övergripande ansvar)
    ///
    /// Which principal has the overall responsibility for the plan: point 4 of the statute.
    /// Always the region or the municipality.
    pub lead: Lead,
    /// Participants (deltagare)
    ///
    /// Everyone invited to draw up the plan, and whether they came. Relatives (närstående) are
    /// given the chance to take part unless the person objects.
    #[serde(default)]
    pub participants: Option<Vec<Participant>>,
    /// Goals (mål)
    ///
    /// The person's own goals, in their own words.
    #[serde(default)]
    pub goals: Option<Vec<Goal>>,
    /// Needs (behov)
    ///
    /// Point 1 of the statute: which interventions are needed.
    #[schemars(length(min = 1))]
    pub needs: Vec<Need>,
    /// Actions (insatser och åtgärder)
    ///
    /// Points 2 and 3 of the statute: which interventions each principal answers for, and which
    /// measures others take.
    #[schemars(length(min = 1))]
    pub actions: Vec<Action>,
    /// Follow-ups (uppföljning)
    ///
    /// When the plan is followed up and who calls the meeting. An open follow-up has no `held`.
    #[serde(default)]
    pub follow_ups: Option<Vec<FollowUp>>,
    /// Shared (delgiven)
    ///
    /// Who received a copy of the plan, and when.
    #[serde(default)]
    pub shared: Option<Vec<Shared>>,
    /// Closed (avslutad)
    ///
    /// Required when the status is `closed`: the date and the reason.
    #[serde(default)]
    pub closed: Option<Closed>,
    /// Notes (anteckningar)
    ///
    /// Free text.
    #[serde(default)]
    pub notes: Option<String>,
}

/// Status
///
/// Where the plan is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Active,
    Closed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Active => "active",
            Status::Closed => "closed",
        }
    }
}

/// The file format version: the integer 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct FormatVersion;

impl<'de> Deserialize<'de> for FormatVersion {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // `1.0` is the number 1, as the schema (JSON's numbers) sees it.
        let n = f64::deserialize(d)?;
        if n == 1.0 {
            Ok(FormatVersion)
        } else {
            Err(serde::de::Error::custom(format!(
                "unsupported sip format version {n}; this sip reads version 1"
            )))
        }
    }
}

impl JsonSchema for FormatVersion {
    fn schema_name() -> Cow<'static, str> {
        "FormatVersion".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "const": 1 })
    }

    fn inline_schema() -> bool {
        true
    }
}

impl Plan {
    pub fn guardians(&self) -> &[Guardian] {
        self.guardians.as_deref().unwrap_or_default()
    }
    pub fn participants(&self) -> &[Participant] {
        self.participants.as_deref().unwrap_or_default()
    }
    pub fn goals(&self) -> &[Goal] {
        self.goals.as_deref().unwrap_or_default()
    }
    pub fn follow_ups(&self) -> &[FollowUp] {
        self.follow_ups.as_deref().unwrap_or_default()
    }
    pub fn shared(&self) -> &[Shared] {
        self.shared.as_deref().unwrap_or_default()
    }
    pub fn is_draft(&self) -> bool {
        self.status == Status::Draft
    }

    /// Every item id with its list and index: goals, then needs, then actions.
    pub fn item_ids(&self) -> impl Iterator<Item = (&'static str, usize, &str)> {
        let goals = self
            .goals()
            .iter()
            .enumerate()
            .map(|(i, g)| ("goals", i, g.id.as_str()));
        let needs = self
            .needs
            .iter()
            .enumerate()
            .map(|(i, n)| ("needs", i, n.id.as_str()));
        let actions = self
            .actions
            .iter()
            .enumerate()
            .map(|(i, a)| ("actions", i, a.id.as_str()));
        goals.chain(needs).chain(actions)
    }
}
