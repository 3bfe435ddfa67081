//! `sip init`: a plan repository from a folder, idempotent, never replacing a file.

use crate::support::Test;
use std::collections::BTreeMap;
use std::path::Path;

/// Every file under `dir` (outside `.git`) with its contents.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let rel = path
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if rel == ".git" {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

#[test]
fn twice_the_second_run_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let first = Test::at(dir.path()).args(&["init", "repo"]).run();
    assert_eq!(first.code, 0, "{}", first.stderr);
    let repo = dir.path().join("repo");
    assert!(
        first.stderr.contains("created a git repository"),
        "{}",
        first.stderr
    );
    assert!(git2::Repository::open(&repo).is_ok());
    let files = tree(&repo);
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            ".gitattributes",
            ".github/workflows/sip.yml",
            ".gitignore",
            ".gitlab-ci.yml",
            ".vscode/extensions.json",
            ".vscode/settings.json",
            "README.md",
            "plans/.gitkeep",
            "schema/sip.schema.json",
            "sip.toml"
        ]
    );
    let config = std::fs::read_to_string(repo.join(".git/config")).unwrap();
    assert!(config.contains("sip git-diff"), "{config}");

    let second = Test::at(dir.path()).args(&["init", "repo"]).run();
    assert_eq!(second.code, 0);
    assert_eq!(
        second.stderr,
        "nothing to do: repo is already a plan repository\n"
    );
    assert_eq!(tree(&repo), files);
    assert_eq!(
        std::fs::read_to_string(repo.join(".git/config")).unwrap(),
        config
    );

    // The new repository works: a new plan passes with warnings only.
    let new = Test::at(&repo)
        .args(&["new", "--no-input", "2026-0001"])
        .run();
    assert_eq!(new.code, 0, "{}", new.stderr);
    let check = Test::at(&repo).args(&["check"]).run();
    assert_eq!(check.code, 0, "{}", check.stdout);
}

#[test]
fn in_an_existing_repository_keeps_what_is_there() {
    let dir = tempfile::tempdir().unwrap();
    let repo = git2::Repository::init(dir.path()).unwrap();
    std::fs::write(dir.path().join(".gitignore"), "/build/\n").unwrap();
    let mut config = repo.config().unwrap();
    config.set_str("diff.sip.command", "my-own-driver").unwrap();
    let out = Test::at(dir.path()).args(&["init"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        !out.stderr.contains("created a git repository"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("kept your own .gitignore"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("created sip.toml"), "{}", out.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.path().join(".gitignore")).unwrap(),
        "/build/\n"
    );
    let config = std::fs::read_to_string(dir.path().join(".git/config")).unwrap();
    assert!(
        config.contains("my-own-driver") && !config.contains("sip git-diff"),
        "{config}"
    );
}

#[test]
fn a_conflicting_file_stops_it_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plans"), "not a folder").unwrap();
    let out = Test::at(dir.path()).args(&["init"]).run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("`plans` is a file, but sip init needs a folder there"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("hint:"), "{}", out.stderr);
    assert!(!dir.path().join("sip.toml").exists());
    assert!(!dir.path().join(".git").exists());
}

#[test]
fn show_prints_a_file_and_the_readme_quotes_the_ci_files_exactly() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for file in [
        ".github/workflows/sip.yml",
        ".gitlab-ci.yml",
        ".gitattributes",
    ] {
        let out = Test::new().args(&["init", "--show", file]).run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stdout.len() > 50);
        assert!(
            readme.contains(&out.stdout),
            "README.md's \"Use in CI\" section must quote {file} exactly as sip init writes it"
        );
    }
    let unknown = Test::new().args(&["init", "--show", "nope.yml"]).run();
    assert_eq!(unknown.code, 2);
}

#[test]
fn git_diff_uses_sip_as_the_diff_driver() {
    let dir = tempfile::tempdir().unwrap();
    let t = Test::at(dir.path())
        .plan("2026-0042.sip.yaml", &[])
        .args(&["--default-lang", "init"]);
    assert_eq!(t.run().code, 0);
    let old = dir.path().join("old.sip.yaml");
    std::fs::copy(dir.path().join("plans/2026-0042.sip.yaml"), &old).unwrap();
    let new = Test::at(dir.path()).plan(
        "2026-0042.sip.yaml",
        &[(
            "responsible: { principal: region",
            "responsible: { principal: municipality",
        )],
    );
    let new_file = dir.path().join("plans/2026-0042.sip.yaml");
    let out = new
        .args(&[
            "--default-lang",
            "git-diff",
            "plans/2026-0042.sip.yaml",
            old.to_str().unwrap(),
            "0000000",
            "100644",
            new_file.to_str().unwrap(),
            "0000000",
            "100644",
        ])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "plans/2026-0042.sip.yaml  (2026-0042)  ändrad\n  ! ~ Insats I2: ansvarig huvudman: region → kommun\n"
    );
}

#[test]
fn the_pre_commit_hooks_file_and_the_plain_git_hook_work() {
    let hooks = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml"),
    )
    .unwrap();
    for line in [
        "- id: sip-check\n",
        "  entry: sip check\n",
        "  language: rust\n",
        "  files: \\.sip\\.yaml$\n",
    ] {
        assert!(hooks.contains(line), "{line:?} in {hooks}");
    }

    // The hook from the README, run by sh in a repository with a staged broken plan.
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme.find("#!/bin/sh\n").unwrap();
    let hook = &readme[start..start + readme[start..].find("```").unwrap()];
    let dir = tempfile::tempdir().unwrap();
    let repo = git2::Repository::init(dir.path()).unwrap();
    // Two plans with their own ids (SIP012 compares a staged plan's id with
    // every plan in the folder).
    let t = Test::at(dir.path())
        .plan(
            "good.sip.yaml",
            &[("id: \"2026-0042\"", "id: \"2026-0041\"")],
        )
        .plan(
            "bad.sip.yaml",
            &[(
                "lead:\n  principal: municipality",
                "lead:\n  principal: other",
            )],
        );
    let mut index = repo.index().unwrap();
    index.add_path(Path::new("plans/bad.sip.yaml")).unwrap();
    index.write().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("sip");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap()
    );
    let run = || {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(hook)
            .current_dir(t.path())
            .env("PATH", &path)
            .output()
            .unwrap()
    };
    let out = run();
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("bad.sip.yaml") && stdout.contains("SIP004"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("good.sip.yaml"),
        "only staged plans are checked: {stdout}"
    );
    // Staging the fixed plan lets the commit through.
    let bad = t.path().join("plans/bad.sip.yaml");
    let fixed = std::fs::read_to_string(&bad)
        .unwrap()
        .replace("principal: other", "principal: municipality");
    std::fs::write(&bad, fixed).unwrap();
    assert!(run().status.success());
}

/// VS Code: the YAML extension recommended and plans mapped to the schema;
/// a team's own settings are never replaced.
#[test]
fn vscode_settings_are_written_but_never_replaced() {
    let test = Test::new().args(&["init"]);
    let out = test.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let read = |f: &str| std::fs::read_to_string(test.path().join(f)).unwrap();
    let settings: serde_json::Value = serde_json::from_str(&read(".vscode/settings.json")).unwrap();
    assert_eq!(
        settings["yaml.schemas"]["./schema/sip.schema.json"],
        serde_json::json!("*.sip.yaml")
    );
    let extensions: serde_json::Value =
        serde_json::from_str(&read(".vscode/extensions.json")).unwrap();
    assert_eq!(
        extensions["recommendations"],
        serde_json::json!(["redhat.vscode-yaml"])
    );

    let ours = "{ \"editor.tabSize\": 2 }\n";
    let test = Test::new()
        .file(".vscode/settings.json", ours)
        .args(&["init"]);
    let out = test.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let read = |f: &str| std::fs::read_to_string(test.path().join(f)).unwrap();
    assert_eq!(read(".vscode/settings.json"), ours);
    assert!(test.path().join(".vscode/extensions.json").exists());
    assert!(
        out.stderr.contains(".vscode/settings.json"),
        "{}",
        out.stderr
    );
}

/// A repository's copy of the schema that differs from sip's own (an
/// upgrade since `sip init`) is named once per run, with the fix.
#[test]
fn check_warns_once_when_the_schema_copy_is_stale() {
    let test = Test::new().args(&["init"]);
    assert_eq!(test.run().code, 0);
    let fresh = Test::at(test.path())
        .plan("2026-0042.sip.yaml", &[])
        .plan("2026-0043.sip.yaml", &[("\"2026-0042\"", "\"2026-0043\"")])
        .args(&["check"])
        .run();
    assert!(!fresh.stderr.contains("schema"), "{}", fresh.stderr);

    let schema = test.path().join("schema/sip.schema.json");
    let old = std::fs::read_to_string(&schema)
        .unwrap()
        .replace("\"title\"", "\"x-title\"");
    std::fs::write(&schema, old).unwrap();
    let stale = Test::at(test.path()).args(&["check"]).run();
    assert_eq!(stale.code, fresh.code, "{}", stale.stderr);
    assert_eq!(stale.stdout, fresh.stdout);
    assert_eq!(
        stale
            .stderr
            .matches("warning: schema/sip.schema.json differs")
            .count(),
        1,
        "{}",
        stale.stderr
    );
    assert!(
        stale.stderr.contains("sip schema > schema/sip.schema.json"),
        "{}",
        stale.stderr
    );
}
