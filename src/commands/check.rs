//! `sip check [PATH...] [--strict] [--format text|json|github]`.

use clap::ValueEnum;
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::ExitStatus;
use crate::check::{CheckOptions, Checker};
use crate::cli::{CheckArgs, CheckFormat};
use crate::error::{Error, Result};
use crate::git::Git;
use crate::i18n::{Arg, Catalogue, Message};
use crate::output;
use crate::output::shapes::{CheckOutput, HistoryHit, HistoryReport, HistorySummary, VERSION};
use crate::personnummer;
use crate::settings::Settings;
use crate::source::FileInput;
use crate::source::{parse_value, read_bounded};
use crate::walk::{Scope, plan_files};

/// `sip check --history`: SIP011 over the repository's history. Every hit
/// is an error; the text shown has the number redacted.
fn history(settings: &Settings, args: &CheckArgs) -> Result<ExitStatus> {
    if !matches!(
        args.format,
        CheckFormat::Text | CheckFormat::Concise | CheckFormat::Json
    ) {
        let format = args
            .format
            .to_possible_value()
            .map_or_else(String::new, |v| v.get_name().to_owned());
        return Err(Error::Unsupported {
            what: Message::new("error-history-format").arg("format", format),
            hint: Message::new("hint-history-format"),
        });
    }
    let git = Git::open(&settings.cwd)?;
    let hits = git.scan_history(|text| !personnummer::find_all(text).is_empty())?;
    let shown: Vec<HistoryHit> = hits
        .iter()
        .map(|h| HistoryHit {
            commit: h.commit.clone(),
            place: h.place,
            rule: "SIP011".to_owned(),
            text: h.text.clone(),
        })
        .collect();
    let text = match args.format {
        CheckFormat::Json => {
            let mut text = serde_json::to_string_pretty(&CheckOutput::History(HistoryReport {
                version: VERSION,
                summary: HistorySummary {
                    history_hits: hits.len(),
                },
                history: shown,
            }))
            .expect("hits serialise");
            text.push('\n');
            text
        }
        _ => {
            let style = settings.printer.style();
            let cat = Catalogue::built_in(settings.lang);
            let mut out = String::new();
            for h in &hits {
                let short = &h.commit[..h.commit.len().min(12)];
                let hit = cat.with(
                    "history-hit",
                    &[
                        ("place", Arg::Message(h.place.message_id())),
                        ("text", h.text.lines().next().unwrap_or_default().into()),
                    ],
                );
                out.push_str(&format!(
                    "{}: {}[SIP011]: {hit}\n",
                    style.bold(&cat.with("history-commit", &[("commit", short.into())])),
                    style.red(&cat.text("severity-error")),
                ));
            }
            if !settings.printer.quiet() {
                out.push_str(&match hits.len() {
                    0 => cat.text("history-clean"),
                    n => cat.with("history-found", &[("count", n.into())]),
                });
                out.push('\n');
            }
            out
        }
    };
    settings.printer.out(&text)?;
    Ok(if hits.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}

/// `(id, file)` of a plan that is not checked this run.
type KnownId = (String, String);

/// `--changed`: the plans that differ from the base, and `(id, file)` of
/// every other plan in scope for the id-uniqueness rule. Another plan's id is
/// read from its top-level `id:` line alone, without parsing the whole file,
/// so the cost follows the change (the whole file is parsed only when it has
/// no such line).
fn changed_plans(
    settings: &Settings,
    paths: &[PathBuf],
    rev: &str,
) -> Result<(Vec<FileInput>, Vec<KnownId>)> {
    let git = Git::open(&settings.cwd)?;
    let base = if rev.is_empty() {
        match git.default_base() {
            // A shallow clone that lacks the common history cannot say what
            // changed: every plan is checked rather than none (no silent pass).
            Err(Error::ShallowClone { .. }) => None,
            // Nor can one whose only base is HEAD itself.
            Ok(Some(base)) if git.is_shallow() && base.name() == "HEAD" => None,
            other => other?,
        }
    } else {
        Some(git.rev(rev)?)
    };
    let all = plan_files(&settings.scope(), paths)?;
    if base.is_none() && git.is_shallow() {
        settings
            .printer
            .warning(&Catalogue::built_in(settings.lang).text("check-changed-shallow"));
    }
    // No commits yet: every plan is new.
    let Some(base) = base else {
        return Ok((all, Vec::new()));
    };
    let specs = git.pathspecs(&settings.scope(), paths)?;
    let changed: HashSet<PathBuf> = git
        .changed_paths(&base, &specs)?
        .into_iter()
        .map(|p| git.workdir().join(p))
        .collect();
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_owned());
    let (mut changed, rest): (Vec<FileInput>, Vec<FileInput>) = all
        .into_iter()
        .partition(|input| changed.contains(&canonical(&input.path)));
    // Plans in a submodule (or another repository inside this one): git here
    // sees only the submodule's commit, never which of its plans changed, so
    // every one of them is checked, and said, rather than passed over.
    let (inner, rest): (Vec<FileInput>, Vec<FileInput>) = rest
        .into_iter()
        .partition(|input| nested_repository(git.workdir(), &canonical(&input.path)).is_some());
    settings
        .printer
        .note(&Catalogue::built_in(settings.lang).with(
            "check-changed-note",
            &[
                ("changed", changed.len().into()),
                ("base", base.name().into()),
                ("others", rest.len().into()),
            ],
        ));
    let mut by_repository: std::collections::BTreeMap<PathBuf, usize> = Default::default();
    for input in &inner {
        if let Some(root) = nested_repository(git.workdir(), &canonical(&input.path)) {
            *by_repository.entry(root).or_default() += 1;
        }
    }
    for (root, count) in by_repository {
        settings
            .printer
            .note(&Catalogue::built_in(settings.lang).with(
                "check-changed-submodule",
                &[
                    ("path", settings.display(&root).into()),
                    ("count", count.into()),
                ],
            ));
    }
    changed.extend(inner);
    Ok((changed, known_ids(&rest, settings.config.max_file_size)))
}

/// The repository inside the work tree `workdir` that holds `path` (a
/// submodule, or a clone inside this one): the nearest folder between them
/// with a `.git` of its own. Both paths canonical.
fn nested_repository(workdir: &Path, path: &Path) -> Option<PathBuf> {
    path.ancestors()
        .skip(1)
        .take_while(|dir| *dir != workdir && dir.starts_with(workdir))
        .find(|dir| dir.join(".git").exists())
        .map(Path::to_path_buf)
}

/// The repository's copy of the schema (`schema/sip.schema.json`, written by
/// `sip init` for editors) goes stale silently when sip is upgraded: say so,
/// once a run, with the command that updates it.
fn warn_if_schema_stale(settings: &Settings) {
    let path = settings.root.join(SCHEMA_COPY);
    let Ok(copy) = std::fs::read_to_string(&path) else {
        return;
    };
    if copy.replace("\r\n", "\n") != crate::plan::schema_json() {
        let cat = Catalogue::built_in(settings.lang);
        settings.printer.warning(&cat.with(
            "warning-schema-stale",
            &[("file", settings.display(&path).into())],
        ));
        settings.printer.stderr(&format!(
            "{}: {}",
            settings.printer.err_style().bold(&cat.text("hint-word")),
            cat.with(
                "hint-schema-stale",
                &[("file", settings.display(&path).into())],
            )
        ));
    }
}

/// Where `sip init` puts the schema for editors, from the repository root.
const SCHEMA_COPY: &str = "schema/sip.schema.json";

/// `(id, file)` of every plan in the plans folder that is not among
/// `inputs`; none when the repository has no plans folder.
fn plans_folder_ids(settings: &Settings, inputs: &[FileInput]) -> Result<Vec<KnownId>> {
    // Only (id, file) is kept per plan, so the folder's size is not bounded
    // by `max_plans` here: the files named are.
    let scope = Scope {
        max_plans: usize::MAX,
        ..settings.scope()
    };
    if !scope.plans_dir.is_dir() {
        return Ok(Vec::new());
    }
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_owned());
    let checked: HashSet<PathBuf> = inputs.iter().map(|i| canonical(&i.path)).collect();
    let rest: Vec<FileInput> = plan_files(&scope, &[])?
        .into_par_iter()
        .filter(|input| !checked.contains(&canonical(&input.path)))
        .collect();
    Ok(known_ids(&rest, scope.max_file_size))
}

/// `(id, file)` of plans that are only compared, not checked, read in
/// parallel by their `id:` line ([`quick_id`]).
fn known_ids(plans: &[FileInput], max: u64) -> Vec<KnownId> {
    plans
        .par_iter()
        .filter_map(|input| Some((quick_id(&input.path, max)?, input.display.clone())))
        .collect()
}

/// A plan's `id` from its top-level `id:` line, or from the whole file when
/// it has none; `None` when the file cannot be read or has no text id.
fn quick_id(path: &Path, max: u64) -> Option<String> {
    let text = read_bounded(path, max).ok()?;
    let value = match text.lines().find(|l| l.starts_with("id:")) {
        Some(line) => parse_value(line).ok()?,
        None => parse_value(&text).ok()?,
    };
    value.get("id")?.as_str().map(str::to_owned)
}

pub fn check(settings: &Settings, args: &CheckArgs) -> Result<ExitStatus> {
    if args.history {
        return history(settings, args);
    }
    warn_if_schema_stale(settings);
    let checker = Checker::new(CheckOptions {
        strict: args.strict,
        parse_only: args.parse_only,
        ..settings.check_options()
    });
    // `--changed HEAD` reads HEAD as a path (the value form is
    // `--changed=HEAD`): say so rather than "`HEAD` does not exist".
    if args.changed.as_deref() == Some("")
        && let Some(given) = args.paths.iter().find(|p| !settings.cwd.join(p).exists())
        && Git::open(&settings.cwd).is_ok_and(|git| git.rev(&given.to_string_lossy()).is_ok())
    {
        let rev = given.to_string_lossy().into_owned();
        return Err(Error::Unsupported {
            what: Message::new("error-changed-rev").arg("rev", rev.as_str()),
            hint: Message::new("hint-changed-rev").arg("rev", rev.as_str()),
        });
    }
    let report = match &args.changed {
        None if args.paths.is_empty() => checker.check(&plan_files(&settings.scope(), &[])?),
        // Files named on the command line (a pre-commit hook passes only the
        // staged ones): their ids are still compared with every plan in the
        // plans folder (SIP012).
        None => {
            let inputs = plan_files(&settings.scope(), &args.paths)?;
            let others = plans_folder_ids(settings, &inputs)?;
            checker.check_among(&inputs, &others)
        }
        Some(rev) => {
            let (changed, others) = changed_plans(settings, &args.paths, rev)?;
            checker.check_among(&changed, &others)
        }
    };
    let text = match args.format {
        CheckFormat::Text | CheckFormat::Concise => {
            // Source lines for a person at a terminal (or who asks); a pipe
            // gets one line per finding, for grep and editors' error lists.
            let style = settings.printer.style();
            let full = args.format == CheckFormat::Text
                && (args.show_source || style.enabled || std::io::stdout().is_terminal());
            let sources = std::cell::RefCell::new(std::collections::HashMap::new());
            let snippet = |d: &crate::check::Diagnostic| -> Option<String> {
                let mut sources = sources.borrow_mut();
                let text = sources.entry(d.file.clone()).or_insert_with(|| {
                    read_bounded(&settings.cwd.join(&d.file), settings.config.max_file_size).ok()
                });
                let key = d
                    .pointer
                    .rsplit('/')
                    .next()
                    .map(crate::source::pointer::unescape);
                let label = crate::check::find_rule(d.rule.as_str())
                    .map_or(d.rule.as_str(), |meta| meta.name);
                output::snippet::snippet(
                    text.as_deref()?,
                    d.line,
                    d.column,
                    key.as_deref(),
                    label,
                    d.severity,
                    style,
                )
            };
            output::check::text(
                &report,
                Catalogue::built_in(settings.lang),
                style,
                settings.printer.quiet(),
                full.then_some(&snippet as &output::check::SourceOf<'_>),
            )
        }
        CheckFormat::Json => output::check::json(&report),
        CheckFormat::Github => output::check::github(&report),
        CheckFormat::Sarif => output::check::sarif(&report, Catalogue::built_in(settings.lang)),
        CheckFormat::Gitlab => output::check::gitlab(&report),
    };
    settings.printer.out(&text)?;
    if args.format == CheckFormat::Github && !settings.printer.quiet() {
        settings.printer.stderr(&output::check::summary(
            &report,
            Catalogue::built_in(settings.lang),
        ));
    }
    for failure in &report.failures {
        settings.printer.error(failure, None);
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
