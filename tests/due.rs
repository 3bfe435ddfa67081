//! `sip due`: every kind with fixed dates, the boundaries, filters, formats.

use super::support::{Output, Test};

/// The base plan, active, with: follow-up 2026-03-12 (convener Socialtjänsten),
/// action I1 ending 2026-06-30 (Hemtjänsten Norr), consent expiring 2027-01-08.
fn base() -> Test {
    Test::new().plan("2026-0042.sip.yaml", &[])
}

fn due(test: &Test, as_of: &str, extra: &[&str]) -> Output {
    let mut args = vec!["due", "--as-of", as_of, "--format", "json"];
    args.extend_from_slice(extra);
    Test::at(test.path()).args(&args).run()
}

/// (kind, date, days, overdue, who) of each item.
fn items(out: &Output) -> Vec<(String, String, i64, bool, String)> {
    assert!(
        out.code == 0 || out.code == 1,
        "{}{}",
        out.stdout,
        out.stderr
    );
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["kind"].as_str().unwrap().to_string(),
                i["date"].as_str().unwrap_or("").to_string(),
                i["days"].as_i64().unwrap_or(i64::MIN),
                i["overdue"].as_bool().unwrap(),
                i["who"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn item(
    kind: &str,
    date: &str,
    days: i64,
    overdue: bool,
    who: &str,
) -> (String, String, i64, bool, String) {
    (kind.into(), date.into(), days, overdue, who.into())
}

#[test]
fn json_follows_the_contract() {
    let test = base();
    let out = due(&test, "2026-03-20", &[]);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["as_of"], "2026-03-20");
    assert_eq!(json["within_days"], 14);
    assert_eq!(
        json["items"][0],
        serde_json::json!({"file": "plans/2026-0042.sip.yaml", "plan": "2026-0042", "kind": "follow_up",
            "date": "2026-03-12", "days": -8, "overdue": true, "who": "Socialtjänsten, Exempels kommun",
            "item": "", "person": "Tolvan Tolvansson"})
    );
}

#[test]
fn follow_up_boundaries() {
    let test = base();
    // Due today: listed, not overdue.
    assert_eq!(
        items(&due(&test, "2026-03-12", &[])),
        [item(
            "follow_up",
            "2026-03-12",
            0,
            false,
            "Socialtjänsten, Exempels kommun"
        )]
    );
    // Exactly 14 days ahead: listed; 15: not.
    assert_eq!(items(&due(&test, "2026-02-26", &[]))[0].2, 14);
    assert!(items(&due(&test, "2026-02-25", &[])).is_empty());
    // --within moves the horizon.
    assert_eq!(
        items(&due(&test, "2026-02-25", &["--within", "15"])).len(),
        1
    );
    // The day after: overdue.
    assert!(items(&due(&test, "2026-03-13", &[]))[0].3);
}

#[test]
fn action_end_and_consent_expiry() {
    let test = base();
    let found = items(&due(&test, "2026-07-01", &["--kind", "action_end"]));
    assert_eq!(
        found,
        [item(
            "action_end",
            "2026-06-30",
            -1,
            true,
            "Hemtjänsten Norr"
        )]
    );
    assert!(
        items(&due(&test, "2026-06-30", &["--kind", "action_end"])).is_empty(),
        "not past its end on the end day"
    );
    let found = items(&due(&test, "2026-12-25", &["--kind", "consent_expiry"]));
    assert_eq!(
        found,
        [item(
            "consent_expiry",
            "2027-01-08",
            14,
            false,
            "Socialtjänsten, Exempels kommun"
        )]
    );
    let found = items(&due(&test, "2027-01-08", &["--kind", "consent-expiry"]));
    assert_eq!(
        found,
        [item(
            "consent_expiry",
            "2027-01-08",
            0,
            true,
            "Socialtjänsten, Exempels kommun"
        )]
    );
}

#[test]
fn unscheduled_establish_and_discharge_call() {
    let test = Test::new()
        .plan(
            "2026-0042.sip.yaml",
            &[("    held: null", "    held: 2026-03-12")],
        )
        .plan(
            "2026-0043.sip.yaml",
            &[
                ("\"2026-0042\"", "\"2026-0043\""),
                ("status: active", "status: draft"),
                ("established: 2026-01-12\n", ""),
            ],
        )
        .plan(
            "2026-0044.sip.yaml",
            &[
                ("\"2026-0042\"", "\"2026-0044\""),
                (
                    "established: 2026-01-12\n",
                    "established: 2026-01-12\ndischarge: { ready_notified: 2026-03-16 }\n",
                ),
            ],
        );
    let found = items(&due(&test, "2026-03-20", &["--within", "0"]));
    assert_eq!(
        found,
        [
            item(
                "unscheduled",
                "",
                i64::MIN,
                true,
                "Socialtjänsten, Exempels kommun"
            ),
            item(
                "establish",
                "2026-01-19",
                -60,
                true,
                "Socialtjänsten, Exempels kommun"
            ),
            item(
                "follow_up",
                "2026-03-12",
                -8,
                true,
                "Socialtjänsten, Exempels kommun"
            ),
            item(
                "discharge_call",
                "2026-03-19",
                -1,
                true,
                "Socialtjänsten, Exempels kommun"
            ),
        ]
    );
}

#[test]
fn closed_plans_are_ignored_and_drafts_only_establish() {
    let test = Test::new()
        .plan(
            "2026-0042.sip.yaml",
            &[
                ("status: active", "status: closed"),
                (
                    "closed: null",
                    "closed: { date: 2026-03-01, reason: Klart. }",
                ),
            ],
        )
        .plan(
            "2026-0043.sip.yaml",
            &[
                ("\"2026-0042\"", "\"2026-0043\""),
                ("status: active", "status: draft"),
            ],
        );
    // The draft is established, its follow-up and action are overdue: none is listed.
    assert!(items(&due(&test, "2026-07-01", &[])).is_empty());
}

#[test]
fn who_filter_and_grouped_text_in_both_languages() {
    let test = base();
    let out = due(&test, "2026-07-01", &["--who", "hemtjänst"]);
    assert_eq!(items(&out).len(), 1);
    let text = Test::at(test.path())
        .args(&["--default-lang", "due", "--as-of", "2026-07-01"])
        .run();
    assert_eq!(text.code, 0);
    assert!(text.stdout.contains("111 dagar sedan"), "{}", text.stdout);
    assert!(
        text.stdout.contains("1 dagar sedan") || text.stdout.contains("i går"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout
            .ends_with("2 försenade, 0 inom 14 dagar (per 2026-07-01)\n"),
        "{}",
        text.stdout
    );
    let lines: Vec<&str> = text.stdout.lines().collect();
    let hem = lines
        .iter()
        .position(|l| l.starts_with("Hemtjänsten"))
        .unwrap();
    let soc = lines
        .iter()
        .position(|l| l.starts_with("Socialtjänst"))
        .unwrap();
    assert!(hem < soc, "groups in alphabetical order");
    let english = Test::at(test.path())
        .args(&[
            "--default-lang",
            "due",
            "--as-of",
            "2026-07-01",
            "--lang",
            "en",
        ])
        .run();
    assert!(
        english.stdout.contains("111 days ago"),
        "{}",
        english.stdout
    );
    assert!(english.stdout.contains("yesterday"), "{}", english.stdout);
    assert!(lines.iter().all(|l| l.chars().count() <= 80));
}

#[test]
fn fail_on_overdue_exits_1_only_when_something_is_overdue() {
    let test = base();
    let overdue = Test::at(test.path())
        .args(&["due", "--as-of", "2026-03-13", "--fail-on-overdue"])
        .run();
    assert_eq!(overdue.code, 1);
    let upcoming = Test::at(test.path())
        .args(&["due", "--as-of", "2026-03-12", "--fail-on-overdue"])
        .run();
    assert_eq!(upcoming.code, 0);
}

#[test]
fn a_broken_plan_is_reported_and_skipped_never_silently() {
    let test = base().file("plans/2026-0099.sip.yaml", "sip: 1\n  bad: indent\n");
    let out = due(&test, "2026-03-20", &[]);
    // The rest is printed, and the run fails (exit 2): a scheduled
    // `--fail-on-overdue` never passes over a plan it could not read.
    assert_eq!(out.code, 2, "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["items"].as_array().unwrap().len(), 1);
    assert!(
        out.stderr.contains("1 plan could not be read"),
        "{}",
        out.stderr
    );
    let failing = Test::at(test.path())
        .args(&["due", "--as-of", "2026-01-01", "--fail-on-overdue"])
        .run();
    assert_eq!(failing.code, 2, "{}", failing.stderr);
    assert!(
        out.stderr
            .starts_with("broken: plans/2026-0099.sip.yaml: 2:"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_calendar_has_stable_uids_initials_and_no_identity_numbers() {
    let test = base().plan(
        "2026-0050.sip.yaml",
        &[
            ("\"2026-0042\"", "\"2026-0050\""),
            ("    held: null", "    held: 2026-03-12"),
            ("Läkarbesök", "Läkarbesök 19121212-1212"),
        ],
    );
    let run = || {
        Test::at(test.path())
            .args(&["due", "--as-of", "2026-07-01", "--format", "ics"])
            .run()
    };
    let first = run();
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert_eq!(first.stdout, run().stdout, "the same calendar every run");
    let ics = &first.stdout;
    assert!(
        ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{ics}"
    );
    assert!(
        ics.contains("UID:2026-0042.follow_up.2026-03-12@sip\r\n"),
        "{ics}"
    );
    assert!(ics.contains("UID:2026-0042.action_end.I1@sip\r\n"), "{ics}");
    assert!(ics.contains("UID:2026-0050.unscheduled@sip\r\n"), "{ics}");
    assert!(ics.contains("BEGIN:VEVENT\r\n") && ics.contains("BEGIN:VTODO\r\n"));
    assert!(
        ics.contains("(T. T.)") && !ics.contains("Tolvansson"),
        "{ics}"
    );
    assert!(!ics.contains("1212-1212"));
    let full = Test::at(test.path())
        .args(&[
            "due",
            "--as-of",
            "2026-07-01",
            "--format",
            "ics",
            "--full-names",
        ])
        .run();
    assert!(full.stdout.contains("(Tolvan Tolvansson)"));
}
