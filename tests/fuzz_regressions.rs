//! Every input the fuzzers (fuzz/) ever stopped on, run again with the same
//! invariants: no panic, every finding at a real line and column.

use sip::check::{CheckOptions, Checker, FileInput};
use std::path::Path;

fn inputs(prefix: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn check_inputs_give_located_findings() {
    let cases = inputs("check-");
    assert!(!cases.is_empty());
    let checker = Checker::new(CheckOptions {
        as_of: "2026-11-27".parse().unwrap(),
        establish_within_days: 14,
        strict: false,
        max_file_size: 1 << 20,
        parse_only: false,
    });
    for (name, bytes) in cases {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let input = FileInput {
            path: "plans/fuzz.sip.yaml".into(),
            display: "plans/fuzz.sip.yaml".into(),
        };
        let lines = text.replace("\r\n", "\n").matches(['\n', '\r']).count() as u32 + 2;
        let findings = checker.check_source(text, &input);
        assert!(!findings.is_empty(), "{name}");
        for d in findings {
            assert!(
                d.line >= 1 && d.column >= 1 && d.line <= lines,
                "{name}: {d:?}"
            );
        }
    }
}

#[test]
fn a_lone_carriage_return_ends_a_line_as_in_an_editor() {
    let checker = Checker::new(CheckOptions {
        as_of: "2026-11-27".parse().unwrap(),
        establish_within_days: 14,
        strict: false,
        max_file_size: 1 << 20,
        parse_only: false,
    });
    let input = FileInput {
        path: "plans/x.sip.yaml".into(),
        display: "plans/x.sip.yaml".into(),
    };
    let findings = checker.check_source("sip: 1\rid: x\rstatus: [\r", &input);
    assert_eq!(findings[0].rule, "yaml");
    assert!(findings[0].line >= 3, "{:?}", findings[0]);
}
