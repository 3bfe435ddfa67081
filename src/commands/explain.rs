//! `sip explain [RULE]`: a rule's text, severity and source, or the catalogue.

use std::fmt::Write;

use super::ExitStatus;
use crate::check::{RuleMeta, catalogue, find_rule};
use crate::cli::ExplainArgs;
use crate::error::{Error, Result};
use crate::output::Style;
use crate::settings::Settings;
use crate::suggest::suggest;

pub fn explain(settings: &Settings, args: &ExplainArgs) -> Result<ExitStatus> {
    let style = settings.printer.style();
    let text = match &args.rule {
        None => listing(),
        Some(query) => match find_rule(query) {
            Some(rule) => detail(rule, style),
            None => {
                let ids = catalogue()
                    .map(|m| m.id.as_str())
                    .chain(catalogue().map(|m| m.name));
                return Err(Error::UnknownRule {
                    query: query.clone(),
                    suggestion: suggest(query, ids),
                });
            }
        },
    };
    settings.printer.out(&text)?;
    Ok(ExitStatus::Success)
}

fn listing() -> String {
    let mut out = String::new();
    for meta in catalogue() {
        let level = match meta.level.describe() {
            "error (warning in draft)" => "error*",
            other => other,
        };
        let _ = writeln!(out, "{:<9} {level:<7} {}", meta.id.as_str(), meta.summary);
    }
    let _ = writeln!(
        out,
        "\n* a warning while the plan is a draft. `sip explain SIPnnn` tells more."
    );
    out
}

fn detail(meta: &RuleMeta, style: Style) -> String {
    format!(
        "{} {}\n\nSeverity: {}\nSource:   {}\n\n{}\n\n{}\n",
        style.bold(meta.id.as_str()),
        style.dim(&format!("({})", meta.name)),
        meta.level.describe(),
        meta.source,
        meta.summary,
        meta.explanation
    )
}
