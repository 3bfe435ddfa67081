//! Questions about files in the git work tree around a folder: which plans
//! git tracks, and whether a git ignore rule (`.gitignore`, the
//! repository's exclude file, the user's global one) matches a file. Never
//! the history (that is `git.rs`); nothing outside a work tree.

use git2::Repository;
use std::path::{Path, PathBuf};

use crate::walk::PLAN_SUFFIX;

/// The work tree that holds a folder.
pub struct WorkTree {
    repo: Repository,
    /// The work tree's root, canonical.
    root: PathBuf,
}

impl WorkTree {
    /// The work tree around `dir`; `None` outside git or in a bare repository.
    pub fn discover(dir: &Path) -> Option<WorkTree> {
        let repo = Repository::discover(dir).ok()?;
        let root = repo.workdir()?.canonicalize().ok()?;
        Some(WorkTree { repo, root })
    }

    /// `path` relative to the root, if it lies inside the work tree.
    fn relative(&self, path: &Path) -> Option<PathBuf> {
        let absolute = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        absolute
            .strip_prefix(&self.root)
            .ok()
            .map(Path::to_path_buf)
    }

    /// Whether a git ignore rule matches `path`; `None` when it lies outside
    /// the work tree or git cannot tell.
    pub fn is_ignored(&self, path: &Path) -> Option<bool> {
        self.repo.status_should_ignore(&self.relative(path)?).ok()
    }

    /// The plan files under `dir` that git tracks and that exist, as paths
    /// under `dir`.
    pub fn tracked_plans(&self, dir: &Path) -> Vec<PathBuf> {
        let (Ok(index), Some(inside)) = (self.repo.index(), self.relative(dir)) else {
            return Vec::new();
        };
        index
            .iter()
            .filter(|e| e.path.ends_with(PLAN_SUFFIX.as_bytes()))
            .filter_map(|e| {
                let relative = PathBuf::from(String::from_utf8(e.path).ok()?);
                let path = dir.join(relative.strip_prefix(&inside).ok()?);
                path.is_file().then_some(path)
            })
            .collect()
    }
}
