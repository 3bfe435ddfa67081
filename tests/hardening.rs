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
