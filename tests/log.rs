//! `sip log`: a plan's history, newest first, in plan terms.

use crate::support::{Repo, Test};
use serde_json::Value;

const A: &str = "plans/2026-0042.sip.yaml";

fn history() -> Repo {
    let mut repo = Repo::new();
    repo.plan(A, &[]);
    repo.plan(
        "plans/2026-0043.sip.yaml",
        &[("\"2026-0042\"", "\"2026-0043\"")],
    );
    repo.commit("Sara Samordnare", "Ny plan");
    repo.plan(A, &[("    held: null", "    held: 2026-03-12")]);
    repo.commit("Erik Läkare", "Uppföljning hållen");
    // Another plan changes: not in this plan's history.
    repo.plan(
        "plans/2026-0043.sip.yaml",
        &[
            ("\"2026-0042\"", "\"2026-0043\""),
            ("status: active", "status: closed"),
        ],
    );
    repo.commit("Sara Samordnare", "Annan plan");
    repo.remove(A);
    repo.plan(
        "plans/2026/2026-0042.sip.yaml",
        &[("    held: null", "    held: 2026-03-12")],
    );
    repo.commit("Sara Samordnare", "Flyttad till 2026/");
    repo.plan(
        "plans/2026/2026-0042.sip.yaml",
        &[
            ("    held: null", "    held: 2026-03-12"),
            (
                "responsible: { principal: region, service: health_care",
                "responsible: { principal: municipality, service: health_care",
            ),
        ],
    );
    repo.commit(
        "Maja Sköterska",
        "I2 till kommunen, pnr 19121212-1212 i meddelandet",
    );
    repo
}

#[test]
fn newest_first_with_author_and_changes_following_the_rename() {
    let repo = history();
    let out = repo.sip(&["log", "plans/2026/2026-0042.sip.yaml", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    let commits = v["commits"].as_array().unwrap();
    let got: Vec<(&str, &str, &str)> = commits
        .iter()
        .map(|c| {
            (
                c["author"].as_str().unwrap(),
                c["change"].as_str().unwrap(),
                c["file"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "Maja Sköterska",
                "modified",
                "plans/2026/2026-0042.sip.yaml"
            ),
            (
                "Sara Samordnare",
                "renamed",
                "plans/2026/2026-0042.sip.yaml"
            ),
            ("Erik Läkare", "modified", A),
            ("Sara Samordnare", "added", A),
        ]
    );
    assert_eq!(
        commits[0]["changes"][0]["pointer"],
        "/actions/I2/responsible/principal"
    );
    assert_eq!(commits[0]["email"], "maja@example.se");
    assert_eq!(commits[0]["date"], "2026-03-12T12:20:00+01:00");
    assert_eq!(commits[1]["from_file"], A);
    assert_eq!(
        commits[2]["changes"][0]["pointer"],
        "/follow_ups/2026-03-12/held"
    );
    assert_eq!(commits[2]["message"], "Uppföljning hållen");
    // The identity number in a commit message is not repeated.
    assert_eq!(
        commits[0]["message"],
        "I2 till kommunen, pnr [personnummer] i meddelandet"
    );
    assert!(!out.stdout.contains("1212-1212"));
}

#[test]
fn text_names_commit_author_and_change_and_takes_an_id() {
    let repo = history();
    let out = Test::at(repo.path())
        .args(&["--default-lang", "log", "2026-0043"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let commits = out.stdout.matches("commit ").count();
    assert_eq!(commits, 2, "{}", out.stdout);
    assert!(
        out.stdout.contains("Sara Samordnare <sara@example.se>"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("    Annan plan\n"), "{}", out.stdout);
    assert!(
        out.stdout.contains("  ! ~ status: aktiv → avslutad\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("(2026-0043)  ny plan"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_plan_without_history_is_exit_2() {
    let repo = history();
    let out = repo.sip(&["log", "plans/none.sip.yaml"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("has no history"), "{}", out.stderr);
}

#[test]
fn outside_a_git_repository_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("sip.toml"), "").unwrap();
    let out = Test::at(dir.path())
        .args(&["log", "plans/x.sip.yaml"])
        .run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("not inside a git work tree"),
        "{}",
        out.stderr
    );
}

/// SIP011's fix: a plan named after the person's number is renamed and its
/// id changed in one commit. git pairs the two files by content, and so
/// does `sip log`: the history before the rename is kept.
#[test]
fn follows_a_rename_that_also_changes_the_id() {
    let mut repo = Repo::new();
    let old = "plans/19121212-1212.sip.yaml";
    let number_id = [("\"2026-0042\"", "\"19121212-1212\"")];
    repo.plan(old, &number_id);
    repo.commit("Sara Samordnare", "Ny plan");
    repo.plan(
        old,
        &[number_id[0], ("    held: null", "    held: 2026-03-12")],
    );
    repo.commit("Erik Läkare", "Uppföljning hållen");
    repo.remove(old);
    repo.plan(
        "plans/2026-0050.sip.yaml",
        &[
            ("\"2026-0042\"", "\"2026-0050\""),
            ("    held: null", "    held: 2026-03-12"),
        ],
    );
    repo.commit("Sara Samordnare", "Nytt id utan personnummer (SIP011)");
    let out = repo.sip(&["log", "2026-0050", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    let got: Vec<(&str, &str)> = v["commits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["change"].as_str().unwrap(),
                c["message"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("renamed", "Nytt id utan personnummer (SIP011)"),
            ("modified", "Uppföljning hållen"),
            ("added", "Ny plan"),
        ]
    );
    assert_eq!(
        v["commits"][0]["from_file"],
        "plans/[personnummer].sip.yaml"
    );
    assert!(!out.stdout.contains("1212-1212"), "{}", out.stdout);
    let text = repo.sip(&["log", "2026-0050"]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    assert_eq!(text.stdout.matches("commit ").count(), 3, "{}", text.stdout);
    assert!(!text.stdout.contains("1212-1212"), "{}", text.stdout);
}
