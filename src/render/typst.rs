//! Plan text in Typst source (`templates/plan.typ`, the PDF's source): every
//! value the template shows is escaped so that Typst reads it as the text it
//! is, never as markup or code. Plain Rust, built without the `pdf` feature
//! too, so a repository's `plan.typ` can be rendered and tested anywhere.

/// `text` as Typst markup that shows exactly `text`: every ASCII punctuation
/// character is escaped with a backslash (`#` code, `$` maths, `*` and `_`
/// emphasis, `@` references, `<` labels, `` ` `` raw text, `/` comments,
/// `=`, `-`, `+` and `1.` at a line's start, `"` and `'` smart quotes, `~`
/// and `...` shorthands, `http://` links), a line break stays a line break,
/// a tab is a space, and other control characters become U+FFFD (they have
/// no glyph, and PDF/A forbids a missing one).
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            // A forced line break: `\` before the end of a line.
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push_str("\\\n"),
            '\t' => out.push(' '),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// `text` as a Typst string literal, quotes included, for code
/// (`#set text(lang: "sv")`).
pub fn string_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_markup_character_is_escaped() {
        assert_eq!(
            escape_markup("#let x = 1 $a$ *b* _c_ @ref <lab> `raw` \\ // not a comment"),
            "\\#let x \\= 1 \\$a\\$ \\*b\\* \\_c\\_ \\@ref \\<lab\\> \\`raw\\` \\\\ \\/\\/ not a comment"
        );
        assert_eq!(
            escape_markup("- a\n+ b\n= c\n1. d"),
            "\\- a\\\n\\+ b\\\n\\= c\\\n1\\. d"
        );
        assert_eq!(escape_markup("https://x.se"), "https\\:\\/\\/x\\.se");
        assert_eq!(escape_markup("a\r\nb\tc\u{7}"), "a\\\nb c\u{FFFD}");
        // Letters, digits and other scripts stay as written.
        assert_eq!(escape_markup("Åsa Öberg 42 مرحبا"), "Åsa Öberg 42 مرحبا");
    }

    #[test]
    fn string_literals_escape_quotes_and_backslashes() {
        assert_eq!(string_literal("sv"), "\"sv\"");
        assert_eq!(string_literal("a\"b\\c\n\u{1}"), "\"a\\\"b\\\\c\\n\\u{1}\"");
    }
}
