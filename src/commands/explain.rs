//! `sip explain [RULE]`: a rule's text, severity and source, or the catalogue.

use std::fmt::Write;

use super::ExitStatus;
use crate::check::{RULES, Rule, find_rule};
use crate::cli::ExplainArgs;
use crate::error::{Error, Result};
use crate::output::{self, Style};
use crate::settings::Settings;
use crate::suggest::suggest;

pub fn explain(settings: &Settings, args: &ExplainArgs) -> Result<ExitStatus> {
    let style = Style {
        enabled: settings.color,
    };
    let text = match &args.rule {
        None => catalogue(style),
        Some(query) => match find_rule(query) {
            Some(rule) => detail(rule, style),
            None => {
                let ids = RULES
                    .iter()
                    .map(|r| r.meta().id)
                    .chain(RULES.iter().map(|r| r.meta().name));
                return Err(Error::UnknownRule {
                    query: query.clone(),
                    suggestion: suggest(query, ids),
                });
            }
        },
    };
    output::emit(&text)?;
    Ok(ExitStatus::Success)
}

fn catalogue(style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        style.bold(
            "yaml      error   the file is not well-formed YAML, not one mapping, or not UTF-8"
        )
    );
    let _ = writeln!(
        out,
        "{}",
        style.bold("schema    error   the plan violates the JSON Schema (`sip schema`)")
    );
    for rule in RULES {
        let meta = rule.meta();
        let level = match meta.level.describe() {
            "error (warning in draft)" => "error*",
            other => other,
        };
        let _ = writeln!(out, "{}    {level:<7} {}", meta.id, meta.summary);
    }
    let _ = writeln!(
        out,
        "\n* a warning while the plan is a draft. `sip explain SIPnnn` tells more."
    );
    out
}

fn detail(rule: &dyn Rule, style: Style) -> String {
    let meta = rule.meta();
    format!(
        "{} {}\n\nSeverity: {}\nSource:   {}\n\n{}\n\n{}\n",
        style.bold(meta.id),
        style.dim(&format!("({})", meta.name)),
        meta.level.describe(),
        meta.source,
        meta.summary,
        meta.explanation
    )
}
