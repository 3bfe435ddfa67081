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
        .env("COLUMNS", "80")
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
        .env("COLUMNS", "80")
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
    // Not a git repository and no uid_domain: the fallback, and a warning.
    assert!(
        ics.contains("UID:2026-0042.follow_up.2026-03-12@sip.invalid\r\n"),
        "{ics}"
    );
    assert!(first.stderr.contains("uid_domain"), "{}", first.stderr);
    assert!(
        ics.contains("UID:2026-0042.action_end.I1@sip.invalid\r\n"),
        "{ics}"
    );
    assert!(
        ics.contains("UID:2026-0050.unscheduled@sip.invalid\r\n"),
        "{ics}"
    );
    // Only events: Outlook and Google Calendar drop to-dos on import.
    assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), 4, "{ics}");
    assert!(!ics.contains("VTODO"), "{ics}");
    // Overdue: on the check date, the original date in the text.
    assert_eq!(
        ics.matches("DTSTART;VALUE=DATE:20260701\r\n").count(),
        4,
        "{ics}"
    );
    assert!(
        ics.replace("\r\n ", "")
            .contains("Original date: 2026-03-12"),
        "{ics}"
    );
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

#[test]
fn the_calendar_uid_domain_comes_from_sip_toml_or_the_root_commit() {
    let configured = base()
        .file("sip.toml", "uid_domain = \"sip.norrby.example\"\n")
        .args(&["due", "--as-of", "2026-07-01", "--format", "ics"])
        .run();
    assert_eq!(configured.code, 0, "{}", configured.stderr);
    assert!(configured.stderr.is_empty(), "{}", configured.stderr);
    assert!(
        configured
            .stdout
            .contains("UID:2026-0042.follow_up.2026-03-12@sip.norrby.example\r\n"),
        "{}",
        configured.stdout
    );
    let bad = base()
        .file("sip.toml", "uid_domain = \"a b\"\n")
        .args(&["due", "--format", "ics"])
        .run();
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(bad.stderr.contains("sip.toml:1:1"), "{}", bad.stderr);

    // Two repositories with the same plan: different UIDs; the same
    // repository: the same UIDs, also after more commits.
    let uid_of = |repo: &crate::support::Repo| {
        let out = repo.sip(&["due", "--as-of", "2026-07-01", "--format", "ics"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stderr.is_empty(), "{}", out.stderr);
        out.stdout
            .lines()
            .find(|l| l.starts_with("UID:2026-0042.follow_up."))
            .unwrap()
            .to_owned()
    };
    let mut a = crate::support::Repo::new();
    a.plan("plans/2026-0042.sip.yaml", &[]);
    a.commit("Sara Samordnare", "Ny plan");
    let mut b = crate::support::Repo::new();
    b.plan("plans/2026-0042.sip.yaml", &[]);
    b.commit("Omar Handläggare", "Ny plan");
    let first = uid_of(&a);
    assert!(first.ends_with(".sip.invalid"), "{first}");
    assert_ne!(first, uid_of(&b));
    a.write("notes.txt", "x");
    a.commit("Sara Samordnare", "Annat");
    assert_eq!(first, uid_of(&a));
}

#[test]
fn the_calendar_looks_90_days_ahead_has_alarms_when_asked_and_is_valid_when_empty() {
    let test = base().file("sip.toml", "uid_domain = \"sip.example\"\n");
    // The follow-up on 2026-03-12 is 80 days after 2025-12-22: in the
    // calendar, not in the 14-day list.
    let ics = Test::at(test.path())
        .args(&[
            "due",
            "--as-of",
            "2025-12-22",
            "--format",
            "ics",
            "--alarm-days",
            "3",
        ])
        .run();
    assert!(
        ics.stdout.contains("DTSTART;VALUE=DATE:20260312\r\n"),
        "{}",
        ics.stdout
    );
    assert!(
        ics.stdout.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\n"),
        "{}",
        ics.stdout
    );
    assert!(ics.stdout.contains("TRIGGER:-P3D\r\n"), "{}", ics.stdout);
    let json = Test::at(test.path())
        .args(&["due", "--as-of", "2025-12-22", "--format", "json"])
        .run();
    assert!(!json.stdout.contains("2026-03-12"), "{}", json.stdout);
    // Nothing due: still a calendar with a component (the time zone).
    let empty = Test::at(test.path())
        .args(&[
            "due",
            "--as-of",
            "2025-12-22",
            "--within",
            "0",
            "--format",
            "ics",
        ])
        .run();
    assert_eq!(empty.code, 0, "{}", empty.stderr);
    assert!(!empty.stdout.contains("BEGIN:VEVENT"), "{}", empty.stdout);
    assert!(
        empty.stdout.contains("BEGIN:VTIMEZONE\r\n"),
        "{}",
        empty.stdout
    );
}

#[test]
fn follow_ups_not_ready_for_an_invitation_when_asked() {
    let test = base().file("sip.toml", "uid_domain = \"sip.example\"\n");
    let run = |format: &str| {
        Test::at(test.path())
            .args(&[
                "due",
                "--as-of",
                "2026-02-10",
                "--invitations",
                "--format",
                format,
            ])
            .run()
    };
    let json: serde_json::Value = serde_json::from_str(&run("json").stdout).unwrap();
    let item = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "invitation_incomplete")
        .expect("the follow-up has no time, place or e-mail");
    assert_eq!(item["date"], "2026-02-19");
    assert_eq!(item["follow_up"], "2026-03-12");
    assert_eq!(
        item["missing"],
        serde_json::json!(["time", "place", "email", "organizer"])
    );
    let text = run("text").stdout;
    assert!(
        text.contains("complete the follow-up for the invitation 2026-03-12 (missing for the invitation: time, place, participants' e-mail, organiser's e-mail)"),
        "{text}"
    );
    let ics = run("ics").stdout.replace("\r\n ", "");
    assert!(
        ics.contains("UID:2026-0042.invitation_incomplete.2026-03-12@sip.example\r\n"),
        "{ics}"
    );
    assert!(ics.contains("DTSTART;VALUE=DATE:20260219\r\n"), "{ics}");
    // Without --invitations: not listed.
    let plain = Test::at(test.path())
        .args(&["due", "--as-of", "2026-02-10"])
        .run();
    assert!(!plain.stdout.contains("invitation"), "{}", plain.stdout);
}
