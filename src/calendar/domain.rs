//! The UID domain: the right-hand side of every UID sip writes
//! (`…@<domain>`, RFC 5545 3.8.4.7), so that two units that both have a
//! plan `2026-0101` never write the same UID.
//!
//! `uid_domain` in `sip.toml` when set; else one derived from the
//! repository's root commit (the first commit of HEAD's first-parent line):
//! the same in every full clone, on every machine and in CI, unchanged by a
//! move to another server (a remote URL is not: `https://` and `ssh://`
//! clones of one repository differ, and a move renames it), and different
//! for two repositories that were started apart. It is a hash, under the
//! reserved top-level domain `.invalid` (RFC 2606), so it claims no one's
//! domain; it is made of nothing in a plan and no identity number.

use crate::hash::stable_hex;

/// Where the domain came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// `uid_domain` in `sip.toml`.
    Configured,
    /// A hash of the root commit.
    RootCommit,
    /// Neither: not a repository, no commit yet, or a shallow clone whose
    /// oldest commit is not the root. The UIDs stay stable but are not
    /// unique to the repository.
    Fallback,
}

/// The fallback domain.
pub const FALLBACK: &str = "sip.invalid";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UidDomain {
    pub domain: String,
    pub source: Source,
}

impl UidDomain {
    /// The configured domain, else one from the root commit's id, else the fallback.
    pub fn resolve(configured: Option<&str>, root_commit: Option<&str>) -> UidDomain {
        if let Some(domain) = configured.map(str::trim).filter(|d| !d.is_empty()) {
            return UidDomain {
                domain: domain.to_ascii_lowercase(),
                source: Source::Configured,
            };
        }
        match root_commit {
            Some(root) => UidDomain {
                domain: format!(
                    "{}.{FALLBACK}",
                    &stable_hex(&["sip-uid-domain", root])[..16]
                ),
                source: Source::RootCommit,
            },
            None => UidDomain {
                domain: FALLBACK.to_owned(),
                source: Source::Fallback,
            },
        }
    }
}

/// Whether `domain` can stand after `@` in a UID: letters, digits, `-` and
/// `.`, not starting or ending with a dot, at most 253 characters.
pub fn is_valid(domain: &str) -> bool {
    !domain.is_empty()
        && domain.len() <= 253
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configured_then_root_commit_then_fallback() {
        let root = "0123456789abcdef0123456789abcdef01234567";
        assert_eq!(
            UidDomain::resolve(Some("SIP.Norrby.example"), Some(root)).domain,
            "sip.norrby.example"
        );
        let derived = UidDomain::resolve(None, Some(root));
        assert_eq!(derived.source, Source::RootCommit);
        assert!(
            derived.domain.ends_with(".sip.invalid"),
            "{}",
            derived.domain
        );
        assert_eq!(derived.domain.len(), 16 + 1 + FALLBACK.len());
        // Stable, and different for another repository.
        assert_eq!(derived, UidDomain::resolve(Some(" "), Some(root)));
        assert_ne!(
            derived.domain,
            UidDomain::resolve(None, Some(&root.replace('0', "1"))).domain
        );
        assert_eq!(UidDomain::resolve(None, None).domain, FALLBACK);
    }

    #[test]
    fn valid_domains() {
        assert!(is_valid("sip.norrby.example"));
        for bad in ["", ".a", "a.", "a b", "a@b", "å.se"] {
            assert!(!is_valid(bad), "{bad}");
        }
    }
}
