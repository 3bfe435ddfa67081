//! `sip check [PATH...] [--strict] [--format text|json|github]`.

use super::ExitStatus;
use crate::check::{CheckOptions, Checker};
use crate::cli::{CheckArgs, CheckFormat};
use crate::error::{Error, Result};
use crate::output::{self, Style};
use crate::settings::Settings;
use crate::walk::plan_files;

pub fn check(settings: &Settings, args: &CheckArgs) -> Result<ExitStatus> {
    let inputs = plan_files(settings, &args.paths)?;
    let checker = Checker::new(CheckOptions {
        strict: args.strict,
        parse_only: args.parse_only,
        ..CheckOptions::from_settings(settings)
    });
    let report = checker.check(&inputs);
    let text = match args.format {
        CheckFormat::Text => output::check::text(
            &report,
            Style {
                enabled: settings.color,
            },
            settings.quiet,
        ),
        CheckFormat::Json => output::check::json(&report),
        CheckFormat::Github => output::check::github(&report),
        CheckFormat::Sarif => output::check::sarif(&report),
        CheckFormat::Gitlab => output::check::gitlab(&report),
    };
    output::emit(&text)?;
    if args.format == CheckFormat::Github && !settings.quiet {
        eprintln!("{}", output::check::summary(&report));
    }
    for failure in &report.failures {
        eprintln!("error: {failure}");
    }
    if !report.failures.is_empty() {
        return Err(Error::FilesFailed {
            count: report.failures.len(),
        });
    }
    Ok(if report.errors() > 0 {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}
