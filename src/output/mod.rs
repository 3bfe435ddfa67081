//! Writing results: formats for findings, colour, and a stdout that treats a
//! closed pipe (`sip check | head`) as success.

pub mod check;
pub mod csv;
pub mod diff;
pub mod ics;
pub mod markdown;
mod style;
pub mod table;

pub use style::Style;

use std::io::{self, Write};

/// [`print`], with a failure as sip's error (exit 2).
pub fn emit(text: &str) -> crate::error::Result<()> {
    as_error(print(text))
}

/// Writes `value` as pretty JSON straight to standard output, without first
/// building the whole text (a list of 100,000 plans is 60 MB of JSON).
pub fn emit_json<T: serde::Serialize>(value: &T) -> crate::error::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let result = serde_json::to_writer_pretty(&mut out, value)
        .map_err(io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    as_error(ignore_closed_pipe(result))
}

/// A write to standard output that failed as sip's error (exit 2).
fn as_error(result: io::Result<()>) -> crate::error::Result<()> {
    result.map_err(|source| crate::error::Error::Io {
        path: "<stdout>".into(),
        source,
    })
}

/// A reader that went away (a broken pipe) is not an error: the output was
/// not wanted any more.
fn ignore_closed_pipe(result: io::Result<()>) -> io::Result<()> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Writes all of `text` to standard output at once. A reader that went away
/// (a broken pipe) is not an error: the output was not wanted any more.
pub fn print(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    ignore_closed_pipe(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}
