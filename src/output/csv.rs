//! CSV per RFC 4180: a header row, CRLF line ends, and fields quoted when
//! they hold a comma, a quote or a line break (quotes doubled).

use std::fmt::Write;

pub fn to_csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    write_row(&mut out, header.iter().copied());
    for row in rows {
        write_row(&mut out, row.iter().map(String::as_str));
    }
    out
}

fn write_row<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            let _ = write!(out, "\"{}\"", field.replace('"', "\"\""));
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
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
