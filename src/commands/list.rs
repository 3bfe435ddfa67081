//! `sip list [PATH...] [--status S] [--lead region|municipality] [--format text|json|csv]`.

use comfy_table::{Cell, Color};
use rayon::prelude::*;
use serde_json::json;
use std::collections::HashSet;
use std::time::SystemTime;

use super::ExitStatus;
use crate::cache::{Cache, Stamp};
use crate::check::FileInput;
use crate::cli::{ListArgs, ListFormat};
use crate::error::{Error, Result};
use crate::output::table::{Fit, new_table};
use crate::output::{self, Style, csv::to_csv};
use crate::personnummer::redact;
use crate::settings::Settings;
use crate::source::{ReadError, parse_value, read_bounded};
use crate::summary::PlanSummary;
use crate::walk::plan_files;

/// A file that could not be listed: unreadable (exit 2) or not a plan (listed as broken).
struct Broken {
    file: String,
    reason: String,
    unreadable: bool,
}

pub fn list(settings: &Settings, args: &ListArgs) -> Result<ExitStatus> {
    let inputs = plan_files(settings, &args.paths)?;
    let mut cache: Cache<PlanSummary> = Cache::open(&settings.root, "list-v1", !args.no_cache);
    let results: Vec<(Result<PlanSummary, Broken>, Option<Stamp>, bool)> = inputs
        .par_iter()
        .map(|input| {
            let stamp = std::fs::metadata(&input.path)
                .ok()
                .and_then(|m| Stamp::of(&m));
            match cache.get(&input.path, stamp) {
                Some(summary) => {
                    let file = redact(&input.display).into_owned();
                    (Ok(PlanSummary { file, ..summary }), stamp, true)
                }
                None => (load(settings, input), stamp, false),
            }
        })
        .collect();
    let now = SystemTime::now();
    let mut plans = Vec::new();
    let mut broken = Vec::new();
    for ((result, stamp, hit), input) in results.into_iter().zip(&inputs) {
        match result {
            Ok(plan) => {
                if !hit {
                    cache.put(&input.path, stamp, plan.clone(), now);
                }
                plans.push(plan.as_of(settings.as_of));
            }
            Err(b) => broken.push(b),
        }
    }
    if args.paths.is_empty() {
        // The whole plans folder was listed: forget plans that are gone.
        let present: HashSet<&str> = inputs.iter().filter_map(|i| i.path.to_str()).collect();
        cache.retain(&present);
    }
    cache.save();
    plans.retain(|p| {
        args.status.is_none_or(|s| p.status == s.as_str())
            && args.lead.is_none_or(|l| p.lead.principal == l.as_str())
    });
    plans.sort_by(|a, b| a.file.cmp(&b.file));

    let style = Style {
        enabled: settings.color,
    };
    let text = match args.format {
        ListFormat::Text => text(&plans, broken.len(), style, settings.quiet),
        ListFormat::Json => {
            let broken: Vec<_> = broken
                .iter()
                .map(|b| json!({"file": b.file, "reason": b.reason}))
                .collect();
            let mut text = serde_json::to_string_pretty(&json!({"plans": plans, "broken": broken}))
                .expect("summaries serialise");
            text.push('\n');
            text
        }
        ListFormat::Csv => csv(&plans),
    };
    output::print(&text).map_err(|source| Error::Io {
        path: "<stdout>".into(),
        source,
    })?;
    for b in &broken {
        eprintln!(
            "{}: {}: {}",
            if b.unreadable { "error" } else { "broken" },
            b.file,
            b.reason
        );
    }
    let unreadable = broken.iter().filter(|b| b.unreadable).count();
    if unreadable > 0 {
        return Err(Error::FilesFailed { count: unreadable });
    }
    Ok(ExitStatus::Success)
}

fn load(settings: &Settings, input: &FileInput) -> Result<PlanSummary, Broken> {
    let file = redact(&input.display).into_owned();
    let broken = |reason: String, unreadable| Broken {
        file: file.clone(),
        reason: redact(&reason).into_owned(),
        unreadable,
    };
    let text = read_bounded(&input.path, settings.config.max_file_size).map_err(|e| match e {
        ReadError::NotUtf8 { pos } => broken(format!("{pos}: the file is not UTF-8 text"), false),
        ReadError::TooLarge { size, limit } => broken(
            format!("the file is {size} bytes, over the limit of {limit}"),
            true,
        ),
        ReadError::Io(err) => broken(format!("cannot read the file: {err}"), true),
    })?;
    let value = parse_value(&text).map_err(|e| broken(e.to_string(), false))?;
    Ok(PlanSummary::from_value(file.clone(), &value))
}

fn text(plans: &[PlanSummary], broken: usize, style: Style, quiet: bool) -> String {
    let mut out = String::new();
    if !plans.is_empty() {
        let mut table = new_table(
            &["id", "status", "person", "lead", "needs/acts", "follow-up"],
            &[
                Fit::Content,
                Fit::Content,
                Fit::Wrap(18),
                Fit::Fill,
                Fit::Content,
                Fit::Content,
            ],
            style,
        );
        for plan in plans {
            let follow_up = match plan.next_follow_up {
                Some(date) if plan.overdue => Cell::new(format!("{date} !")).fg(Color::Red),
                Some(date) => Cell::new(date),
                None => Cell::new("–"),
            };
            table.add_row(vec![
                Cell::new(&plan.id),
                Cell::new(&plan.status),
                Cell::new(&plan.person),
                Cell::new(&plan.lead.organisation),
                Cell::new(format!("{}/{}", plan.needs, plan.actions)),
                follow_up,
            ]);
        }
        out.push_str(&table.to_string());
        out.push('\n');
    }
    if !quiet {
        let count = |status: &str| plans.iter().filter(|p| p.status == status).count();
        out.push_str(&format!(
            "{} plan{}: {} active, {} draft, {} closed; {} with an overdue follow-up (!)",
            plans.len(),
            if plans.len() == 1 { "" } else { "s" },
            count("active"),
            count("draft"),
            count("closed"),
            plans.iter().filter(|p| p.overdue).count(),
        ));
        if broken > 0 {
            out.push_str(&format!("; {broken} broken (see stderr)"));
        }
        out.push('\n');
    }
    out
}

fn csv(plans: &[PlanSummary]) -> String {
    let header = [
        "file",
        "id",
        "status",
        "person",
        "lead_principal",
        "lead_organisation",
        "needs",
        "actions",
        "next_follow_up",
        "overdue",
    ];
    let rows: Vec<Vec<String>> = plans
        .iter()
        .map(|p| {
            vec![
                p.file.clone(),
                p.id.clone(),
                p.status.clone(),
                p.person.clone(),
                p.lead.principal.clone(),
                p.lead.organisation.clone(),
                p.needs.to_string(),
                p.actions.to_string(),
                p.next_follow_up.map(|d| d.to_string()).unwrap_or_default(),
                p.overdue.to_string(),
            ]
        })
        .collect();
    to_csv(&header, &rows)
}
