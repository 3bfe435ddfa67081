//! `sip check`: exit codes, formats, walking, configuration and bad input.

use super::support::{AS_OF, BASE, Test};

fn check(test: Test, extra: &[&str]) -> super::support::Output {
    let mut args = vec!["check", "--as-of", AS_OF];
    args.extend_from_slice(extra);
    test.args(&args).run()
}

#[test]
fn a_valid_plan_passes_with_exit_0() {
    let out = check(Test::new().plan("2026-0042.sip.yaml", &[]), &[]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert_eq!(out.stdout, "1 file checked: 0 errors, 0 warnings\n");
    assert_eq!(out.stderr, "");
}

#[test]
fn errors_exit_1_and_point_at_the_value() {
    let out = check(
        Test::new().plan(
            "2026-0042.sip.yaml",
            &[(
                "  principal: municipality\n  organisation",
                "  principal: other\n  organisation",
            )],
        ),
        &[],
    );
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        "plans/2026-0042.sip.yaml:34:14: error[SIP004]: lead.principal must be region or municipality, found other\n\
         1 file checked: 1 error, 0 warnings\n"
    );
}

#[test]
fn warnings_pass_unless_strict() {
    let test = Test::new().plan("2026-0042.sip.yaml", &[("  relatives: true\n", "")]);
    let out = check(test, &[]);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("warning[SIP018]"), "{}", out.stdout);
    let test = Test::new().plan("2026-0042.sip.yaml", &[("  relatives: true\n", "")]);
    let out = check(test, &["--strict"]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("error[SIP018]"), "{}", out.stdout);
}

#[test]
fn json_follows_the_contract() {
    let out = check(
        Test::new().plan(
            "2026-0042.sip.yaml",
            &[(
                "  principal: municipality\n  organisation",
                "  principal: other\n  organisation",
            )],
        ),
        &["--format", "json"],
    );
    assert_eq!(out.code, 1);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "summary": {"files": 1, "errors": 1, "warnings": 0},
            "diagnostics": [{"file": "plans/2026-0042.sip.yaml", "line": 34, "column": 14,
                "severity": "error", "rule": "SIP004", "pointer": "/lead/principal",
                "message": "lead.principal must be region or municipality, found other"}]
        })
    );
}

#[test]
fn github_annotations() {
    let out = check(
        Test::new().plan(
            "2026-0042.sip.yaml",
            &[(
                "  principal: municipality\n  organisation",
                "  principal: other\n  organisation",
            )],
        ),
        &["--format", "github"],
    );
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        "::error file=plans/2026-0042.sip.yaml,line=34,col=14,title=SIP004::lead.principal must be region or municipality, found other [SIP004]\n"
    );
    assert_eq!(out.stderr, "1 file checked: 1 error, 0 warnings\n");
}

#[test]
fn a_draft_gets_warnings_where_an_active_plan_gets_errors() {
    let edits = [
        ("status: active", "status: draft"),
        ("  given: true\n", "  given: false\n"),
    ];
    let out = check(Test::new().plan("2026-0042.sip.yaml", &edits), &[]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stdout.contains("warning[SIP007]: consent is not given"),
        "{}",
        out.stdout
    );
    let out = check(
        Test::new().plan(
            "2026-0042.sip.yaml",
            &[("  given: true\n", "  given: false\n")],
        ),
        &[],
    );
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("error[SIP007]"));
}

#[test]
fn folders_are_walked_respecting_gitignore_in_a_stable_order() {
    let test = Test::new()
        .plan(
            "b/2026-0002.sip.yaml",
            &[
                ("\"2026-0042\"", "\"2026-0002\""),
                ("  relatives: true\n", ""),
            ],
        )
        .plan(
            "a/2026-0001.sip.yaml",
            &[
                ("\"2026-0042\"", "\"2026-0001\""),
                ("  relatives: true\n", ""),
            ],
        )
        .plan(
            "ignored/2026-0003.sip.yaml",
            &[
                ("\"2026-0042\"", "\"2026-0003\""),
                ("  relatives: true\n", ""),
            ],
        )
        .file("plans/notes.yaml", "not: a plan\n")
        .file(".gitignore", "ignored/\n");
    let out = check(test, &[]);
    assert_eq!(
        out.stdout,
        "plans/a/2026-0001.sip.yaml:17:3: warning[SIP018]: consent.relatives is not stated; ask whether relatives may take part and record true or false\n\
         plans/b/2026-0002.sip.yaml:17:3: warning[SIP018]: consent.relatives is not stated; ask whether relatives may take part and record true or false\n\
         2 files checked: 0 errors, 2 warnings\n"
    );
}

#[test]
fn the_root_is_found_from_a_subfolder_and_with_dash_c() {
    let test = Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .cwd("plans/deeper");
    let out = check(test, &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "1 file checked: 0 errors, 0 warnings\n");
    let test = Test::new().plan("2026-0042.sip.yaml", &[]);
    let root = test.path().to_path_buf();
    let out = Test::new()
        .args(&["-C", root.to_str().unwrap(), "check", "--as-of", AS_OF])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "1 file checked: 0 errors, 0 warnings\n");
}

#[test]
fn sip_toml_sets_plans_dir_and_the_start_limit() {
    let test = Test::new()
        .file(
            "sip.toml",
            "plans_dir = \"sip-planer\"\nestablish_within_days = 5\n",
        )
        .file("sip-planer/2026-0042.sip.yaml", super::support::BASE);
    let out = check(test, &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("sip-planer/2026-0042.sip.yaml:31:14: warning[SIP021]: the plan was established 7 days after it was initiated (limit 5)"),
        "{}",
        out.stdout
    );
}

#[test]
fn an_unknown_sip_toml_key_is_exit_2_with_its_position() {
    let test = Test::new()
        .file("sip.toml", "lang = \"sv\"\nplan_dir = \"x\"\n")
        .plan("2026-0042.sip.yaml", &[]);
    let out = check(test, &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("sip.toml:2:1: unknown field `plan_dir`"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("hint: sip.toml takes plans_dir"),
        "{}",
        out.stderr
    );
}

#[test]
fn operational_errors_exit_2() {
    let out = check(Test::new(), &["nowhere.sip.yaml"]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stderr, "error: `nowhere.sip.yaml` does not exist\n");
    let out = check(Test::new(), &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("error: no plans folder at "),
        "{}",
        out.stderr
    );
    let out = Test::new().args(&["check", "--as-of", "2026-13-01"]).run();
    assert_eq!(out.code, 2, "a bad date is a usage error");
}

#[test]
fn not_utf8_is_a_yaml_finding_with_position() {
    let test = Test::new().file(
        "plans/2026-0042.sip.yaml",
        b"sip: 1\nid: \"2026-0042\"\nperson: { name: \"Tolvan \xe5\" }\n".as_slice(),
    );
    let out = check(test, &[]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        "plans/2026-0042.sip.yaml:3:25: error[yaml]: the file is not UTF-8 text; save it as UTF-8\n\
         1 file checked: 1 error, 0 warnings\n"
    );
}

#[test]
fn an_oversized_or_unreadable_file_is_exit_2_but_the_rest_is_checked() {
    let big = format!("sip: 1\nnotes: \"{}\"\n", "x".repeat(2 * 1024 * 1024));
    let test = Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .file("plans/big.sip.yaml", big);
    #[cfg(unix)]
    std::os::unix::fs::symlink("loop.sip.yaml", test.path().join("plans/loop.sip.yaml")).unwrap();
    let out = check(test, &[]);
    assert_eq!(out.code, 2);
    // Only the plan that was read was checked; the other two are failures.
    assert_eq!(out.stdout, "1 file checked: 0 errors, 0 warnings\n");
    assert!(
        out.stderr
            .contains("plans/big.sip.yaml: the file is 2097169 bytes, over the limit of 1048576"),
        "{}",
        out.stderr
    );
    #[cfg(unix)]
    assert!(
        out.stderr
            .contains("plans/loop.sip.yaml: cannot read the file"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.ends_with("could not be checked\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn syntax_errors_and_unknown_keys_are_located() {
    let test = Test::new()
        .plan(
            "2026-0042.sip.yaml",
            &[(
                "    type: treatment\n",
                "    type: treatment\n    statsu: planned\n",
            )],
        )
        .file("plans/2026-0043.sip.yaml", "sip: 1\nid: [unclosed\n");
    let out = check(test, &[]);
    assert_eq!(out.code, 1);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "plans/2026-0042.sip.yaml:69:5: error[schema]: unknown key `statsu` in action I2; did you mean `status`?; local additions must start with `x-`"
    );
    assert!(
        lines[1].starts_with("plans/2026-0043.sip.yaml:3:1: error[yaml]: "),
        "{}",
        lines[1]
    );
}

#[test]
fn duplicate_plan_ids_across_files() {
    let test = Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .plan("copy/2026-0042.sip.yaml", &[]);
    let out = check(test, &["--format", "json"]);
    assert_eq!(out.code, 1);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let messages: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "plan id `2026-0042` is also used by plans/copy/2026-0042.sip.yaml; every plan needs its own id",
            "plan id `2026-0042` is also used by plans/2026-0042.sip.yaml; every plan needs its own id",
        ]
    );
}

#[test]
fn the_same_file_given_twice_is_checked_once() {
    let test = Test::new().plan("2026-0042.sip.yaml", &[]);
    let out = check(test, &["plans", "plans/2026-0042.sip.yaml"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(out.stdout, "1 file checked: 0 errors, 0 warnings\n");
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let broken = [("  relatives: true\n", "")];
    let out = check(Test::new().plan("2026-0042.sip.yaml", &broken), &[]);
    assert!(!out.stdout.contains('\x1b'), "not a terminal: no colour");
    let out = check(
        Test::new().plan("2026-0042.sip.yaml", &broken),
        &["--color", "always"],
    );
    assert!(
        out.stdout.contains("\x1b[1m\x1b[33mwarning\x1b[0m"),
        "{}",
        out.stdout
    );
    let out = check(
        Test::new()
            .plan("2026-0042.sip.yaml", &broken)
            .env("NO_COLOR", "1"),
        &["--color", "never"],
    );
    assert!(!out.stdout.contains('\x1b'));
}

#[test]
fn quiet_drops_the_summary() {
    let out = check(Test::new().plan("2026-0042.sip.yaml", &[]), &["-q"]);
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout, "");
}

#[test]
fn many_files_give_the_same_output_every_time() {
    let mut test = Test::new();
    for i in 0..40 {
        let id = format!("2026-{i:04}");
        let quoted = format!("\"{id}\"");
        test = test.plan(
            &format!("{id}.sip.yaml"),
            &[
                ("\"2026-0042\"", quoted.as_str()),
                ("  relatives: true\n", ""),
            ],
        );
    }
    let first = check(test, &[]);
    assert_eq!(first.stdout.lines().count(), 41);
    let mut sorted: Vec<&str> = first.stdout.lines().take(40).collect();
    sorted.sort();
    assert_eq!(
        sorted,
        first.stdout.lines().take(40).collect::<Vec<_>>(),
        "sorted by file"
    );
}

#[test]
fn sarif_and_gitlab_reports() {
    let broken = [(
        "  principal: municipality\n  organisation",
        "  principal: other\n  organisation",
    )];
    let out = check(
        Test::new().plan("2026-0042.sip.yaml", &broken),
        &["--format", "sarif"],
    );
    assert_eq!(out.code, 1);
    let sarif: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "SIP004");
    assert_eq!(result["level"], "error");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"],
        serde_json::json!({"startLine": 34, "startColumn": 14})
    );
    let out = check(
        Test::new().plan("2026-0042.sip.yaml", &broken),
        &["--format", "gitlab"],
    );
    assert_eq!(out.code, 1);
    let gitlab: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(gitlab[0]["check_name"], "SIP004");
    assert_eq!(
        gitlab[0]["location"],
        serde_json::json!({"path": "plans/2026-0042.sip.yaml", "lines": {"begin": 34}})
    );
    assert_eq!(gitlab[0]["fingerprint"].as_str().unwrap().len(), 32);
}

mod changed {
    use crate::support::{AS_OF, Repo};
    use serde_json::Value;

    fn files(out: &crate::support::Output) -> Vec<(String, String)> {
        let v: Value = serde_json::from_str(&out.stdout).unwrap();
        let mut got: Vec<(String, String)> = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["severity"] == "error")
            .map(|d| {
                (
                    d["file"].as_str().unwrap().to_owned(),
                    d["rule"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        got.sort();
        got.dedup();
        got
    }

    #[test]
    fn checks_exactly_the_changed_plans_and_ids_against_all() {
        let mut repo = Repo::new();
        repo.plan("plans/a.sip.yaml", &[("\"2026-0042\"", "\"2026-0001\"")]);
        repo.plan("plans/b.sip.yaml", &[("\"2026-0042\"", "\"2026-0002\"")]);
        // Broken, committed and unchanged: --changed does not read it.
        repo.write("plans/old-broken.sip.yaml", "id: [unclosed\n");
        repo.commit("Sara Samordnare", "Planer");
        // a changes (now with an error); c is new and takes b's id.
        repo.plan(
            "plans/a.sip.yaml",
            &[
                ("\"2026-0042\"", "\"2026-0001\""),
                (
                    "lead:\n  principal: municipality",
                    "lead:\n  principal: other",
                ),
            ],
        );
        repo.plan("plans/c.sip.yaml", &[("\"2026-0042\"", "\"2026-0002\"")]);

        let out = repo.sip(&["--as-of", AS_OF, "check", "--changed", "--format", "json"]);
        assert_eq!(out.code, 1, "{}", out.stderr);
        let v: Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(v["summary"]["files"], 2);
        assert_eq!(
            files(&out),
            [
                ("plans/a.sip.yaml".to_owned(), "SIP004".to_owned()),
                ("plans/c.sip.yaml".to_owned(), "SIP012".to_owned()),
            ]
        );
        assert!(
            out.stdout.contains("also used by plans/b.sip.yaml"),
            "{}",
            out.stdout
        );
        assert!(
            out.stderr
                .contains("checking 2 changed plans (against HEAD)"),
            "{}",
            out.stderr
        );

        // Against an explicit revision; nothing changed since the working tree is committed.
        repo.commit("Sara Samordnare", "Ändringar");
        let out = repo.sip(&[
            "--as-of",
            AS_OF,
            "check",
            "--changed=HEAD",
            "--format",
            "json",
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let v: Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(v["summary"]["files"], 0);
        let out = repo.sip(&[
            "--as-of",
            AS_OF,
            "check",
            "--changed=HEAD~1",
            "--format",
            "json",
        ]);
        assert_eq!(files(&out).len(), 2, "{}", out.stdout);
    }

    #[test]
    fn defaults_to_the_merge_base_with_main() {
        let mut repo = Repo::new();
        repo.plan("plans/a.sip.yaml", &[("\"2026-0042\"", "\"2026-0001\"")]);
        repo.plan("plans/b.sip.yaml", &[("\"2026-0042\"", "\"2026-0002\"")]);
        repo.commit("Sara Samordnare", "Planer");
        repo.branch("main");
        repo.checkout_new("feature");
        repo.plan(
            "plans/b.sip.yaml",
            &[
                ("\"2026-0042\"", "\"2026-0002\""),
                ("status: active", "status: active # ändrad"),
            ],
        );
        repo.commit("Erik Läkare", "Ändrad på grenen");
        let out = repo.sip(&["--as-of", AS_OF, "check", "--changed", "--format", "json"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let v: Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(v["summary"]["files"], 1, "{}", out.stderr);
        assert!(
            out.stderr.contains("merge base of HEAD and main"),
            "{}",
            out.stderr
        );
    }

    #[test]
    fn an_unknown_revision_or_no_repository_is_exit_2() {
        let mut repo = Repo::new();
        repo.plan("plans/a.sip.yaml", &[]);
        repo.commit("Sara Samordnare", "Plan");
        let out = repo.sip(&["check", "--changed=nope"]);
        assert_eq!(out.code, 2);
        assert!(
            out.stderr.contains("unknown revision `nope`"),
            "{}",
            out.stderr
        );
    }
}

mod history {
    use crate::support::Repo;
    use serde_json::Value;

    #[test]
    fn finds_identity_numbers_in_messages_names_branches_and_paths() {
        let mut repo = Repo::new();
        repo.plan("plans/2026-0042.sip.yaml", &[]);
        let clean = repo.commit("Sara Samordnare", "Ny plan");
        let out = repo.sip(&["check", "--history"]);
        assert_eq!(out.code, 0, "{}", out.stdout);
        assert!(out.stdout.contains("no identity numbers"), "{}", out.stdout);

        repo.plan("plans/19121212-1212.sip.yaml", &[]);
        let leak = repo.commit("Erik Läkare", "Plan för 20121212-1212");
        repo.branch("plan-19121212-1212");
        let out = repo.sip(&["check", "--history", "--format", "json"]);
        assert_eq!(out.code, 1);
        assert!(!out.stdout.contains("1212-1212"), "{}", out.stdout);
        let v: Value = serde_json::from_str(&out.stdout).unwrap();
        let mut got: Vec<(String, String)> = v["history"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                (
                    h["place"].as_str().unwrap().to_owned(),
                    h["commit"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        got.sort();
        let leak = leak.to_string();
        assert_eq!(
            got,
            [
                ("message".to_owned(), leak.clone()),
                ("path".to_owned(), leak.clone()),
                ("ref_name".to_owned(), leak),
            ]
        );
        assert!(!got.iter().any(|(_, c)| *c == clean.to_string()));
        let text = repo.sip(&["check", "--history"]);
        assert!(text.stdout.contains("error[SIP011]: file path contains an identity number: plans/[personnummer].sip.yaml"), "{}", text.stdout);
        assert!(!text.stdout.contains("1212-1212") && !text.stderr.contains("1212-1212"));
    }

    #[test]
    fn numbers_with_any_separator_and_in_email_addresses_are_found_and_never_shown() {
        let mut repo = Repo::new();
        repo.plan("plans/2026-0042.sip.yaml", &[]);
        repo.commit("Sara Samordnare", "Plan för 19121212–1212 (tankstreck)");
        repo.plan("plans/2026-0043.sip.yaml", &[("2026-0042", "2026-0043")]);
        repo.commit("Sara Samordnare", "Plan för 121212 1212");
        repo.plan("plans/2026-0044.sip.yaml", &[("2026-0042", "2026-0044")]);
        repo.commit_as("Sara Samordnare", "191212121212@example.se", "Ny plan");
        let out = repo.sip(&["check", "--history", "--format", "json"]);
        assert_eq!(out.code, 1, "{}", out.stderr);
        let v: Value = serde_json::from_str(&out.stdout).unwrap();
        let places: Vec<&str> = v["history"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["place"].as_str().unwrap())
            .collect();
        assert_eq!(
            places.iter().filter(|p| **p == "message").count(),
            2,
            "{places:?}"
        );
        assert!(places.contains(&"author_email"), "{places:?}");
        assert!(places.contains(&"committer_email"), "{places:?}");
        for shown in [&out.stdout, &out.stderr] {
            assert!(!shown.contains("1212–1212") && !shown.contains("121212 1212"));
            assert!(!shown.contains("191212121212"), "{shown}");
        }
    }

    #[test]
    fn a_format_history_cannot_write_is_refused_not_ignored() {
        let mut repo = Repo::new();
        repo.plan("plans/2026-0042.sip.yaml", &[]);
        repo.commit("Sara Samordnare", "Ny plan");
        for format in ["github", "sarif", "gitlab"] {
            let out = repo.sip(&["check", "--history", "--format", format]);
            assert_eq!(out.code, 2, "{format}: {}", out.stdout);
            assert_eq!(out.stdout, "");
            assert!(
                out.stderr
                    .contains(&format!("`--history` writes text or json, not {format}")),
                "{}",
                out.stderr
            );
        }
    }

    #[test]
    fn outside_a_repository_is_exit_2() {
        let dir = tempfile::tempdir().unwrap();
        let out = crate::support::Test::at(dir.path())
            .args(&["check", "--history"])
            .run();
        assert_eq!(out.code, 2);
    }
}

#[test]
fn a_file_named_alone_is_compared_with_every_plan_in_the_plans_folder() {
    // What a pre-commit hook does: only the staged plan is named.
    let t = Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .file("new/2026-0042.sip.yaml", BASE)
        .args(&["--as-of", AS_OF, "check", "new/2026-0042.sip.yaml"]);
    let out = t.run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "new/2026-0042.sip.yaml:4:5: error[SIP012]: plan id `2026-0042` is also used by plans/2026-0042.sip.yaml; every plan needs its own id\n1 file checked: 1 error, 0 warnings\n"
    );
    // The plan in the folder, named itself, is not its own duplicate.
    let own = Test::at(t.path())
        .args(&["--as-of", AS_OF, "check", "plans/2026-0042.sip.yaml"])
        .run();
    assert_eq!(
        (own.code, own.stdout.as_str()),
        (0, "1 file checked: 0 errors, 0 warnings\n"),
        "{}",
        own.stderr
    );
}
