//! Tables for people (comfy-table): fitted to the terminal, or to 80 columns
//! when the output is not a terminal; coloured only when colour is on.

use comfy_table::{
    ColumnConstraint, ContentArrangement, ContentLineStyle, LineStyle, Table, TableStyle, Width,
};
use std::io::IsTerminal;

use super::Style;

/// No borders, a rule under the header, no lines between rows: as much of
/// the width as possible goes to the content.
const STYLE: TableStyle = TableStyle::new()
    .header_lines(ContentLineStyle::none())
    .header_separator(LineStyle::none().fill('─').junction('─'))
    .content_lines(ContentLineStyle::none());

/// How a column takes its share of the width.
#[derive(Clone, Copy)]
pub enum Fit {
    /// As wide as its widest cell.
    Content,
    /// Wraps, at most this many characters wide.
    Wrap(u16),
    /// Wraps, sharing what the other columns leave.
    Fill,
}

/// A table with `header`, wrapped to fit the terminal.
pub fn new_table(header: &[&str], fits: &[Fit], style: Style) -> Table {
    let mut table = Table::new();
    table
        .load_style(STYLE)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.to_vec())
        .set_constraints(fits.iter().map(|fit| match fit {
            Fit::Content => ColumnConstraint::ContentWidth,
            Fit::Wrap(max) => ColumnConstraint::UpperBoundary(Width::Fixed(*max)),
            Fit::Fill => ColumnConstraint::LowerBoundary(Width::Fixed(10)),
        }));
    // One space after each column and the junction's space before the next.
    for column in table.column_iter_mut() {
        column.set_padding((0, 1));
    }
    if !std::io::stdout().is_terminal() {
        let width = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(80);
        table.force_no_tty().set_width(width);
    }
    if style.enabled {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}
