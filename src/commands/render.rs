//! `sip render PLAN [--format html|md|txt|pdf] [--lang sv|en] [-o FILE] [--strict]`:
//! the plan as a document to print, sign and hand to the person.

use super::ExitStatus;
use super::output_file::write_output;
use crate::check::{Checker, Report, Severity};
use crate::cli::RenderArgs;
use crate::error::{Error, Result};
use crate::i18n::{Catalogue, LoadError, Message};
use crate::output;
use crate::personnummer;
use crate::plan::PlanView;
use crate::render;
use crate::settings::Settings;
use crate::source::FileInput;
use crate::source::{parse, read_bounded};
use crate::template::Template;

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

    let pdf = args.format == render::Format::Pdf;
    if pdf && args.output.is_none() && settings.printer.stdout_is_terminal() {
        return Err(Error::Unsupported {
            what: crate::i18n::Message::new("error-pdf-terminal"),
            hint: crate::i18n::Message::new("hint-pdf-terminal"),
        });
    }
    let catalogue = document_language(settings, &doc.value)?;
    let printed = settings.as_of.to_string();
    let document: Vec<u8> = if args.letter {
        let source = letter(settings, args, &doc.value, &catalogue)?;
        if pdf {
            let origin =
                Template::load(&settings.templates_dir(), args.format.letter_template())?.origin();
            let ident = format!("{}-letter", render::ident(&doc.value, &catalogue));
            render::typst_pdf(&source, &origin, &printed, &ident)?
        } else {
            source.into_bytes()
        }
    } else {
        let template = Template::load(&settings.templates_dir(), args.format.template())?;
        if pdf {
            render::render_pdf(&template, &doc.value, &errors, &catalogue, &printed)?
        } else {
            render::render(&template, &doc.value, &errors, &catalogue, &printed)?.into_bytes()
        }
    };

    match &args.output {
        None if pdf => settings.printer.bytes(&document)?,
        None => settings
            .printer
            .document(&String::from_utf8_lossy(&document))?,
        Some(out) => {
            let target = write_output(settings, out, &path, &document)?;
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

/// The letter to the person (`--letter`) for the next open follow-up on or
/// after the check date. It needs no identity number, so none is let
/// through, whatever the plan's free text holds.
fn letter(
    settings: &Settings,
    args: &RenderArgs,
    plan: &serde_json::Value,
    catalogue: &Catalogue,
) -> Result<String> {
    let view = PlanView::new(plan);
    let Some(follow_up) = view.next_follow_up_from(settings.as_of) else {
        let id = view.id().map(|id| id.into_owned()).unwrap_or_default();
        return Err(Error::Unsupported {
            what: Message::new("error-letter-no-follow-up").arg("plan", id),
            hint: Message::new("hint-letter-no-follow-up"),
        });
    };
    let template = Template::load(&settings.templates_dir(), args.format.letter_template())?;
    let context = render::letter::build(&view, follow_up, catalogue, settings.as_of);
    Ok(personnummer::redact(&template.render(context)?).into_owned())
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
