//! `sip list [PATH...] [--status S] [--lead region|municipality] [--format text|json|csv|xlsx] [-o FILE]`.

use crate::output::shapes::{BrokenPlan, ListOutput, VERSION};
use comfy_table::{Cell, Color};

use super::ExitStatus;
use super::report_broken;
use crate::cli::{ListArgs, ListFormat};
use crate::error::Result;
use crate::i18n::Catalogue;
use crate::output::csv::to_csv;
use crate::output::table::{Fit, emit_rows};
use crate::output::xlsx::XCell;
use crate::reader::read_all;
use crate::settings::Settings;
use crate::summary::PlanSummary;

pub fn list(settings: &Settings, args: &ListArgs) -> Result<ExitStatus> {
    // Checked before reading: a mistyped name must not cost a long run.
    let target = super::xlsx_target(
        settings,
        args.output.as_deref(),
        args.format == ListFormat::Xlsx,
    )?;
    let (mut plans, broken) = read_all(
        &settings.scope(),
        &args.paths,
        "list-v1",
        !args.no_cache,
        |value| PlanSummary::from_value(String::new(), value),
        |input, summary| {
            let file = input.display.clone();
            Some(PlanSummary { file, ..summary }.as_of(settings.as_of))
        },
    )?;
    plans.retain(|p| {
        args.status.is_none_or(|s| p.status == s.as_str())
            && args.lead.is_none_or(|l| p.lead.principal == l.as_str())
    });
    plans.sort_by(|a, b| a.file.cmp(&b.file));

    let cat = Catalogue::built_in(settings.lang);
    let text = match args.format {
        ListFormat::Text => {
            if !plans.is_empty() {
                let header: Vec<String> = HEADER
                    .iter()
                    .map(|h| cat.text(&format!("list-header-{h}")))
                    .collect();
                let header: Vec<&str> = header.iter().map(String::as_str).collect();
                emit_rows(&header, &FITS, &settings.printer, plans.len(), &|i| {
                    row(cat, &plans[i])
                })?;
            }
            summary(cat, &plans, broken.len(), settings.printer.quiet())
        }
        ListFormat::Json => {
            let broken = broken
                .iter()
                .map(|b| BrokenPlan {
                    file: b.file.clone(),
                    reason: b.say(cat),
                })
                .collect();
            settings.printer.json(&ListOutput {
                version: VERSION,
                plans: &plans,
                broken,
            })?;
            String::new()
        }
        ListFormat::Csv => csv(&plans),
        ListFormat::Xlsx => {
            let bytes = xlsx(&plans).map_err(super::xlsx_error)?;
            super::write_workbook(settings, target.as_deref(), &bytes)?;
            String::new()
        }
    };
    settings.printer.out(&text)?;
    report_broken(&settings.printer, &broken)?;
    Ok(ExitStatus::Success)
}

const HEADER: [&str; 6] = ["id", "status", "person", "lead", "counts", "follow-up"];
const FITS: [Fit; 6] = [
    Fit::Content,
    Fit::Content,
    Fit::Wrap(18),
    Fit::Fill,
    Fit::Content,
    Fit::Content,
];

fn row(cat: &Catalogue, plan: &PlanSummary) -> Vec<Cell> {
    let follow_up = match plan.next_follow_up {
        Some(date) if plan.overdue => Cell::new(format!("{date} !")).fg(Color::Red),
        Some(date) => Cell::new(date),
        None => Cell::new("–"),
    };
    vec![
        Cell::new(&plan.id),
        Cell::new(status_word(cat, &plan.status)),
        Cell::new(&plan.person),
        Cell::new(&plan.lead.organisation),
        Cell::new(format!("{}/{}", plan.needs, plan.actions)),
        follow_up,
    ]
}

/// A plan's status in words; as written when it is not one of the three.
fn status_word(cat: &Catalogue, status: &str) -> String {
    matches!(status, "draft" | "active" | "closed")
        .then(|| cat.value("status", status))
        .flatten()
        .unwrap_or_else(|| status.to_owned())
}

fn summary(cat: &Catalogue, plans: &[PlanSummary], broken: usize, quiet: bool) -> String {
    let mut out = String::new();
    if !quiet {
        let count = |status: &str| plans.iter().filter(|p| p.status == status).count();
        out.push_str(&cat.with(
            "list-summary",
            &[
                ("plans", plans.len().into()),
                ("active", count("active").into()),
                ("draft", count("draft").into()),
                ("closed", count("closed").into()),
                ("overdue", plans.iter().filter(|p| p.overdue).count().into()),
            ],
        ));
        if broken > 0 {
            out.push_str("; ");
            out.push_str(&cat.with("list-broken", &[("count", broken.into())]));
        }
        out.push('\n');
    }
    out
}

/// The columns of `csv` and `xlsx`: the keys of the JSON output, `lead` spread out.
const COLUMNS: [&str; 10] = [
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

/// The rows of [`csv`] as a workbook: counts as numbers, the follow-up as a
/// date, `overdue` as TRUE/FALSE.
fn xlsx(plans: &[PlanSummary]) -> std::result::Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let rows: Vec<Vec<XCell>> = plans
        .iter()
        .map(|p| {
            vec![
                XCell::text(&p.file),
                XCell::text(&p.id),
                XCell::text(&p.status),
                XCell::text(&p.person),
                XCell::text(&p.lead.principal),
                XCell::text(&p.lead.organisation),
                XCell::Number(p.needs as f64),
                XCell::Number(p.actions as f64),
                XCell::date(p.next_follow_up),
                XCell::Bool(p.overdue),
            ]
        })
        .collect();
    crate::output::xlsx::workbook("plans", &COLUMNS, &rows)
}

fn csv(plans: &[PlanSummary]) -> String {
    let header = COLUMNS;
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
