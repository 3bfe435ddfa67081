//! Issue 16: the December 2026 additions. A plan of the first version checks
//! as the rule catalogue says, a plan with every new key is clean, and `due`,
//! `diff` and `new` know the new keys.
//! See: issue 16, "Follow-up that shows effects".

use super::support::{BASE, Output, Repo, Test};
use serde_json::Value;

/// The base plan with every key of the December 2026 additions (valid as of 2026-07-15).
const EXTENDED: &str = include_str!("fixtures/extended.sip.yaml");
const START_OF_I2: &str = "    start: 2026-09-01   # not in format.md's example: SIP027 asks an open action for its start\n";

fn check_json(test: &Test, as_of: &str) -> Value {
    let out = Test::at(test.path())
        .args(&["check", "--as-of", as_of, "--format", "json"])
        .run();
    serde_json::from_str(&out.stdout).unwrap_or_else(|_| panic!("{}{}", out.stdout, out.stderr))
}

/// (rule, severity, pointer) of each finding.
fn findings(json: &Value) -> Vec<(String, String, String)> {
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_owned(),
                d["severity"].as_str().unwrap().to_owned(),
                d["pointer"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_first_version_example_checks_as_the_catalogue_says() {
    // format.md's complete example, as written for the first version: its
    // planned action I2 has no start, which SIP027 now asks for; nothing else.
    assert!(BASE.contains(START_OF_I2));
    let v1 = BASE.replace(START_OF_I2, "");
    let test = Test::new().file("plans/2026-0042.sip.yaml", &v1);
    assert_eq!(
        findings(&check_json(&test, "2026-02-01")),
        [(
            "SIP027".to_owned(),
            "warning".to_owned(),
            "/actions/1".to_owned()
        )]
    );
    // With a start it is clean, as before.
    let test = Test::new().plan("2026-0042.sip.yaml", &[]);
    assert_eq!(findings(&check_json(&test, "2026-02-01")), []);
}

#[test]
fn a_plan_with_every_new_key_is_clean() {
    let test = Test::new().file("plans/2026-0042.sip.yaml", EXTENDED);
    let json = check_json(&test, "2026-07-15");
    assert_eq!(findings(&json), [], "{json:#}");
    // A follow-up time that is not HH:MM is a schema error.
    let bad = EXTENDED.replace("time: \"14:00\"", "time: \"14.00\"");
    let test = Test::new().file("plans/2026-0042.sip.yaml", bad);
    assert_eq!(
        findings(&check_json(&test, "2026-07-15")),
        [(
            "schema".to_owned(),
            "error".to_owned(),
            "/follow_ups/0/time".to_owned()
        )]
    );
}

fn due(test: &Test, args: &[&str]) -> Output {
    let mut all = vec!["due"];
    all.extend_from_slice(args);
    Test::at(test.path()).args(&all).run()
}

#[test]
fn due_has_action_start_transition_planning_and_the_meeting() {
    // Planning for after the stay has not started; I2 should have started 2026-09-01.
    let plan = EXTENDED.replace("  planning_started: 2026-06-20\n", "");
    let test = Test::new().file("plans/2026-0042.sip.yaml", plan);
    let out = due(&test, &["--as-of", "2026-09-05", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    let items = json["items"].as_array().unwrap();
    let kind = |k: &str| {
        items
            .iter()
            .find(|i| i["kind"] == k)
            .unwrap_or_else(|| panic!("no {k}: {json:#}"))
    };
    let start = kind("action_start");
    assert_eq!(
        (
            &start["date"],
            &start["item"],
            &start["who"],
            &start["overdue"]
        ),
        (
            &Value::from("2026-09-01"),
            &Value::from("I2"),
            &Value::from("Vårdcentralen Ekbacken"),
            &Value::Bool(true)
        )
    );
    // 56 days (transition_planning_days) before 2026-09-01.
    assert_eq!(kind("transition_planning")["date"], "2026-07-07");
    let follow_up = kind("follow_up");
    assert_eq!(
        (
            &follow_up["time"],
            &follow_up["mode"],
            &follow_up["duration_minutes"]
        ),
        (
            &Value::from("09:30"),
            &Value::from("video"),
            &Value::from(60)
        )
    );
    // sip.toml sets N; --kind takes the new kinds, with dashes too.
    let test = test.file("sip.toml", "transition_planning_days = 30\n");
    let out = due(
        &test,
        &[
            "--as-of",
            "2026-07-20",
            "--format",
            "json",
            "--kind",
            "transition-planning",
        ],
    );
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["items"].as_array().unwrap().len(), 1, "{json:#}");
    assert_eq!(json["items"][0]["date"], "2026-08-02");
    // The text says when, where and how the meeting is, in both languages.
    let out = due(
        &test,
        &[
            "--as-of",
            "2026-09-05",
            "--kind",
            "follow_up",
            "--lang",
            "sv",
        ],
    );
    assert!(out.stdout.contains("kl. 09:30"), "{}", out.stdout);
    let out = due(
        &test,
        &[
            "--as-of",
            "2026-09-05",
            "--kind",
            "action_start",
            "--lang",
            "en",
        ],
    );
    assert!(out.stdout.contains("action past its"), "{}", out.stdout);
    // The calendar: a timed event in Swedish time, with the zone defined.
    let out = due(
        &test,
        &["--as-of", "2026-09-05", "--format", "ics", "--lang", "sv"],
    );
    assert!(
        out.stdout
            .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n")
    );
    assert!(
        out.stdout
            .contains("DTSTART;TZID=Europe/Stockholm:20260910T093000\r\n")
    );
    assert!(
        out.stdout
            .contains("DTEND;TZID=Europe/Stockholm:20260910T103000\r\n")
    );
}

#[test]
fn diff_names_goal_progress_and_cancellations_in_words_and_marks_them() {
    const A: &str = "plans/2026-0042.sip.yaml";
    let mut repo = Repo::new();
    repo.write(A, EXTENDED);
    repo.commit("Sara Samordnare", "Uppföljning");
    let edited = EXTENDED
        .replace("progress: partly", "progress: reached")
        .replace(
            "cancelled_reason: \"Personen tackade nej.\"",
            "cancelled_reason: \"Ingen plats.\"",
        )
        .replace(
            "absent: [{ name: Maja Sköterska, reason: sjuk }]",
            "absent: [{ name: Maja Sköterska, reason: vab }]",
        );
    repo.write(A, &edited);
    let out = repo.sip(&["diff", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    let changes: Vec<(String, bool)> = json["plans"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["pointer"].as_str().unwrap().to_owned(),
                c["significant"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        [
            ("/actions/I3/cancelled_reason".to_owned(), true),
            (
                "/follow_ups/2026-03-12/absent/Maja Sköterska/reason".to_owned(),
                false
            ),
            ("/follow_ups/2026-03-12/goals/M1/progress".to_owned(), true),
        ]
    );
    let text = repo.sip(&["diff", "--lang", "sv"]);
    assert!(
        text.stdout
            .contains("Uppföljning 2026-03-12: Mål M1: måluppfyllelse"),
        "{}",
        text.stdout
    );
    assert!(text.stdout.contains("delvis uppnått"), "{}", text.stdout);
    let english = repo.sip(&["diff", "--lang", "en"]);
    assert!(
        english.stdout.contains("Action I3: reason for cancelling"),
        "{}",
        english.stdout
    );
}

#[test]
fn a_new_plan_offers_situation_initiator_and_preparation() {
    let test = Test::new();
    let out = Test::at(test.path())
        .args(&["new", "2026-0042", "--as-of", "2026-11-27", "--no-input"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let plan = std::fs::read_to_string(test.path().join("plans/2026-0042.sip.yaml")).unwrap();
    for line in [
        "# Situation: i vilken situation planen görs",
        "situation: null   # discharge | psychiatry",
        "  by_kind: null   # vem som väckte behovet",
        "# Förarbete: träffa personen före SIP-mötet",
        "preparation:\n  date: null",
        "  important_to_me: null   # det viktigaste för personen, med egna ord",
    ] {
        assert!(plan.contains(line), "no `{line}` in\n{plan}");
    }
    let json = check_json(&test, "2026-11-27");
    assert_eq!(json["summary"]["errors"], 0, "{json:#}");
}
