//! Command tests for the `sip` binary: one integration binary, one module per
//! feature. Every test pins `--as-of` so results do not depend on today.

mod bad_input;
mod check;
mod check_source;
mod diff;
mod due;
mod examples;
mod explain;
mod fuzz_regressions;
mod generated;
mod hardening;
mod help;
mod ids;
mod init;
mod install;
mod invite;
mod issue_16;
mod language;
mod letter;
mod list;
mod log;
mod man;
mod new;
mod printed_plan;
mod privacy;
mod properties;
mod render;
mod render_pdf;
mod retention;
mod stats;
mod support;
mod xlsx;
mod yaml_errors;
