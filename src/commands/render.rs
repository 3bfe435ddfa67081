//! `sip render PLAN [--format html|md|txt] [--lang sv|en] [-o FILE] [--strict]`:
//! the plan as a document to print, sign and hand to the person.

use super::ExitStatus;
use crate::check::{Checker, Report, Severity};
use crate::cli::RenderArgs;
use crate::error::{Error, Result};
use crate::fsutil::write_atomic;
use crate::i18n::{Catalogue, LoadError};
use crate::output;
use crate::personnummer;
use crate::plan::PlanView;
use crate::render;
use crate::settings::Settings;
use crate::source::FileInput;
use crate::source::{parse, read_bounded};
use crate::template::Template;
use crate::worktree::WorkTree;

pub fn render(settings: &Settings, args: &RenderArgs) -> Result<ExitStatus> {
    let path = settings.plan_path(&args.plan);
    let display = settings.display(&path);
    if !path.exists() {
        return Err(Error::PathNotFound { path });
    }
    let text = read_bounded(&path, settings.config.max_file_size).map_err(|e| Error::BadPlan {
        file: display.clone(),
        message: e.say(Catalogue::built_in(settings.lang)),
    })?;

    // Parsed once: checked for the banner, then rendered.
    let doc = parse(&text).map_err(|e| Error::BadPlan {
        file: format!("{display}:{}", e.pos),
        message: e.say(Catalogue::built_in(settings.lang)),
    })?;
    let checker = Checker::new(settings.check_options());
    let input = FileInput {
        path: path.clone(),
        display: display.clone(),
    };
    let findings = checker.check_parsed(&doc, &text, &input);
    if args.strict && !findings.is_empty() {
        let report = Report {
            files: 1,
            diagnostics: findings,
            failures: Vec::new(),
        };
        let style = settings.printer.err_style();
        settings.printer.stderr(&output::check::text(
            &report,
            Catalogue::built_in(settings.lang),
            style,
            true,
            None,
        ));
        settings.printer.error(
            &Catalogue::built_in(settings.lang).with(
                "error-strict-findings",
                &[("file", display.as_str().into())],
            ),
            None,
        );
        return Ok(ExitStatus::Failure);
    }
    let errors: Vec<String> = findings
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} ({}, {}:{})", d.message, d.rule, d.line, d.column))
        .collect();

    let catalogue = document_language(settings, &doc.value)?;
    let template = Template::load(&settings.templates_dir(), args.format.template())?;
    let document = render::render(
        &template,
        &doc.value,
        &errors,
        &catalogue,
        &settings.as_of.to_string(),
    )?;

    match &args.output {
        None => settings.printer.document(&document)?,
        Some(out) => {
            let target = settings.cwd.join(out);
            let name = out.to_string_lossy();
            if !personnummer::find_all(&name).is_empty() {
                return Err(Error::BadOutputName {
                    path: name.into_owned(),
                    reason: "reason-output-personal-number",
                });
            }
            let refuse = |reason| Error::BadOutputName {
                path: name.to_string(),
                reason,
            };
            // Never onto a plan: by name, whatever the case of the disk, or by
            // being the very file rendered (through links).
            if name.to_ascii_lowercase().ends_with(".sip.yaml") || looks_like_plan(&target) {
                return Err(refuse("reason-output-plan"));
            }
            if same_file(&target, &path) {
                return Err(refuse("reason-output-plan"));
            }
            // A link is written through to the file it names (the link stays);
            // anything that is not a regular file (a device, a pipe) is refused.
            let target = match std::fs::canonicalize(&target) {
                Ok(real) => {
                    if !real.is_file() {
                        return Err(refuse("reason-output-not-a-file"));
                    }
                    real
                }
                Err(_) => target,
            };
            if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent).map_err(|source| Error::Write {
                    path: parent.to_path_buf(),
                    source,
                })?;
            }
            write_atomic(&target, document.as_bytes(), true).map_err(|source| Error::Write {
                path: target.clone(),
                source,
            })?;
            if committable(&target) {
                settings
                    .printer
                    .warning(&Catalogue::built_in(settings.lang).with(
                        "render-committable",
                        &[("file", settings.display(&target).into())],
                    ));
            }
            settings
                .printer
                .note(&Catalogue::built_in(settings.lang).with(
                    "render-wrote",
                    &[("file", settings.display(&target).into())],
                ));
        }
    }
    Ok(ExitStatus::Success)
}

/// The language of the document: `--lang`, else the person's own language
/// (`person.language`) when sip or the repository (`templates/labels/<tag>.ftl`)
/// has a catalogue for it, else the repository's `lang`.
fn document_language(settings: &Settings, plan: &serde_json::Value) -> Result<Catalogue> {
    let dir = settings.templates_dir().join("labels");
    let load = |code: &str| {
        Catalogue::load(&dir, code, settings.lang).map_err(|e| match e {
            LoadError::Io { path, source } => Error::Io { path, source },
            LoadError::Syntax {
                path,
                line,
                message,
            } => Error::BadCatalogue {
                path: settings.display(&path),
                line,
                message,
            },
        })
    };
    if settings.lang_given.is_none()
        && let Some(code) = PlanView::new(plan).text("/person/language")
        && let Some(catalogue) = load(&code)?
    {
        return Ok(catalogue);
    }
    Ok(load(settings.lang.code())?.expect("sip ships its command languages"))
}

/// Whether `a` and `b` are the same file (same device and inode, after
/// following links).
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

/// Whether an existing file is a plan (its text starts a plan mapping with
/// `sip:`), whatever it is named.
pub(super) fn looks_like_plan(path: &std::path::Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    if !meta.is_file() || meta.len() > 4 * 1024 * 1024 {
        return false;
    }
    std::fs::read_to_string(path).is_ok_and(|text| {
        text.lines()
            .map(str::trim_end)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .take(3)
            .any(|l| l.starts_with("sip:"))
    })
}

/// Whether a written file would be picked up by `git add -A`: inside a git
/// work tree and not ignored.
fn committable(path: &std::path::Path) -> bool {
    path.parent()
        .and_then(WorkTree::discover)
        .is_some_and(|w| w.is_ignored(path) == Some(false))
}
