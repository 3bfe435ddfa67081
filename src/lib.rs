//! `sip`: coordinated individual plans as YAML files in git.
pub mod check;
pub mod personnummer;
pub mod plan;
pub mod source;
