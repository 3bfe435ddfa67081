//! `sip diff`: changes in plan terms between real git revisions.

use crate::support::{Repo, Test};
use serde_json::Value;

const A: &str = "plans/2026-0042.sip.yaml";

fn json(out: &crate::support::Output) -> Value {
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    serde_json::from_str(&out.stdout).unwrap()
}

/// `(op, pointer)` of every change of the only plan in a diff.
fn ops(v: &Value) -> Vec<(String, String)> {
    assert_eq!(v["plans"].as_array().unwrap().len(), 1, "{v:#}");
    v["plans"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["op"].as_str().unwrap().to_owned(),
                c["pointer"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn an_action_added_removed_and_changed() {
    let mut repo = Repo::new();
    repo.plan(A, &[]);
    repo.commit("Sara Samordnare", "Ny plan");
    repo.plan(
        A,
        &[
            // I1 removed, I2's text changed, I3 added.
            ("  - id: I1\n    text: Hemtjänst morgon och kväll.\n    needs: [B1]\n    responsible:\n      principal: municipality\n      service: social_services\n      organisation: Hemtjänsten Norr\n      contact: { name: Ali Hemtjänst, phone: \"010-765 43 21\" }\n    type: support\n    start: 2026-01-15\n    end: 2026-06-30\n    status: ongoing\n", ""),
            ("Läkarbesök var tredje månad.", "Läkarbesök varannan månad."),
            ("    status: planned\n", "    status: planned\n  - { id: I3, text: Trygghetslarm., needs: [B1], responsible: { principal: municipality, service: social_services, organisation: Larmcentralen } }\n"),
        ],
    );
    let v = json(&repo.sip(&["diff", "--format", "json"]));
    assert_eq!(v["from"], "HEAD");
    assert_eq!(v["to"], "worktree");
    assert_eq!(v["plans"][0]["file"], A);
    assert_eq!(v["plans"][0]["id"], "2026-0042");
    assert_eq!(v["plans"][0]["change"], "modified");
    assert_eq!(
        ops(&v),
        pairs(&[
            ("removed", "/actions/I1"),
            ("changed", "/actions/I2/text"),
            ("added", "/actions/I3"),
        ])
    );
    let changes = &v["plans"][0]["changes"];
    assert_eq!(changes[1]["from"], "Läkarbesök var tredje månad.");
    assert_eq!(changes[1]["to"], "Läkarbesök varannan månad.");
    assert_eq!(changes[2]["to"]["organisation"], Value::Null);
    assert_eq!(
        changes[2]["to"]["responsible"]["organisation"],
        "Larmcentralen"
    );
    assert_eq!(changes[0]["from"]["text"], "Hemtjänst morgon och kväll.");
}

#[test]
fn reordered_items_are_not_a_change() {
    let mut repo = Repo::new();
    repo.plan(A, &[]);
    repo.commit("Sara Samordnare", "Ny plan");
    repo.plan(
        A,
        &[
            (
                "  - { id: B1, text: \"Hjälp med personlig hygien morgon och kväll.\", goals: [M1] }\n  - { id: B2, text: \"Regelbunden uppföljning av hjärtsvikt.\", goals: [M1] }\n",
                "  - { id: B2, text: \"Regelbunden uppföljning av hjärtsvikt.\", goals: [M1] }\n  - { id: B1, text: \"Hjälp med personlig hygien morgon och kväll.\", goals: [M1] }\n",
            ),
            ("participants:\n", "participants:\n  - { name: Ny Deltagare, kind: other, organisation: Skolan, attended: true }\n"),
        ],
    );
    let v = json(&repo.sip(&["diff", "--format", "json"]));
    // Only the new participant; the swapped needs are no change.
    assert_eq!(ops(&v), pairs(&[("added", "/participants/Ny Deltagare")]));
}

#[test]
fn a_moved_responsibility_in_words_and_marked() {
    let mut repo = Repo::new();
    repo.plan(A, &[]);
    let first = repo.commit("Sara Samordnare", "Ny plan");
    repo.plan(
        A,
        &[(
            "responsible: { principal: region, service: health_care",
            "responsible: { principal: municipality, service: health_care",
        )],
    );
    repo.commit("Erik Läkare", "I2 till kommunen");
    let out = repo.sip(&["--default-lang", "diff", "HEAD~1", "HEAD"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "plans/2026-0042.sip.yaml  (2026-0042)  ändrad\n\
         \x20 ! ~ Insats I2: ansvarig huvudman: region → kommun\n\
         \n\
         1 plan: 1 ändrad (HEAD~1 → HEAD)\n\
         + tillagt, - borttaget, ~ ändrat; ! rör huvudansvar, ansvar, samtycke, status, måluppfyllelse eller avbrutna insatser\n"
    );
    let en = repo.sip(&[
        "--default-lang",
        "diff",
        &first.to_string(),
        "HEAD",
        "--lang",
        "en",
        "-q",
    ]);
    assert_eq!(
        en.stdout,
        "plans/2026-0042.sip.yaml  (2026-0042)  modified\n\
         \x20 ! ~ Action I2: responsible principal: region → municipality\n"
    );
    let md = repo.sip(&["--default-lang", "diff", "HEAD~1", "HEAD", "--format", "md"]);
    assert!(
        md.stdout
            .contains("| **!** ~ | Insats I2: ansvarig huvudman | region | kommun |"),
        "{}",
        md.stdout
    );
    let v = json(&repo.sip(&[
        "--default-lang",
        "diff",
        "HEAD~1",
        "HEAD",
        "--format",
        "json",
    ]));
    assert_eq!(v["plans"][0]["changes"][0]["significant"], true);
    assert_eq!(
        v["plans"][0]["changes"][0]["pointer"],
        "/actions/I2/responsible/principal"
    );
}

#[test]
fn a_renamed_plan_keeps_its_identity() {
    let mut repo = Repo::new();
    repo.plan(A, &[]);
    repo.commit("Sara Samordnare", "Ny plan");
    repo.remove(A);
    repo.plan(
        "plans/2026/2026-0042.sip.yaml",
        &[("status: active", "status: active # flyttad")],
    );
    let v = json(&repo.sip(&["diff", "--format", "json"]));
    let plan = &v["plans"][0];
    assert_eq!(plan["change"], "renamed");
    assert_eq!(plan["file"], "plans/2026/2026-0042.sip.yaml");
    assert_eq!(plan["from_file"], A);
    assert_eq!(plan["changes"], serde_json::json!([]));
}

#[test]
fn added_and_removed_plans_and_only_changed_files_are_read() {
    let mut repo = Repo::new();
    repo.plan(A, &[]);
    repo.plan(
        "plans/2026-0043.sip.yaml",
        &[("\"2026-0042\"", "\"2026-0043\"")],
    );
    // Broken, but never changed: a diff must not read it.
    repo.write("plans/broken.sip.yaml", "id: [unclosed\n");
    repo.commit("Sara Samordnare", "Två planer");
    repo.remove("plans/2026-0043.sip.yaml");
    repo.plan(
        "plans/2026-0044.sip.yaml",
        &[("\"2026-0042\"", "\"2026-0044\"")],
    );
    let v = json(&repo.sip(&["diff", "--format", "json"]));
    let got: Vec<(&str, &str)> = v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["file"].as_str().unwrap(), p["change"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            ("plans/2026-0043.sip.yaml", "removed"),
            ("plans/2026-0044.sip.yaml", "added")
        ]
    );
}

#[test]
fn a_plan_broken_at_one_side_is_reported_and_the_rest_goes_on() {
    let mut repo = Repo::new();
    repo.plan(A, &[]);
    repo.plan(
        "plans/2026-0043.sip.yaml",
        &[("\"2026-0042\"", "\"2026-0043\"")],
    );
    repo.commit("Sara Samordnare", "Två planer");
    repo.write(A, "sip: 1\nid: [unclosed\n");
    repo.plan(
        "plans/2026-0043.sip.yaml",
        &[
            ("\"2026-0042\"", "\"2026-0043\""),
            ("status: active", "status: closed"),
        ],
    );
    repo.commit("Sara Samordnare", "Trasig");
    let v = json(&repo.sip(&[
        "--default-lang",
        "diff",
        "HEAD~1",
        "HEAD",
        "--format",
        "json",
    ]));
    let plans = v["plans"].as_array().unwrap();
    assert_eq!(plans.len(), 2);
    assert_eq!(plans[0]["file"], A);
    assert_eq!(plans[0]["broken"]["side"], "to");
    assert_eq!(plans[0]["broken"]["revision"], "HEAD");
    assert!(
        plans[0]["broken"]["message"]
            .as_str()
            .unwrap()
            .starts_with("3:")
    );
    assert_eq!(plans[1]["changes"][0]["pointer"], "/status");
    let text = repo.sip(&["--default-lang", "diff", "HEAD~1", "HEAD"]);
    assert!(
        text.stdout.contains("kan inte läsas i HEAD: 3:"),
        "{}",
        text.stdout
    );
    // Why, in the language of the run: the plain-words YAML message, both
    // in the text and in JSON (the keys stay English).
    let sv = &text.stdout[text.stdout.find("kan inte läsas i HEAD").unwrap()..];
    let sv = sv.lines().next().unwrap();
    let en = repo.sip(&["--lang", "en", "diff", "HEAD~1", "HEAD"]).stdout;
    let en = &en[en.find("HEAD: 3:").unwrap()..];
    let en = en.lines().next().unwrap();
    assert_ne!(sv, en);
    for english in ["the ", " is ", "parser"] {
        assert!(!sv.contains(english), "{sv}");
    }
    assert!(sv.contains("tolken"), "{sv}");
    let message = plans[0]["broken"]["message"].as_str().unwrap();
    assert!(
        sv.ends_with(message.split_once(": ").unwrap().1),
        "{sv} / {message}"
    );
}

#[test]
fn paths_after_double_dash_limit_the_diff() {
    let mut repo = Repo::new();
    repo.plan(A, &[]);
    repo.plan(
        "other/2026-0043.sip.yaml",
        &[("\"2026-0042\"", "\"2026-0043\"")],
    );
    repo.commit("Sara Samordnare", "Två planer");
    repo.plan(A, &[("status: active", "status: closed")]);
    repo.plan(
        "other/2026-0043.sip.yaml",
        &[
            ("\"2026-0042\"", "\"2026-0043\""),
            ("status: active", "status: closed"),
        ],
    );
    // Default: the plans folder only.
    let v = json(&repo.sip(&["diff", "--format", "json"]));
    assert_eq!(v["plans"].as_array().unwrap().len(), 1);
    assert_eq!(v["plans"][0]["file"], A);
    // From a subfolder, relative to it.
    let out = Test::at(repo.path())
        .cwd("other")
        .args(&["diff", "--format", "json", "--", "2026-0043.sip.yaml"])
        .run();
    let v = json(&out);
    assert_eq!(v["plans"][0]["file"], "other/2026-0043.sip.yaml");
}

#[test]
fn nothing_changed_says_so() {
    let mut repo = Repo::new();
    repo.plan(A, &[]);
    repo.commit("Sara Samordnare", "Ny plan");
    let out = repo.sip(&["--default-lang", "diff"]);
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout, "ingen plan har ändrats (HEAD → arbetskopian)\n");
}

#[test]
fn an_unknown_revision_is_exit_2() {
    let mut repo = Repo::new();
    repo.plan(A, &[]);
    repo.commit("Sara Samordnare", "Ny plan");
    let out = repo.sip(&["diff", "no-such-branch"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("unknown revision `no-such-branch`"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("hint:"), "{}", out.stderr);
    assert_eq!(out.stdout, "");
}

#[test]
fn a_repository_without_commits_says_so() {
    let repo = Repo::new();
    repo.plan(A, &[]);
    let out = repo.sip(&["diff"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("no commits yet"), "{}", out.stderr);
}

#[test]
fn a_path_outside_the_repository_is_exit_2() {
    let mut repo = Repo::new();
    repo.plan(A, &[]);
    repo.commit("Sara Samordnare", "Ny plan");
    let out = repo.sip(&["diff", "--", "../elsewhere"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("is outside the repository"),
        "{}",
        out.stderr
    );
}

#[test]
fn not_a_git_repository_is_exit_2_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("sip.toml"), "").unwrap();
    let out = Test::at(dir.path()).args(&["diff"]).run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("is not inside a git work tree"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("hint:"), "{}", out.stderr);
}

#[test]
fn identity_numbers_do_not_appear_in_the_diff() {
    let mut repo = Repo::new();
    repo.plan(A, &[]);
    repo.commit("Sara Samordnare", "Ny plan");
    repo.plan(A, &[("19121212-1212", "20121212-1212")]);
    for format in ["text", "json", "md"] {
        let out = repo.sip(&["diff", "--format", format]);
        assert_eq!(out.code, 0);
        assert!(
            out.stdout.contains("personnummer"),
            "{format}: {}",
            out.stdout
        );
        assert!(
            !out.stdout.contains("1212-1212"),
            "{format}: {}",
            out.stdout
        );
    }
}
