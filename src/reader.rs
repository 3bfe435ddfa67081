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
use crate::i18n::{Catalogue, Message};
use crate::personnummer::redact;
use crate::source::{FileInput, Pos, ReadError, parse_value, read_bounded};
use crate::walk::{Scope, for_each_batch};

/// A file that could not be used.
pub struct Broken {
    pub file: String,
    /// Why, as a catalogue message; where in the file, when known.
    pub reason: Message,
    pub pos: Option<Pos>,
    /// Unreadable (exit 2) rather than not a plan (reported, run goes on).
    pub unreadable: bool,
}

impl Broken {
    /// The reason in a language, with the position in front when known.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        let text = catalogue.message(&self.reason);
        match self.pos {
            Some(pos) => format!("{pos}: {text}"),
            None => text,
        }
    }
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
    let broken = |reason: Message, pos, unreadable| Broken {
        file: redact(&input.display).into_owned(),
        reason,
        pos,
        unreadable,
    };
    let text = read_bounded(&input.path, max_file_size).map_err(|e| match e {
        ReadError::NotUtf8 { pos } => broken(e.message(), Some(pos), false),
        _ => broken(e.message(), None, true),
    })?;
    parse_value(&text).map_err(|e| broken(e.message, Some(e.pos), false))
}
