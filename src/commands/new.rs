//! `sip new [ID] [--person NAME] [--lead region|municipality] [--lead-org ORG] [--force]`:
//! a draft plan from the template, written atomically into the plans folder.

use chrono::Datelike;
use serde::Serialize;
use std::io::IsTerminal;
use std::path::{Component, Path, PathBuf};

use super::ExitStatus;
use crate::check::{Checker, Rule, Severity};
use crate::cli::{LeadArg, NewArgs};
use crate::error::{Error, Result};
use crate::fsutil::write_atomic;
use crate::i18n::{Arg, Catalogue};
use crate::personnummer;
use crate::settings::Settings;
use crate::source::FileInput;
use crate::template::Template;
use crate::walk::PLAN_SUFFIX;

const PERSON_PLACEHOLDER: &str = "<<Personens namn>>";
const LEAD_ORG_PLACEHOLDER: &str = "<<Organisation med övergripande ansvar>>";

/// What the template is filled with.
#[derive(Serialize)]
struct Draft {
    id: String,
    person: String,
    lead: &'static str,
    /// No lead was given: the template marks `lead.principal` as a placeholder.
    lead_unknown: bool,
    lead_org: String,
    today: String,
    schema_path: String,
}

pub fn new(settings: &Settings, args: &NewArgs) -> Result<ExitStatus> {
    let plans_dir = settings.plans_dir();
    let id = match &args.id {
        Some(id) => validate_id(id)?,
        None => next_free_id(&plans_dir, settings.as_of.year())?,
    };
    let path = plans_dir.join(format!("{id}{PLAN_SUFFIX}"));
    let display = settings.display(&path);
    if path.exists() && !args.force {
        let cat = Catalogue::built_in(settings.lang);
        settings.printer.error(
            &cat.with("new-exists", &[("file", display.as_str().into())]),
            Some(&cat.text("new-exists-hint")),
        );
        return Ok(ExitStatus::Failure);
    }

    let interactive =
        !args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let answers = if interactive {
        ask(args, Catalogue::built_in(settings.lang))?
    } else {
        Answers::from_flags(args)
    };
    let template = Template::load(&settings.templates_dir(), "plan.sip.yaml")?;
    let text = template.render(Draft {
        id: id.clone(),
        person: answers.person.unwrap_or_else(|| PERSON_PLACEHOLDER.into()),
        lead: answers.lead.map_or("municipality", LeadArg::as_str),
        lead_unknown: answers.lead.is_none(),
        lead_org: answers
            .lead_org
            .unwrap_or_else(|| LEAD_ORG_PLACEHOLDER.into()),
        today: settings.as_of.to_string(),
        schema_path: schema_path(&settings.root, &plans_dir),
    })?;

    // A new plan must pass `sip check` with warnings only: check it before it exists.
    let checker = Checker::new(settings.check_options());
    let input = FileInput {
        path: path.clone(),
        display: display.clone(),
    };
    let findings = checker.check_source(&text, &input);
    let errors: Vec<String> = findings
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("line {}: [{}] {}", d.line, d.rule, d.message))
        .collect();
    if !errors.is_empty() {
        return Err(Error::TemplateMakesErrors {
            origin: template.origin(),
            errors,
        });
    }

    std::fs::create_dir_all(&plans_dir).map_err(|source| Error::Write {
        path: plans_dir.clone(),
        source,
    })?;
    match write_atomic(&path, text.as_bytes(), args.force) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            settings.printer.error(
                &Catalogue::built_in(settings.lang)
                    .with("new-exists", &[("file", display.as_str().into())]),
                None,
            );
            return Ok(ExitStatus::Failure);
        }
        Err(source) => return Err(Error::Write { path, source }),
    }

    let placeholder = crate::check::rules::PlaceholderLeft.meta().id;
    let placeholders = findings.iter().filter(|d| d.rule == placeholder).count();
    if !settings.printer.quiet() {
        let cat = Catalogue::built_in(settings.lang);
        let file = || Arg::from(display.as_str());
        let mut out = format!(
            "{}\n\n{}\n  1. {}\n  2. {}\n  3. {}\n     {}\n",
            cat.with(
                "new-created",
                &[("file", file()), ("count", placeholders.into())]
            ),
            cat.text("new-next-steps"),
            cat.text("new-step-1"),
            cat.with("new-step-2", &[("file", file())]),
            cat.text("new-step-3"),
            cat.text("new-step-3b"),
        );
        if !settings.root.join("schema/sip.schema.json").is_file() {
            out.push_str(&format!(
                "\n{}\n  mkdir -p schema && sip schema > schema/sip.schema.json\n",
                cat.text("new-schema-hint")
            ));
        }
        settings.printer.out(&out)?;
    }
    Ok(ExitStatus::Success)
}

/// A plan id must be a valid id, must not carry an identity number (SIP011),
/// and cannot lead out of the plans folder.
fn validate_id(id: &str) -> Result<String> {
    let bad = |reason| {
        Err(Error::BadPlanId {
            id: id.to_string(),
            reason,
        })
    };
    if id.contains(['/', '\\']) || id.starts_with('.') {
        return bad("reason-id-leads-out");
    }
    let valid_chars = id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    let starts_well = id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
    if !valid_chars || !starts_well || id.len() > 64 {
        return bad("reason-id-invalid");
    }
    if !personnummer::find_all(id).is_empty() {
        return bad("reason-id-personal-number");
    }
    Ok(id.to_string())
}

/// The next free `YYYY-NNNN` for `year`: one more than the highest number a
/// plan file of that year carries anywhere under the plans folder.
fn next_free_id(plans_dir: &Path, year: i32) -> Result<String> {
    let prefix = format!("{year}-");
    let mut highest = 0u32;
    let mut folders = vec![plans_dir.to_path_buf()];
    while let Some(dir) = folders.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => return Err(Error::Io { path: dir, source }),
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                folders.push(entry.path());
            } else if let Some(n) = name
                .strip_suffix(PLAN_SUFFIX)
                .and_then(|stem| stem.strip_prefix(&prefix))
                .and_then(|n| n.parse::<u32>().ok())
            {
                highest = highest.max(n);
            }
        }
    }
    Ok(format!("{year}-{:04}", highest + 1))
}

/// The schema's path as the plan's modeline names it: relative to the plans
/// folder when both are inside the repository.
fn schema_path(root: &Path, plans_dir: &Path) -> String {
    let schema = root.join("schema/sip.schema.json");
    match plans_dir.strip_prefix(root) {
        Ok(relative) => {
            let depth = relative
                .components()
                .filter(|c| matches!(c, Component::Normal(_)))
                .count();
            let mut path = PathBuf::new();
            for _ in 0..depth {
                path.push("..");
            }
            path.join("schema/sip.schema.json")
                .to_string_lossy()
                .replace('\\', "/")
        }
        Err(_) => schema.display().to_string(),
    }
}

struct Answers {
    person: Option<String>,
    lead: Option<LeadArg>,
    lead_org: Option<String>,
}

impl Answers {
    fn from_flags(args: &NewArgs) -> Answers {
        Answers {
            person: args.person.clone().filter(|p| !p.trim().is_empty()),
            lead: args.lead,
            lead_org: args.lead_org.clone().filter(|o| !o.trim().is_empty()),
        }
    }
}

/// Asks, on the terminal, for what the flags did not give.
fn ask(args: &NewArgs, cat: &Catalogue) -> Result<Answers> {
    let mut answers = Answers::from_flags(args);
    let fail = |e: inquire::InquireError| Error::Prompt {
        message: match e {
            inquire::InquireError::OperationCanceled
            | inquire::InquireError::OperationInterrupted => cat.text("new-prompt-cancelled"),
            other => other.to_string(),
        },
    };
    if answers.person.is_none() {
        let question = cat.text("new-prompt-person");
        let help = cat.text("new-prompt-person-help");
        let person = inquire::Text::new(&question)
            .with_help_message(&help)
            .prompt()
            .map_err(fail)?;
        answers.person = Some(person).filter(|p| !p.trim().is_empty());
    }
    if answers.lead.is_none() {
        let municipality = cat.text("new-prompt-municipality");
        let region = cat.text("new-prompt-region");
        let question = cat.text("new-prompt-lead");
        let choice = inquire::Select::new(&question, vec![municipality.clone(), region.clone()])
            .prompt()
            .map_err(fail)?;
        answers.lead = Some(if choice == region {
            LeadArg::Region
        } else {
            LeadArg::Municipality
        });
    }
    if answers.lead_org.is_none() {
        let question = cat.text("new-prompt-organisation");
        let help = cat.text("new-prompt-organisation-help");
        let org = inquire::Text::new(&question)
            .with_help_message(&help)
            .prompt()
            .map_err(fail)?;
        answers.lead_org = Some(org).filter(|o| !o.trim().is_empty());
    }
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_escape_or_identify_are_refused() {
        assert!(validate_id("2026-0042").is_ok());
        assert!(validate_id("a.b_c-1").is_ok());
        for bad in [
            "../x",
            "a/b",
            "a\\b",
            "..",
            ".hidden",
            "",
            "19121212-1212",
            "x 1",
        ] {
            assert!(validate_id(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn next_free_id_counts_this_years_plans_in_subfolders() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            next_free_id(&dir.path().join("none"), 2026).unwrap(),
            "2026-0001"
        );
        std::fs::create_dir_all(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("2026-0007.sip.yaml"), "").unwrap();
        std::fs::write(dir.path().join("sub/2026-0041.sip.yaml"), "").unwrap();
        std::fs::write(dir.path().join("2025-0900.sip.yaml"), "").unwrap();
        assert_eq!(next_free_id(dir.path(), 2026).unwrap(), "2026-0042");
        assert_eq!(next_free_id(dir.path(), 2025).unwrap(), "2025-0901");
    }

    #[test]
    fn schema_path_is_relative_to_the_plans_folder() {
        let root = Path::new("/repo");
        assert_eq!(
            schema_path(root, Path::new("/repo/plans")),
            "../schema/sip.schema.json"
        );
        assert_eq!(
            schema_path(root, Path::new("/repo/a/b")),
            "../../schema/sip.schema.json"
        );
    }
}
