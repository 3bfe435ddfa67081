//! `sip stats [PATH...] [--from DATE] [--to DATE] [--by …] [--min-cell N]
//! [--format text|json|csv|html] [-o FILE]`: the measures of stats.md.
//! Reading, counting and formats live in `crate::stats`; this file resolves
//! the period, counts what the reader gives and writes the result.

use std::sync::Mutex;

use super::ExitStatus;
use crate::cli::{StatsArgs, StatsFormat};
use crate::config::Lang;
use crate::error::{Error, Result};
use crate::fsutil::write_atomic;
use crate::i18n::Message;
use crate::output::table::{Fit, new_table};
use crate::personnummer;
use crate::plan::deadlines::add_days;
use crate::reader::{Broken, read_all};
use crate::settings::Settings;
use crate::stats::measures::{Counts, Period};
use crate::stats::{PlanFacts, output, words};
use crate::template::Template;

pub fn stats(settings: &Settings, args: &StatsArgs) -> Result<ExitStatus> {
    let period = period(settings, args)?;
    // Checked before reading: a mistyped name must not cost a long run.
    let target = args
        .output
        .as_deref()
        .map(|out| super::output_target(&settings.cwd, out, "reason-output-stats-plan"))
        .transpose()?;

    let counts = Mutex::new(Counts::new(args.by, period));
    let invalid = Mutex::new(Vec::new());
    let plans = std::sync::atomic::AtomicU64::new(0);
    let (_, mut broken) = read_all(
        &settings.scope(),
        &args.paths,
        &cache_name(),
        !args.no_cache,
        PlanFacts::from_value,
        |input, facts| {
            if facts.valid {
                plans.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                lock(&counts).add(&facts);
            } else {
                lock(&invalid).push(input.display.clone());
            }
            None::<()>
        },
    )?;
    let counts = counts.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut invalid = invalid.into_inner().unwrap_or_else(|e| e.into_inner());
    invalid.sort();
    broken.extend(invalid.into_iter().map(|file| Broken {
        file: personnummer::redact(&file).into_owned(),
        reason: Message::new("reason-stats-schema"),
        pos: None,
        unreadable: false,
    }));
    broken.sort_by(|a, b| a.file.cmp(&b.file));
    let plans = plans.into_inner();

    let lang = settings.lang;
    let min_cell = args.min_cell;
    let document = match args.format {
        StatsFormat::Json | StatsFormat::Xlsx => None,
        StatsFormat::Csv => Some(output::csv(&counts, min_cell)),
        StatsFormat::Text => {
            let quiet = settings.printer.quiet();
            let counted = (!quiet).then(|| words::counted(lang, plans, broken.len()));
            Some(text(&counts, min_cell, lang, counted))
        }
        StatsFormat::Html => {
            let template = Template::load(&settings.templates_dir(), "stats.html")?;
            let counted = words::counted(lang, plans, broken.len());
            Some(template.render(output::html_context(&counts, min_cell, lang, counted))?)
        }
    };
    match (target, document) {
        (target, None) if args.format == StatsFormat::Xlsx => {
            let bytes = output::xlsx(&counts, min_cell).map_err(super::xlsx_error)?;
            super::write_workbook(settings, target.as_deref(), &bytes)?;
        }
        (None, None) => settings.printer.json(&output::json(&counts, min_cell))?,
        (None, Some(document)) => settings.printer.out(&document)?,
        (Some(target), document) => {
            let document = document.unwrap_or_else(|| {
                let json = output::json(&counts, min_cell);
                serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"
            });
            // Counts only, but a group name is text from the plans.
            let document = personnummer::redact(&document);
            write_atomic(&target, document.as_bytes(), true).map_err(|source| Error::Write {
                path: target.clone(),
                source,
            })?;
            settings
                .printer
                .note(&crate::i18n::Catalogue::built_in(settings.lang).with(
                    "render-wrote",
                    &[("file", settings.display(&target).into())],
                ));
        }
    }

    let catalogue = settings.printer.catalogue();
    for b in &broken {
        let kind = catalogue.text(if b.unreadable {
            "error-word"
        } else {
            "stats-not-counted-kind"
        });
        settings
            .printer
            .stderr(&format!("{kind}: {}: {}", b.file, b.say(catalogue)));
    }
    if !broken.is_empty() {
        return Err(Error::Unsupported {
            what: Message::new("error-stats-not-counted").arg("count", broken.len()),
            hint: Message::new("hint-stats-not-counted"),
        });
    }
    Ok(ExitStatus::Success)
}

/// The cache of the facts: named after the schema too, since whether a plan
/// fits it is one of the facts (a newer schema must not reuse older answers).
fn cache_name() -> String {
    let schema = crate::check::SCHEMA_TEXT.as_str();
    format!("stats-v1-{}", &crate::hash::stable_hex(&[schema])[..8])
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// `--from` to `--to`, both inclusive; by default the 365 days ending on
/// the check date.
fn period(settings: &Settings, args: &StatsArgs) -> Result<Period> {
    let as_of = settings.as_of;
    let to = args.to.unwrap_or(as_of);
    if to > as_of {
        return Err(Error::Unsupported {
            what: Message::new("error-stats-to-after-as-of")
                .arg("to", to)
                .arg("as_of", as_of),
            hint: Message::new("hint-stats-to-after-as-of"),
        });
    }
    let from = args.from.unwrap_or_else(|| add_days(to, -364));
    if from > to {
        return Err(Error::Unsupported {
            what: Message::new("error-stats-from-after-to")
                .arg("from", from)
                .arg("to", to),
            hint: Message::new("hint-stats-from-after-to"),
        });
    }
    Ok(Period {
        from,
        to,
        as_of,
        establish_within_days: i64::from(settings.config.establish_within_days),
    })
}

/// A heading and a table per group, then how small numbers are shown and
/// (without `-q`) how many plans were counted.
fn text(counts: &Counts, min_cell: u64, lang: Lang, counted: Option<String>) -> String {
    let p = &counts.period;
    let mut out = format!(
        "{}\n{}\n",
        words::title(lang),
        words::period(
            lang,
            &p.from.to_string(),
            &p.to.to_string(),
            &p.as_of.to_string()
        )
    );
    let fits = [Fit::Fill, Fit::Content, Fit::Content, Fit::Content];
    for (name, tally) in counts.groups() {
        out.push('\n');
        out.push_str(&output::group_name(lang, name, counts.by));
        out.push('\n');
        let mut table = new_table(
            &words::header(lang),
            &fits,
            crate::output::Printer::plain().style(),
        );
        for row in output::text_rows(&tally.measures(), lang, min_cell) {
            table.add_row(row);
        }
        for i in 1..4 {
            if let Some(column) = table.column_mut(i) {
                column.set_cell_alignment(comfy_table::CellAlignment::Right);
            }
        }
        out.push_str(&format!("{table}\n"));
    }
    out.push('\n');
    out.push_str(&words::suppression(lang, min_cell));
    out.push('\n');
    if let Some(counted) = counted {
        out.push_str(&counted);
        out.push('\n');
    }
    out
}
