//! "Did you mean …?": the closest of a set of names to a mistyped one.

/// The closest candidate within a small edit distance, for "did you mean".
pub fn suggest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_lowercase();
    candidates
        .map(|c| (distance(&lower, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn distance(a: &str, b: &str) -> usize {
    strsim::damerau_levenshtein(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_are_close_matches_only() {
        let keys = ["status", "start", "end"];
        assert_eq!(suggest("statsu", keys.iter().copied()), Some("status"));
        assert_eq!(suggest("zzzzzz", keys.iter().copied()), None);
        assert_eq!(distance("ab", "ba"), 1);
    }
}
