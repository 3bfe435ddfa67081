//! Writing a command's document to a file (`-o FILE` of `sip render` and
//! `sip invite`): atomically, never onto a plan (by name, by content, or by
//! being the plan itself through a link), never under a name that holds an
//! identity number, and with a warning when git would commit it.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::fsutil::write_atomic;
use crate::i18n::Catalogue;
use crate::personnummer;
use crate::settings::Settings;
use crate::worktree::WorkTree;

/// Writes `contents` to `out` (relative to where sip runs), made from the
/// plan at `plan`; returns the path written.
pub fn write_output(
    settings: &Settings,
    out: &Path,
    plan: &Path,
    contents: &[u8],
) -> Result<PathBuf> {
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
    if same_file(&target, plan) {
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
    write_atomic(&target, contents, true).map_err(|source| Error::Write {
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
    Ok(target)
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
