//! `sip init [DIR]`: turns a folder into a plan repository. Creates what is
//! missing (git repository, plans folder, settings, ignore and attribute
//! files, a README for the team, CI files for GitHub and GitLab, the schema
//! for editors) and never replaces a file: running it again changes nothing
//! and says so.

use git2::{ConfigLevel, Repository};
use std::path::{Path, PathBuf};

use super::ExitStatus;
use crate::cli::InitArgs;
use crate::error::{Error, Result};
use crate::fsutil::write_atomic;
use crate::i18n::Catalogue;
use crate::settings::Settings;

/// Every file `sip init` writes, relative to the repository root.
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
            include_str!("../../templates/init/github-workflow.yml").into(),
        ),
        (
            ".gitlab-ci.yml",
            include_str!("../../templates/init/gitlab-ci.yml").into(),
        ),
        ("schema/sip.schema.json", crate::plan::schema_json()),
        ("plans/.gitkeep", String::new()),
    ]
}

/// The diff driver `.gitattributes` names, as git runs it.
const DIFF_DRIVER: (&str, &str) = ("diff.sip.command", "sip git-diff");

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
    std::fs::create_dir_all(&dir).map_err(|source| Error::Write {
        path: dir.clone(),
        source,
    })?;
    // The schema in them is generated: make the list once.
    let files = files();
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
        let target = dir.join(path);
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
    if config.get_string(DIFF_DRIVER.0).is_err() {
        config
            .set_str(DIFF_DRIVER.0, DIFF_DRIVER.1)
            .map_err(|e| Error::Git {
                message: e.message().to_owned(),
            })?;
        lines.push(cat.with(
            "init-diff-driver",
            &[
                ("key", DIFF_DRIVER.0.into()),
                ("value", DIFF_DRIVER.1.into()),
            ],
        ));
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
    match write_atomic(path, contents.as_bytes(), false) {
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
