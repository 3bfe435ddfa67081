//! Writing results: formats for findings, tables and diffs, and
//! the one [`Printer`] everything is written through.

pub mod check;
pub mod csv;
pub mod diff;
pub mod markdown;
mod printer;
pub mod shapes;
pub mod snippet;
mod style;
pub mod table;
pub mod xlsx;

pub use printer::{Printer, for_people, json_for_people};
pub use style::Style;
