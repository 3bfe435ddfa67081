//! A stable hash for names that must not change between runs, platforms or
//! sip versions (GitLab fingerprints, cache file names): std's hasher
//! promises none of that.

/// FNV-1a, 128 bits, over `parts` each followed by a zero byte (so
/// `["ab", "c"]` and `["a", "bc"]` differ).
pub fn stable(parts: &[&[u8]]) -> u128 {
    let mut hash: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for part in parts {
        for &byte in part.iter().chain(std::iter::once(&0)) {
            hash ^= u128::from(byte);
            hash = hash.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
        }
    }
    hash
}

/// [`stable`] over text, in hex (32 digits).
pub fn stable_hex(parts: &[&str]) -> String {
    let bytes: Vec<&[u8]> = parts.iter().map(|p| p.as_bytes()).collect();
    format!("{:032x}", stable(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_separated() {
        // Pinned: a change would rename every GitLab issue and cache file.
        assert_eq!(stable_hex(&[]), "6c62272e07bb014262b821756295c58d");
        // Computed independently (Python) for FNV-1a 128 over the parts, each + "\0".
        assert_eq!(
            stable_hex(&["plans/a.sip.yaml", "SIP004", "/lead/principal"]),
            "a931d41ad854fefe112812819d7b24a8"
        );
        assert_ne!(stable_hex(&["ab", "c"]), stable_hex(&["a", "bc"]));
    }
}
