//! A per-clone cache of what read-only commands derive from each plan file,
//! so that `sip list` on a big repository does not parse every plan again.
//!
//! It lives in the git folder (`.git/sip/<name>-<scope>.json`, one file per
//! command and set of folders read, so that listing one folder never loads
//! or prunes another's entries): never committed,
//! protected like the repository itself, and absent outside a git
//! repository (then nothing is cached). An entry is used only while the
//! file's size, modification time, change time and inode are all unchanged.
//! Files modified within the last [`RACY_SECONDS`] are not cached, so an edit
//! within the file system's timestamp granularity cannot hide behind an old
//! entry (git calls these "racily clean"). A missing, unreadable or
//! malformed cache is treated as empty: the cache can only save time, never
//! change an answer.

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::fs::Metadata;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::fsutil::write_atomic;

/// Entries for files changed this recently are not stored.
pub const RACY_SECONDS: u64 = 2;

/// Caches larger than this are ignored rather than read.
const MAX_CACHE_BYTES: u64 = 512 * 1024 * 1024;

/// What identifies one version of a file without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
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

#[derive(Serialize, serde::Deserialize)]
struct Entry<T> {
    stamp: Stamp,
    value: T,
}

#[derive(Serialize, serde::Deserialize)]
struct CacheFile<T> {
    /// The sip version that wrote it: another version starts afresh.
    sip: String,
    entries: HashMap<String, Entry<T>>,
}

/// A cache of `T` per plan file.
pub struct Cache<T> {
    file: Option<PathBuf>,
    entries: HashMap<String, Entry<T>>,
    changed: bool,
}

impl<T: Serialize + DeserializeOwned + Clone> Cache<T> {
    /// The cache `name` for the files under `scope` (the paths the command
    /// was given, or the plans folder) in the repository at `root`; a disabled
    /// one when the repository has no `.git` folder or `enabled` is false.
    pub fn open(root: &Path, name: &str, scope: &[PathBuf], enabled: bool) -> Cache<T> {
        let git = root.join(".git");
        let file = (enabled && git.is_dir()).then(|| {
            let mut hasher = std::hash::DefaultHasher::new();
            for path in scope {
                path.canonicalize()
                    .unwrap_or_else(|_| path.clone())
                    .hash(&mut hasher);
            }
            git.join("sip")
                .join(format!("{name}-{:016x}.json", hasher.finish()))
        });
        let entries = file.as_deref().and_then(read::<T>).unwrap_or_default();
        Cache {
            file,
            entries,
            changed: false,
        }
    }

    /// Whether this cache reads and writes anything.
    pub fn is_enabled(&self) -> bool {
        self.file.is_some()
    }

    /// The cached value for `path`, if the file is unchanged since it was stored.
    pub fn get(&self, path: &Path, stamp: Option<Stamp>) -> Option<T> {
        let entry = self.entries.get(path.to_str()?)?;
        (Some(entry.stamp) == stamp).then(|| entry.value.clone())
    }

    /// Remembers `value` for `path` as of `stamp` (unless the file is too
    /// recently changed to trust its stamp).
    pub fn put(&mut self, path: &Path, stamp: Option<Stamp>, value: T, now: SystemTime) {
        let (true, Some(stamp), Some(key)) = (self.file.is_some(), stamp, path.to_str()) else {
            return;
        };
        if stamp.is_racy(now) {
            return;
        }
        self.entries.insert(key.to_string(), Entry { stamp, value });
        self.changed = true;
    }

    /// Drops entries for files not in `keep` (deleted or renamed plans; the
    /// scope's files were all walked, so what is not in it is gone).
    pub fn retain(&mut self, keep: &std::collections::HashSet<&str>) {
        let before = self.entries.len();
        self.entries.retain(|k, _| keep.contains(k.as_str()));
        self.changed |= self.entries.len() != before;
    }

    /// Writes the cache if anything changed. Failing to write only costs time
    /// next run, so it is not an error.
    pub fn save(self) {
        let Some(file) = self.file.filter(|_| self.changed) else {
            return;
        };
        let data = CacheFile {
            sip: env!("CARGO_PKG_VERSION").to_string(),
            entries: self.entries,
        };
        if let (Some(dir), Ok(text)) = (file.parent(), serde_json::to_vec(&data)) {
            let _ = std::fs::create_dir_all(dir).and_then(|()| write_atomic(&file, &text, true));
        }
    }
}

fn read<T: DeserializeOwned>(file: &Path) -> Option<HashMap<String, Entry<T>>> {
    let meta = std::fs::metadata(file).ok()?;
    if meta.len() > MAX_CACHE_BYTES {
        return None;
    }
    let bytes = std::fs::read(file).ok()?;
    let data: CacheFile<T> = serde_json::from_slice(&bytes).ok()?;
    (data.sip == env!("CARGO_PKG_VERSION")).then_some(data.entries)
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

    #[test]
    fn stores_and_finds_an_unchanged_file() {
        let dir = repo();
        let plan = dir.path().join("a.sip.yaml");
        std::fs::write(&plan, "one").unwrap();
        let later = SystemTime::now() + Duration::from_secs(10);
        let mut cache: Cache<String> = Cache::open(dir.path(), "test", &[], true);
        assert_eq!(cache.get(&plan, stamp(&plan)), None);
        cache.put(&plan, stamp(&plan), "summary".into(), later);
        cache.save();
        let cache: Cache<String> = Cache::open(dir.path(), "test", &[], true);
        assert_eq!(cache.get(&plan, stamp(&plan)).as_deref(), Some("summary"));
        // Any change to the file makes the entry unusable.
        std::fs::write(&plan, "two, longer").unwrap();
        assert_eq!(cache.get(&plan, stamp(&plan)), None);
    }

    #[test]
    fn racily_recent_files_are_not_stored() {
        let dir = repo();
        let plan = dir.path().join("a.sip.yaml");
        std::fs::write(&plan, "one").unwrap();
        let mut cache: Cache<String> = Cache::open(dir.path(), "test", &[], true);
        cache.put(&plan, stamp(&plan), "summary".into(), SystemTime::now());
        assert_eq!(cache.get(&plan, stamp(&plan)), None);
    }

    #[test]
    fn no_git_folder_or_disabled_means_no_cache_and_a_corrupt_one_is_ignored() {
        let plain = tempfile::tempdir().unwrap();
        let plan = plain.path().join("a.sip.yaml");
        std::fs::write(&plan, "one").unwrap();
        let later = SystemTime::now() + Duration::from_secs(10);
        let mut cache: Cache<String> = Cache::open(plain.path(), "test", &[], true);
        cache.put(&plan, stamp(&plan), "x".into(), later);
        cache.save();
        assert!(!plain.path().join(".git").exists());

        let dir = repo();
        let mut disabled: Cache<String> = Cache::open(dir.path(), "test", &[], false);
        disabled.put(&plan, stamp(&plan), "x".into(), later);
        disabled.save();
        assert!(!dir.path().join(".git/sip").exists());

        let corrupt: Cache<String> = Cache::open(dir.path(), "test", &[], true);
        std::fs::create_dir_all(dir.path().join(".git/sip")).unwrap();
        std::fs::write(corrupt.file.as_ref().unwrap(), "{not json").unwrap();
        let cache: Cache<String> = Cache::open(dir.path(), "test", &[], true);
        assert_eq!(cache.get(&plan, stamp(&plan)), None);
    }
}
