//! `sip init [DIR]`: turns a folder into a plan repository. Creates what is
//! missing (git repository, plans folder, settings, ignore and attribute
//! files, a README for the team, CI files for GitHub and GitLab, the schema
//! and VS Code settings for editors) and never replaces a file: running it again changes nothing
//! and says so.

use git2::{ConfigLevel, Repository};
use std::path::{Path, PathBuf};

use super::ExitStatus;
use crate::cli::InitArgs;
use crate::error::{Error, Result};
use crate::fsutil::{Mode, write_atomic_mode};
use crate::i18n::Catalogue;
use crate::settings::Settings;

/// Every file `sip init` writes, relative to the repository root, with the
/// plans folder `plans_dir` (`plans` unless a `sip.toml` says otherwise).
pub fn files_in(plans_dir: &str) -> Vec<(String, String)> {
    files()
        .into_iter()
        .map(|(path, text)| match path {
            "plans/.gitkeep" => (format!("{plans_dir}/.gitkeep"), text),
            other => (other.to_owned(), text),
        })
        .collect()
}

/// Every file `sip init` writes with the default plans folder.
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        (
            "sip.toml",
            include_str!("../../templates/init/sip.toml").into(),
        ),
        (
            ".gitignore",
            include_str!("../../templates/init/gitignore").into(),
        ),
        (
            ".gitattributes",
            include_str!("../../templates/init/gitattributes").into(),
        ),
        (
            "README.md",
            include_str!("../../templates/init/README.md").into(),
        ),
        (
            ".github/workflows/sip.yml",
            include_str!("../../templates/init/github-workflow.yml")
                .replace("@SIP_VERSION@", env!("CARGO_PKG_VERSION")),
        ),
        (
            ".gitlab-ci.yml",
            include_str!("../../templates/init/gitlab-ci.yml")
                .replace("@SIP_VERSION@", env!("CARGO_PKG_VERSION")),
        ),
        ("schema/sip.schema.json", crate::plan::schema_json()),
        // VS Code: the YAML extension recommended, and every plan checked
        // against the schema while it is typed (completion, hovers, snippets).
        (
            ".vscode/settings.json",
            include_str!("../../templates/init/vscode-settings.json").into(),
        ),
        (
            ".vscode/extensions.json",
            include_str!("../../templates/init/vscode-extensions.json").into(),
        ),
        ("plans/.gitkeep", String::new()),
    ]
}

/// The diff driver `.gitattributes` names, as git runs it: `sip git-diff`
/// where sip is on the PATH (and works), else the ordinary line diff, so that
/// `git diff` never dies on a machine or in a git GUI without sip. git runs
/// the value with `sh -c`, appending `"$@"` (path, old file, old hex, old
/// mode, new file, new hex, new mode), and takes a non-zero exit as a
/// failure; `git diff --no-index` exits 1 when the files differ.
const DIFF_DRIVER: (&str, &str) = (
    "diff.sip.command",
    "sip_diff() { command -v sip >/dev/null 2>&1 && sip git-diff \"$@\" && return; \
     git diff --no-index --no-ext-diff -- \"$2\" \"$5\"; [ $? -le 1 ]; }; sip_diff",
);

/// What `sip init` set before the fallback: replaced, as sip's own.
const OLD_DIFF_DRIVER: &str = "sip git-diff";

enum Outcome {
    Created,
    Same,
    /// There already, with other content: left as it is.
    Kept,
}

pub fn init(settings: &Settings, args: &InitArgs) -> Result<ExitStatus> {
    if let Some(file) = &args.show {
        return match show(file) {
            Some(contents) => {
                settings.printer.generated(&contents)?;
                Ok(ExitStatus::Success)
            }
            None => Err(Error::PathNotFound {
                path: PathBuf::from(file),
            }),
        };
    }
    let dir = match &args.dir {
        Some(d) => settings.cwd.join(d),
        None => settings.cwd.clone(),
    };
    // A folder named by an identity number would put it in every path.
    if !crate::personnummer::find_all(&dir.to_string_lossy()).is_empty() {
        return Err(Error::BadOutputName {
            path: dir.display().to_string(),
            reason: "reason-output-personal-number",
        });
    }
    std::fs::create_dir_all(&dir).map_err(|source| Error::Write {
        path: dir.clone(),
        source,
    })?;
    // The schema in them is generated: make the list once. The plans folder
    // is the one an existing sip.toml names.
    let plans_dir = crate::config::Config::load(&dir)
        .map(|c| c.plans_dir.to_string_lossy().replace('\\', "/"))
        .unwrap_or_else(|_| "plans".to_owned());
    let files = files_in(plans_dir.trim_end_matches('/'));
    // A file where sip needs a folder (`plans` as a file, say): stop before
    // writing anything.
    for (path, _) in &files {
        let mut folder = dir.clone();
        let parts: Vec<&str> = path.split('/').collect();
        for part in &parts[..parts.len() - 1] {
            folder.push(part);
            if folder.exists() && !folder.is_dir() {
                return Err(Error::NotAFolder {
                    path: settings.display(&folder),
                });
            }
        }
    }
    let cat = Catalogue::built_in(settings.lang);
    let mut lines = Vec::new();
    let mut changed = false;

    let repo = match Repository::open(&dir) {
        Ok(repo) => repo,
        Err(_) => {
            let repo = Repository::init(&dir).map_err(|e| Error::Git {
                message: e.message().to_owned(),
            })?;
            lines.push(cat.text("init-created-git"));
            changed = true;
            repo
        }
    };

    for (path, contents) in files {
        let target = dir.join(&path);
        match write_new(&target, &contents)? {
            Outcome::Created => {
                lines.push(cat.with("init-created", &[("path", path.into())]));
                changed = true;
            }
            Outcome::Same => {}
            Outcome::Kept => lines.push(cat.with("init-kept", &[("path", path.into())])),
        }
    }

    let mut config = repo
        .config()
        .and_then(|c| c.open_level(ConfigLevel::Local))
        .map_err(|e| Error::Git {
            message: e.message().to_owned(),
        })?;
    let current = config.get_string(DIFF_DRIVER.0).ok();
    if current.is_none() || current.as_deref() == Some(OLD_DIFF_DRIVER) {
        config
            .set_str(DIFF_DRIVER.0, DIFF_DRIVER.1)
            .map_err(|e| Error::Git {
                message: e.message().to_owned(),
            })?;
        lines.push(cat.with("init-diff-driver", &[("key", DIFF_DRIVER.0.into())]));
        changed = true;
    }

    let shown = settings.display(&dir);
    if !changed {
        lines.push(cat.with("init-nothing", &[("dir", (&shown).into())]));
    } else {
        lines.push(cat.with("init-done", &[("dir", (&shown).into())]));
    }
    for line in lines {
        settings.printer.note(&line);
    }
    Ok(ExitStatus::Success)
}

/// Writes `contents` to `path` unless something is there already.
fn write_new(path: &Path, contents: &str) -> Result<Outcome> {
    match std::fs::read(path) {
        Ok(existing) if existing == contents.as_bytes() => return Ok(Outcome::Same),
        Ok(_) => return Ok(Outcome::Kept),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) if e.kind() == std::io::ErrorKind::IsADirectory => return Ok(Outcome::Kept),
        Err(source) => {
            return Err(Error::Io {
                path: path.to_owned(),
                source,
            });
        }
    }
    let fail = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(fail)?;
    }
    // Nothing sip init writes holds personal data: readable as the umask allows.
    match write_atomic_mode(path, contents.as_bytes(), false, Mode::Shared) {
        Ok(()) => Ok(Outcome::Created),
        // Appeared between the look and the write: not ours to replace.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(Outcome::Kept),
        Err(source) => Err(fail(source)),
    }
}

/// `sip init --show FILE`: what sip would write there.
fn show(file: &str) -> Option<String> {
    let wanted = PathBuf::from(file);
    files()
        .into_iter()
        .find(|(path, _)| Path::new(path) == wanted)
        .map(|(_, contents)| contents)
}
