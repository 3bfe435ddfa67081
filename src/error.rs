//! Operational errors: sip could not do its job (exit 2). Findings about
//! plans are not errors; they are `check::Diagnostic`s.

use std::fmt;
use std::path::PathBuf;

use crate::config::Lang;
use crate::i18n::{Arg, Catalogue, Message};
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
    /// `reason` is a message id (`reason-id-…`).
    BadPlanId { id: String, reason: &'static str },
    /// The template renders a plan that `sip check` finds errors in.
    TemplateMakesErrors { origin: String, errors: Vec<String> },
    /// A prompt could not be answered (the terminal went away, or Ctrl-C).
    Prompt { message: String },
    /// Some files could not be checked (each already reported).
    FilesFailed { count: usize },
    /// Some plans could not be read or parsed by `list` or `due` (each
    /// already reported; the output left them out).
    PlansUnreadable { count: usize },
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
    /// `reason` is a message id (`reason-output-…`).
    BadOutputName { path: String, reason: &'static str },
    /// A run found more plans than `max_plans`.
    TooManyPlans { limit: usize },
    /// `sip init` needs a folder where there is a file.
    NotAFolder { path: String },
    /// `sip log` was given a plan that has no history.
    NoHistory { path: String },
    /// A repository's catalogue (`templates/labels/<lang>.ftl`) is not valid Fluent.
    BadCatalogue {
        path: String,
        line: usize,
        message: String,
    },
    /// A revision that is missing because the clone is shallow.
    ShallowClone { what: String },
    /// An option that does not go with another (`--history --format sarif`).
    Unsupported { what: Message, hint: Message },
    /// The PDF would need characters that no font built into sip draws.
    MissingGlyphs { font: String, chars: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// What went wrong, as a message of the catalogue.
    pub fn message(&self) -> Message {
        let path = |p: &std::path::Path| p.display().to_string();
        match self {
            Error::PathNotFound { path: p } => {
                Message::new("error-path-not-found").arg("path", path(p))
            }
            Error::NoPlansDir { dir } => Message::new("error-no-plans-dir").arg("dir", path(dir)),
            Error::Io { path: p, source } => Message::new("error-io")
                .arg("path", path(p))
                .arg("reason", source.to_string()),
            Error::Config {
                path: p,
                pos,
                message,
            } => Message::new("error-config")
                .arg("place", format!("{}:{pos}", path(p)))
                .arg("message", message),
            Error::NoDirectory { path: p } => {
                Message::new("error-no-directory").arg("path", path(p))
            }
            Error::UnknownRule { query, .. } => {
                Message::new("error-unknown-rule").arg("query", query)
            }
            Error::Template {
                origin,
                line: Some(line),
                message,
            } => Message::new("error-template-line")
                .arg("origin", origin)
                .arg("line", *line)
                .arg("message", message),
            Error::Template {
                origin, message, ..
            } => Message::new("error-template")
                .arg("origin", origin)
                .arg("message", message),
            Error::BadPlanId { id, reason } => Message::new("error-bad-plan-id")
                .arg("id", id)
                .arg("reason", Arg::Message(reason)),
            Error::TemplateMakesErrors { origin, .. } => {
                Message::new("error-template-makes-errors").arg("origin", origin)
            }
            Error::Prompt { message } => Message::new("error-prompt").arg("message", message),
            Error::FilesFailed { count } => Message::new("error-files-failed").arg("count", *count),
            Error::PlansUnreadable { count } => {
                Message::new("error-plans-unreadable").arg("count", *count)
            }
            Error::NotGitRepository { path: p } => {
                Message::new("error-not-git").arg("path", path(p))
            }
            Error::UnknownRevision { rev, .. } => {
                Message::new("error-unknown-revision").arg("rev", rev)
            }
            Error::OutsideRepository { path: p, repo } => Message::new("error-outside-repository")
                .arg("path", path(p))
                .arg("repo", path(repo)),
            Error::Git { message } => Message::new("error-git").arg("message", message),
            Error::BadPlan { file, message } => Message::new("error-bad-plan")
                .arg("file", file)
                .arg("message", message),
            Error::Stdout { source } => {
                Message::new("error-stdout").arg("reason", source.to_string())
            }
            Error::Write { path: p, source } => Message::new("error-write")
                .arg("path", path(p))
                .arg("reason", source.to_string()),
            Error::BadOutputName { path: p, reason } => Message::new("error-bad-output-name")
                .arg("path", p)
                .arg("reason", Arg::Message(reason)),
            Error::TooManyPlans { limit } => {
                Message::new("error-too-many-plans").arg("limit", *limit)
            }
            Error::NotAFolder { path: p } => Message::new("error-not-a-folder").arg("path", p),
            Error::NoHistory { path: p } => Message::new("error-no-history").arg("path", p),
            Error::BadCatalogue {
                path: p,
                line,
                message,
            } => Message::new("error-bad-catalogue")
                .arg("path", p)
                .arg("line", *line)
                .arg("message", message),
            Error::Unsupported { what, .. } => what.clone(),
            Error::MissingGlyphs { font, chars } => Message::new("error-missing-glyphs")
                .arg("font", font)
                .arg("chars", chars),
            Error::ShallowClone { what } => Message::new("error-shallow").arg("what", what),
        }
    }

    /// A hint on how to fix it, printed after the error.
    pub fn hint(&self) -> Option<Message> {
        let id = match self {
            Error::NoPlansDir { .. } => "hint-no-plans-dir",
            Error::UnknownRule {
                suggestion: Some(s),
                ..
            } => return Some(Message::new("hint-did-you-mean").arg("best", *s)),
            Error::UnknownRule { .. } => "hint-unknown-rule",
            Error::BadPlanId { .. } => "hint-bad-plan-id",
            Error::TemplateMakesErrors { .. } => "hint-template-makes-errors",
            Error::Prompt { .. } => "hint-prompt",
            Error::NotGitRepository { .. } => "hint-not-git",
            Error::UnknownRevision { empty: true, .. } => "hint-unknown-revision-empty",
            Error::UnknownRevision { .. } => "hint-unknown-revision",
            Error::OutsideRepository { .. } => "hint-outside-repository",
            Error::TooManyPlans { .. } => "hint-too-many-plans",
            Error::NotAFolder { .. } => "hint-not-a-folder",
            Error::BadPlan { .. } | Error::PlansUnreadable { .. } => "hint-bad-plan",
            Error::BadOutputName { .. } => "hint-bad-output-name",
            Error::NoHistory { .. } => "hint-no-history",
            Error::Unsupported { hint, .. } => return Some(hint.clone()),
            Error::BadCatalogue { .. } => "hint-bad-catalogue",
            Error::ShallowClone { .. } => "hint-shallow",
            Error::Config { .. } => "hint-config",
            Error::MissingGlyphs { .. } => "hint-missing-glyphs",
            _ => return None,
        };
        Some(Message::new(id))
    }

    /// The error and its details in a language: the lines after the first
    /// (a template's errors) included.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        let mut text = catalogue.message(&self.message());
        if let Error::TemplateMakesErrors { errors, .. } = self {
            for e in errors {
                text.push_str("\n  ");
                text.push_str(e);
            }
        }
        text
    }
}

impl fmt::Display for Error {
    /// In English; what a person reads is [`Error::say`] in their language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(Catalogue::built_in(Lang::En)))
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
