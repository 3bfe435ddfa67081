//! One file per subcommand; each returns the exit status it ends with.

mod check;
mod completions;
mod diff;
mod due;
mod explain;
mod init;
mod invite;
mod list;
mod log;
mod new;
mod output_file;
mod render;
mod retention;
mod schema;
mod stats;

pub use check::check;
pub use completions::{completions, man};
pub use diff::{diff, git_diff};
pub use due::due;
pub use explain::explain;
pub use init::init;
pub use invite::invite;
pub use list::list;
pub use log::log;
pub use new::new;
pub use render::render;
pub use retention::retention;
pub use schema::schema;
pub use stats::stats;

/// The UID domain of the repository's calendars: `uid_domain` in sip.toml,
/// else derived from the root commit; with neither, the fallback and a
/// warning that says how to set one.
pub fn uid_domain(settings: &crate::settings::Settings) -> crate::calendar::domain::UidDomain {
    use crate::calendar::domain::{Source, UidDomain};
    let configured = settings.config.uid_domain.as_deref();
    let root = configured
        .is_none()
        .then(|| crate::git::Git::open(&settings.root).ok())
        .flatten()
        .and_then(|git| git.root_commit())
        .map(|id| id.to_string());
    let domain = UidDomain::resolve(configured, root.as_deref());
    if domain.source == Source::Fallback {
        settings.printer.warning(&settings.printer.catalogue().with(
            "calendar-uid-fallback",
            &[("domain", domain.domain.clone().into())],
        ));
    }
    domain
}

/// How a command ended (`commands.md`, exit codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: success.
    Success,
    /// 1: the command found what it exists to find (errors, overdue items…).
    Failure,
}

/// Prints each file that could not be read or parsed on stderr, after the
/// output of the rest; any such file makes the run an error (exit 2), so a
/// scheduled `sip due --fail-on-overdue` never passes over a broken plan.
pub fn report_broken(
    printer: &crate::output::Printer,
    broken: &[crate::reader::Broken],
) -> crate::error::Result<()> {
    let cat = printer.catalogue();
    for b in broken {
        let kind = cat.text(if b.unreadable {
            "error-word"
        } else {
            "list-broken-kind"
        });
        printer.stderr(&format!("{kind}: {}: {}", b.file, b.say(cat)));
    }
    match broken.len() {
        0 => Ok(()),
        count => Err(crate::error::Error::PlansUnreadable { count }),
    }
}

/// Where `-o FILE` writes; never onto a plan (by name or by content), never
/// onto what is not a regular file (a device such as `/dev/null`, a pipe, a
/// folder: the atomic rename would replace it), never a name with an
/// identity number. A link is written through to the file it names.
/// `plan_reason` says (a message id) why a plan is refused.
pub fn output_target(
    cwd: &std::path::Path,
    out: &std::path::Path,
    plan_reason: &'static str,
) -> crate::error::Result<std::path::PathBuf> {
    use crate::error::Error;
    use crate::personnummer;
    let name = out.to_string_lossy();
    if !personnummer::find_all(&name).is_empty() {
        return Err(Error::BadOutputName {
            path: personnummer::redact(&name).into_owned(),
            reason: "reason-output-personal-number",
        });
    }
    let refuse = |reason| Error::BadOutputName {
        path: name.to_string(),
        reason,
    };
    let target = cwd.join(out);
    if name
        .to_ascii_lowercase()
        .ends_with(crate::walk::PLAN_SUFFIX)
        || output_file::looks_like_plan(&target)
    {
        return Err(refuse(plan_reason));
    }
    match std::fs::canonicalize(&target) {
        Ok(real) if !real.is_file() => Err(refuse("reason-output-not-a-file")),
        Ok(real) => Ok(real),
        Err(_) => Ok(target),
    }
}

/// A workbook to `-o FILE` (atomically, with a note that says where), else
/// to standard output when that is not a terminal.
pub fn write_workbook(
    settings: &crate::settings::Settings,
    target: Option<&std::path::Path>,
    bytes: &[u8],
) -> crate::error::Result<()> {
    match target {
        None => settings.printer.binary(bytes),
        Some(target) => {
            crate::fsutil::write_atomic(target, bytes, true).map_err(|source| {
                crate::error::Error::Write {
                    path: target.to_path_buf(),
                    source,
                }
            })?;
            settings.printer.note(
                &settings
                    .printer
                    .catalogue()
                    .with("render-wrote", &[("file", settings.display(target).into())]),
            );
            Ok(())
        }
    }
}

/// A workbook that could not be made (more rows than a sheet holds).
pub fn xlsx_error(err: rust_xlsxwriter::XlsxError) -> crate::error::Error {
    crate::error::Error::Unsupported {
        what: crate::i18n::Message::new("error-xlsx").arg("reason", err.to_string()),
        hint: crate::i18n::Message::new("hint-xlsx"),
    }
}

/// `-o FILE` for `list` and `due`: only with `--format xlsx` (the text
/// formats go to standard output, `> FILE` writes them).
pub fn xlsx_target(
    settings: &crate::settings::Settings,
    output: Option<&std::path::Path>,
    xlsx: bool,
) -> crate::error::Result<Option<std::path::PathBuf>> {
    match output {
        None => Ok(None),
        Some(_) if !xlsx => Err(crate::error::Error::Unsupported {
            what: crate::i18n::Message::new("error-output-not-xlsx"),
            hint: crate::i18n::Message::new("hint-output-not-xlsx"),
        }),
        Some(out) => output_target(&settings.cwd, out, "reason-output-xlsx-plan").map(Some),
    }
}
