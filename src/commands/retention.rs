//! `sip retention [--apply] [--format text|json]`: closed plans past the
//! time `sip.toml`'s `[retention]` keeps them (*gallring*), and with
//! `--apply` their removal from the work tree in one commit, followed by
//! the history rewrite (git filter-repo) that removes them from every
//! commit, and what every clone must do then.
//!
//! sip never decides a retention period: without `[retention]` the command
//! refuses (exit 2) rather than guess. A plan is past its time from the day
//! `closed.date` plus the period in whole years (29 February plus a year is
//! 28 February).

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

use super::ExitStatus;
use super::report_broken;
use crate::cli::{RetentionArgs, RetentionFormat};
use crate::config::Retention;
use crate::error::{Error, Result};
use crate::fsutil::write_atomic;
use crate::git::Git;
use crate::i18n::{Catalogue, Message};
use crate::output::shapes::{RetentionOutput, RetentionPlan, VERSION};
use crate::personnummer::redact;
use crate::plan::PlanView;
use crate::reader::read_all;
use crate::settings::Settings;

/// What retention needs from a plan (cached per file).
#[derive(Serialize, Deserialize)]
struct Facts {
    id: String,
    status: String,
    principal: String,
    closed: Option<NaiveDate>,
}

impl Facts {
    fn from_value(value: &serde_json::Value) -> Facts {
        let plan = PlanView::new(value);
        Facts {
            id: plan.id().map(|t| t.into_owned()).unwrap_or_default(),
            status: plan.status().unwrap_or_default().to_owned(),
            principal: plan
                .lead_principal()
                .map(|t| t.into_owned())
                .unwrap_or_default(),
            closed: plan.closed_date(),
        }
    }
}

/// A closed plan and, when it has a `closed.date` and a period covers it,
/// the day it is past its time.
struct Closed {
    file: String,
    path: PathBuf,
    facts: Facts,
    years: Option<u32>,
    until: Option<NaiveDate>,
}

/// The day a plan closed on `closed` is past a period of `years`; `None`
/// beyond the calendar.
pub fn past_from(closed: NaiveDate, years: u32) -> Option<NaiveDate> {
    closed.checked_add_months(Months::new(years.checked_mul(12)?))
}

pub fn retention(settings: &Settings, args: &RetentionArgs) -> Result<ExitStatus> {
    let rules: &Retention = &settings.config.retention;
    if !rules.is_set() {
        return Err(Error::Unsupported {
            what: Message::new("error-retention-unset"),
            hint: Message::new("hint-retention-unset"),
        });
    }
    let (mut closed, broken) = read_all(
        &settings.scope(),
        &[],
        "retention-v1",
        true,
        Facts::from_value,
        |input, facts| {
            (facts.status == "closed").then(|| {
                let years = rules.years_for(&facts.principal);
                let until = facts.closed.zip(years).and_then(|(d, y)| past_from(d, y));
                Closed {
                    file: input.display.clone(),
                    path: input.path.clone(),
                    facts,
                    years,
                    until,
                }
            })
        },
    )?;
    closed.sort_by(|a, b| (a.until, &a.file).cmp(&(b.until, &b.file)));
    let as_of = settings.as_of;
    let (due, kept): (Vec<&Closed>, Vec<&Closed>) = closed
        .iter()
        .partition(|c| c.until.is_some_and(|until| until <= as_of));
    let undated: Vec<&Closed> = kept
        .iter()
        .copied()
        .filter(|c| c.facts.closed.is_none())
        .collect();
    let cat = Catalogue::built_in(settings.lang);
    for c in &undated {
        settings
            .printer
            .warning(&cat.with("retention-undated", &[("file", c.file.as_str().into())]));
    }
    let applied = if args.apply && !due.is_empty() {
        Some(apply(settings, cat, &due)?)
    } else {
        None
    };
    let text = match args.format {
        RetentionFormat::Text => text(settings, cat, &due, closed.len(), applied.as_ref()),
        RetentionFormat::Json => {
            let plans = due
                .iter()
                .filter_map(|c| {
                    Some(RetentionPlan {
                        file: c.file.clone(),
                        id: c.facts.id.clone(),
                        lead: c.facts.principal.clone(),
                        closed: c.facts.closed?,
                        years: c.years?,
                        past_from: c.until?,
                    })
                })
                .collect();
            let output = RetentionOutput {
                version: VERSION,
                as_of,
                closed: closed.len(),
                plans,
                undated: undated.iter().map(|c| c.file.clone()).collect(),
                commit: applied.as_ref().map(|a| a.commit.clone()),
                paths_file: applied.as_ref().map(|a| a.paths_file.display().to_string()),
                rewrite: applied.as_ref().map(|a| rewrite_command(&a.paths_file)),
            };
            settings.printer.json(&output)?;
            String::new()
        }
    };
    settings.printer.out(&text)?;
    report_broken(&settings.printer, &broken)?;
    Ok(ExitStatus::Success)
}

/// What `--apply` did.
struct Applied {
    commit: String,
    removed: usize,
    paths_file: PathBuf,
}

/// Takes the plans out of the index and the work tree in one commit whose
/// message names their ids only, and writes every path they ever had to a
/// file in the repository's own folder for git filter-repo.
fn apply(settings: &Settings, cat: &Catalogue, due: &[&Closed]) -> Result<Applied> {
    let git = Git::open(&settings.cwd)?;
    let limit = settings.config.max_file_size;
    let mut paths = Vec::new();
    let mut history = Vec::new();
    for c in due {
        let path = git.relative(&settings.cwd, &c.path)?;
        for p in super::log::paths_in_history(&git, &path, limit, cat)? {
            if !history.contains(&p) {
                history.push(p);
            }
        }
        paths.push(path);
    }
    history.sort();
    // Ids only, and never a number, even in an id that is one (SIP011).
    let ids: Vec<String> = due
        .iter()
        .map(|c| redact(&c.facts.id).into_owned())
        .collect();
    let message = cat.with(
        "retention-commit",
        &[("count", due.len().into()), ("ids", ids.join(", ").into())],
    );
    let commit = git.commit_removal(&paths, &message)?.to_string();
    for c in due {
        match std::fs::remove_file(&c.path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(Error::Io {
                    path: c.path.clone(),
                    source,
                });
            }
        }
    }
    let dir = git.common_dir().join("sip").join("retention");
    std::fs::create_dir_all(&dir).map_err(|source| Error::Io {
        path: dir.clone(),
        source,
    })?;
    let paths_file = dir.join(format!("{}.txt", &commit[..12]));
    let mut contents = format!(
        "# git filter-repo --invert-paths --paths-from-file {}\n# sip retention, commit {commit}\n",
        paths_file.display()
    );
    for p in &history {
        contents.push_str(&format!("literal:{p}\n"));
    }
    write_atomic(&paths_file, contents.as_bytes(), true).map_err(|source| Error::Io {
        path: paths_file.clone(),
        source,
    })?;
    let paths_file = paths_file.canonicalize().unwrap_or(paths_file);
    Ok(Applied {
        commit,
        removed: due.len(),
        paths_file,
    })
}

/// The history rewrite, as arguments.
fn rewrite_command(paths_file: &Path) -> Vec<String> {
    ["git", "filter-repo", "--invert-paths", "--paths-from-file"]
        .iter()
        .map(|s| (*s).to_owned())
        .chain([paths_file.display().to_string()])
        .collect()
}

fn text(
    settings: &Settings,
    cat: &Catalogue,
    due: &[&Closed],
    closed: usize,
    applied: Option<&Applied>,
) -> String {
    let style = settings.printer.style();
    let mut out = String::new();
    for c in due {
        let (Some(closed), Some(years), Some(until)) = (c.facts.closed, c.years, c.until) else {
            continue;
        };
        out.push_str(&format!(
            "{}  {}  {}\n",
            style.bold(&c.facts.id),
            c.file,
            cat.with(
                "retention-row",
                &[
                    ("closed", closed.to_string().into()),
                    ("years", years.into()),
                    ("until", until.to_string().into()),
                ],
            )
        ));
    }
    if !settings.printer.quiet() {
        out.push_str(&cat.with(
            "retention-summary",
            &[
                ("count", due.len().into()),
                ("closed", closed.into()),
                ("as_of", settings.as_of.to_string().into()),
            ],
        ));
        out.push('\n');
        if applied.is_none() && !due.is_empty() {
            out.push_str(&cat.text("retention-next"));
            out.push('\n');
        }
    }
    if let Some(a) = applied {
        let address = cat.text("retention-address");
        out.push('\n');
        out.push_str(&cat.with(
            "retention-applied",
            &[
                ("count", a.removed.into()),
                ("commit", a.commit[..12].to_owned().into()),
            ],
        ));
        out.push_str("\n\n");
        out.push_str(&cat.text("retention-history"));
        out.push('\n');
        for (i, step) in ["retention-step-push", "retention-step-rewrite"]
            .iter()
            .enumerate()
        {
            out.push_str(&format!("  {}. {}\n", i + 1, cat.text(step)));
        }
        for line in [
            format!("git clone --mirror {address} sip-gallring.git"),
            "cd sip-gallring.git".to_owned(),
            rewrite_command(&a.paths_file).join(" "),
            format!("git push --force --mirror {address}"),
        ] {
            out.push_str(&format!("       {line}\n"));
        }
        for (i, step) in ["retention-step-host", "retention-step-clones"]
            .iter()
            .enumerate()
        {
            out.push_str(&format!("  {}. {}\n", i + 3, cat.text(step)));
        }
        out.push_str(&cat.with(
            "retention-paths-file",
            &[("path", a.paths_file.display().to_string().into())],
        ));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn whole_years_after_the_closing_day() {
        assert_eq!(past_from(day("2019-03-01"), 5), Some(day("2024-03-01")));
        assert_eq!(past_from(day("2020-02-29"), 1), Some(day("2021-02-28")));
        assert_eq!(past_from(NaiveDate::MAX, 1), None);
        assert_eq!(past_from(day("2020-01-01"), u32::MAX), None);
    }
}
