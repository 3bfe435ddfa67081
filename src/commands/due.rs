//! `sip due [PATH...] [--within DAYS] [--fail-on-overdue] [--format text|json|ics|xlsx] [-o FILE]`.

use comfy_table::{Cell, Color};

use super::ExitStatus;
use super::report_broken;
use crate::calendar;
use crate::cli::{DueArgs, DueFormat, KindArg};
use crate::config::Lang;
use crate::due::{DueFacts, DueItem, DueLimits, Kind, urgency};
use crate::error::Result;
use crate::i18n::Catalogue;
use crate::output::table::{Fit, emit_rows};
use crate::output::xlsx::XCell;
use crate::reader::read_all;
use crate::settings::Settings;

pub fn due(settings: &Settings, args: &DueArgs) -> Result<ExitStatus> {
    // Checked before reading: a mistyped name must not cost a long run.
    let target = super::xlsx_target(
        settings,
        args.output.as_deref(),
        args.format == DueFormat::Xlsx,
    )?;
    // A calendar looks further ahead than a list (README, "sip due").
    let within = i64::from(args.within.unwrap_or(match args.format {
        DueFormat::Ics => ICS_WITHIN_DAYS,
        _ => WITHIN_DAYS,
    }));
    let limits = DueLimits {
        establish_days: settings.config.establish_within_days,
        transition_days: settings.config.transition_planning_days,
        organizer_configured: settings.config.organizer_email.is_some(),
        invitations: args.invitations || args.kind == Some(KindArg::InvitationIncomplete),
    };
    let who = args.who.as_deref().map(str::to_lowercase);
    let kind = args.kind.map(to_kind);
    let (per_plan, broken) = read_all(
        &settings.scope(),
        &args.paths,
        "due-v3",
        !args.no_cache,
        DueFacts::from_value,
        |input, facts| {
            let file = input.display.clone();
            let mut items = facts.items(&file, settings.as_of, within, limits);
            items.retain(|item| {
                kind.is_none_or(|k| item.kind == k)
                    && who
                        .as_deref()
                        .is_none_or(|w| item.who.to_lowercase().contains(w))
            });
            (!items.is_empty()).then_some(items)
        },
    )?;
    let mut items: Vec<DueItem> = per_plan.into_iter().flatten().collect();
    items.sort_by(urgency);

    let lang = settings.lang;
    let text = match args.format {
        DueFormat::Text => text(&items, lang, within, settings)?,
        DueFormat::Json => {
            // Serialised straight from the items: no JSON tree of all of them.
            let output = crate::output::shapes::DueOutput {
                version: crate::output::shapes::VERSION,
                as_of: settings.as_of,
                within_days: within,
                items: &items,
            };
            settings.printer.json(&output)?;
            String::new()
        }
        DueFormat::Ics => {
            let domain = super::uid_domain(settings);
            calendar::due::calendar(
                &items,
                &calendar::due::Options {
                    as_of: settings.as_of,
                    lang,
                    full_names: args.full_names,
                    alarm_days: args.alarm_days,
                    domain: &domain.domain,
                },
            )
        }
        DueFormat::Xlsx => {
            let bytes = xlsx(&items, settings.as_of).map_err(super::xlsx_error)?;
            super::write_workbook(settings, target.as_deref(), &bytes)?;
            String::new()
        }
    };
    settings.printer.out(&text)?;
    report_broken(&settings.printer, &broken)?;
    Ok(if args.fail_on_overdue && items.iter().any(|i| i.overdue) {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// The default horizon of the text and JSON lists: two weeks, the week's
/// work and the next.
pub const WITHIN_DAYS: u32 = 14;

/// The default horizon of the calendar: 90 days. A calendar is subscribed to
/// and looked ahead in, not read each morning: a quarter holds every plan's
/// next follow-up (most are set a few months apart) and, three weeks before
/// each, the day its invitation must be ready (`invitation_incomplete`).
pub const ICS_WITHIN_DAYS: u32 = 90;

/// The columns of the workbook: the keys of the JSON items, in their order.
const COLUMNS: [&str; 16] = [
    "file",
    "plan",
    "kind",
    "date",
    "days",
    "overdue",
    "who",
    "item",
    "person",
    "time",
    "duration_minutes",
    "place",
    "mode",
    "follow_up",
    "missing",
    "as_of",
];

/// The items as a workbook, most overdue first as in the JSON: dates as
/// dates, days as numbers, the check date on every row (a sheet has no
/// place for it otherwise).
fn xlsx(
    items: &[DueItem],
    as_of: chrono::NaiveDate,
) -> std::result::Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let opt = |t: &Option<String>| t.as_deref().map_or(XCell::Empty, XCell::text);
    let rows: Vec<Vec<XCell>> = items
        .iter()
        .map(|i| {
            vec![
                XCell::text(&i.file),
                XCell::text(&i.plan),
                XCell::text(i.kind.as_str()),
                XCell::date(i.date),
                i.days.map_or(XCell::Empty, |d| XCell::Number(d as f64)),
                XCell::Bool(i.overdue),
                XCell::text(&i.who),
                XCell::text(&i.item),
                XCell::text(&i.person),
                opt(&i.time),
                i.duration_minutes
                    .map_or(XCell::Empty, |m| XCell::Number(f64::from(m))),
                opt(&i.place),
                opt(&i.mode),
                XCell::date(i.follow_up),
                XCell::text(i.missing.join(", ")),
                XCell::Date(as_of),
            ]
        })
        .collect();
    crate::output::xlsx::workbook("due", &COLUMNS, &rows)
}

fn to_kind(kind: KindArg) -> Kind {
    match kind {
        KindArg::FollowUp => Kind::FollowUp,
        KindArg::ActionEnd => Kind::ActionEnd,
        KindArg::Establish => Kind::Establish,
        KindArg::DischargeCall => Kind::DischargeCall,
        KindArg::ConsentExpiry => Kind::ConsentExpiry,
        KindArg::Unscheduled => Kind::Unscheduled,
        KindArg::ActionStart => Kind::ActionStart,
        KindArg::TransitionPlanning => Kind::TransitionPlanning,
        KindArg::InvitationIncomplete => Kind::InvitationIncomplete,
    }
}

/// One table, grouped by who acts (groups in alphabetical order, each with
/// its most overdue item first), then a summary line.
fn text(items: &[DueItem], lang: Lang, within: i64, settings: &Settings) -> Result<String> {
    let cat = Catalogue::built_in(lang);
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stdout());
    let header: Vec<String> = ["who", "when", "date", "what", "plan", "person"]
        .iter()
        .map(|h| cat.text(&format!("due-header-{h}")))
        .collect();
    let mut out = String::new();
    if !items.is_empty() {
        // Grouped by who acts, the group named on its first row; items keep
        // their order (most overdue first) within a group.
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by(|&a, &b| items[a].who.cmp(&items[b].who).then(a.cmp(&b)));
        let row = |i: usize| {
            let item = &items[order[i]];
            // On a terminal the group is named on its first row; into a pipe
            // every row names it, so a grep finds whole rows.
            let first = i == 0 || items[order[i - 1]].who != item.who || !terminal;
            let when = Cell::new(cat.relative_days(item.days));
            let mut what = cat.text(item.kind.message_id());
            if !item.item.is_empty() {
                what.push_str(&format!(" ({})", item.item));
            }
            if let Some(date) = item.follow_up {
                what.push_str(&format!(" {date}"));
            }
            if !item.missing.is_empty() {
                what.push_str(&format!(
                    " ({})",
                    calendar::due::missing_text(cat, &item.missing)
                ));
            }
            if let Some(meeting) = meeting(
                cat,
                item.time.as_deref(),
                item.place.as_deref(),
                item.mode.as_deref(),
            ) {
                what.push_str(&format!(" {meeting}"));
            }
            vec![
                Cell::new(if first { item.who.as_str() } else { "" }),
                if item.overdue {
                    when.fg(Color::Red)
                } else {
                    when
                },
                Cell::new(item.date.map_or("–".to_string(), |d| d.to_string())),
                Cell::new(what),
                Cell::new(&item.plan),
                Cell::new(&item.person),
            ]
        };
        emit_rows(
            &header.iter().map(String::as_str).collect::<Vec<_>>(),
            &[
                Fit::Wrap(22),
                Fit::Content,
                Fit::Content,
                Fit::Fill,
                Fit::Content,
                Fit::Wrap(16),
            ],
            &settings.printer,
            items.len(),
            &row,
        )?;
    }
    if !settings.printer.quiet() {
        let overdue = items.iter().filter(|i| i.overdue).count();
        out.push_str(&cat.with(
            "due-summary",
            &[
                ("overdue", overdue.into()),
                ("upcoming", (items.len() - overdue).into()),
                ("within", within.into()),
                ("date", settings.as_of.into()),
            ],
        ));
        out.push('\n');
    }
    Ok(out)
}

/// A follow-up's time, place and mode in one phrase, in parentheses:
/// "(kl. 14:00, Vårdcentralen, på plats)"; `None` when it has none of them.
fn meeting(
    cat: &Catalogue,
    time: Option<&str>,
    place: Option<&str>,
    mode: Option<&str>,
) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if let Some(time) = time {
        parts.push(cat.with("due-meeting-time", &[("time", time.into())]));
    }
    if let Some(place) = place {
        parts.push(place.to_owned());
    }
    if let Some(mode) = mode {
        parts.push(cat.value("mode", mode).unwrap_or_else(|| mode.to_owned()));
    }
    (!parts.is_empty()).then(|| format!("({})", parts.join(", ")))
}
