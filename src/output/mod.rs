//! Writing results: formats for findings, tables, calendars and diffs, and
//! the one [`Printer`] everything is written through.

pub mod check;
pub mod csv;
pub mod diff;
pub mod ics;
pub mod markdown;
mod printer;
mod style;
pub mod table;

pub use printer::{Printer, for_people, json_for_people};
pub use style::Style;
