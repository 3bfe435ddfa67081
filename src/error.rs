//! Operational errors: sip could not do its job (exit 2). Findings about
//! plans are not errors; they are `check::Diagnostic`s.

use std::fmt;
use std::path::PathBuf;

use crate::source::Pos;

#[derive(Debug)]
pub enum Error {
    /// A path given on the command line does not exist.
    PathNotFound { path: PathBuf },
    /// No path was given and the repository has no plans folder.
    NoPlansDir { dir: PathBuf },
    /// A file or folder could not be read.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// `sip.toml` is not valid.
    Config {
        path: PathBuf,
        pos: Pos,
        message: String,
    },
    /// `-C DIR` names no folder.
    NoDirectory { path: PathBuf },
    /// `sip explain` was asked for a rule that does not exist.
    UnknownRule {
        query: String,
        suggestion: Option<&'static str>,
    },
    /// A template could not be rendered.
    Template {
        origin: String,
        line: Option<usize>,
        message: String,
    },
    /// `sip new` was given an id it must not use.
    BadPlanId { id: String, reason: &'static str },
    /// The template renders a plan that `sip check` finds errors in.
    TemplateMakesErrors { origin: String, errors: Vec<String> },
    /// A prompt could not be answered (the terminal went away, or Ctrl-C).
    Prompt { message: String },
    /// Some files could not be checked (each already reported).
    FilesFailed { count: usize },
    /// `sip diff` or `sip log` outside a git work tree.
    NotGitRepository { path: PathBuf },
    /// A revision git does not know; `empty` when the repository has no commits yet.
    UnknownRevision { rev: String, empty: bool },
    /// A path given to `sip diff` or `sip log` lies outside the repository.
    OutsideRepository { path: PathBuf, repo: PathBuf },
    /// libgit2 failed (a corrupt repository, say).
    Git { message: String },
    /// A plan that cannot be read or parsed, where one plan is needed (`sip render`).
    BadPlan { file: String, message: String },
    /// Standard output could not be written (a full disk behind a redirect).
    Stdout { source: std::io::Error },
    /// A file could not be written.
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// `sip render -o` was given a file name it must not write.
    BadOutputName { path: String, reason: &'static str },
    /// A run found more plans than `max_plans`.
    TooManyPlans { limit: usize },
    /// `sip init` needs a folder where there is a file.
    NotAFolder { path: String },
    /// `sip log` was given a plan that has no history.
    NoHistory { path: String },
    /// An option that does not go with another (`--history --format sarif`).
    Unsupported { what: String, hint: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A hint on how to fix it, printed after the error.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::NoPlansDir { .. } => Some(
                "pass plan files or folders (`sip check path/to/plans`), or set `plans_dir` in sip.toml".into(),
            ),
            Error::UnknownRule { suggestion: Some(s), .. } => Some(format!("did you mean `{s}`?")),
            Error::UnknownRule { .. } => Some("`sip explain` lists every rule".into()),
            Error::BadPlanId { .. } => Some(
                "plan ids are 1–64 characters of A–Z, a–z, 0–9, `.`, `_` and `-`, such as `2026-0042`; leave it out to get the next free one".into(),
            ),
            Error::TemplateMakesErrors { .. } => Some(
                "fix the template so that `sip check` finds at most warnings in a new plan".into(),
            ),
            Error::Prompt { .. } => Some("pass --person, --lead and --lead-org, or --no-input".into()),
            Error::NotGitRepository { .. } => Some(
                "run sip inside the plan repository's work tree, or use `-C DIR`; `git init` makes one".into(),
            ),
            Error::UnknownRevision { empty: true, .. } => {
                Some("the repository has no commits yet; commit the plans first".into())
            }
            Error::UnknownRevision { .. } => Some(
                "use a branch, a tag, a commit id or an expression like `HEAD~1`; `git log --oneline` lists commits".into(),
            ),
            Error::OutsideRepository { .. } => {
                Some("give paths inside the repository, relative to where you run sip".into())
            }
            Error::TooManyPlans { .. } => Some(
                "check a part at a time (`sip check plans/2026`), or raise `max_plans` in sip.toml if the machine has the memory".into(),
            ),
            Error::NotAFolder { .. } => Some(
                "move the file away (sip init never replaces a file) and run sip init again".into(),
            ),
            Error::BadPlan { .. } => {
                Some("`sip check` on the file lists what to fix".into())
            }
            Error::BadOutputName { .. } => Some(
                "name the output after the plan id, such as `2026-0042.html`".into(),
            ),
            Error::NoHistory { .. } => Some(
                "give the plan's path as it is or was in the repository, such as `plans/2026-0042.sip.yaml`".into(),
            ),
            Error::Unsupported { hint, .. } => Some(hint.clone()),
            Error::Config { .. } => Some(
                "sip.toml takes plans_dir, establish_within_days, transition_planning_days, lang, templates_dir, max_file_size and max_plans".into(),
            ),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::PathNotFound { path } => write!(f, "`{}` does not exist", path.display()),
            Error::NoPlansDir { dir } => write!(f, "no plans folder at `{}`", dir.display()),
            Error::Io { path, source } => write!(f, "cannot read `{}`: {source}", path.display()),
            Error::Config { path, pos, message } => {
                write!(f, "{}:{pos}: {message}", path.display())
            }
            Error::NoDirectory { path } => {
                write!(f, "cannot change to `{}`: no such folder", path.display())
            }
            Error::UnknownRule { query, .. } => write!(f, "unknown rule `{query}`"),
            Error::Template {
                origin,
                line,
                message,
            } => match line {
                Some(line) => write!(f, "template {origin}, line {line}: {message}"),
                None => write!(f, "template {origin}: {message}"),
            },
            Error::BadPlanId { id, reason } => {
                write!(f, "cannot use `{id}` as a plan id: {reason}")
            }
            Error::TemplateMakesErrors { origin, errors } => {
                write!(f, "{origin} makes a plan with errors:")?;
                for e in errors {
                    write!(f, "\n  {e}")?;
                }
                Ok(())
            }
            Error::Prompt { message } => write!(f, "no answer: {message}"),
            Error::NotGitRepository { path } => {
                write!(f, "`{}` is not inside a git work tree", path.display())
            }
            Error::UnknownRevision { rev, .. } => write!(f, "unknown revision `{rev}`"),
            Error::OutsideRepository { path, repo } => write!(
                f,
                "`{}` is outside the repository at `{}`",
                path.display(),
                repo.display()
            ),
            Error::Git { message } => write!(f, "git: {message}"),
            Error::TooManyPlans { limit } => {
                write!(
                    f,
                    "more than {limit} plans in one run; stopped before memory runs out"
                )
            }
            Error::NotAFolder { path } => {
                write!(f, "`{path}` is a file, but sip init needs a folder there")
            }
            Error::BadPlan { file, message } => write!(f, "{file}: {message}"),
            Error::Stdout { source } => write!(f, "cannot write the output: {source}"),
            Error::Write { path, source } => {
                write!(f, "cannot write `{}`: {source}", path.display())
            }
            Error::BadOutputName { path, reason } => {
                write!(f, "will not write `{path}`: {reason}")
            }
            Error::NoHistory { path } => write!(f, "`{path}` has no history in this repository"),
            Error::Unsupported { what, .. } => write!(f, "{what}"),
            Error::FilesFailed { count } => {
                write!(
                    f,
                    "{count} file{} could not be checked",
                    if *count == 1 { "" } else { "s" }
                )
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } | Error::Write { source, .. } | Error::Stdout { source } => {
                Some(source)
            }
            _ => None,
        }
    }
}
