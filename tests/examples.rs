//! The bundled examples: valid plans pass, and each broken plan gets exactly
//! the findings its `# expect:` comments name.

use std::collections::BTreeSet;
use std::path::Path;

use super::support::sip_here;

#[test]
fn example_plans_pass() {
    // `examples/.ignore` keeps the broken plans out of a walk of `examples/`.
    for path in ["examples", "examples/plans"] {
        let out = sip_here(&["check", "--as-of", "2026-11-27", path]);
        assert_eq!(out.code, 0, "{path}: {}{}", out.stdout, out.stderr);
        assert!(
            out.stdout
                .ends_with("5 files checked: 0 errors, 2 warnings\n"),
            "{}",
            out.stdout
        );
    }
    let out = sip_here(&["check", "--as-of", "2026-11-27", "examples/plans"]);
    assert!(
        out.stdout
            .ends_with("5 files checked: 0 errors, 2 warnings\n"),
        "{}",
        out.stdout
    );
    // The only warnings are the draft's.
    for line in out.stdout.lines().filter(|l| l.contains("warning[")) {
        assert!(
            line.starts_with("examples/plans/2026-0140.sip.yaml"),
            "{line}"
        );
    }
}

type Expected = Vec<(String, u32, String)>;

/// (file, line, rule) for every rule named in an `# expect:` comment under
/// examples/broken, as often as it is named, sorted.
fn expectations() -> Expected {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/broken");
    let mut expected = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if !name.ends_with(".sip.yaml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, line) in text.lines().enumerate() {
            if let Some((_, rules)) = line.split_once("# expect:") {
                for rule in rules.split_whitespace() {
                    expected.push((
                        format!("examples/broken/{name}"),
                        i as u32 + 1,
                        rule.to_string(),
                    ));
                }
            }
        }
    }
    expected.sort();
    expected
}

#[test]
fn broken_plans_get_exactly_the_expected_findings() {
    let out = sip_here(&[
        "check",
        "--as-of",
        "2026-11-27",
        "--format",
        "json",
        "examples/broken",
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let mut found: Expected = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap() as u32,
                d["rule"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    found.sort();
    let expected = expectations();
    let missing: Vec<_> = expected.iter().filter(|e| !found.contains(e)).collect();
    let unexpected: Vec<_> = found.iter().filter(|f| !expected.contains(f)).collect();
    assert!(
        missing.is_empty() && unexpected.is_empty(),
        "missing: {missing:#?}\nunexpected: {unexpected:#?}"
    );
    assert_eq!(found, expected, "the same findings, as often as expected");
    // Together the broken plans show every kind of finding.
    let rules: BTreeSet<&str> = found.iter().map(|(_, _, r)| r.as_str()).collect();
    let mut all: BTreeSet<String> = (1..=33).map(|n| format!("SIP{n:03}")).collect();
    all.insert("yaml".into());
    all.insert("schema".into());
    assert_eq!(rules, all.iter().map(String::as_str).collect());
}

#[test]
fn no_identity_number_reaches_the_output() {
    for format in ["text", "json", "github"] {
        let out = sip_here(&[
            "check",
            "--as-of",
            "2026-11-27",
            "--format",
            format,
            "examples/broken",
        ]);
        for text in [&out.stdout, &out.stderr] {
            assert!(
                !text.contains("1212-1212") && !text.contains("191212121212"),
                "{format}: {text}"
            );
        }
        // The plan named by a number is found (SIP011), and its name not shown.
        assert!(out.stdout.contains("SIP011"), "{format}");
    }
}
