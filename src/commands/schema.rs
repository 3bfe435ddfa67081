//! `sip schema [--output COMMAND]`: the JSON Schema of the plan format, or
//! of a command's JSON output (`schema/output/`).

use super::ExitStatus;
use crate::error::Result;
use crate::output::Printer;
use crate::output::shapes::Output;

pub fn schema(printer: &Printer, output: Option<Output>) -> Result<ExitStatus> {
    match output {
        None => printer.generated(&crate::plan::schema_json())?,
        Some(output) => printer.generated(&output.schema_json())?,
    }
    Ok(ExitStatus::Success)
}
