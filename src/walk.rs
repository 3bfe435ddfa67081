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
    visit(settings, paths, true, &mut |input| {
        inputs.push(input);
        Ok(())
    })?;
    Ok(inputs)
}

/// Calls `f` with the plan files named by `paths` in batches of at most
/// `size`, as they are found (walked folders are not sorted): for commands
/// that keep little per plan, so memory does not grow with the walk.
pub fn for_each_batch(
    settings: &Settings,
    paths: &[PathBuf],
    size: usize,
    f: &mut dyn FnMut(Vec<FileInput>),
) -> Result<()> {
    let mut batch = Vec::with_capacity(size);
    visit(settings, paths, false, &mut |input| {
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

type Sink<'a> = dyn FnMut(FileInput) -> Result<()> + 'a;

fn visit(settings: &Settings, paths: &[PathBuf], sorted: bool, sink: &mut Sink<'_>) -> Result<()> {
    // More plans than `max_plans` stops the run with a clear message before
    // memory runs out, whatever the command keeps per plan.
    let limit = settings.config.max_plans;
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
        let dir = settings.plans_dir();
        if !dir.is_dir() {
            return Err(Error::NoPlansDir { dir });
        }
        let display = settings.display(&dir);
        return walk(&dir, &display, &mut seen, sorted, sink);
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
        // Symbolic links and folders named like plans are taken too, so that
        // a link loop or a folder is reported rather than skipped.
        let named_like_plan = entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.ends_with(PLAN_SUFFIX));
        if entry.depth() > 0 && named_like_plan {
            let path = entry.into_path();
            if sorted {
                found.push(path);
            } else if seen.first_time(&path) {
                sink(input(path))?;
            }
        }
    }
    found.sort();
    for path in found {
        if seen.first_time(&path) {
            sink(input(path))?;
        }
    }
    Ok(())
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
