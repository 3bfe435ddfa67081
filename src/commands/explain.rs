//! `sip explain [RULE]`: a rule's text, severity and source, or the catalogue.

use std::fmt::Write;

use super::ExitStatus;
use crate::check::{Level, RuleMeta, catalogue, find_rule};
use crate::cli::ExplainArgs;
use crate::error::{Error, Result};
use crate::i18n::Catalogue;
use crate::output::Style;
use crate::settings::Settings;
use crate::suggest::suggest;

pub fn explain(settings: &Settings, args: &ExplainArgs) -> Result<ExitStatus> {
    let style = settings.printer.style();
    let cat = Catalogue::built_in(settings.lang);
    let text = match &args.rule {
        None => listing(cat),
        Some(query) => match find_rule(query) {
            Some(rule) => detail(cat, rule, style),
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

fn listing(cat: &Catalogue) -> String {
    let mut out = String::new();
    for meta in catalogue() {
        let level = match meta.level {
            Level::ErrorWarningInDraft => cat.text("level-error-draft-short"),
            other => cat.text(other.message_id()),
        };
        let _ = writeln!(
            out,
            "{:<9} {level:<8} {}",
            meta.id.as_str(),
            meta.summary(cat)
        );
    }
    let _ = writeln!(out, "\n{}", cat.text("explain-draft-note"));
    out
}

fn detail(cat: &Catalogue, meta: &RuleMeta, style: Style) -> String {
    let severity = cat.text("explain-severity");
    let source = cat.text("explain-source");
    let width = severity.chars().count().max(source.chars().count()) + 1;
    format!(
        "{} {}\n\n{:<width$} {}\n{:<width$} {}\n\n{}\n\n{}\n",
        style.bold(meta.id.as_str()),
        style.dim(&format!("({})", meta.name)),
        format!("{severity}:"),
        cat.text(meta.level.message_id()),
        format!("{source}:"),
        meta.source(cat),
        meta.summary(cat),
        meta.explanation(cat)
    )
}
