//! `sip new`: drafts from the template, ids, refusals and atomic writes.

use super::support::{Output, Test};

const TODAY: &str = "2026-11-27";

/// Runs `sip new` in the test's folder (the test keeps owning the folder).
fn new(test: &Test, extra: &[&str]) -> Output {
    let mut args = vec!["new", "--as-of", TODAY, "--no-input"];
    args.extend_from_slice(extra);
    Test::at(test.path()).args(&args).run()
}

fn read(test: &Test, path: &str) -> String {
    std::fs::read_to_string(test.path().join(path)).unwrap()
}

fn check(test: &Test, path: &str) -> Output {
    Test::at(test.path())
        .args(&["check", "--as-of", TODAY, path])
        .run()
}

#[test]
fn without_an_id_the_next_free_one_of_the_year() {
    let test = Test::new()
        .file("plans/2026-0007.sip.yaml", "x")
        .file("plans/old/2026-0012.sip.yaml", "x")
        .file("plans/2025-0099.sip.yaml", "x");
    let out = new(
        &test,
        &[
            "--person",
            "Ada Påhittad",
            "--lead",
            "region",
            "--lead-org",
            "Vårdcentralen Ekbacken",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with(
            "Created plans/2026-0013.sip.yaml: a draft with 6 placeholders to fill in.\n"
        ),
        "{}",
        out.stdout
    );
    let plan = read(&test, "plans/2026-0013.sip.yaml");
    assert!(plan.starts_with("# yaml-language-server: $schema=../schema/sip.schema.json\n"));
    assert!(plan.contains("id: \"2026-0013\"\nstatus: draft"));
    assert!(plan.contains("  name: \"Ada Påhittad\"\n"));
    assert!(plan.contains("initiated:\n  date: 2026-11-27\n"));
    assert!(plan.contains("  principal: region\n  organisation: \"Vårdcentralen Ekbacken\"\n"));
    // Guidance for each section, in Swedish.
    assert!(plan.contains("# Samtycke: planen upprättas bara om den enskilde samtycker"));
}

#[test]
fn a_new_plan_passes_check_with_warnings_only_and_placeholders_are_flagged() {
    let test = Test::new();
    let out = new(&test, &["2026-0042"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = check(&test, "plans/2026-0042.sip.yaml");
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(!out.stdout.contains(": error["), "{}", out.stdout);
    let placeholders = out
        .stdout
        .lines()
        .filter(|l| l.contains("warning[SIP025]"))
        .count();
    assert_eq!(placeholders, 12, "{}", out.stdout);
    assert!(
        out.stdout
            .contains("the placeholder `<<Personens namn>>` is still in the plan")
    );
    assert!(
        out.stdout
            .contains("the placeholder `<<välj region eller municipality>>` is still in the plan")
    );
    // Strict mode makes the placeholders errors: a draft is not a finished plan.
    let strict = Test::at(test.path())
        .args(&["check", "--as-of", TODAY, "--strict"])
        .run();
    assert_eq!(strict.code, 1);
}

#[test]
fn refuses_to_overwrite_and_leaves_the_file_byte_identical() {
    let original = "sip: 1\n# my own work, not to be lost\n";
    let test = Test::new().file("plans/2026-0042.sip.yaml", original);
    let out = new(&test, &["2026-0042", "--person", "X"]);
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr
            .starts_with("error: `plans/2026-0042.sip.yaml` already exists"),
        "{}",
        out.stderr
    );
    assert_eq!(read(&test, "plans/2026-0042.sip.yaml"), original);
    let out = new(&test, &["2026-0042", "--person", "X", "--force"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(read(&test, "plans/2026-0042.sip.yaml").contains("name: \"X\""));
    let leftovers: Vec<_> = std::fs::read_dir(test.path().join("plans"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers,
        ["2026-0042.sip.yaml"],
        "no temporary file left behind"
    );
}

#[test]
fn refuses_an_id_with_an_identity_number_without_printing_it() {
    let test = Test::new();
    let out = new(&test, &["19121212-1212"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr.lines().next().unwrap(),
        "error: cannot use `[personnummer]` as a plan id: it contains a personal identity number, which must never be in a file name"
    );
    assert!(!out.stderr.contains("1212-1212"));
    assert!(!test.path().join("plans").exists());
}

#[test]
fn refuses_an_id_that_leaves_the_plans_folder() {
    for id in ["../outside", "a/b", ".hidden"] {
        let test = Test::new();
        let out = new(&test, &[id]);
        assert_eq!(out.code, 2, "{id}");
        assert!(out.stderr.contains("cannot use"), "{}", out.stderr);
        assert!(!test.path().join("outside.sip.yaml").exists());
    }
}

#[test]
fn a_repository_template_overrides_the_built_in_one() {
    let template = super::support::BASE
        .replace("\"2026-0042\"", "{{ id | yaml }}")
        .replace("Tolvan Tolvansson", "{{ person }}");
    let test = Test::new().file("templates/plan.sip.yaml", template);
    let out = new(&test, &["2026-0042", "--person", "Eva Egen"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(read(&test, "plans/2026-0042.sip.yaml").contains("name: Eva Egen"));
}

#[test]
fn a_template_that_makes_errors_is_refused_before_writing() {
    let test = Test::new().file(
        "templates/plan.sip.yaml",
        "sip: 1\nid: {{ id }}\nstatus: active\n",
    );
    let out = new(&test, &["2026-0042"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("makes a plan with errors:"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("is missing the required key `person`"),
        "{}",
        out.stderr
    );
    assert!(!test.path().join("plans/2026-0042.sip.yaml").exists());
    let test = Test::new().file("templates/plan.sip.yaml", "sip: 1\nid: {{ idd }}\n");
    let out = new(&test, &["2026-0042"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("templates/plan.sip.yaml, line 2"),
        "{}",
        out.stderr
    );
}

#[test]
fn quotes_survive_in_names() {
    let test = Test::new();
    let out = new(
        &test,
        &[
            "2026-0042",
            "--person",
            "Ann \"Nan\" O'Hara: Jr, #1",
            "--lead-org",
            "Kommun, \"Enhet\"",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = check(&test, "plans/2026-0042.sip.yaml");
    assert_eq!(out.code, 0, "{}", out.stdout);
    let list = Test::at(test.path())
        .args(&["list", "--as-of", TODAY, "--format", "json"])
        .run();
    let json: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    assert_eq!(json["plans"][0]["person"], "Ann \"Nan\" O'Hara: Jr, #1");
    assert_eq!(
        json["plans"][0]["lead"]["organisation"],
        "Kommun, \"Enhet\""
    );
}
