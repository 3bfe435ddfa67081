//! Command tests for the `sip` binary.
