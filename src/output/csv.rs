//! CSV per RFC 4180: a header row, CRLF line ends, and fields quoted when
//! they hold a comma, a quote or a line break (quotes doubled).

/// The header and rows as CSV text.
pub fn to_csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail; a field is any text.
    let _ = out.write_record(header);
    for row in rows {
        let _ = out.write_record(row.iter().map(|cell| defuse(cell).into_owned()));
    }
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd|…`,
/// `-…`, `@…`, or one starting with a tab or carriage return) gets a `'` in
/// front, as OWASP recommends for CSV meant for spreadsheets; numbers (`-3`)
/// stay as they are.
fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().is_err() {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_numbers_kept() {
        let rows = vec![vec![
            "=HYPERLINK(\"http://x\")".to_string(),
            "+cmd|' /C calc'!A0".into(),
            "-2+3".into(),
            "@SUM(1)".into(),
            "-3".into(),
            "Tolvan".into(),
        ]];
        assert_eq!(
            to_csv(&["a", "b", "c", "d", "e", "f"], &rows),
            "a,b,c,d,e,f\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'+cmd|' /C calc'!A0,'-2+3,'@SUM(1),-3,Tolvan\r\n"
        );
    }

    #[test]
    fn quotes_only_what_needs_it() {
        let rows = vec![vec![
            "a".to_string(),
            "Socialtjänsten, Exempels kommun".into(),
            "say \"hi\"\nbye".into(),
        ]];
        assert_eq!(
            to_csv(&["x", "y", "z"], &rows),
            "x,y,z\r\na,\"Socialtjänsten, Exempels kommun\",\"say \"\"hi\"\"\nbye\"\r\n"
        );
    }
}
