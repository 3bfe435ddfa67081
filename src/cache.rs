//! A per-clone cache of what read-only commands derive from each plan file,
//! so that `sip list` and `sip due` on a big repository do not parse every
//! plan again.
//!
//! It lives in the git folder, one folder per command and set of folders
//! read (`.git/sip/<name>-<scope hash>/`), one small file per plan in it
//! (`<2 hex>/<14 hex>.json`, named by a hash of the plan's path), so a run
//! reads only the entries of the plans it reads and memory does not grow
//! with the size of the cache. The price is disk: a file per plan and
//! command (on ext4, 4 KB each). The git folder is never
//! committed and is protected like the repository itself; outside a git
//! repository nothing is cached.
//!
//! An entry is used only while the file's size, modification time, change
//! time and inode are all unchanged, and only for the path it was made for.
//! Files modified within the last [`RACY_SECONDS`] are not cached, so an edit
//! within the file system's timestamp granularity cannot hide behind an old
//! entry (git calls these "racily clean"). A missing, unreadable or malformed
//! entry is treated as absent: the cache can only save time, never change an
//! answer.

use crate::hash::stable;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fs::Metadata;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::fsutil::write_replace_unsynced;

/// Entries for files changed this recently are not stored.
pub const RACY_SECONDS: u64 = 2;

/// Entries larger than this are ignored rather than read.
const MAX_ENTRY_BYTES: u64 = 1024 * 1024;

/// What identifies one version of a file without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    len: u64,
    mtime_ns: u128,
    ctime_ns: i128,
    inode: u64,
}

impl Stamp {
    pub fn of(meta: &Metadata) -> Option<Stamp> {
        let mtime_ns = meta
            .modified()
            .ok()?
            .duration_since(UNIX_EPOCH)
            .ok()?
            .as_nanos();
        #[cfg(unix)]
        let (ctime_ns, inode) = {
            use std::os::unix::fs::MetadataExt;
            (
                i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec()),
                meta.ino(),
            )
        };
        #[cfg(not(unix))]
        let (ctime_ns, inode) = (0, 0);
        Some(Stamp {
            len: meta.len(),
            mtime_ns,
            ctime_ns,
            inode,
        })
    }

    fn is_racy(&self, now: SystemTime) -> bool {
        let now_ns = now
            .duration_since(UNIX_EPOCH)
            .unwrap_or(Duration::ZERO)
            .as_nanos();
        now_ns.saturating_sub(self.mtime_ns) < u128::from(RACY_SECONDS) * 1_000_000_000
    }
}

#[derive(Serialize, Deserialize)]
struct Entry<T> {
    /// The sip version that wrote it: another version does not trust it.
    sip: String,
    path: String,
    stamp: Stamp,
    value: T,
}

/// A cache of `T` per plan file.
pub struct Cache {
    dir: Option<PathBuf>,
}

impl Cache {
    /// The cache `name` for the files under `scope` (the paths a command
    /// was given, or the plans folder) in the repository at `root`; a
    /// disabled one when the repository has no `.git` folder or `enabled` is
    /// false.
    pub fn open(root: &Path, name: &str, scope: &[PathBuf], enabled: bool) -> Cache {
        let git = root.join(".git");
        let dir = (enabled && git.is_dir()).then(|| {
            let scope: Vec<PathBuf> = scope
                .iter()
                .map(|path| path.canonicalize().unwrap_or_else(|_| path.clone()))
                .collect();
            let parts: Vec<&[u8]> = scope
                .iter()
                .map(|p| p.as_os_str().as_encoded_bytes())
                .collect();
            git.join("sip")
                .join(format!("{name}-{:016x}", stable(&parts) as u64))
        });
        Cache { dir }
    }

    /// Whether this cache reads and writes anything.
    pub fn is_enabled(&self) -> bool {
        self.dir.is_some()
    }

    /// The hash that names `path`'s entry.
    pub fn key(path: &Path) -> u64 {
        stable(&[path.as_os_str().as_encoded_bytes()]) as u64
    }

    fn entry_file(&self, key: u64) -> Option<PathBuf> {
        let hex = format!("{key:016x}");
        Some(
            self.dir
                .as_ref()?
                .join(&hex[..2])
                .join(format!("{}.json", &hex[2..])),
        )
    }

    /// The cached value for `path`, if the file is unchanged since it was stored.
    pub fn get<T: DeserializeOwned>(&self, path: &Path, stamp: Option<Stamp>) -> Option<T> {
        let file = self.entry_file(Cache::key(path))?;
        let meta = std::fs::metadata(&file).ok()?;
        if meta.len() > MAX_ENTRY_BYTES {
            return None;
        }
        let entry: Entry<T> = serde_json::from_slice(&std::fs::read(file).ok()?).ok()?;
        let fresh = entry.sip == env!("CARGO_PKG_VERSION")
            && Some(entry.stamp) == stamp
            && Some(entry.path.as_str()) == path.to_str();
        fresh.then_some(entry.value)
    }

    /// Remembers `value` for `path` as of `stamp`, unless the file changed
    /// too recently to trust its stamp. Failing to write only costs time next
    /// run, so it is not an error.
    pub fn put<T: Serialize>(&self, path: &Path, stamp: Option<Stamp>, value: &T, now: SystemTime) {
        let (Some(file), Some(stamp), Some(key)) =
            (self.entry_file(Cache::key(path)), stamp, path.to_str())
        else {
            return;
        };
        if stamp.is_racy(now) {
            return;
        }
        let entry = Entry {
            sip: env!("CARGO_PKG_VERSION").to_string(),
            path: key.to_string(),
            stamp,
            value,
        };
        if let (Some(parent), Ok(bytes)) = (file.parent(), serde_json::to_vec(&entry)) {
            let _ = std::fs::create_dir_all(parent)
                .and_then(|()| write_replace_unsynced(&file, &bytes));
        }
    }

    /// Deletes the entries of plans not read this run (`present` holds the
    /// keys of those that were): every file of the scope was read, so the
    /// others are deleted or renamed plans, which must not linger here.
    pub fn prune(&self, present: &HashSet<u64>) {
        let Some(dir) = &self.dir else { return };
        let Ok(shards) = std::fs::read_dir(dir) else {
            return;
        };
        for shard in shards.flatten() {
            let Ok(entries) = std::fs::read_dir(shard.path()) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = format!(
                    "{}{}",
                    shard.file_name().to_string_lossy(),
                    entry.file_name().to_string_lossy()
                );
                let key = name
                    .strip_suffix(".json")
                    .and_then(|hex| u64::from_str_radix(hex, 16).ok());
                if !key.is_some_and(|k| present.contains(&k)) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        dir
    }

    fn stamp(path: &Path) -> Option<Stamp> {
        Stamp::of(&std::fs::metadata(path).unwrap())
    }

    fn later() -> SystemTime {
        SystemTime::now() + Duration::from_secs(10)
    }

    #[test]
    fn stores_and_finds_an_unchanged_file() {
        let dir = repo();
        let plan = dir.path().join("a.sip.yaml");
        std::fs::write(&plan, "one").unwrap();
        let cache = Cache::open(dir.path(), "test", &[], true);
        assert_eq!(cache.get::<String>(&plan, stamp(&plan)), None);
        cache.put(&plan, stamp(&plan), &"summary".to_string(), later());
        let cache = Cache::open(dir.path(), "test", &[], true);
        assert_eq!(
            cache.get::<String>(&plan, stamp(&plan)).as_deref(),
            Some("summary")
        );
        // Any change to the file makes the entry unusable.
        std::fs::write(&plan, "two, longer").unwrap();
        assert_eq!(cache.get::<String>(&plan, stamp(&plan)), None);
    }

    #[test]
    fn racily_recent_files_are_not_stored() {
        let dir = repo();
        let plan = dir.path().join("a.sip.yaml");
        std::fs::write(&plan, "one").unwrap();
        let cache = Cache::open(dir.path(), "test", &[], true);
        cache.put(
            &plan,
            stamp(&plan),
            &"summary".to_string(),
            SystemTime::now(),
        );
        assert_eq!(cache.get::<String>(&plan, stamp(&plan)), None);
    }

    #[test]
    fn no_git_folder_or_disabled_means_no_cache_and_a_corrupt_entry_is_ignored() {
        let plain = tempfile::tempdir().unwrap();
        let plan = plain.path().join("a.sip.yaml");
        std::fs::write(&plan, "one").unwrap();
        Cache::open(plain.path(), "test", &[], true).put(
            &plan,
            stamp(&plan),
            &"x".to_string(),
            later(),
        );
        assert!(!plain.path().join(".git").exists());

        let dir = repo();
        let plan = dir.path().join("a.sip.yaml");
        std::fs::write(&plan, "one").unwrap();
        Cache::open(dir.path(), "test", &[], false).put(
            &plan,
            stamp(&plan),
            &"x".to_string(),
            later(),
        );
        assert!(!dir.path().join(".git/sip").exists());

        let cache = Cache::open(dir.path(), "test", &[], true);
        cache.put(&plan, stamp(&plan), &"x".to_string(), later());
        let file = cache.entry_file(Cache::key(&plan)).unwrap();
        std::fs::write(&file, "{not json").unwrap();
        assert_eq!(cache.get::<String>(&plan, stamp(&plan)), None);
    }

    #[test]
    fn prune_removes_entries_not_read_and_scopes_keep_apart() {
        let dir = repo();
        let scope_p = [dir.path().join("p")];
        let cache = Cache::open(dir.path(), "test", &scope_p, true);
        let other_scope = Cache::open(dir.path(), "test", &[dir.path().join("q")], true);
        let (a, b, other) = (
            dir.path().join("p/a.sip.yaml"),
            dir.path().join("p/b.sip.yaml"),
            dir.path().join("q/c.sip.yaml"),
        );
        for path in [&a, &b, &other] {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        for path in [&a, &b] {
            cache.put(path, stamp(path), &"v".to_string(), later());
        }
        other_scope.put(&other, stamp(&other), &"v".to_string(), later());
        let present: HashSet<u64> = [Cache::key(&a)].into();
        cache.prune(&present);
        assert!(cache.entry_file(Cache::key(&a)).unwrap().exists());
        assert!(
            !cache.entry_file(Cache::key(&b)).unwrap().exists(),
            "a plan not read is pruned"
        );
        assert!(
            other_scope.entry_file(Cache::key(&other)).unwrap().exists(),
            "another scope's entry kept"
        );
    }
}
