//! Text from a plan made safe inside Markdown (a `sip diff --format md`
//! table, a `sip render --format md` document): no HTML, no emphasis, links
//! or headings from plan text, no table breaks, one line. Redacting identity
//! numbers is the caller's choice (`sip diff` does; a rendered plan shows
//! the person's own number, as the document given to them should).

/// Escapes `text` for Markdown.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' | '!' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cannot_inject_html_or_break_a_table() {
        assert_eq!(
            escape("<script>a|b</script> *x* [l](u)\nny rad"),
            "&lt;script&gt;a\\|b&lt;/script&gt; \\*x\\* \\[l\\](u)<br>ny rad"
        );
    }
}
