//! Reading plan files from disk and turning YAML text into a JSON value plus a
//! map from JSON pointers back to line and column. Owns every bound on hostile
//! input (file size, nesting depth, alias expansion); knows nothing about plans.

mod file;
pub mod pointer;
mod pos;
mod yaml;

pub use file::{FileDelta, FileInput, Problem, ReadError, Version, read_bounded, text_from_bytes};
pub use pos::Pos;
pub use yaml::{Document, Entry, Node, NodeKind, YamlError, parse, parse_value};
