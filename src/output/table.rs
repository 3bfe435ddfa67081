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

/// Fits, in the order of the columns.
impl Fit {
    /// The width this column gets, given the widest cell of its content
    /// (header included) and what the other columns leave.
    fn width(self, widest: usize, left: usize) -> u16 {
        let w = match self {
            Fit::Content => widest,
            Fit::Wrap(max) => widest.min(usize::from(max)),
            Fit::Fill => left.max(10),
        };
        u16::try_from(w).unwrap_or(u16::MAX)
    }
}

/// Prints a table of `n` rows, `row(i)` making row `i`: as one table, or,
/// when there are more than [`PART`] rows, a part at a time with the same
/// column widths, so that no table holds every row (one comfy-table of
/// 100,000 rows took 260 MB and a minute to lay out).
pub fn emit_rows(
    header: &[&str],
    fits: &[Fit],
    printer: &super::Printer,
    n: usize,
    row: &dyn Fn(usize) -> Vec<comfy_table::Cell>,
) -> crate::error::Result<()> {
    let style = printer.style();
    // Into a pipe or a file: one line per row, never wrapped, so that
    // `sip list | grep …` finds a whole row.
    if !std::io::stdout().is_terminal() && std::env::var_os("COLUMNS").is_none() && !style.enabled {
        return emit_lines(header, printer, n, row);
    }
    if n <= PART {
        let mut table = new_table(header, fits, style);
        for i in 0..n {
            table.add_row(row(i));
        }
        return printer.out(&format!("{table}\n"));
    }
    let width = |s: &str| s.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut widest: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for i in 0..n {
        for (w, cell) in widest.iter_mut().zip(row(i)) {
            *w = (*w).max(width(&cell.content()));
        }
    }
    let widths = fixed_widths(&widest, fits, total_width());
    for start in (0..n).step_by(PART) {
        let end = (start + PART).min(n);
        let table = part_table(
            (start == 0).then_some(header),
            &widths,
            style,
            (start..end).map(row),
        );
        printer.out(&format!("{table}\n"))?;
    }
    Ok(())
}

/// A table as plain lines: columns as wide as their widest cell, two spaces
/// apart, a line break inside a cell written as a space, no trailing spaces.
fn emit_lines(
    header: &[&str],
    printer: &super::Printer,
    n: usize,
    row: &dyn Fn(usize) -> Vec<comfy_table::Cell>,
) -> crate::error::Result<()> {
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let width = |s: &str| s.chars().count();
    let mut widest: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for i in 0..n {
        for (w, cell) in widest.iter_mut().zip(row(i)) {
            *w = (*w).max(width(&flat(&cell.content())));
        }
    }
    let line = |cells: Vec<String>| {
        let mut out = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widest).enumerate() {
            if i > 0 {
                out.push_str("  ");
            }
            out.push_str(cell);
            out.extend(std::iter::repeat_n(' ', w.saturating_sub(width(cell))));
        }
        let mut out = out.trim_end().to_owned();
        out.push('\n');
        out
    };
    let mut text = line(header.iter().map(|h| (*h).to_owned()).collect());
    for start in (0..n).step_by(PART) {
        for i in start..(start + PART).min(n) {
            text.push_str(&line(row(i).iter().map(|c| flat(&c.content())).collect()));
        }
        printer.out(&text)?;
        text.clear();
    }
    if !text.is_empty() {
        printer.out(&text)?;
    }
    Ok(())
}

/// Rows per part of a long table (see [`fixed_widths`]).
const PART: usize = 1000;

/// Column widths for a table printed in parts of [`PART`] rows, so that
/// every part lines up without one table holding every row: `widest[i]` is
/// the widest cell of column `i` over all rows and the header.
fn fixed_widths(widest: &[usize], fits: &[Fit], total: u16) -> Vec<u16> {
    // Each column has one space of padding and one before the next.
    let fixed: usize = widest
        .iter()
        .zip(fits)
        .filter(|(_, f)| !matches!(f, Fit::Fill))
        .map(|(&w, &f)| usize::from(f.width(w, 0)) + 2)
        .sum();
    let left = usize::from(total).saturating_sub(fixed + 2);
    let mut widths: Vec<u16> = widest
        .iter()
        .zip(fits)
        .map(|(&w, &f)| f.width(w, left))
        .collect();
    // Too wide for the terminal: narrow the wrapping columns, widest first,
    // down to 8 characters, as the one-table layout would.
    let sum = |w: &[u16]| w.iter().map(|&x| usize::from(x) + 2).sum::<usize>();
    while sum(&widths) > usize::from(total) {
        let narrowest_allowed = 8;
        let Some(i) = (0..widths.len())
            .filter(|&i| {
                matches!(fits[i], Fit::Wrap(_) | Fit::Fill) && widths[i] > narrowest_allowed
            })
            .max_by_key(|&i| widths[i])
        else {
            break;
        };
        widths[i] -= 1;
    }
    widths
}

/// One part of a long table: these exact column widths, and the header only
/// when `header` is given (the first part).
fn part_table(
    header: Option<&[&str]>,
    widths: &[u16],
    style: Style,
    rows: impl IntoIterator<Item = Vec<comfy_table::Cell>>,
) -> Table {
    let mut table = base_table(style);
    if let Some(header) = header {
        table.set_header(header.to_vec());
    }
    // Columns exist once there are cells: rows before widths and padding.
    for row in rows {
        table.add_row(row);
    }
    table.set_constraints(
        widths
            .iter()
            .map(|&w| ColumnConstraint::Absolute(Width::Fixed(w + 1))),
    );
    for column in table.column_iter_mut() {
        column.set_padding((0, 1));
    }
    table
}

/// The width tables are fitted to: the terminal's, else `COLUMNS`, else 80.
fn total_width() -> u16 {
    if !std::io::stdout().is_terminal() {
        return std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(80);
    }
    Table::new().width().unwrap_or(80)
}

/// No borders, fitted to [`total_width`], coloured only when colour is on.
fn base_table(style: Style) -> Table {
    let mut table = Table::new();
    table
        .load_style(STYLE)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !std::io::stdout().is_terminal() {
        table.force_no_tty().set_width(total_width());
    }
    if style.enabled {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_widths_fill_the_width_and_never_exceed_it() {
        let fits = [Fit::Content, Fit::Wrap(18), Fit::Fill];
        // Room to spare: content as wide as it is, the filler takes the rest.
        assert_eq!(fixed_widths(&[10, 12, 40], &fits, 80), vec![10, 12, 52]);
        // Too wide: the wrapping columns give way, down to 8.
        let w = fixed_widths(&[30, 40, 40], &fits, 60);
        assert!(w.iter().map(|&x| x + 2).sum::<u16>() <= 60, "{w:?}");
        assert_eq!(w[0], 30);
    }
}
