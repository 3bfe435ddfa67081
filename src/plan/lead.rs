//! Principals (*huvudmän*), the lead, contacts and participants.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Principal (huvudman)
///
/// `region` (health care, HSL), `municipality` (kommun: social services and municipal health
/// care) or `other` (school, Försäkringskassan, Arbetsförmedlingen, SiS, family…: point 3 of the
/// statute).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Principal {
    Region,
    Municipality,
    Other,
}

impl Principal {
    pub fn as_str(self) -> &'static str {
        match self {
            Principal::Region => "region",
            Principal::Municipality => "municipality",
            Principal::Other => "other",
        }
    }
}

/// Overall responsibility (övergripande ansvar)
///
/// Point 4 of SoL 2 kap. 7 § / HSL 16 kap. 4 §: which principal has the overall responsibility
/// for the plan.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Lead {
    /// Principal (huvudman)
    ///
    /// `region` or `municipality`; never `other` (rule SIP004).
    pub principal: Principal,
    /// Organisation
    ///
    /// The unit that holds the overall responsibility, e.g. `Socialtjänsten, Exempels kommun`.
    #[schemars(length(min = 1))]
    pub organisation: String,
    /// Contact
    ///
    /// Who the person and the others reach about the plan.
    #[serde(default)]
    pub contact: Option<Contact>,
}

/// Contact
///
/// A named person to reach.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Contact {
    /// Name
    #[schemars(length(min = 1))]
    pub name: String,
    /// Role
    ///
    /// For example `biståndshandläggare`, `fast vårdkontakt`.
    #[serde(default)]
    pub role: Option<String>,
    /// Phone
    #[serde(default)]
    pub phone: Option<String>,
    /// Email
    #[serde(default)]
    pub email: Option<String>,
}

/// Participant (deltagare)
///
/// Someone invited to draw up the plan.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Participant {
    /// Name
    #[schemars(length(min = 1))]
    pub name: String,
    /// Kind
    ///
    /// `person` (the person the plan is for), `relative` (närstående), `guardian`
    /// (vårdnadshavare), `region`, `municipality` or `other`.
    pub kind: ParticipantKind,
    /// Role
    ///
    /// For example `dotter`, `distriktsläkare`.
    #[serde(default)]
    pub role: Option<String>,
    /// Organisation
    #[serde(default)]
    pub organisation: Option<String>,
    /// Attended
    ///
    /// Whether they took part in drawing up the plan.
    #[serde(default)]
    pub attended: Option<bool>,
    /// Reason for absence
    ///
    /// Why someone invited did not take part.
    #[serde(default)]
    pub absence_reason: Option<String>,
    /// Phone
    #[serde(default)]
    pub phone: Option<String>,
    /// Email
    #[serde(default)]
    pub email: Option<String>,
    /// Contact
    #[serde(default)]
    pub contact: Option<Contact>,
}

/// What a participant represents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ParticipantKind {
    Person,
    Relative,
    Guardian,
    Region,
    Municipality,
    Other,
}
