//! Bounded, UTF-8-checked reads of plan files.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use super::Pos;
use crate::config::Lang;
use crate::i18n::{Catalogue, Message};

/// Why a file could not be turned into text.
#[derive(Debug)]
pub enum ReadError {
    /// The operating system refused (missing, permission, a loop of links…).
    Io(io::Error),
    /// The file is larger than the configured limit; it is not read.
    TooLarge { size: u64, limit: u64 },
    /// The bytes are not UTF-8; `pos` is where the first bad byte stands.
    NotUtf8 { pos: Pos },
    /// A folder, a FIFO, a device: not opened.
    NotAFile,
}

impl ReadError {
    /// What went wrong and how to fix it, as a catalogue message; the
    /// position of a non-UTF-8 byte is the caller's to show.
    pub fn message(&self) -> Message {
        match self {
            ReadError::Io(err) => Message::new("read-io").arg("reason", err.to_string()),
            ReadError::TooLarge { size, limit } => Message::new("read-too-large")
                .arg("size", *size)
                .arg("limit", *limit),
            ReadError::NotUtf8 { .. } => Message::new("read-not-utf8"),
            ReadError::NotAFile => Message::new("read-not-a-file"),
        }
    }

    /// The message in a language, with the position of a non-UTF-8 byte in
    /// front, for places that report a file in one line.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        let text = catalogue.message(&self.message());
        match self {
            ReadError::NotUtf8 { pos } => format!("{pos}: {text}"),
            _ => text,
        }
    }
}

impl std::fmt::Display for ReadError {
    /// In English (what a person reads is [`ReadError::say`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Catalogue::built_in(Lang::En).message(&self.message()))
    }
}

impl ReadError {
    /// The message with the position of a non-UTF-8 byte, for a version of
    /// a file that could not be used (`diff`, `log`).
    pub fn problem(&self) -> Problem {
        Problem {
            pos: match self {
                ReadError::NotUtf8 { pos } => Some(*pos),
                _ => None,
            },
            message: self.message(),
        }
    }
}

/// Why one version of a file could not be used (not read, not YAML): a
/// catalogue message and where in the file, when known. Said in a language
/// only when shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub pos: Option<Pos>,
    pub message: Message,
}

impl Problem {
    /// The message in a language, with the position in front when known.
    pub fn say(&self, catalogue: &Catalogue) -> String {
        let text = catalogue.message(&self.message);
        match self.pos {
            Some(pos) => format!("{pos}: {text}"),
            None => text,
        }
    }
}

impl From<super::YamlError> for Problem {
    fn from(e: super::YamlError) -> Problem {
        Problem {
            pos: Some(e.pos),
            message: e.message,
        }
    }
}

/// Reads a whole file as UTF-8 text, refusing files over `limit` bytes before
/// reading them, and stripping a leading byte-order mark.
pub fn read_bounded(path: &Path, limit: u64) -> Result<String, ReadError> {
    // Never open what is not a regular file (a link to one is fine): a FIFO
    // named like a plan would block the read forever, a device never ends.
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    let file = File::open(path).map_err(ReadError::Io)?;
    let size = file.metadata().map_err(ReadError::Io)?.len();
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // `take` guards against a file that grows between `metadata` and `read`.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    decode(bytes)
}

/// Bytes from elsewhere (a git blob) as text, under the same limit and rules
/// as [`read_bounded`].
pub fn text_from_bytes(bytes: &[u8], limit: u64) -> Result<String, ReadError> {
    let size = bytes.len() as u64;
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    decode(bytes.to_vec())
}

fn decode(bytes: Vec<u8>) -> Result<String, ReadError> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            Ok(text)
        }
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let good = std::str::from_utf8(&err.as_bytes()[..valid]).unwrap_or_default();
            // Lines as YAML and editors count them: a lone `\r` ends one too.
            let good = good.replace("\r\n", "\n");
            let line = good.matches(['\n', '\r']).count() + 1;
            let column = good
                .rsplit(['\n', '\r'])
                .next()
                .map_or(0, |l| l.chars().count())
                + 1;
            Err(ReadError::NotUtf8 {
                pos: Pos::new(line, column),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_position_of_first_bad_byte() {
        let err = decode(b"a: 1\nbb: \xff\n".to_vec()).unwrap_err();
        match err {
            ReadError::NotUtf8 { pos } => assert_eq!(pos, Pos::new(2, 5)),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn strips_byte_order_mark() {
        assert_eq!(decode(b"\xef\xbb\xbfa: 1".to_vec()).unwrap(), "a: 1");
    }

    #[test]
    fn refuses_large_file_without_reading_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.sip.yaml");
        std::fs::write(&path, vec![b'a'; 100]).unwrap();
        match read_bounded(&path, 10) {
            Err(ReadError::TooLarge {
                size: 100,
                limit: 10,
            }) => {}
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(read_bounded(&path, 100).unwrap().len(), 100);
    }
}

/// A plan file to read: where it is, and how to name it in output.
#[derive(Clone, Debug)]
pub struct FileInput {
    pub path: std::path::PathBuf,
    pub display: String,
}

/// One version of one plan file, as read from a revision or the work tree.
#[derive(Clone)]
pub struct Version {
    /// The path relative to the repository root, with `/` separators.
    pub path: String,
    /// The text, or why it could not be read (too large, not UTF-8…).
    pub text: Result<String, Problem>,
}

/// A file that differs between the two sides: absent on one side when added or removed.
pub struct FileDelta {
    pub old: Option<Version>,
    pub new: Option<Version>,
}
