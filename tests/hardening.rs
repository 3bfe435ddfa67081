//! Hardening: no plan lost or overwritten, no silent pass, no leaked
//! number, no crash or hang. Each test is named after what it guards.

use crate::support::{AS_OF, BASE, Repo, Test};

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_plan_is_refused_not_opened() {
    let t = Test::new().plan("2026-0042.sip.yaml", &[]);
    let fifo = t.path().join("plans/x.sip.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    for command in [
        &["check"][..],
        &["list"],
        &["due"],
        &["render", "plans/x.sip.yaml"],
    ] {
        let out = Test::at(t.path()).args(command).run();
        assert_eq!(out.code, 2, "{command:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("x.sip.yaml") && out.stderr.contains("not a regular file"),
            "{command:?}: {}",
            out.stderr
        );
    }
}

#[test]
fn a_tracked_plan_matched_by_a_gitignore_rule_is_still_checked() {
    let mut repo = Repo::new();
    repo.plan("plans/2026-0042.sip.yaml", &[]);
    repo.plan(
        "plans/old/2026-0043.sip.yaml",
        &[
            ("2026-0042", "2026-0043"),
            ("principal: municipality", "principal: other"),
        ],
    );
    repo.commit("Sara Samordnare", "Planer");
    repo.write(".gitignore", "old/\n");
    repo.write("plans/.gitignore", "old/\n");
    let out = repo.sip(&["check"]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("plans/old/2026-0043.sip.yaml"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("2 files checked"), "{}", out.stdout);
}

#[cfg(unix)]
#[test]
fn plans_with_names_that_are_not_utf8_and_under_linked_folders_are_checked() {
    use std::os::unix::ffi::OsStrExt;
    let t = Test::new().plan("2026-0042.sip.yaml", &[]);
    let latin1 = std::ffi::OsStr::from_bytes(b"plans/\xc5sa.sip.yaml");
    std::fs::write(
        t.path().join(latin1),
        BASE.replace("2026-0042", "2026-0043"),
    )
    .unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(
        elsewhere.path().join("2026-0044.sip.yaml"),
        BASE.replace("2026-0042", "2026-0044"),
    )
    .unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), t.path().join("plans/linked")).unwrap();
    let out = Test::at(t.path()).args(&["check"]).run();
    assert!(
        out.stdout.contains("3 files checked"),
        "{}{}",
        out.stdout,
        out.stderr
    );
    assert!(out.stdout.contains("sa.sip.yaml"), "{}", out.stdout);
}

#[test]
fn a_folder_named_like_a_plan_is_reported_not_walked() {
    let t = Test::new().plan("2026-0042.sip.yaml", &[]).file(
        "plans/odd.sip.yaml/2026-0043.sip.yaml",
        BASE.replace("2026-0042", "2026-0043"),
    );
    let out = Test::at(t.path()).args(&["check"]).run();
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        out.stderr
            .contains("plans/odd.sip.yaml: this is not a regular file")
    );
    assert!(!out.stdout.contains("2026-0043"), "{}", out.stdout);
    assert_eq!(out.stdout, "1 file checked: 0 errors, 0 warnings\n");
    let _ = AS_OF;
}

#[test]
fn render_never_writes_over_the_plan_or_any_plan_or_a_device() {
    let t = Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .file("plans/plan-copy.yaml", BASE);
    let before = std::fs::read(t.path().join("plans/2026-0042.sip.yaml")).unwrap();
    for target in [
        "plans/2026-0042.sip.yaml",
        "plans/2026-0042.SIP.YAML",
        "plans/plan-copy.yaml",
        "plan-link.html",
    ] {
        if target == "plan-link.html" {
            #[cfg(unix)]
            std::os::unix::fs::symlink(
                t.path().join("plans/2026-0042.sip.yaml"),
                t.path().join("plan-link.html"),
            )
            .unwrap();
            #[cfg(not(unix))]
            continue;
        }
        let out = Test::at(t.path())
            .args(&["render", "plans/2026-0042.sip.yaml", "-o", target])
            .run();
        assert_eq!(out.code, 2, "{target}: {}", out.stderr);
        assert!(
            out.stderr.contains("never replaces a plan"),
            "{target}: {}",
            out.stderr
        );
    }
    assert_eq!(
        std::fs::read(t.path().join("plans/2026-0042.sip.yaml")).unwrap(),
        before
    );
    assert_eq!(
        std::fs::read(t.path().join("plans/plan-copy.yaml")).unwrap(),
        BASE.as_bytes()
    );
    #[cfg(unix)]
    {
        let out = Test::at(t.path())
            .args(&["render", "2026-0042", "-o", "/dev/null"])
            .run();
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(out.stderr.contains("not a regular file"), "{}", out.stderr);
        use std::os::unix::fs::FileTypeExt;
        assert!(
            std::fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device()
        );
    }
}

#[cfg(unix)]
#[test]
fn render_writes_through_a_link_and_keeps_it() {
    let t = Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .file("out/real.html", "old");
    std::os::unix::fs::symlink(t.path().join("out/real.html"), t.path().join("link.html")).unwrap();
    let out = Test::at(t.path())
        .args(&["render", "2026-0042", "-o", "link.html"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let link = std::fs::symlink_metadata(t.path().join("link.html")).unwrap();
    assert!(link.file_type().is_symlink(), "the link is kept");
    let real = std::fs::read_to_string(t.path().join("out/real.html")).unwrap();
    assert!(real.starts_with("<!DOCTYPE html>"));
}

#[test]
fn render_warns_when_the_output_would_be_committed_and_makes_its_folder() {
    let repo = Repo::new();
    repo.plan("plans/2026-0042.sip.yaml", &[]);
    repo.write(".gitignore", "/rendered/\n");
    let out = repo.sip(&["render", "2026-0042", "-o", "rendered/2026-0042.html"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    assert!(repo.path().join("rendered/2026-0042.html").is_file());
    let out = repo.sip(&[
        "render",
        "2026-0042",
        "-o",
        "2026-0042.md",
        "--format",
        "md",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("warning: 2026-0042.md is in the repository and not ignored"),
        "{}",
        out.stderr
    );
}

#[test]
fn absurd_arguments_and_settings_are_refused_not_crashed_on() {
    let t = Test::new().plan("2026-0042.sip.yaml", &[]);
    for args in [
        &["due", "--within", "95672000"][..],
        &["--as-of", "9999-12-31", "due", "--within", "36600"],
        &["--as-of", "2026-2-3", "list"],
        &["--as-of", "0000-01-01", "list"],
        &["git-diff"],
    ] {
        let out = Test::at(t.path()).args(args).run();
        assert!(
            matches!(out.code, 0 | 2),
            "{args:?}: {} {}",
            out.code,
            out.stderr
        );
        assert!(!out.stderr.contains("panicked"), "{args:?}: {}", out.stderr);
    }
    let huge = Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .file("sip.toml", "establish_within_days = 2147483647\n");
    let out = Test::at(huge.path()).args(&["due"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("at most 365"), "{}", out.stderr);
}

#[test]
fn argument_errors_never_echo_an_identity_number() {
    let t = Test::new();
    for args in [
        &["--as-of", "19121212-1212", "list"][..],
        &["19121212-1212"],
        &["list", "--status", "19121212-1212"],
    ] {
        let out = Test::at(t.path()).args(args).run();
        assert_eq!(out.code, 2, "{args:?}");
        assert!(
            !out.stderr.contains("1212-1212"),
            "{args:?}: {}",
            out.stderr
        );
    }
}

#[test]
fn control_sequences_in_plan_values_never_reach_the_terminal() {
    // An escaped ESC (valid YAML) in the person's name and an action's text.
    let t = Test::new().plan(
        "2026-0042.sip.yaml",
        &[
            (
                "name: Tolvan Tolvansson",
                "name: \"Tolvan \\e]0;pwned\\a\\e[2J\"",
            ),
            (
                "principal: municipality\n  organisation:",
                "principal: other\n  organisation:",
            ),
        ],
    );
    for args in [
        &["list"][..],
        &["due", "--within", "3000"],
        &["render", "2026-0042", "--format", "txt"],
        &["check"],
    ] {
        let out = Test::at(t.path()).args(args).run();
        for text in [&out.stdout, &out.stderr] {
            assert!(
                !text.contains('\u{1b}') && !text.contains('\u{7}'),
                "{args:?}: {text:?}"
            );
        }
    }
    let list = Test::at(t.path()).args(&["list"]).run();
    assert!(
        list.stdout.contains("\\x1b]0;pwned\\x07"),
        "{}",
        list.stdout
    );
    // A raw control character in the file is a finding of its own.
    let raw = Test::new().file(
        "plans/2026-0042.sip.yaml",
        BASE.replace("name: Tolvan Tolvansson", "name: Tolvan \u{1b}[2J"),
    );
    let out = Test::at(raw.path()).args(&["check"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("error[yaml]: a control character (U+001B)"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_csv_cell_a_spreadsheet_would_run_is_defused() {
    let t = Test::new().plan(
        "2026-0042.sip.yaml",
        &[(
            "name: Tolvan Tolvansson",
            "name: \"=HYPERLINK(\\\"http://x\\\")\"",
        )],
    );
    let out = Test::at(t.path()).args(&["list", "--format", "csv"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("\"'=HYPERLINK("), "{}", out.stdout);
}

#[test]
fn misleading_messages_are_fixed() {
    // SIP012 suggests only a name that is valid and holds no number.
    let t = Test::new().plan(
        "old-name.sip.yaml",
        &[("id: \"2026-0042\"", "id: \"19121212-1212\"")],
    );
    let out = Test::at(t.path()).args(&["check"]).run();
    assert!(!out.stdout.contains("rename the file to"), "{}", out.stdout);
    assert!(
        out.stdout.contains("is not one a file can be named after"),
        "{}",
        out.stdout
    );
    // `sip: 1.0` is version 1.
    let t = Test::new().plan("2026-0042.sip.yaml", &[("sip: 1", "sip: 1.0")]);
    let out = Test::at(t.path()).args(&["check"]).run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    // A file with NEL line breaks is not called empty.
    let t = Test::new().file("plans/2026-0042.sip.yaml", "sip: 1\u{85}id: x\u{85}");
    let out = Test::at(t.path()).args(&["check"]).run();
    assert!(out.stdout.contains("NEL or LS"), "{}", out.stdout);
    // explain knows yaml and schema.
    for rule in ["yaml", "schema"] {
        assert_eq!(Test::at(t.path()).args(&["explain", rule]).run().code, 0);
    }
}

#[test]
fn init_uses_the_plans_folder_sip_toml_names_and_refuses_a_number_in_the_path() {
    let t = Test::new().file("sip.toml", "plans_dir = \"planer\"\n");
    let out = Test::at(t.path()).args(&["init"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(t.path().join("planer/.gitkeep").is_file());
    assert!(!t.path().join("plans").exists());
    let out = Test::at(t.path())
        .args(&["init", "x/19121212-1212/y"])
        .run();
    assert_eq!(out.code, 2);
    assert!(!t.path().join("x").exists());
    assert!(!out.stderr.contains("1212-1212"), "{}", out.stderr);
}

/// A clone of `repo` with only its latest commit, as CI checkouts make.
fn shallow_clone(repo: &Repo, branch: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("git")
        .args([
            "clone",
            "-q",
            "--depth",
            "1",
            "--single-branch",
            "--branch",
            branch,
        ])
        .arg(format!("file://{}", repo.path().display()))
        .arg(dir.path().join("c"))
        .status()
        .unwrap();
    assert!(status.success());
    dir
}

#[test]
fn a_shallow_clone_is_said_so_in_log_diff_and_check_changed() {
    let mut repo = Repo::new();
    repo.plan("plans/2026-0042.sip.yaml", &[]);
    repo.commit("Sara Samordnare", "Ny plan");
    repo.plan(
        "plans/2026-0042.sip.yaml",
        &[("principal: region", "principal: municipality")],
    );
    repo.commit("Erik Läkare", "Ansvaret flyttas");
    repo.checkout_new("feature");
    let clone = shallow_clone(&repo, "feature");
    let at = clone.path().join("c");
    let log = Test::at(&at).args(&["log", "2026-0042"]).run();
    assert_eq!(log.code, 0, "{}", log.stderr);
    assert!(
        log.stdout.contains("history this clone holds ends here"),
        "{}",
        log.stdout
    );
    assert!(!log.stdout.contains("new plan"), "{}", log.stdout);
    let diff = Test::at(&at).args(&["diff", "HEAD~1", "HEAD"]).run();
    assert_eq!(diff.code, 2);
    assert!(
        diff.stderr.contains("it is shallow") && diff.stderr.contains("fetch-depth: 0"),
        "{}",
        diff.stderr
    );
    // --changed cannot tell what changed: every plan is checked, and it says why.
    let changed = Test::at(&at).args(&["check", "--changed"]).run();
    assert_eq!(
        changed.stdout, "1 file checked: 0 errors, 0 warnings\n",
        "{}",
        changed.stderr
    );
    assert!(changed.stderr.contains("shallow"), "{}", changed.stderr);
    // A revision that is not in the clone is exit 2, with what to do.
    let base = Test::at(&at).args(&["check", "--changed=HEAD~1"]).run();
    assert_eq!(base.code, 2, "{}", base.stderr);
    assert!(
        base.stderr.contains("git fetch --unshallow"),
        "{}",
        base.stderr
    );
}

#[test]
fn changed_with_a_space_before_the_revision_says_how_to_write_it() {
    let mut repo = Repo::new();
    repo.plan("plans/2026-0042.sip.yaml", &[]);
    repo.commit("Sara Samordnare", "Ny plan");
    let out = repo.sip(&["check", "--changed", "HEAD"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("`HEAD` is a revision, not a path"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--changed=HEAD"), "{}", out.stderr);
}

#[test]
fn due_into_a_pipe_names_who_acts_on_every_row() {
    let t = Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .plan("2026-0043.sip.yaml", &[("2026-0042", "2026-0043")]);
    let out = Test::at(t.path())
        .args(&["due", "--as-of", "2026-03-20"])
        .run();
    let rows: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.contains("2026-004"))
        .collect();
    assert!(rows.len() >= 2, "{}", out.stdout);
    let who = rows[0].split("  ").next().unwrap();
    assert!(rows.iter().all(|r| !r.starts_with(' ')), "{}", out.stdout);
    assert!(!who.is_empty());
}

/// `sip check --changed` with plans in a submodule: git in the outer
/// repository sees only the submodule's commit, never which plan in it
/// changed. Those plans are checked (not passed over) and the submodule is
/// named on stderr.
#[test]
fn plans_in_a_submodule_are_checked_under_changed_and_named() {
    let git = |dir: &std::path::Path, args: &[&str]| {
        let out = std::process::Command::new("git")
            .args([
                "-c",
                "user.name=Sara Samordnare",
                "-c",
                "user.email=sara@example.se",
            ])
            .args([
                "-c",
                "protocol.file.allow=always",
                "-c",
                "init.defaultBranch=main",
            ])
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let tmp = tempfile::tempdir().unwrap();
    let (unit, outer) = (tmp.path().join("unit"), tmp.path().join("outer"));
    for dir in [&unit, &outer] {
        std::fs::create_dir_all(dir.join("plans")).unwrap();
        git(dir, &["init", "-q"]);
    }
    std::fs::write(
        unit.join("plans/2026-0002.sip.yaml"),
        BASE.replace("2026-0042", "2026-0002"),
    )
    .unwrap();
    git(&unit, &["add", "-A"]);
    git(&unit, &["commit", "-q", "-m", "Enhetens plan"]);
    std::fs::write(
        outer.join("plans/2026-0001.sip.yaml"),
        BASE.replace("2026-0042", "2026-0001"),
    )
    .unwrap();
    git(&outer, &["add", "-A"]);
    git(&outer, &["commit", "-q", "-m", "Första planen"]);
    git(
        &outer,
        &[
            "submodule",
            "add",
            "-q",
            &unit.display().to_string(),
            "plans/unit",
        ],
    );
    git(&outer, &["commit", "-q", "-m", "Enheten som undermodul"]);
    // A plan in the submodule breaks; the outer repository sees nothing changed.
    let inner = outer.join("plans/unit/plans/2026-0002.sip.yaml");
    let text = std::fs::read_to_string(&inner).unwrap();
    std::fs::write(&inner, text.replace("status: active", "status: bogus")).unwrap();
    let out = Test::at(&outer).args(&["check", "--changed"]).run();
    assert_eq!(out.code, 1, "{}\n{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("2026-0002.sip.yaml"), "{}", out.stdout);
    assert!(out.stdout.contains("1 file checked"), "{}", out.stdout);
    assert!(
        out.stderr.contains("plans/unit is a submodule") && out.stderr.contains("(1 plan)"),
        "{}",
        out.stderr
    );
    // Swedish by default.
    let sv = Test::at(&outer)
        .args(&["--default-lang", "check", "--changed"])
        .run();
    assert!(
        sv.stderr.contains("plans/unit är en undermodul"),
        "{}",
        sv.stderr
    );
}
