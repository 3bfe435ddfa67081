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
use crate::error::Result;
use crate::personnummer::redact;
use crate::source::{FileInput, ReadError, parse_value, read_bounded};
use crate::walk::{Scope, for_each_batch};

/// A file that could not be used.
pub struct Broken {
    pub file: String,
    pub reason: String,
    /// Unreadable (exit 2) rather than not a plan (reported, run goes on).
    pub unreadable: bool,
}

/// Reads the plans named by `paths` (or the plans folder) in batches, in
/// parallel. For each readable plan, `derive` reads what the command needs
/// from the plan's value (this is what is cached), and `finish` turns it into
/// what the command keeps, if anything. Only `finish`'s results are held for
/// all plans, so a command that keeps little (`due`) stays small however
/// many plans there are. Also returns the files that could not be used.
pub fn read_all<T, U>(
    scope: &Scope,
    paths: &[PathBuf],
    cache_name: &str,
    use_cache: bool,
    derive: impl Fn(&Value) -> T + Sync,
    finish: impl Fn(&FileInput, T) -> Option<U> + Sync,
) -> Result<(Vec<U>, Vec<Broken>)>
where
    T: Serialize + DeserializeOwned,
    U: Send,
{
    let cache = Cache::open(&scope.root, cache_name, &scope.roots(paths), use_cache);
    let now = SystemTime::now();
    let mut kept = Vec::new();
    let mut broken = Vec::new();
    let mut present = HashSet::new();
    for_each_batch(scope, paths, BATCH, &mut |batch| {
        let results: Vec<std::result::Result<Option<U>, Broken>> = batch
            .par_iter()
            .map(|input| {
                let stamp = std::fs::metadata(&input.path)
                    .ok()
                    .and_then(|m| Stamp::of(&m));
                if let Some(value) = cache.get(&input.path, stamp) {
                    return Ok(finish(input, value));
                }
                let derived = derive(&load(scope.max_file_size, input)?);
                cache.put(&input.path, stamp, &derived, now);
                Ok(finish(input, derived))
            })
            .collect();
        for (result, input) in results.into_iter().zip(&batch) {
            match result {
                Ok(value) => kept.extend(value),
                Err(b) => broken.push(b),
            }
            if cache.is_enabled() {
                present.insert(Cache::key(&input.path));
            }
        }
    })?;
    // Every file under the scope was read: forget plans that are gone.
    cache.prune(&present);
    Ok((kept, broken))
}

/// Files read at a time: enough to keep both cores busy, few enough that
/// memory does not depend on the number of plans.
const BATCH: usize = 2048;

fn load(max_file_size: u64, input: &FileInput) -> std::result::Result<Value, Broken> {
    let broken = |reason: String, unreadable| Broken {
        file: redact(&input.display).into_owned(),
        reason: redact(&reason).into_owned(),
        unreadable,
    };
    let text = read_bounded(&input.path, max_file_size)
        .map_err(|e| broken(e.with_position(), !matches!(e, ReadError::NotUtf8 { .. })))?;
    parse_value(&text).map_err(|e| broken(e.to_string(), false))
}
