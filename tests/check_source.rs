//! `sip check` findings with their source line and a caret (issue 19): on a
//! terminal, with `--show-source` or `--color always`; into a pipe the one
//! line per finding of `--format concise`. Identity numbers in the shown
//! line are redacted and the caret stays under the place.

use super::support::{Output, Test, snapshot};

fn repository() -> Test {
    Test::new().plan(
        "2026-0042.sip.yaml",
        &[
            ("status: active", "status: aktiv"),
            (
                "  interpreter: false",
                "  interpreter: false\n  note: \"Tolvan 19121212-1212, född i Åre\"   # a key that does not exist",
            ),
        ],
    )
}

fn check(extra: &[&str]) -> Output {
    let mut args = vec!["check"];
    args.extend_from_slice(extra);
    let out = repository().args(&args).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    out
}

#[test]
fn show_source_prints_the_line_and_a_caret_redacted() {
    let out = check(&["--show-source"]);
    assert!(!out.stdout.contains("1212-1212"), "{}", out.stdout);
    assert!(out.stdout.contains("[personnummer]"), "{}", out.stdout);
    snapshot("check", "show_source", &out.stdout);
}

#[test]
fn into_a_pipe_findings_stay_one_line_each() {
    let plain = check(&[]);
    let concise = check(&["--format", "concise", "--show-source"]);
    assert_eq!(plain.stdout, concise.stdout);
    assert!(!plain.stdout.contains(" | "), "{}", plain.stdout);
    let findings = plain
        .stdout
        .lines()
        .filter(|l| l.contains(": error["))
        .count();
    assert_eq!(
        findings + 1,
        plain.stdout.lines().count(),
        "{}",
        plain.stdout
    );
}

#[test]
fn colour_forced_shows_the_source_too() {
    let out = check(&["--color", "always"]);
    assert!(out.stdout.contains("\u{1b}["), "{}", out.stdout);
    assert!(out.stdout.contains("status: aktiv"), "{}", out.stdout);
    assert!(!out.stdout.contains("1212-1212"), "{}", out.stdout);
}
