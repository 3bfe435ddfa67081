//! Finding plan files: paths given on the command line, folders walked for
//! `*.sip.yaml` while respecting `.gitignore` and `.ignore`.

use ignore::WalkBuilder;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::check::FileInput;
use crate::error::{Error, Result};
use crate::settings::Settings;

pub const PLAN_SUFFIX: &str = ".sip.yaml";

/// The plan files named by `paths` (or the plans folder when there are none),
/// each once, files in the order given and walked folders sorted by path.
pub fn plan_files(settings: &Settings, paths: &[PathBuf]) -> Result<Vec<FileInput>> {
    let mut inputs = Vec::new();
    let mut seen = HashSet::new();
    if paths.is_empty() {
        let dir = settings.plans_dir();
        if !dir.is_dir() {
            return Err(Error::NoPlansDir { dir });
        }
        let display = settings.display(&dir);
        walk(&dir, &display, &mut seen, &mut inputs)?;
        return Ok(inputs);
    }
    for given in paths {
        let path = settings.cwd.join(given);
        let display = given.display().to_string();
        let meta = std::fs::metadata(&path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => Error::PathNotFound {
                path: given.clone(),
            },
            _ => Error::Io {
                path: given.clone(),
                source,
            },
        })?;
        if meta.is_dir() {
            walk(&path, &display, &mut seen, &mut inputs)?;
        } else if seen.insert(canonical(&path)) {
            inputs.push(FileInput { path, display });
        }
    }
    Ok(inputs)
}

fn walk(
    dir: &Path,
    display: &str,
    seen: &mut HashSet<PathBuf>,
    out: &mut Vec<FileInput>,
) -> Result<()> {
    let mut found = Vec::new();
    let walker = WalkBuilder::new(dir)
        .require_git(false)
        .follow_links(false)
        .build();
    for entry in walker {
        let entry = entry.map_err(|e| Error::Io {
            path: dir.to_path_buf(),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("cannot walk the folder")),
        })?;
        let is_plan = entry
            .file_type()
            .is_some_and(|t| t.is_file() || t.is_symlink())
            && entry
                .file_name()
                .to_str()
                .is_some_and(|n| n.ends_with(PLAN_SUFFIX));
        if is_plan {
            found.push(entry.into_path());
        }
    }
    found.sort();
    for path in found {
        if seen.insert(canonical(&path)) {
            let relative = path.strip_prefix(dir).unwrap_or(&path);
            let display = Path::new(display).join(relative).display().to_string();
            out.push(FileInput { path, display });
        }
    }
    Ok(())
}

fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}
