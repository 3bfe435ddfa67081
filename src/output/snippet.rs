//! A finding's source line with a caret under the place, as rustc, clippy
//! and ruff show them:
//!
//! ```text
//!    |
//! 12 |   - date: 2026-03-12
//!    |     ^^^^^^^^^^^^^^^^ no-open-follow-up
//! ```
//!
//! Written by hand rather than with annotate-snippets: sip shows one line and
//! one span, never several, and the line must be redacted (identity numbers)
//! and escaped (control characters) *before* the caret is placed, or the
//! caret would stand under the wrong text: `[personnummer]` is one character
//! longer than the number, `\x1b` four longer than ESC. A renderer that lays
//! out the raw line cannot know that; doing it here is some 60 lines, and no
//! new dependency.

use unicode_width::UnicodeWidthStr;

use super::Style;
use crate::check::Severity;
use crate::personnummer;

/// The snippet for a finding at `line`:`column` (1-based, columns in
/// characters) of `source`, labelled `label`; `None` when the file has no
/// such line. `key` is the last segment of the finding's JSON pointer: when
/// the place is that key (`unknown: …`), only the key is underlined, else the
/// value to the end of the line (a trailing `# comment` left out).
pub fn snippet(
    source: &str,
    line: u32,
    column: u32,
    key: Option<&str>,
    label: &str,
    severity: Severity,
    style: Style,
) -> Option<String> {
    let text = source
        .lines()
        .nth(usize::try_from(line).ok()?.checked_sub(1)?)?;
    let text = text.trim_end_matches('\r');
    let start = byte_at(text, column.saturating_sub(1) as usize);
    let mut end = span_end(text, start, key);
    let mut start = start;
    // An identity number touched by the span is underlined whole.
    for hit in personnummer::find_all(text) {
        if hit.start < end.max(start + 1) && hit.end > start {
            start = start.min(hit.start);
            end = end.max(hit.end);
        }
    }
    let shown = |part: &str| escape(&personnummer::redact(part));
    let before = shown(&text[..start]);
    let span = shown(&text[start..end]);
    let after = shown(&text[end..]);
    let number = line.to_string();
    let pad = " ".repeat(number.len());
    let bar = style.dim("|");
    let carets = "^".repeat(span.width().max(1));
    let carets = match severity {
        Severity::Error => style.red(&format!("{carets} {label}")),
        Severity::Warning => style.yellow(&format!("{carets} {label}")),
    };
    Some(format!(
        "{pad} {bar}\n{} {bar} {before}{span}{after}\n{pad} {bar} {}{carets}\n",
        style.dim(&number),
        " ".repeat(before.width()),
    ))
}

/// The byte offset of character `chars` of `text` (its end when shorter).
fn byte_at(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

/// Where the underline ends: after the key when the place is the key, else
/// at the end of the value (before a `# comment` and trailing spaces).
fn span_end(text: &str, start: usize, key: Option<&str>) -> usize {
    let rest = &text[start..];
    if let Some(key) = key.filter(|k| !k.is_empty()) {
        for quoted in [key.to_owned(), format!("\"{key}\""), format!("'{key}'")] {
            if rest.starts_with(&quoted) && rest[quoted.len()..].trim_start().starts_with(':') {
                return start + quoted.len();
            }
        }
    }
    let content = match rest.chars().next() {
        Some(q @ ('"' | '\'')) => quoted(rest, q),
        _ => {
            let mut content = rest.find(" #").map_or(rest, |i| &rest[..i]);
            // In a flow collection (`{ given: false, … }`) a plain value
            // ends at the next `,`, `}` or `]`.
            if text[..start].contains(['{', '[']) {
                content = content
                    .find([',', '}', ']'])
                    .map_or(content, |i| &content[..i]);
            }
            content
        }
    };
    let end = start + content.trim_end().len();
    if end > start {
        end
    } else {
        // Nothing at the place (a missing value): one caret.
        text[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8())
    }
}

/// A quoted scalar with its quotes: to the closing quote (`\"` escapes in
/// double quotes, `''` in single ones), or the rest when it does not close.
fn quoted(rest: &str, quote: char) -> &str {
    let mut chars = rest.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            c if c == quote => {
                if quote == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
                    chars.next();
                } else {
                    return &rest[..i + 1];
                }
            }
            _ => {}
        }
    }
    rest
}

/// Plan text shown as it cannot act on a terminal: every control character
/// (ESC included: this is never sip's own colour) as `\x1b`, a tab as a space
/// so the caret stays in line.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            c if c.is_control() || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(source: &str, line: u32, column: u32, key: Option<&str>) -> String {
        snippet(
            source,
            line,
            column,
            key,
            "label",
            Severity::Error,
            Style { enabled: false },
        )
        .unwrap()
    }

    #[test]
    fn the_value_is_underlined_to_the_end_of_the_line_without_a_comment() {
        let source = "id: x\nfollow_ups:\n  - date: 2026-03-12  # the next one\n";
        assert_eq!(
            plain(source, 3, 11, Some("date")),
            "  |\n3 |   - date: 2026-03-12  # the next one\n  |           ^^^^^^^^^^ label\n"
        );
    }

    #[test]
    fn quoted_and_flow_values_end_where_they_end() {
        let source = "id: \"2026-0900\"   # a \"comment\"\nc: { given: false, x: 'it''s' }\n";
        assert!(plain(source, 1, 5, Some("id")).ends_with("    ^^^^^^^^^^^ label\n"));
        assert!(plain(source, 2, 13, Some("given")).ends_with("            ^^^^^ label\n"));
        assert!(plain(source, 2, 23, Some("x")).ends_with("^^^^^^^ label\n"));
    }

    #[test]
    fn a_key_alone_is_underlined_when_the_place_is_the_key() {
        let source = "id: x\nunknwn: 3\n";
        assert_eq!(
            plain(source, 2, 1, Some("unknwn")),
            "  |\n2 | unknwn: 3\n  | ^^^^^^ label\n"
        );
    }

    #[test]
    fn identity_numbers_are_redacted_and_the_caret_stays_under_the_value() {
        let source = "person:\n  note: \"född 19121212-1212\" å ä\n  personal_id: 19121212-1212\n";
        let out = plain(source, 3, 16, Some("personal_id"));
        assert_eq!(
            out,
            "  |\n3 |   personal_id: [personnummer]\n  |                ^^^^^^^^^^^^^^ label\n"
        );
        // A caret after a redacted number on the same line moves with it.
        let out = plain(source, 2, 30, None);
        assert!(!out.contains("1212"), "{out}");
        let lines: Vec<&str> = out.lines().collect();
        let caret = lines[2].chars().position(|c| c == '^').unwrap();
        let under: String = lines[1].chars().skip(caret).collect();
        assert_eq!(under, "å ä", "{out}");
        assert!(lines[2].ends_with("^^^ label"), "{out}");
    }

    #[test]
    fn control_characters_are_escaped_and_a_missing_line_gives_nothing() {
        let out = plain("name: a\u{1b}]0;x\u{7}b\n", 1, 7, None);
        assert_eq!(
            out,
            "  |\n1 | name: a\\x1b]0;x\\x07b\n  |       ^^^^^^^^^^^^^^ label\n"
        );
        assert!(
            snippet(
                "a: 1\n",
                5,
                1,
                None,
                "l",
                Severity::Error,
                Style { enabled: false }
            )
            .is_none()
        );
        assert!(
            snippet(
                "a: 1\n",
                0,
                1,
                None,
                "l",
                Severity::Error,
                Style { enabled: false }
            )
            .is_none()
        );
    }
}
