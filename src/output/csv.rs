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
        let _ = out.write_record(row);
    }
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

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
