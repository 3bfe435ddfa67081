//! Reading many plans for the read-only commands (`list`, `due`): in
//! parallel, value-only parsing, through the per-clone [`Cache`] of what each
//! command derives from a plan. Files that cannot be read are reported, never
//! skipped silently.

use rayon::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashSet;
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

/// What `derive` made of each readable plan, with the index of its input,
/// in input order; and the files that could not be used.
pub fn read_all<T>(
    settings: &Settings,
    inputs: &[FileInput],
    cache_name: &str,
    use_cache: bool,
    whole_folder: bool,
    derive: impl Fn(&Value) -> T + Sync,
) -> (Vec<(usize, T)>, Vec<Broken>)
where
    T: Serialize + DeserializeOwned + Clone + Send + Sync,
{
    let mut cache: Cache<T> = Cache::open(&settings.root, cache_name, use_cache);
    let results: Vec<(Result<T, Broken>, Option<Stamp>, bool)> = inputs
        .par_iter()
        .map(|input| {
            let stamp = std::fs::metadata(&input.path)
                .ok()
                .and_then(|m| Stamp::of(&m));
            match cache.get(&input.path, stamp) {
                Some(value) => (Ok(value), stamp, true),
                None => (load(settings, input).map(|v| derive(&v)), stamp, false),
            }
        })
        .collect();
    let now = SystemTime::now();
    let mut derived = Vec::new();
    let mut broken = Vec::new();
    for (index, ((result, stamp, hit), input)) in results.into_iter().zip(inputs).enumerate() {
        match result {
            Ok(value) => {
                if !hit {
                    cache.put(&input.path, stamp, value.clone(), now);
                }
                derived.push((index, value));
            }
            Err(b) => broken.push(b),
        }
    }
    if whole_folder {
        // The whole plans folder was read: forget plans that are gone.
        let present: HashSet<&str> = inputs.iter().filter_map(|i| i.path.to_str()).collect();
        cache.retain(&present);
    }
    cache.save();
    (derived, broken)
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
