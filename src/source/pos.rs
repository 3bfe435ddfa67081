//! A position in a source file.

use std::fmt;

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

impl Pos {
    pub const START: Pos = Pos { line: 1, column: 1 };

    pub fn new(line: usize, column: usize) -> Self {
        Pos {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    }

    /// The position of byte `offset` in `text` (past the end: the end):
    /// lines end at `\n`, columns count characters.
    pub fn at_offset(text: &str, offset: usize) -> Self {
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = &text[..end];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Pos::new(line, column)
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let text = "a: 1\nbå: x\n";
        assert_eq!(Pos::at_offset(text, 0), Pos::new(1, 1));
        assert_eq!(Pos::at_offset(text, 5), Pos::new(2, 1));
        // `x` stands after a two-byte `å`: column 5, byte 10.
        assert_eq!(Pos::at_offset(text, 10), Pos::new(2, 5));
        assert_eq!(
            Pos::at_offset(text, 7),
            Pos::at_offset(text, 6),
            "inside a character"
        );
        assert_eq!(Pos::at_offset(text, 99), Pos::new(3, 1));
    }
}
