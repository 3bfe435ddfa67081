//! `sip schema`: the JSON Schema of the plan format.

use super::ExitStatus;
use crate::error::{Error, Result};
use crate::output;

pub fn schema() -> Result<ExitStatus> {
    output::print(&crate::plan::schema_json()).map_err(|source| Error::Io {
        path: "<stdout>".into(),
        source,
    })?;
    Ok(ExitStatus::Success)
}
