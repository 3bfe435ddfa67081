//! `sip retention`: closed plans past the period `sip.toml` sets (gallring),
//! removed in one commit, then from the whole history with git filter-repo.

use crate::support::{BASE, Test, snapshot};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=Sara Samordnare",
            "-c",
            "user.email=sara@example.se",
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
    String::from_utf8(out.stdout).unwrap()
}

/// A plan closed on `closed`, led by `lead`, with `marker` in its text.
fn closed_plan(id: &str, closed: &str, lead: &str, marker: &str) -> String {
    BASE.replace("2026-0042", id)
        .replace("status: active", "status: closed")
        .replace(
            "closed: null",
            &format!("closed: {{ date: {closed}, reason: \"{marker}\", cause: goals_reached }}"),
        )
        .replace(
            "principal: municipality\n  organisation",
            &format!("principal: {lead}\n  organisation"),
        )
}

const SETTINGS: &str = "[retention]\nyears = 5\nregion = 10\n";

#[test]
fn nothing_is_decided_for_a_principal_unless_sip_toml_says_so() {
    let t = Test::new().file(
        "plans/2019-0001.sip.yaml",
        closed_plan("2019-0001", "2019-03-01", "municipality", "x"),
    );
    let out = t.args(&["retention"]).run();
    assert_eq!(out.code, 2, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stderr.contains("no retention period is set"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("[retention]"), "{}", out.stderr);
    let sv = Test::new().args(&["--default-lang", "retention"]).run();
    assert!(sv.stderr.contains("ingen gallringsfrist"), "{}", sv.stderr);
    // An absurd period is refused with its line.
    let bad = Test::new()
        .file("sip.toml", "[retention]\nyears = 0\n")
        .args(&["retention"])
        .run();
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("sip.toml:2:1"), "{}", bad.stderr);
}

#[test]
fn lists_closed_plans_past_their_time_by_lead_principal() {
    let t = Test::new()
        .file("sip.toml", SETTINGS)
        // Municipality, 5 years: past on 2024-03-01.
        .file(
            "plans/2019-0001.sip.yaml",
            closed_plan("2019-0001", "2019-03-01", "municipality", "a"),
        )
        // Region, 10 years: kept until 2029.
        .file(
            "plans/2019-0002.sip.yaml",
            closed_plan("2019-0002", "2019-03-01", "region", "b"),
        )
        // Municipality, closed 2021-02-01: past on 2026-02-01, the check date.
        .file(
            "plans/2021-0003.sip.yaml",
            closed_plan("2021-0003", "2021-02-01", "municipality", "c"),
        )
        // Closed a day later: not yet.
        .file(
            "plans/2021-0004.sip.yaml",
            closed_plan("2021-0004", "2021-02-02", "municipality", "d"),
        )
        .plan("2026-0042.sip.yaml", &[]);
    let out = Test::at(t.path())
        .args(&["retention", "--format", "json"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["closed"], 4);
    let ids: Vec<(&str, &str, u64)> = v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap(),
                p["past_from"].as_str().unwrap(),
                p["years"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        ids,
        [
            ("2019-0001", "2024-03-01", 5),
            ("2021-0003", "2026-02-01", 5)
        ]
    );
    let text = Test::at(t.path()).args(&["retention"]).run();
    assert!(
        text.stdout
            .contains("2 plans of 4 closed past their retention time on 2026-02-01"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("sip retention --apply"),
        "{}",
        text.stdout
    );
    // Nothing was touched.
    assert!(t.path().join("plans/2019-0001.sip.yaml").exists());
}

#[test]
fn a_closed_plan_without_a_closing_date_is_named_not_guessed() {
    let undated = closed_plan("2019-0001", "2019-03-01", "municipality", "a")
        .replace("date: 2019-03-01, ", "");
    let out = Test::new()
        .file("sip.toml", SETTINGS)
        .file("plans/2019-0001.sip.yaml", undated)
        .args(&["retention"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("2019-0001.sip.yaml is closed without closed.date"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains("0 plans of 1 closed"), "{}", out.stdout);
}

/// Every object in a repository's database, as text.
fn all_objects(repo: &Path) -> String {
    let out = Command::new("git")
        .args(["cat-file", "--batch-all-objects", "--batch"])
        .current_dir(repo)
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// For one path: every commit that changed it, with its author, date,
/// message and the blob the path had.
fn path_history(repo: &Path, path: &str) -> String {
    git(
        repo,
        &[
            "log",
            "--format=%an|%ae|%at|%s",
            "--raw",
            "--no-abbrev",
            "--all",
            "--",
            path,
        ],
    )
    .lines()
    .map(|l| {
        // Raw lines name both blobs and the path; commit ids change in a rewrite.
        l.to_owned()
    })
    .collect::<Vec<_>>()
    .join("\n")
}

fn filter_repo_available() -> bool {
    let found = Command::new("git")
        .args(["filter-repo", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("SIP_REQUIRE_FILTER_REPO").is_none(),
            "SIP_REQUIRE_FILTER_REPO is set but git filter-repo is not installed"
        );
        eprintln!(
            "\n!!! SKIPPED: git filter-repo is not installed, so the retention rewrite was not tested.\n\
             !!! Install it (apt install git-filter-repo, or pip install git-filter-repo); CI sets SIP_REQUIRE_FILTER_REPO=1.\n"
        );
    }
    found
}

/// The whole of retention on a generated repository: `--apply` removes the
/// plans in one commit named by ids only, and the rewrite it prints leaves
/// their content in no commit and no object, while every other plan and its
/// history (authors, dates, messages, contents) stay as they were.
#[test]
fn apply_then_the_printed_rewrite_removes_the_plan_from_every_commit() {
    if !filter_repo_available() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let work = tmp.path().join("work");
    std::fs::create_dir_all(work.join("plans")).unwrap();
    git(&work, &["init", "-q"]);
    git(&work, &["config", "user.name", "Sara Samordnare"]);
    git(&work, &["config", "user.email", "sara@example.se"]);
    std::fs::write(work.join("sip.toml"), SETTINGS).unwrap();
    let marker = "Gallringsmarkör Alfa";
    let old = "plans/2019-0001.sip.yaml";
    // The plan to be thinned out: first written active under another name
    // (with an identity number, as SIP011 finds), then renamed, then closed.
    let active = closed_plan("19121212-1212", "2019-03-01", "municipality", marker)
        .replace("status: closed", "status: active");
    std::fs::write(work.join("plans/19121212-1212.sip.yaml"), &active).unwrap();
    std::fs::write(work.join("plans/2026-0042.sip.yaml"), BASE).unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "Två planer"]);
    git(&work, &["mv", "plans/19121212-1212.sip.yaml", old]);
    std::fs::write(
        work.join(old),
        active.replace("19121212-1212\"", "2019-0001\""),
    )
    .unwrap();
    git(&work, &["commit", "-q", "-a", "-m", "Nytt id (SIP011)"]);
    std::fs::write(
        work.join(old),
        closed_plan("2019-0001", "2019-03-01", "municipality", marker),
    )
    .unwrap();
    std::fs::write(
        work.join("plans/2026-0042.sip.yaml"),
        BASE.replace("    held: null", "    held: 2026-03-12"),
    )
    .unwrap();
    git(
        &work,
        &[
            "commit",
            "-q",
            "-a",
            "-m",
            "Avslutad, och uppföljning i den andra",
        ],
    );
    std::fs::write(
        work.join("plans/2026-0043.sip.yaml"),
        BASE.replace("2026-0042", "2026-0043"),
    )
    .unwrap();
    git(&work, &["add", "-A"]);
    git(&work, &["commit", "-q", "-m", "Tredje planen"]);
    assert!(all_objects(&work).contains(marker));
    let kept = ["plans/2026-0042.sip.yaml", "plans/2026-0043.sip.yaml"];
    let before: Vec<String> = kept.iter().map(|p| path_history(&work, p)).collect();

    let out = Test::at(&work)
        .args(&["retention", "--apply", "--format", "json"])
        .run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(!out.stdout.contains("1212-1212"), "{}", out.stdout);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["plans"][0]["id"], "2019-0001");
    assert!(!work.join(old).exists());
    // One commit, named by the plan id only, on top of the history.
    let message = git(&work, &["log", "-1", "--format=%s"]);
    assert_eq!(
        message.trim(),
        "Retention: 1 closed plan past its time removed (2019-0001)"
    );
    assert_eq!(git(&work, &["status", "--porcelain", "plans"]), "");
    // The paths file names the plan's every path, its old name too.
    let paths_file = v["paths_file"].as_str().unwrap();
    let paths = std::fs::read_to_string(paths_file).unwrap();
    assert!(
        paths.contains("literal:plans/2019-0001.sip.yaml\n"),
        "{paths}"
    );
    assert!(
        paths.contains("literal:plans/19121212-1212.sip.yaml\n"),
        "{paths}"
    );
    assert!(!paths.contains("2026-004"), "{paths}");
    // The text output prints the same rewrite and what clones must do.
    let text = Test::at(&work).args(&["retention"]).run();
    assert!(
        text.stdout.contains("0 plans of 0 closed"),
        "{}",
        text.stdout
    );

    // The rewrite as printed, in a new mirror clone.
    let rewrite: Vec<String> = v["rewrite"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        rewrite[..4],
        ["git", "filter-repo", "--invert-paths", "--paths-from-file"]
    );
    let mirror = tmp.path().join("sip-gallring.git");
    git(
        tmp.path(),
        &[
            "clone",
            "-q",
            "--mirror",
            "--no-local",
            &work.display().to_string(),
            "sip-gallring.git",
        ],
    );
    let run = Command::new(&rewrite[0])
        .args(&rewrite[1..])
        .current_dir(&mirror)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );

    // No commit and no object holds the plan's content any more.
    assert!(
        !all_objects(&mirror).contains(marker),
        "the plan is still in the rewritten repository"
    );
    for commit in git(&mirror, &["rev-list", "--all"]).lines() {
        let tree = git(&mirror, &["ls-tree", "-r", "--name-only", commit]);
        assert!(
            !tree.contains("2019-0001") && !tree.contains("19121212"),
            "{commit}: {tree}"
        );
    }
    // Every other plan, and its history, is as it was.
    let after: Vec<String> = kept.iter().map(|p| path_history(&mirror, p)).collect();
    assert_eq!(before, after);
    for p in kept {
        assert_eq!(
            git(&work, &["show", &format!("HEAD:{p}")]),
            git(&mirror, &["show", &format!("HEAD:{p}")])
        );
    }
    // A clone of the rewritten repository checks clean and has both plans.
    let fresh = tmp.path().join("fresh");
    git(
        tmp.path(),
        &["clone", "-q", &mirror.display().to_string(), "fresh"],
    );
    let check = Test::at(&fresh).args(&["check"]).run();
    assert!(
        check.stdout.contains("2 files checked"),
        "{}{}",
        check.stdout,
        check.stderr
    );
}

#[test]
fn apply_refuses_when_other_changes_are_staged() {
    let tmp = tempfile::tempdir().unwrap();
    let work = tmp.path();
    std::fs::create_dir_all(work.join("plans")).unwrap();
    git(work, &["init", "-q"]);
    git(work, &["config", "user.name", "Sara Samordnare"]);
    git(work, &["config", "user.email", "sara@example.se"]);
    std::fs::write(work.join("sip.toml"), SETTINGS).unwrap();
    std::fs::write(
        work.join("plans/2019-0001.sip.yaml"),
        closed_plan("2019-0001", "2019-03-01", "municipality", "a"),
    )
    .unwrap();
    git(work, &["add", "-A"]);
    git(work, &["commit", "-q", "-m", "Plan"]);
    std::fs::write(work.join("plans/2026-0042.sip.yaml"), BASE).unwrap();
    git(work, &["add", "plans/2026-0042.sip.yaml"]);
    let out = Test::at(work).args(&["retention", "--apply"]).run();
    assert_eq!(out.code, 2, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stderr.contains("other changes are staged"),
        "{}",
        out.stderr
    );
    assert!(work.join("plans/2019-0001.sip.yaml").exists());
}

/// What a coordinator reads, in Swedish (the default): the list, and after
/// `--apply` the steps of the rewrite (commit id and paths made stable).
#[test]
fn swedish_list_and_rewrite_steps_are_pinned_by_snapshots() {
    let tmp = tempfile::tempdir().unwrap();
    let work = tmp.path();
    std::fs::create_dir_all(work.join("plans")).unwrap();
    git(work, &["init", "-q"]);
    git(work, &["config", "user.name", "Sara Samordnare"]);
    git(work, &["config", "user.email", "sara@example.se"]);
    std::fs::write(work.join("sip.toml"), SETTINGS).unwrap();
    for (id, closed, lead) in [
        ("2019-0001", "2019-03-01", "municipality"),
        ("2019-0002", "2019-03-01", "region"),
        ("2020-0007", "2020-02-29", "municipality"),
    ] {
        std::fs::write(
            work.join(format!("plans/{id}.sip.yaml")),
            closed_plan(id, closed, lead, "x"),
        )
        .unwrap();
    }
    git(work, &["add", "-A"]);
    git(work, &["commit", "-q", "-m", "Planer"]);
    let list = Test::at(work).args(&["--default-lang", "retention"]).run();
    assert_eq!(list.code, 0, "{}", list.stderr);
    snapshot("retention", "sv_list", &list.stdout);
    let apply = Test::at(work)
        .args(&["--default-lang", "retention", "--apply"])
        .run();
    assert_eq!(apply.code, 0, "{}", apply.stderr);
    let commit = git(work, &["rev-parse", "--short=12", "HEAD"]);
    let message = git(work, &["log", "-1", "--format=%B"]);
    assert_eq!(
        message.trim(),
        "Gallring: 2 avslutade planer vars tid gått ut borttagna (2019-0001, 2020-0007)"
    );
    let root = work.canonicalize().unwrap().display().to_string();
    let stable = apply
        .stdout
        .replace(commit.trim(), "[commit]")
        .replace(&root, "[repo]");
    snapshot("retention", "sv_apply", &stable);
}
