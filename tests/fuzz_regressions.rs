//! Every input the fuzzers (fuzz/) ever stopped on, run again with the same
//! invariants: no panic, every finding at a real line and column.

use sip::check::{CheckOptions, Checker};
use sip::source::FileInput;
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
    let checker = Checker::new(CheckOptions::with_defaults("2026-11-27".parse().unwrap()));
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
    let checker = Checker::new(CheckOptions::with_defaults("2026-11-27".parse().unwrap()));
    let input = FileInput {
        path: "plans/x.sip.yaml".into(),
        display: "plans/x.sip.yaml".into(),
    };
    let findings = checker.check_source("sip: 1\rid: x\rstatus: [\r", &input);
    assert_eq!(findings[0].rule, "yaml");
    assert!(findings[0].line >= 3, "{:?}", findings[0]);
}

#[test]
fn diff_inputs_keep_the_diff_properties() {
    use sip::config::Lang;
    use sip::diff::{Change, compare, describe};
    let cases = inputs("diff-");
    assert!(!cases.is_empty());
    for (name, bytes) in cases {
        let text = String::from_utf8(bytes).unwrap();
        let (a, b) = text.split_once("\n---\n").unwrap_or((&text, ""));
        let (Ok(a), Ok(b)) = (sip::source::parse_value(a), sip::source::parse_value(b)) else {
            continue;
        };
        assert!(compare(&a, &a).is_empty(), "{name}");
        let forward = compare(&a, &b);
        let mut reversed: Vec<Change> = forward.iter().map(Change::reversed).collect();
        let mut backward = compare(&b, &a);
        let key = |c: &Change| (c.pointer.clone(), serde_json::to_string(c).unwrap());
        reversed.sort_by_key(key);
        backward.sort_by_key(key);
        assert_eq!(reversed, backward, "{name}");
        assert!(!forward.is_empty(), "{name}: the case has changes");
        for change in &forward {
            for lang in [Lang::Sv, Lang::En] {
                assert!(
                    !describe(lang, change).what.is_empty(),
                    "{name}: {change:?}"
                );
            }
        }
    }
}

/// The walk fuzz target's first stop: a link in the plans folder back to the
/// folder itself made every command fail ("cannot walk the folder"), and so
/// did a link to nothing, and one to itself. None hides a plan: each is passed by, and the
/// plans are read.
#[cfg(unix)]
#[test]
fn a_link_loop_or_a_dangling_link_in_the_plans_folder_hides_no_plan() {
    use crate::support::Test;
    let t = Test::new().plan("2026-0042.sip.yaml", &[]);
    let plans = t.path().join("plans");
    std::fs::create_dir(plans.join("sub")).unwrap();
    std::os::unix::fs::symlink(&plans, plans.join("a")).unwrap();
    std::os::unix::fs::symlink(&plans, plans.join("sub/up")).unwrap();
    std::os::unix::fs::symlink(t.path().join("nowhere"), plans.join("b")).unwrap();
    std::os::unix::fs::symlink(plans.join("c"), plans.join("c")).unwrap();
    for command in ["check", "list"] {
        let out = Test::at(t.path()).args(&[command]).run();
        assert_eq!(out.code, 0, "{command}: {}{}", out.stdout, out.stderr);
        assert!(
            out.stdout.contains("2026-0042") || out.stdout.contains("1 file checked"),
            "{}",
            out.stdout
        );
    }
}
