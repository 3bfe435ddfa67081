//! The one way `sip` writes: results to standard output, notes, warnings
//! and errors to standard error, with colour decided once by the usual
//! conventions, and identity numbers redacted by default.
//!
//! Everything a command prints goes through a [`Printer`]. Redaction can be
//! left out only by name ([`Printer::document`]): the person's own plan,
//! rendered for them, carries their number on purpose.

use serde::Serialize;
use std::io::{self, IsTerminal, Write};

use super::Style;
use crate::cli::ColorChoice;
use crate::config::Lang;
use crate::error::{Error, Result};
use crate::i18n::Catalogue;
use crate::personnummer::redact;

/// Where and how output is written.
#[derive(Clone, Copy, Debug)]
pub struct Printer {
    quiet: bool,
    out: Style,
    err: Style,
    /// The language of `error:`, `hint:` and `warning:`.
    lang: Lang,
}

impl Printer {
    /// A printer for `--color` and `-q`. `auto` colours a stream that is a
    /// terminal, unless `NO_COLOR` is set or `TERM=dumb`; `CLICOLOR_FORCE` or
    /// `FORCE_COLOR` colour even a pipe; `CLICOLOR=0` turns colour off.
    pub fn new(quiet: bool, color: ColorChoice, lang: Lang) -> Printer {
        Printer {
            quiet,
            lang,
            out: Style {
                enabled: use_color(color, &io::stdout()),
            },
            err: Style {
                enabled: use_color(color, &io::stderr()),
            },
        }
    }

    /// A printer that never colours (tests, and writing to files).
    pub fn plain() -> Printer {
        Printer {
            quiet: false,
            lang: Lang::En,
            out: Style { enabled: false },
            err: Style { enabled: false },
        }
    }

    /// The catalogue of the printer's language.
    pub fn catalogue(&self) -> &'static Catalogue {
        Catalogue::built_in(self.lang)
    }

    /// `-q`: only results, findings and errors.
    pub fn quiet(&self) -> bool {
        self.quiet
    }

    /// Colours for standard output.
    pub fn style(&self) -> Style {
        self.out
    }

    /// Colours for standard error.
    pub fn err_style(&self) -> Style {
        self.err
    }

    /// A command's result on standard output, identity numbers redacted. A
    /// reader that went away (`sip list | head`) is not an error.
    pub fn out(&self, text: &str) -> Result<()> {
        stdout_result(write_stdout(&for_people(text)))
    }

    /// The person's own document (`sip render` to standard output), written
    /// as it is: the only output that may carry an identity number.
    pub fn document(&self, text: &str) -> Result<()> {
        stdout_result(write_stdout(&escape_controls(text)))
    }

    /// A binary document (`sip render --format pdf`), written as it is; the
    /// command refuses to send one to a terminal ([`Printer::stdout_is_terminal`]).
    pub fn bytes(&self, bytes: &[u8]) -> Result<()> {
        let mut out = io::stdout().lock();
        stdout_result(ignore_closed_pipe(
            out.write_all(bytes).and_then(|()| out.flush()),
        ))
    }

    /// Whether standard output is a terminal (a PDF would garble it).
    pub fn stdout_is_terminal(&self) -> bool {
        io::stdout().is_terminal()
    }

    /// What sip generates from its own definitions (the schema, the manual,
    /// completions), written as it is: it holds no plan's data, only the
    /// published test numbers of its examples.
    pub fn generated(&self, text: &str) -> Result<()> {
        stdout_result(write_stdout(text))
    }

    /// A binary file (an Excel workbook) on standard output, only when it
    /// is not a terminal: bytes a terminal would show as garbage, and could
    /// take for control sequences. Text in it was redacted when it was made.
    pub fn binary(&self, bytes: &[u8]) -> Result<()> {
        if io::stdout().is_terminal() {
            return Err(Error::Unsupported {
                what: crate::i18n::Message::new("error-binary-terminal"),
                hint: crate::i18n::Message::new("hint-binary-terminal"),
            });
        }
        let mut out = io::stdout().lock();
        stdout_result(ignore_closed_pipe(
            out.write_all(bytes).and_then(|()| out.flush()),
        ))
    }

    /// `value` as pretty JSON on standard output, streamed (a list of
    /// 100,000 plans is 60 MB of JSON), identity numbers redacted line by line.
    pub fn json<T: Serialize>(&self, value: &T) -> Result<()> {
        let out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let mut out = RedactLines::new(out);
        let result = serde_json::to_writer_pretty(&mut out, value)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n"))
            .and_then(|()| out.flush());
        stdout_result(ignore_closed_pipe(result))
    }

    /// A note about what was done ("Wrote …"), on standard error; nothing
    /// with `-q`.
    pub fn note(&self, text: &str) {
        if !self.quiet {
            self.stderr(text);
        }
    }

    /// `warning: …` on standard error.
    pub fn warning(&self, text: &str) {
        let word = Catalogue::built_in(self.lang).text("warning-word");
        self.stderr(&format!("{}: {text}", self.err.yellow(&word)));
    }

    /// `error: …` and `hint: …` on standard error.
    pub fn error(&self, text: &str, hint: Option<&str>) {
        let cat = Catalogue::built_in(self.lang);
        let mut line = format!("{}: {text}", self.err.red(&cat.text("error-word")));
        if let Some(hint) = hint {
            line.push_str(&format!(
                "\n{}: {hint}",
                self.err.bold(&cat.text("hint-word"))
            ));
        }
        self.stderr(&line);
    }

    /// An operational error and its hint, in the printer's language.
    pub fn failure(&self, err: &Error) {
        let cat = Catalogue::built_in(self.lang);
        let hint = err.hint().map(|h| cat.message(&h));
        self.error(&err.say(cat), hint.as_deref());
    }

    /// Lines on standard error as they are (a newline is added when missing),
    /// identity numbers redacted. A closed standard error is not a crash:
    /// what could not be said is dropped.
    pub fn stderr(&self, text: &str) {
        let text = for_people(text);
        let mut err = io::stderr().lock();
        let _ = err.write_all(text.as_bytes());
        if !text.ends_with('\n') {
            let _ = err.write_all(b"\n");
        }
        let _ = err.flush();
    }
}

/// Text as every redacted stream writes it: identity numbers redacted,
/// control characters escaped, and redacted again: an escape (`\x01`) is
/// itself digits, and with the digits after it could make a number.
pub fn for_people(text: &str) -> std::borrow::Cow<'_, str> {
    // Redacted first too: an escape's digits must not hide a number after it
    // from the matcher by making its run of digits longer.
    let redacted = redact(text);
    match escape_controls(&redacted) {
        std::borrow::Cow::Borrowed(_) if matches!(redacted, std::borrow::Cow::Borrowed(_)) => {
            text.into()
        }
        escaped => redact(&escaped).into_owned().into(),
    }
}

/// `value` as pretty JSON the way [`Printer::json`] writes it, identity
/// numbers redacted line by line (for tests and the fuzz targets).
pub fn json_for_people<T: Serialize>(value: &T) -> io::Result<String> {
    let mut out = RedactLines::new(Vec::new());
    serde_json::to_writer_pretty(&mut out, value).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()?;
    String::from_utf8(out.inner).map_err(io::Error::other)
}

fn use_color(choice: ColorChoice, stream: &impl IsTerminal) -> bool {
    decide(choice, stream.is_terminal(), &ColorEnv::read())
}

/// The colour conventions of the environment, read by anstyle-query (as
/// anstream and clap read them), plus `FORCE_COLOR`.
#[derive(Default)]
struct ColorEnv {
    no_color: bool,
    /// `CLICOLOR`: `Some(false)` for `0`.
    clicolor: Option<bool>,
    clicolor_force: bool,
    force_color: bool,
    /// The terminal can show colour (`TERM` is not `dumb`).
    term_supports_color: bool,
}

impl ColorEnv {
    fn read() -> ColorEnv {
        ColorEnv {
            no_color: anstyle_query::no_color(),
            clicolor: anstyle_query::clicolor(),
            clicolor_force: anstyle_query::clicolor_force(),
            force_color: std::env::var_os("FORCE_COLOR").is_some_and(|v| !v.is_empty() && v != "0"),
            term_supports_color: anstyle_query::term_supports_color(),
        }
    }
}

fn decide(choice: ColorChoice, terminal: bool, env: &ColorEnv) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if env.no_color => false,
        ColorChoice::Auto if env.clicolor_force || env.force_color => true,
        ColorChoice::Auto if env.clicolor == Some(false) => false,
        ColorChoice::Auto => terminal && (env.term_supports_color || env.clicolor == Some(true)),
    }
}

fn write_stdout(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    ignore_closed_pipe(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

/// A write to standard output that failed, as sip's error (exit 2).
fn stdout_result(result: io::Result<()>) -> Result<()> {
    result.map_err(|source| Error::Stdout { source })
}

/// A reader that went away (a broken pipe) is not an error: the output was
/// not wanted any more.
fn ignore_closed_pipe(result: io::Result<()>) -> io::Result<()> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Control characters a plan may carry (ESC, BEL, other C0 and C1
/// controls) written as `\x1b`, so that plan text can never retitle or
/// clear a terminal. Line breaks and tabs stay; so do the colour codes sip
/// writes itself (`ESC [ … m`).
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    let is_control =
        |c: char| (c.is_control() && !matches!(c, '\n' | '\t' | '\r')) || c == '\u{7f}';
    if !text.chars().any(is_control) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, c) in text.char_indices() {
        if c == '\u{1b}' && is_sgr(&text[i + 1..]) {
            out.push(c);
        } else if is_control(c) {
            out.push_str(&format!("\\x{:02x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Whether `rest` (after an ESC) is a colour sequence: `[`, digits and `;`, `m`.
fn is_sgr(rest: &str) -> bool {
    let Some(body) = rest.strip_prefix('[') else {
        return false;
    };
    let end = body
        .find(|c: char| !(c.is_ascii_digit() || c == ';'))
        .unwrap_or(body.len());
    body[end..].starts_with('m')
}

/// One line of JSON with its identity numbers redacted: inside a string as
/// `[personnummer]`, and a bare JSON number as the string
/// `"[personnummer]"`, so the JSON stays valid. Twice: first with every
/// `\u0001` escape's hex digits read as letters (so the escape does not join
/// the digits of a number after it), then as written (so an escape and the
/// digits after it never make a number either).
fn redact_json_line(line: &str) -> std::borrow::Cow<'_, str> {
    let masked = mask_unicode_escapes(line);
    let first = replace_hits(line, crate::personnummer::find_all(&masked));
    match replace_hits(&first, crate::personnummer::find_all(&first)) {
        std::borrow::Cow::Borrowed(_) => first,
        std::borrow::Cow::Owned(second) => second.into(),
    }
}

/// `line` with the four hex digits of every `\uXXXX` escape replaced by
/// `x`, byte for byte.
fn mask_unicode_escapes(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains("\\u") {
        return line.into();
    }
    let mut bytes = line.as_bytes().to_vec();
    let mut slashes = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => slashes += 1,
            b'u' if slashes % 2 == 1 => {
                for b in bytes.iter_mut().skip(i + 1).take(4) {
                    if b.is_ascii_hexdigit() {
                        *b = b'x';
                    }
                }
                slashes = 0;
            }
            _ => slashes = 0,
        }
        i += 1;
    }
    // Only ASCII hex digits were replaced by ASCII: still UTF-8.
    String::from_utf8(bytes).map_or_else(|_| line.into(), Into::into)
}

/// `line` with `hits` replaced, inside a string or as a string.
fn replace_hits(line: &str, hits: Vec<std::ops::Range<usize>>) -> std::borrow::Cow<'_, str> {
    if hits.is_empty() {
        return line.into();
    }
    let mut out = String::with_capacity(line.len() + 16);
    let mut last = 0;
    for range in hits {
        let start = after_unicode_escape(line, range.start).min(range.end);
        let before = &line[..start];
        // Inside a string when an odd number of unescaped quotes precede it.
        let mut quotes = 0;
        let mut escaped = false;
        for c in before.chars() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => quotes += 1,
                _ => escaped = false,
            }
            if c != '\\' {
                escaped = false;
            }
        }
        out.push_str(&line[last..start]);
        out.push_str(if quotes % 2 == 1 {
            "[personnummer]"
        } else {
            "\"[personnummer]\""
        });
        last = range.end;
    }
    out.push_str(&line[last..]);
    out.into()
}

/// Where a hit that starts at `start` may begin without breaking JSON: a
/// control character is written `\u0001`, whose hex digits are digits too,
/// so a hit that begins inside such an escape begins after it.
fn after_unicode_escape(line: &str, start: usize) -> usize {
    let bytes = line.as_bytes();
    for back in 2..=5 {
        let Some(e) = start.checked_sub(back) else {
            break;
        };
        if bytes[e] == b'\\' && bytes.get(e + 1) == Some(&b'u') {
            // The backslash escapes the `u` only when it is not itself escaped.
            let slashes = bytes[..=e]
                .iter()
                .rev()
                .take_while(|&&b| b == b'\\')
                .count();
            let end = (e + 6).min(line.len());
            if slashes % 2 == 1 && line.is_char_boundary(end) {
                return end;
            }
        }
    }
    start
}

/// A writer that redacts identity numbers one line at a time (a number never
/// spans a line break).
struct RedactLines<W: Write> {
    inner: W,
    line: Vec<u8>,
}

impl<W: Write> RedactLines<W> {
    fn new(inner: W) -> Self {
        RedactLines {
            inner,
            line: Vec::new(),
        }
    }

    fn flush_line(&mut self) -> io::Result<()> {
        match std::str::from_utf8(&self.line) {
            Ok(text) => self.inner.write_all(redact_json_line(text).as_bytes())?,
            Err(_) => self.inner.write_all(&self.line)?,
        }
        self.line.clear();
        Ok(())
    }
}

impl<W: Write> Write for RedactLines<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = rest.iter().position(|&b| b == b'\n') {
            self.line.extend_from_slice(&rest[..=i]);
            self.flush_line()?;
            rest = &rest[i + 1..];
        }
        self.line.extend_from_slice(rest);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.flush_line()?;
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_across_writes_by_line() {
        let mut out = RedactLines::new(Vec::new());
        out.write_all(b"{\"name\": \"Tolvan 1912").unwrap();
        out.write_all(b"1212-1212\"}\n\"next 19121212-1212\"")
            .unwrap();
        out.flush().unwrap();
        assert_eq!(
            String::from_utf8(out.inner).unwrap(),
            "{\"name\": \"Tolvan [personnummer]\"}\n\"next [personnummer]\""
        );
    }

    #[test]
    fn control_characters_are_escaped_but_our_colours_kept() {
        assert_eq!(
            escape_controls("a\u{1b}]0;pwned\u{7}b"),
            "a\\x1b]0;pwned\\x07b"
        );
        assert_eq!(escape_controls("\u{1b}[2Jclear"), "\\x1b[2Jclear");
        assert_eq!(
            escape_controls("\u{1b}[1;31merror\u{1b}[0m"),
            "\u{1b}[1;31merror\u{1b}[0m"
        );
        assert_eq!(escape_controls("x\u{9b}y\u{7f}"), "x\\x9by\\x7f");
        assert_eq!(escape_controls("line\r\nnext\ttab"), "line\r\nnext\ttab");
    }

    #[test]
    fn json_stays_json_when_a_number_is_redacted() {
        let line = r#"  "a": "x 19121212-1212", "b": 191212121212, "c": "q\"191212121212""#;
        assert_eq!(
            redact_json_line(line),
            r#"  "a": "x [personnummer]", "b": "[personnummer]", "c": "q\"[personnummer]""#
        );
    }

    #[test]
    fn an_escape_that_forms_a_number_with_the_digits_after_it_stays_json() {
        // A control character before `0101-0007` (not a number in the plan):
        // escaped, the text reads `010101-0007`, which is one.
        let text = "x\u{1}0101-0007 \u{1}19121212-1212";
        assert!(crate::personnummer::find_all(&escape_controls(text)).len() == 1);
        let shown = for_people(text);
        assert!(crate::personnummer::find_all(&shown).is_empty(), "{shown}");
        assert!(!shown.contains("1212-1212"), "{shown}");
        let json = json_for_people(&serde_json::json!({ "a": text })).unwrap();
        let back: serde_json::Value = serde_json::from_str(&json).expect(&json);
        let a = back["a"].as_str().unwrap();
        assert!(crate::personnummer::find_all(a).is_empty(), "{a}");
        assert!(crate::personnummer::find_all(&json).is_empty(), "{json}");
    }

    #[test]
    fn colour_choice() {
        let term = ColorEnv {
            term_supports_color: true,
            ..ColorEnv::default()
        };
        assert!(decide(ColorChoice::Always, false, &term));
        assert!(!decide(ColorChoice::Never, true, &term));
        assert!(!decide(ColorChoice::Auto, false, &term));
        assert!(decide(ColorChoice::Auto, true, &term));
        let dumb = ColorEnv::default();
        assert!(!decide(ColorChoice::Auto, true, &dumb), "TERM=dumb");
        let no_color = ColorEnv {
            no_color: true,
            ..ColorEnv::default()
        };
        assert!(!decide(ColorChoice::Auto, true, &no_color));
        assert!(
            decide(ColorChoice::Always, true, &no_color),
            "--color always wins"
        );
        let forced = ColorEnv {
            force_color: true,
            ..ColorEnv::default()
        };
        assert!(decide(ColorChoice::Auto, false, &forced));
        let clicolor_off = ColorEnv {
            clicolor: Some(false),
            term_supports_color: true,
            ..ColorEnv::default()
        };
        assert!(!decide(ColorChoice::Auto, true, &clicolor_off));
    }
}
