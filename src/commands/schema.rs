//! `sip schema`: the JSON Schema of the plan format.

use super::ExitStatus;
use crate::error::Result;
use crate::output;

pub fn schema() -> Result<ExitStatus> {
    output::emit(&crate::plan::schema_json())?;
    Ok(ExitStatus::Success)
}
