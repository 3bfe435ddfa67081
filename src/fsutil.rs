//! Writing files safely: the whole new content appears at once or not at all.

use std::io::{self, Write};
use std::path::Path;

/// Who may read a file sip writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Owner only (0600), whatever the umask: plans, rendered plans, the
    /// cache, anything that may hold personal data.
    Private,
    /// As the umask allows (0666 less the umask, like `touch`): files without
    /// personal data that colleagues on a shared server need to read, such as
    /// those `sip init` writes.
    Shared,
}

/// Writes `contents` to `path` atomically: into a temporary file in the same
/// folder, flushed to disk, then renamed over `path`. Without `overwrite`, an
/// existing `path` is left untouched and the result is `AlreadyExists`, even
/// if it appeared after the caller looked.
pub fn write_atomic(path: &Path, contents: &[u8], overwrite: bool) -> io::Result<()> {
    write_atomic_with(path, overwrite, |file| file.write_all(contents))
}

/// [`write_atomic`] with the file's [`Mode`] chosen ([`write_atomic`] is
/// [`Mode::Private`]).
pub fn write_atomic_mode(
    path: &Path,
    contents: &[u8],
    overwrite: bool,
    mode: Mode,
) -> io::Result<()> {
    write_inner(path, overwrite, true, mode, |file| file.write_all(contents))
}

/// [`write_atomic`] without waiting for the disk: still whole-or-nothing for
/// readers, but after a power cut the file may be empty or missing. For
/// sip's cache only, whose entries are checked when read and rebuilt when
/// wrong: a first `sip list` of 10,000 plans spent 9 of its 10 s in fsync.
pub fn write_replace_unsynced(path: &Path, contents: &[u8]) -> io::Result<()> {
    write_inner(path, true, false, Mode::Private, |file| {
        file.write_all(contents)
    })
}

/// [`write_atomic`] with the writing done by `write`: if it fails (a full
/// disk, say), the temporary file is removed and `path` is left as it was.
pub fn write_atomic_with(
    path: &Path,
    overwrite: bool,
    write: impl FnOnce(&mut std::fs::File) -> io::Result<()>,
) -> io::Result<()> {
    write_inner(path, overwrite, true, Mode::Private, write)
}

fn write_inner(
    path: &Path,
    overwrite: bool,
    durable: bool,
    mode: Mode,
    write: impl FnOnce(&mut std::fs::File) -> io::Result<()>,
) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".sip-").suffix(".tmp");
    // tempfile creates files 0600; asked for 0666, open(2) takes the umask
    // off as it does for any new file.
    #[cfg(unix)]
    if mode == Mode::Shared {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut temp = builder.tempfile_in(dir)?;
    write(temp.as_file_mut())?;
    if durable {
        temp.as_file().sync_all()?;
    }
    if overwrite {
        temp.persist(path).map_err(|e| e.error)?;
    } else {
        temp.persist_noclobber(path).map_err(|e| e.error)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names in a folder: what a write left behind.
    fn names_in(dir: &Path) -> Vec<std::ffi::OsString> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect()
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_owner_only_and_shared_ones_follow_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |name: &str| {
            std::fs::metadata(dir.path().join(name))
                .unwrap()
                .permissions()
                .mode()
                & 0o777
        };
        // What the umask makes of a plain new file in the same folder.
        std::fs::File::create(dir.path().join("plain")).unwrap();
        write_atomic(&dir.path().join("plan.sip.yaml"), b"x", false).unwrap();
        write_atomic_mode(&dir.path().join("README.md"), b"x", false, Mode::Shared).unwrap();
        write_atomic_mode(&dir.path().join("p.sip.yaml"), b"x", true, Mode::Private).unwrap();
        write_replace_unsynced(&dir.path().join("cache"), b"x").unwrap();
        assert_eq!(mode("plan.sip.yaml"), 0o600);
        assert_eq!(mode("p.sip.yaml"), 0o600);
        assert_eq!(mode("cache"), 0o600);
        assert_eq!(mode("README.md"), mode("plain"));
    }

    #[test]
    fn refuses_to_replace_unless_told_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.sip.yaml");
        write_atomic(&path, b"one", false).unwrap();
        let err = write_atomic(&path, b"two", false).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write_atomic(&path, b"three", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
        let names = names_in(dir.path());
        assert_eq!(names, ["a.sip.yaml"]);
    }

    #[test]
    fn a_write_that_fails_halfway_leaves_the_old_file_and_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.sip.yaml");
        write_atomic(&path, b"the old plan", false).unwrap();
        let err = write_atomic_with(&path, true, |file| {
            file.write_all(b"the new pl")?;
            Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "no space left on device",
            ))
        })
        .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
        assert_eq!(std::fs::read(&path).unwrap(), b"the old plan");
        let names = names_in(dir.path());
        assert_eq!(names, ["a.sip.yaml"]);
    }

    #[test]
    fn a_folder_that_cannot_take_the_file_leaves_the_old_one() {
        // Renaming over a folder fails whoever runs the test (root included).
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.html");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("keep"), "kept").unwrap();
        assert!(write_atomic(&target, b"new", true).is_err());
        assert_eq!(
            std::fs::read_to_string(target.join("keep")).unwrap(),
            "kept"
        );
        let names = names_in(dir.path());
        assert_eq!(names, ["out.html"]);
    }
}
