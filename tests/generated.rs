//! Committed files generated from the code: the JSON Schema and the rule
//! docs. A test fails when they drift; `SIP_UPDATE_GENERATED=1 cargo test`
//! rewrites them.

use std::path::Path;

fn check_generated(relative: &str, expected: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("SIP_UPDATE_GENERATED").is_some() {
        std::fs::write(&path, expected).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "{relative} is out of date with the code; run `SIP_UPDATE_GENERATED=1 cargo test` and commit it"
    );
}

#[test]
fn schema_file_matches_the_plan_types() {
    check_generated("schema/sip.schema.json", &sip::plan::schema_json());
}

#[test]
fn rules_doc_matches_the_registry() {
    check_generated("docs/rules.md", &sip::check::rules_markdown());
}

#[test]
fn sip_schema_prints_the_committed_schema() {
    let out = super::support::sip_here(&["schema"]);
    assert_eq!(out.code, 0);
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/sip.schema.json"),
    )
    .unwrap();
    assert_eq!(out.stdout, committed);
}

/// `schema/output/<command>.schema.json`, generated from the output types
/// in `src/output/shapes.rs`: regenerate with `SIP_UPDATE_GENERATED=1 cargo
/// test` (or `sip schema --output list > schema/output/list.schema.json`).
#[test]
fn output_schemas_match_the_output_types() {
    for output in sip::output::shapes::Output::ALL {
        let name = output.name();
        check_generated(
            &format!("schema/output/{name}.schema.json"),
            &output.schema_json(),
        );
        let out = super::support::sip_here(&["schema", "--output", name]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(
            out.stdout,
            output.schema_json(),
            "sip schema --output {name}"
        );
    }
    let mut files: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/output"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
    files.sort();
    let mut expected: Vec<String> = sip::output::shapes::Output::ALL
        .iter()
        .map(|o| format!("{}.schema.json", o.name()))
        .collect();
    expected.sort();
    assert_eq!(
        files, expected,
        "schema/output/ holds one schema per command with JSON output"
    );
}

#[test]
fn fields_doc_matches_the_schema() {
    check_generated("docs/fields.md", &sip::plan::fields_markdown());
}
