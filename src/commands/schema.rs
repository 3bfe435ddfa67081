//! `sip schema`: the JSON Schema of the plan format.

use super::ExitStatus;
use crate::error::Result;
use crate::output::Printer;

pub fn schema(printer: &Printer) -> Result<ExitStatus> {
    printer.generated(&crate::plan::schema_json())?;
    Ok(ExitStatus::Success)
}
