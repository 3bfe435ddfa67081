//! `sip completions SHELL` and `sip man`: generated from the same clap
//! definition as the parser, so they never drift from it.

use clap::CommandFactory;

use super::ExitStatus;
use crate::cli::Cli;
use crate::error::{Error, Result};
use crate::output::Printer;

pub fn completions(printer: &Printer, shell: clap_complete::Shell) -> Result<ExitStatus> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "sip", &mut out);
    printer.generated(&String::from_utf8_lossy(&out))?;
    Ok(ExitStatus::Success)
}

pub fn man(printer: &Printer) -> Result<ExitStatus> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|source| Error::Stdout { source })?;
    printer.generated(&String::from_utf8_lossy(&out))?;
    Ok(ExitStatus::Success)
}
