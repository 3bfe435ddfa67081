//! Reading many plans for the read-only commands (`list`, `due`): in
//! parallel, value-only parsing, through the per-clone [`Cache`] of what each
//! command derives from a plan. Files that cannot be read are reported, never
//! skipped silently.

use rayon::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashSet;
use std::path::PathBuf;
use std::time::SystemTime;

use crate::cache::{Cache, Stamp};
use crate::check::FileInput;
use crate::personnummer::redact;
use crate::settings::Settings;
use crate::source::{ReadError, parse_value, read_bounded};

/// A file that could not be used.
pub struct Broken {
    pub file: String,
    pub reason: String,
    /// Unreadable (exit 2) rather than not a plan (reported, run goes on).
    pub unreadable: bool,
}

/// For each readable plan, in input order: `derive` reads what the command
/// needs from the plan's value (this is what is cached), and `finish` turns it
/// into what the command keeps, given the input's index. Only `finish`'s
/// results are held for all plans, so a command that keeps little (`due`)
/// stays small however many plans there are. Also returns the files that
/// could not be used.
pub fn read_all<T, U>(
    settings: &Settings,
    inputs: &[FileInput],
    cache_name: &str,
    scope: &[PathBuf],
    use_cache: bool,
    derive: impl Fn(&Value) -> T + Sync,
    finish: impl Fn(usize, T) -> U + Sync,
) -> (Vec<U>, Vec<Broken>)
where
    T: Serialize + DeserializeOwned + Clone + Send + Sync,
    U: Send,
{
    let mut cache: Cache<T> = Cache::open(&settings.root, cache_name, scope, use_cache);
    let caching = cache.is_enabled();
    // Boxed: most plans need neither, and this is held for every plan at once.
    type Outcome<T, U> = (Result<U, Box<Broken>>, Option<Box<(Option<Stamp>, T)>>);
    let results: Vec<Outcome<T, U>> = inputs
        .par_iter()
        .enumerate()
        .map(|(index, input)| {
            let stamp = std::fs::metadata(&input.path)
                .ok()
                .and_then(|m| Stamp::of(&m));
            if let Some(value) = cache.get(&input.path, stamp) {
                return (Ok(finish(index, value)), None);
            }
            match load(settings, input) {
                Ok(value) => {
                    let derived = derive(&value);
                    let store = caching.then(|| Box::new((stamp, derived.clone())));
                    (Ok(finish(index, derived)), store)
                }
                Err(broken) => (Err(Box::new(broken)), None),
            }
        })
        .collect();
    let now = SystemTime::now();
    let mut kept = Vec::new();
    let mut broken = Vec::new();
    for ((result, store), input) in results.into_iter().zip(inputs) {
        if let Some(store) = store {
            let (stamp, derived) = *store;
            cache.put(&input.path, stamp, derived, now);
        }
        match result {
            Ok(value) => kept.push(value),
            Err(b) => broken.push(*b),
        }
    }
    if caching {
        // Every file of the scope was read: forget plans that are gone.
        let present: HashSet<&str> = inputs.iter().filter_map(|i| i.path.to_str()).collect();
        cache.retain(&present);
    }
    cache.save();
    (kept, broken)
}

/// What a command reads: the paths it was given, or the plans folder.
pub fn scope(settings: &Settings, paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![settings.plans_dir()]
    } else {
        paths.iter().map(|p| settings.cwd.join(p)).collect()
    }
}

fn load(settings: &Settings, input: &FileInput) -> Result<Value, Broken> {
    let broken = |reason: String, unreadable| Broken {
        file: redact(&input.display).into_owned(),
        reason: redact(&reason).into_owned(),
        unreadable,
    };
    let text = read_bounded(&input.path, settings.config.max_file_size).map_err(|e| match e {
        ReadError::NotUtf8 { pos } => broken(format!("{pos}: the file is not UTF-8 text"), false),
        ReadError::TooLarge { size, limit } => broken(
            format!("the file is {size} bytes, over the limit of {limit}"),
            true,
        ),
        ReadError::Io(err) => broken(format!("cannot read the file: {err}"), true),
    })?;
    parse_value(&text).map_err(|e| broken(e.to_string(), false))
}

/// Prints each broken file on stderr; the number that were unreadable.
pub fn report_broken(broken: &[Broken]) -> usize {
    for b in broken {
        eprintln!(
            "{}: {}: {}",
            if b.unreadable { "error" } else { "broken" },
            b.file,
            b.reason
        );
    }
    broken.iter().filter(|b| b.unreadable).count()
}
