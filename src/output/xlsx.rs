//! Excel workbooks (`--format xlsx` of `list`, `due` and `stats`): one sheet
//! with a bold header row that stays in view, an autofilter over the table,
//! columns wide enough for what they hold, numbers as numbers and dates as
//! dates. Unlike CSV this is read the same in every locale: no separator or
//! character set for Excel to guess.
//!
//! Text is written as text (never a formula) with identity numbers redacted,
//! as [`crate::output::Printer`] does for every other output.

use chrono::NaiveDate;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::personnummer::redact;

/// One cell of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub enum XCell {
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Bool(bool),
    /// An empty cell (no date, a suppressed count).
    Empty,
}

impl XCell {
    /// Text, or an empty cell for empty text.
    pub fn text(text: impl Into<String>) -> XCell {
        let text = text.into();
        if text.is_empty() {
            XCell::Empty
        } else {
            XCell::Text(text)
        }
    }

    /// A date, or an empty cell.
    pub fn date(date: Option<NaiveDate>) -> XCell {
        date.map_or(XCell::Empty, XCell::Date)
    }

    /// How many characters the cell shows, for the column's width.
    fn width(&self) -> usize {
        match self {
            XCell::Text(t) => t.lines().map(|l| l.chars().count()).max().unwrap_or(0),
            XCell::Number(n) => n.to_string().len(),
            XCell::Date(_) => 10,
            XCell::Bool(_) => 5,
            XCell::Empty => 0,
        }
    }
}

/// The narrowest and widest column, in characters.
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;

/// A workbook of one sheet named `sheet`: `header`, then `rows`.
pub fn workbook(sheet: &str, header: &[&str], rows: &[Vec<XCell>]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let ws = book.add_worksheet();
    ws.set_name(sheet)?;
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count() + 3).collect();
    for (col, name) in header.iter().enumerate() {
        ws.write_string_with_format(0, col_num(col)?, *name, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (col, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(col) {
                *w = (*w).max(cell.width() + 1);
            }
            let c = col_num(col)?;
            match cell {
                XCell::Text(t) => {
                    ws.write_string(r, c, redact(t))?;
                }
                XCell::Number(n) => {
                    ws.write_number(r, c, *n)?;
                }
                XCell::Date(d) => {
                    ws.write_datetime_with_format(r, c, d, &date)?;
                }
                XCell::Bool(b) => {
                    ws.write_boolean(r, c, *b)?;
                }
                XCell::Empty => {}
            }
        }
    }
    for (col, width) in widths.iter().enumerate() {
        ws.set_column_width(
            col_num(col)?,
            width.clamp(&MIN_WIDTH, &MAX_WIDTH).to_owned() as f64,
        )?;
    }
    if !header.is_empty() {
        let last_row = u32::try_from(rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
        ws.autofilter(0, 0, last_row, col_num(header.len() - 1)?)?;
    }
    ws.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}

fn col_num(col: usize) -> Result<u16, XlsxError> {
    u16::try_from(col).map_err(|_| XlsxError::RowColumnLimitError)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_zip_with_the_sheet() {
        let rows = vec![vec![
            XCell::text("Åsa Öberg 19121212-1212"),
            XCell::Number(3.0),
            XCell::date("2026-03-01".parse().ok()),
            XCell::Bool(true),
            XCell::Empty,
        ]];
        let bytes = workbook("plans", &["a", "b", "c", "d", "e"], &rows).unwrap();
        assert_eq!(&bytes[..2], b"PK", "an xlsx is a zip archive");
        // The shared strings are stored deflated: look for the redaction
        // by reading no further than that the workbook was made.
        assert!(bytes.len() > 1000);
    }

    #[test]
    fn text_cells_empty_when_empty() {
        assert_eq!(XCell::text(""), XCell::Empty);
        assert_eq!(XCell::date(None), XCell::Empty);
        assert_eq!(XCell::text("ä").width(), 1);
    }
}
