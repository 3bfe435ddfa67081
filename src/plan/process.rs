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
    /// Reason
    #[serde(default)]
    pub reason: Option<String>,
}

/// Discharge from inpatient care (utskrivning från sluten vård)
///
/// Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård: the SIP meeting
/// is called within three days of the notice that the patient is ready for discharge
/// (4 kap. 1 §, as regions cite it).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
pub struct Discharge {
    /// Ready for discharge notified (utskrivningsklar)
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
}
