//! Finding plan files: paths given on the command line, folders walked for
//! `*.sip.yaml` while respecting `.gitignore` and `.ignore`.

use ignore::WalkBuilder;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::error::{Error, Result};
use crate::source::FileInput;
use crate::worktree::WorkTree;

pub const PLAN_SUFFIX: &str = ".sip.yaml";

/// Where a command looks for plans, and how much it reads: resolved by the
/// command from the repository and `sip.toml`, so the walk, the reader and
/// the git access need nothing else from the settings.
#[derive(Clone, Debug)]
pub struct Scope {
    /// The folder sip runs in; paths on the command line are relative to it.
    pub cwd: PathBuf,
    /// The repository root (the cache lives below it).
    pub root: PathBuf,
    /// The plans folder, absolute: what is read when no path is given.
    pub plans_dir: PathBuf,
    /// More plan files than this stop the run (`max_plans`).
    pub max_plans: usize,
    /// A larger file is refused unread (`max_file_size`).
    pub max_file_size: u64,
}

impl Scope {
    /// A path as the user should see it: relative to where sip runs when it
    /// lies below it, otherwise as it is.
    pub fn display(&self, path: &Path) -> String {
        display(&self.cwd, path)
    }

    /// What a command reads: the paths it was given, or the plans folder.
    pub fn roots(&self, paths: &[PathBuf]) -> Vec<PathBuf> {
        if paths.is_empty() {
            vec![self.plans_dir.clone()]
        } else {
            paths.iter().map(|p| self.cwd.join(p)).collect()
        }
    }
}

/// The plan files named by `paths` (or the plans folder when there are none),
/// each once, files in the order given and walked folders sorted by path.
pub fn plan_files(scope: &Scope, paths: &[PathBuf]) -> Result<Vec<FileInput>> {
    let mut inputs = Vec::new();
    visit(scope, paths, true, &mut |input| {
        inputs.push(input);
        Ok(())
    })?;
    Ok(inputs)
}

/// Calls `f` with the plan files named by `paths` in batches of at most
/// `size`, as they are found (walked folders are not sorted): for commands
/// that keep little per plan, so memory does not grow with the walk.
pub fn for_each_batch(
    scope: &Scope,
    paths: &[PathBuf],
    size: usize,
    f: &mut dyn FnMut(Vec<FileInput>),
) -> Result<()> {
    let mut batch = Vec::with_capacity(size);
    visit(scope, paths, false, &mut |input| {
        batch.push(input);
        if batch.len() == size {
            f(std::mem::replace(&mut batch, Vec::with_capacity(size)));
        }
        Ok(())
    })?;
    if !batch.is_empty() {
        f(batch);
    }
    Ok(())
}

/// `path` as the user should see it: relative to `cwd` when it lies below
/// it, otherwise as it is.
pub fn display(cwd: &Path, path: &Path) -> String {
    let shown = path.strip_prefix(cwd).unwrap_or(path);
    if shown.as_os_str().is_empty() {
        ".".to_string()
    } else {
        shown.display().to_string()
    }
}

type Sink<'a> = dyn FnMut(FileInput) -> Result<()> + 'a;

fn visit(scope: &Scope, paths: &[PathBuf], sorted: bool, sink: &mut Sink<'_>) -> Result<()> {
    // More plans than `max_plans` stops the run with a clear message before
    // memory runs out, whatever the command keeps per plan.
    let limit = scope.max_plans;
    let mut count = 0usize;
    let sink = &mut |input: FileInput| {
        count += 1;
        if count > limit {
            return Err(Error::TooManyPlans { limit });
        }
        sink(input)
    };
    // Only overlapping paths (`plans plans/a.sip.yaml`) can name a file twice;
    // one folder's walk never does, so a single path skips the lookups.
    let mut seen = Seen {
        enabled: paths.len() > 1,
        paths: HashSet::new(),
    };
    if paths.is_empty() {
        let dir = scope.plans_dir.clone();
        if !dir.is_dir() {
            return Err(Error::NoPlansDir { dir });
        }
        let display = scope.display(&dir);
        return walk(&dir, &display, &mut seen, sorted, sink);
    }
    for given in paths {
        let path = scope.cwd.join(given);
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
        // A folder named like a plan is taken as a plan, so that reading it fails loudly.
        if meta.is_dir() && !display.ends_with(PLAN_SUFFIX) {
            walk(&path, &display, &mut seen, sorted, sink)?;
        } else if seen.first_time(&path) {
            sink(FileInput { path, display })?;
        }
    }
    Ok(())
}

fn walk(
    dir: &Path,
    display: &str,
    seen: &mut Seen,
    sorted: bool,
    sink: &mut Sink<'_>,
) -> Result<()> {
    let input = |path: PathBuf| {
        let relative = path.strip_prefix(dir).unwrap_or(&path);
        let display = Path::new(display).join(relative).display().to_string();
        FileInput { path, display }
    };
    // A folder named like a plan is reported (reading it fails loudly) but
    // not walked into.
    let plan_folders: Arc<Mutex<Vec<PathBuf>>> = Arc::default();
    let folders = Arc::clone(&plan_folders);
    // Plans under a linked folder are walked too (ignore reports a link loop).
    let walker = WalkBuilder::new(dir)
        .require_git(false)
        .follow_links(true)
        .filter_entry(move |entry| {
            let is_plan_folder = entry.depth() > 0
                && entry.file_type().is_some_and(|t| t.is_dir())
                && named_like_plan(entry.file_name());
            if is_plan_folder && let Ok(mut folders) = folders.lock() {
                folders.push(entry.path().to_path_buf());
            }
            !is_plan_folder
        })
        .build();
    // A plan git tracks is always checked, even when an ignore rule (the
    // repository's, a folder's or the user's global one) matches it: what
    // the walk does not reach is taken after it.
    let work_tree = WorkTree::discover(dir);
    let mut tracked: HashSet<PathBuf> = work_tree
        .as_ref()
        .map(|w| w.tracked_plans(dir))
        .unwrap_or_default()
        .into_iter()
        .collect();
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut emit = |path: PathBuf, paths: &mut Vec<PathBuf>| -> Result<()> {
        if sorted {
            paths.push(path);
        } else if seen.first_time(&path) {
            sink(input(path))?;
        }
        Ok(())
    };
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            // A link loop or an unreadable entry named like a plan is taken
            // as a plan, so that reading it is reported with the rest.
            Err(e) => match error_path(&e).filter(|p| named_like_plan(p.as_os_str())) {
                Some(path) => {
                    emit(path, &mut paths)?;
                    continue;
                }
                // A link back to a folder the walk is in (its plans are
                // walked there) or a link to nothing: no plan is missed.
                None if passes_no_plan_by(&e) => continue,
                None => {
                    return Err(Error::Io {
                        path: error_path(&e).unwrap_or_else(|| dir.to_path_buf()),
                        source: e
                            .into_io_error()
                            .unwrap_or_else(|| std::io::Error::other("cannot walk the folder")),
                    });
                }
            },
        };
        // Symbolic links are taken too, so that a broken link is reported
        // rather than skipped; so are names that are not UTF-8.
        if entry.depth() > 0 && named_like_plan(entry.file_name()) {
            let path = entry.into_path();
            if !tracked.is_empty() {
                tracked.remove(&path);
            }
            emit(path, &mut paths)?;
        }
    }
    let folders: Vec<PathBuf> = plan_folders.lock().map(|f| f.clone()).unwrap_or_default();
    // Only those a git ignore rule hides: a `.ignore` file is sip's own way
    // to leave plans out of a walk (the broken examples), and git knows none.
    let mut missed: Vec<PathBuf> = tracked
        .into_iter()
        .filter(|path| {
            work_tree
                .as_ref()
                .is_some_and(|w| w.is_ignored(path) == Some(true))
        })
        .collect();
    missed.sort();
    for path in folders.into_iter().chain(missed) {
        emit(path, &mut paths)?;
    }
    paths.sort();
    for path in paths {
        if seen.first_time(&path) {
            sink(input(path))?;
        }
    }
    Ok(())
}

/// The path an error of the walk is about, if it names one.
fn error_path(e: &ignore::Error) -> Option<PathBuf> {
    match e {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}

/// Whether an error of the walk leaves no plan out: a link loop (what it
/// leads to is walked from the folder it points back to), a link to
/// nothing, or a link to itself.
fn passes_no_plan_by(e: &ignore::Error) -> bool {
    match e {
        ignore::Error::Loop { .. } => true,
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            passes_no_plan_by(err)
        }
        // A link that cannot be followed: to nothing, or to itself.
        _ => error_path(e).is_some_and(|path| {
            std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink())
                && std::fs::metadata(&path).is_err()
        }),
    }
}

/// Whether a file name ends in `.sip.yaml`, whatever its encoding.
fn named_like_plan(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().ends_with(PLAN_SUFFIX.as_bytes())
}

struct Seen {
    enabled: bool,
    paths: HashSet<PathBuf>,
}

impl Seen {
    fn first_time(&mut self, path: &Path) -> bool {
        !self.enabled
            || self
                .paths
                .insert(path.canonicalize().unwrap_or_else(|_| path.to_path_buf()))
    }
}
