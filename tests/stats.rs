//! `sip stats`: every measure of stats.md on hand-written plans in two
//! repositories, the answers worked out by hand below; suppression, the
//! period's limits, plans not counted, the formats and `-o`.

use serde_json::{Value, json};

use super::support::{Output, Test};

/// The check date, and the period's last day.
const AS_OF: &str = "2026-06-30";

/// A valid plan: `head` holds the keys from `status` to the lead, `rest`
/// the lists (each plan gives its own needs, actions and so on).
fn plan(id: &str, head: &str, rest: &str) -> String {
    format!(
        "sip: 1\nid: \"{id}\"\n{head}\nneeds:\n  - {{ id: B1, text: Hjälp. }}\nactions:\n  - {{ id: I1, text: Stöd., needs: [B1], responsible: {{ principal: municipality, service: social_services, organisation: Hemtjänsten }} }}\n{rest}"
    )
}

/// Seven plans, five in this repository's `plans/` and two in another
/// repository's, counted together. The period is 2026-01-01 – 2026-06-30
/// and the check date its last day. E (established in the period) = P1–P4.
fn repositories() -> Test {
    let p1 = "status: active
person: { name: Ada Påhittad, birth_date: 2008-01-01 }        # 18 exactly on `established`
consent: { given: true, date: 2025-12-30, by: person, expires: 2026-06-30 }   # expires on the check date
initiated: { date: 2025-12-22 }
established: 2026-01-01                                          # the period's first day
situation: psychiatry
lead: { principal: municipality, organisation: Socialtjänsten }
participants:
  - { name: Ada Påhittad, kind: person, attended: true }
  - { name: Bo Påhittad, kind: relative, attended: false }
  - { name: Cia Läkare, kind: region, attended: true }
goals:
  - { id: M1, text: Bo kvar. }";
    let p1 = plan(
        "2026-0001",
        p1,
        "follow_ups:
  - { date: 2026-03-01, held: 2026-03-01, goals: [{ goal: M1, progress: partly }] }
  - { date: 2026-06-01, held: 2026-06-02, goals: [{ goal: M1, progress: reached }] }
shared:
  - { to: person, date: 2026-01-01 }
",
    )
    .replace(
        "  - { id: B1, text: Hjälp. }\n",
        "  - { id: B1, text: Hjälp., goals: [M1] }\n  - { id: B2, text: Mer hjälp. }\n",
    )
    .replace(
        "organisation: Hemtjänsten } }\n",
        "organisation: Hemtjänsten }, type: preventive, end: 2026-03-31, status: done }
  - { id: I2, text: Behandling., needs: [B2], responsible: { principal: region, service: health_care, organisation: VC }, type: treatment, end: 2026-06-30, status: cancelled }\n",
    );
    let p2 = plan(
        "2026-0002",
        "status: active
person: { name: Bea Påhittad, birth_date: 1961-06-30 }         # 65 exactly on `established`
consent: { given: true, date: 2026-06-20, by: person }
initiated: { date: 2026-06-10 }
discharge: { ready_notified: 2026-06-25, called: 2026-06-28 }    # called on day 3: in time
established: 2026-06-30                                          # the period's last day
lead: { principal: municipality, organisation: Socialtjänsten }
participants:
  - { name: Bea Påhittad, kind: person, attended: false }
  - { name: Dan Handläggare, kind: municipality, attended: true }
goals: []",
        "follow_ups:
  - { date: 2026-07-15 }
shared:
  - { to: person, date: 2026-07-01 }                             # after the check date
",
    )
    .replace(
        "organisation: Hemtjänsten } }",
        "organisation: Hemtjänsten }, type: rehabilitative }",
    );
    let p5 = plan(
        "2025-0005",
        "status: active
person: { name: Eva Påhittad, birth_date: 1980-01-01 }
consent: { given: false }
initiated: { date: 2025-12-01 }
established: 2025-12-31                                          # the day before the period
situation: older_person
lead: { principal: municipality, organisation: Socialtjänsten }
goals:
  - { id: M1, text: Orka. }",
        "follow_ups:
  - { date: 2026-01-01, held: 2026-01-01, goals: [{ goal: M1, progress: reached }] }
",
    )
    .replace(
        "organisation: Hemtjänsten } }",
        "organisation: Hemtjänsten }, end: 2026-02-01 }",
    );
    let p6 = plan(
        "2026-0006",
        "status: closed
person: { name: Fia Påhittad }
consent: { given: false }
initiated: { date: 2025-12-15 }
lead: { principal: municipality, organisation: Socialtjänsten }
closed: { date: 2026-01-01, reason: Inget samtycke., cause: no_consent }",
        "",
    );
    let p7 = plan(
        "2026-0007",
        "status: draft
person: { name: Gun Påhittad }
consent: { given: false }
initiated: { date: 2026-06-01 }
lead: { principal: municipality, organisation: Socialtjänsten }",
        "",
    );
    // The other repository.
    let p3 = plan(
        "2026-0003",
        "status: active
person: { name: Hugo Påhittad, personal_id: \"20121272-1219\" }   # samordningsnummer: born 2012-12-12
guardians: [{ name: Ida Påhittad }]
consent: { given: true, date: 2026-03-10, by: guardians, withdrawn: 2026-07-01 }
initiated: { date: 2026-03-01 }
established: 2026-03-15                                          # 14 days: just within the target
situation: child_school
lead: { principal: region, organisation: BUP Exempelstad }
participants:
  - { name: Hugo Påhittad, kind: person, attended: true }
  - { name: Ida Påhittad, kind: guardian, attended: true }
goals:
  - { id: M1, text: Gå i skolan. }",
        "follow_ups:
  - { date: 2026-04-15 }
shared:
  - { to: guardian, date: 2026-03-20 }
",
    )
    .replace("text: Hjälp. }", "text: Hjälp., goals: [M1] }")
    .replace(
        "organisation: Hemtjänsten } }",
        "organisation: Hemtjänsten }, type: support, end: 2026-05-31, status: ongoing }",
    );
    let p4 = plan(
        "2026-0004",
        "status: closed
person: { name: Tolvan Tolvansson, personal_id: \"19121212-1212\" }
consent: { given: true, date: 2026-02-05, by: person }
initiated: { date: 2026-02-01 }
discharge: { ready_notified: 2026-02-01, called: 2026-02-05 }    # day 4: late
established: 2026-02-10
situation: psychiatry
lead: { principal: municipality, organisation: Socialtjänsten }
participants:
  - { name: Tolvan Tolvansson, kind: person, attended: true }
goals:
  - { id: M1, text: Må bra. }
  - { id: M2, text: Arbeta. }
closed: { date: 2026-06-01, reason: Klart. }",
        "follow_ups:
  - { date: 2026-05-01, held: 2026-05-01, goals: [{ goal: M1, progress: not_reached }, { goal: M2, progress: not_assessed }] }
shared:
  - { to: person, date: 2026-02-12 }
",
    )
    .replace("text: Hjälp. }", "text: Hjälp., goals: [M1, M2] }")
    .replace(
        "organisation: Hemtjänsten } }",
        "organisation: Hemtjänsten }, end: 2026-01-15, status: done }",
    );
    Test::new()
        .file("plans/2026-0001.sip.yaml", p1)
        .file("plans/2026-0002.sip.yaml", p2)
        .file("plans/2025-0005.sip.yaml", p5)
        .file("plans/2026-0006.sip.yaml", p6)
        .file("plans/2026-0007.sip.yaml", p7)
        .file("kommun-b/plans/2026-0003.sip.yaml", p3)
        .file("kommun-b/plans/2026-0004.sip.yaml", p4)
}

fn stats(test: Test, extra: &[&str]) -> Output {
    kept(test, extra).1
}

/// Runs `sip stats` and keeps the repository (its folder lives as long as the `Test`).
fn kept(test: Test, extra: &[&str]) -> (Test, Output) {
    let mut args = vec![
        "--as-of",
        AS_OF,
        "stats",
        "plans",
        "kommun-b/plans",
        "--from",
        "2026-01-01",
        "--to",
        AS_OF,
    ];
    args.extend_from_slice(extra);
    let test = test.args(&args);
    let out = test.run();
    (test, out)
}

fn json_of(out: &Output) -> Value {
    assert_eq!(out.code, 0, "{}", out.stderr);
    serde_json::from_str(&out.stdout).unwrap()
}

fn r(numerator: u64, denominator: u64, share: f64) -> Value {
    json!({"numerator": numerator, "denominator": denominator, "share": share})
}

#[test]
fn every_measure_worked_out_by_hand() {
    let doc = json_of(&stats(
        repositories(),
        &["--format", "json", "--min-cell", "0"],
    ));
    assert_eq!(doc["version"], 1);
    assert_eq!(
        (&doc["as_of"], &doc["from"], &doc["to"]),
        (&json!(AS_OF), &json!("2026-01-01"), &json!(AS_OF))
    );
    assert_eq!(doc["by"], "none");
    assert_eq!(doc["min_cell"], 0);
    let groups = doc["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0]["group"], "total");
    let m = &groups[0]["measures"];
    let expected = json!({
        // E = P1 (first day), P2 (last day), P3, P4 (the other repository);
        // P5 was established the day before the period.
        "S1": {"value": 4},
        // Ages on `established`: P1 18 (not a child), P2 65, P3 13 (from a
        // samordningsnummer), P4 113 (from 19121212-1212).
        "S1a": r(1, 4, 0.25),
        "S1b": r(2, 4, 0.5),
        // P2 and P4 have a discharge block.
        "S1c": r(2, 4, 0.5),
        "S1d": {"child_school": 1, "psychiatry": 2, "unknown": 1},
        // Days from request: P4 9, P1 10, P3 14, P2 20. n = 4, even: the
        // median is the 2nd value (⌈0.5·4⌉), the 90th percentile the 4th.
        "S2": {"n": 4, "median": 10, "p90": 20},
        // Within 14 days: P1, P3 (exactly 14), P4.
        "S2a": r(3, 4, 0.75),
        // P2's person did not attend.
        "S3": r(3, 4, 0.75),
        // P2 has no goals.
        "S4": r(3, 4, 0.75),
        // Needs: P1 B1 (M1) and B2 (none), P2 B1 (none), P3 B1, P4 B1.
        "S4a": r(3, 5, 0.6),
        // P1 the same day (0), P3 to the guardian of a child (5), P4 (2);
        // P2's copy is dated after the check date.
        "S5": r(3, 4, 0.75),
        "S5a": {"n": 3, "median": 2},
        // Invited in E, other than the person.
        "S6": {
            "guardian": r(1, 1, 1.0),
            "municipality": r(1, 1, 1.0),
            "region": r(1, 1, 1.0),
            "relative": r(0, 1, 0.0),
        },
        // Follow-ups dated in the period: P1 ×2 held, P3 open, P4 held, P5
        // held (2026-01-01); P2's is after the check date.
        "S7": r(4, 5, 0.8),
        // Established by 2026-04-01 (90 days before the check date), active
        // or closed: P1, P3 (never followed up), P4, P5.
        "S7a": r(3, 4, 0.75),
        // Actions ending in the period: P1 I1 done, P1 I2 cancelled (left
        // out), P3 ongoing, P4 done, P5 planned.
        "S8": r(2, 4, 0.5),
        // Actions in E: P1 preventive, treatment; P2 rehabilitative; P3
        // support; P4 none.
        "S8a": r(2, 5, 0.4),
        // P2 called on day 3 (in time), P4 on day 4.
        "S9": r(1, 2, 0.5),
        // P2 5 days, P4 9 days: the median of two is the first.
        "S9a": {"n": 2, "median": 5},
        // Active: P1 (consent expires on the check date), P2, P3 (withdrawn
        // the day after), P5 (not given).
        "S10": r(2, 4, 0.5),
        // Closed in the period: P4 (established), P6 (never, on the first day).
        "S11": r(1, 2, 0.5),
        // Latest assessment in the period: P1 M1 reached (partly before),
        // P4 M1 not reached (M2 not assessed), P5 M1 reached.
        "S12": {
            "reached": r(2, 3, 0.667),
            "partly": r(0, 3, 0.0),
            "not_reached": r(1, 3, 0.333),
        },
    });
    for (id, value) in expected.as_object().unwrap() {
        assert_eq!(&m[id], value, "{id}");
    }
    let ids: Vec<&String> = m.as_object().unwrap().keys().collect();
    let want: Vec<&String> = expected.as_object().unwrap().keys().collect();
    assert_eq!(ids, want, "every measure, in the order of stats.md");
}

#[test]
fn groups_add_up_across_repositories() {
    let doc = json_of(&stats(
        repositories(),
        &["--format", "json", "--min-cell", "0", "--by", "lead"],
    ));
    let groups = doc["groups"].as_array().unwrap();
    let names: Vec<&str> = groups
        .iter()
        .map(|g| g["group"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["BUP Exempelstad", "Socialtjänsten", "total"]);
    // Socialtjänsten: P1, P2 here and P4 in the other repository.
    assert_eq!(groups[1]["measures"]["S1"]["value"], 3);
    assert_eq!(groups[0]["measures"]["S1"]["value"], 1);
    assert_eq!(groups[2]["measures"]["S1"]["value"], 4);
    assert_eq!(groups[1]["measures"]["S11"], r(1, 2, 0.5));

    let doc = json_of(&stats(
        repositories(),
        &["--format", "json", "--min-cell", "0", "--by", "situation"],
    ));
    let names: Vec<&str> = doc["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["group"].as_str().unwrap())
        .collect();
    // P6 and P7 have no situation.
    assert_eq!(
        names,
        [
            "child_school",
            "older_person",
            "psychiatry",
            "unknown",
            "total"
        ]
    );
}

#[test]
fn small_numbers_are_suppressed_by_default() {
    let doc = json_of(&stats(repositories(), &["--format", "json"]));
    assert_eq!(doc["min_cell"], 5);
    let m = &doc["groups"][0]["measures"];
    assert_eq!(m["S1"], json!({"value": null}));
    // 3 of 5: the numerator and the share are suppressed, not the 5.
    assert_eq!(
        m["S4a"],
        json!({"numerator": null, "denominator": 5, "share": null})
    );
    // Zero is shown as zero; a share of a suppressed denominator is not.
    assert_eq!(
        m["S6"]["relative"],
        json!({"numerator": 0, "denominator": null, "share": null})
    );
    assert_eq!(m["S2"], json!({"n": null, "median": null, "p90": null}));
    let text = stats(repositories(), &["--lang", "en"]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    assert!(
        text.stdout.contains("Needs tied to a goal"),
        "{}",
        text.stdout
    );
    assert!(text.stdout.contains("<5"), "{}", text.stdout);
    assert!(text.stdout.contains("7 plans counted"), "{}", text.stdout);
}

#[test]
fn csv_has_a_row_per_group_measure_and_part() {
    let out = stats(repositories(), &["--format", "csv", "--min-cell", "0"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], "group,measure,part,numerator,denominator,value");
    for row in [
        "total,S1,,,,4",
        "total,S1a,,1,4,0.250",
        "total,S2,median,,4,10",
        "total,S2,p90,,4,20",
        "total,S6,relative,0,1,0.000",
        "total,S12,reached,2,3,0.667",
    ] {
        assert!(lines.contains(&row), "{row} in\n{}", out.stdout);
    }
    let suppressed = stats(repositories(), &["--format", "csv"]);
    assert!(
        suppressed.stdout.lines().any(|l| l == "total,S1,,,,"),
        "{}",
        suppressed.stdout
    );
}

#[test]
fn text_in_the_repository_language() {
    let out = stats(
        repositories().file("sip.toml", "lang = \"sv\"\n"),
        &["--min-cell", "0", "--default-lang"],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with("SIP i siffror\n"), "{}", out.stdout);
    assert!(out.stdout.contains("Totalt"), "{}", out.stdout);
    assert!(
        out.stdout.contains("S1a … varav barn (under 18 år)"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("25,0 %"), "{}", out.stdout);
}

#[test]
fn html_is_one_page_with_a_chart_and_a_table_per_measure() {
    let (test, out) = kept(repositories(), &["--format", "html", "-o", "rapport.html"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = std::fs::read_to_string(test.path().join("rapport.html")).unwrap();
    assert_eq!(html.matches("<section").count(), 22);
    assert_eq!(html.matches("<svg").count(), 22);
    assert_eq!(html.matches("role=\"img\"").count(), 22);
    assert_eq!(html.matches("<caption>").count(), 22);
    assert!(html.contains("<th scope=\"col\">"));
    assert!(html.contains("size: A4"));
    assert!(!html.contains("<script"));
    assert!(!html.contains("http://") || !html.contains("src="));
}

#[test]
fn the_period_ends_on_or_before_the_check_date() {
    let out = Test::new()
        .file("plans/.keep", "")
        .args(&["--as-of", AS_OF, "stats", "--to", "2026-07-01"])
        .run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("after the check date"),
        "{}",
        out.stderr
    );
    let out = Test::new()
        .file("plans/.keep", "")
        .args(&["stats", "--from", "2026-02-02", "--to", "2026-02-01"])
        .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    // By default the 365 days ending on the check date.
    let out = Test::new()
        .file("plans/.keep", "")
        .args(&["--as-of", AS_OF, "stats", "--format", "json"])
        .run();
    let doc = json_of(&out);
    assert_eq!(doc["from"], "2025-07-01");
    assert_eq!(doc["to"], AS_OF);
}

#[test]
fn plans_that_break_the_schema_or_do_not_parse_are_not_counted() {
    let out = stats(
        repositories()
            .file("plans/trasig.sip.yaml", "sip: 1\nid: [\n")
            .file(
                "kommun-b/plans/2026-0009.sip.yaml",
                "sip: 1\nid: \"2026-0009\"\nstatus: active\n",
            ),
        &["--format", "json", "--min-cell", "0"],
    );
    assert_eq!(out.code, 2, "{}", out.stderr);
    // The output is still there, without them.
    let doc: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["groups"][0]["measures"]["S1"]["value"], 4);
    assert!(out.stderr.contains("trasig.sip.yaml"), "{}", out.stderr);
    assert!(out.stderr.contains("2026-0009.sip.yaml"), "{}", out.stderr);
    assert!(
        out.stderr.contains("2 plans were not counted"),
        "{}",
        out.stderr
    );
}

#[test]
fn never_writes_onto_a_plan() {
    let out = stats(repositories(), &["-o", "plans/2026-0001.sip.yaml"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("plan file"), "{}", out.stderr);
}

#[test]
fn a_second_run_reads_from_the_cache_and_agrees() {
    let (test, first) = kept(repositories(), &["--format", "json", "--min-cell", "0"]);
    let first = json_of(&first);
    let dir = test.path().to_path_buf();
    let second = json_of(&stats(
        Test::at(&dir),
        &["--format", "json", "--min-cell", "0"],
    ));
    assert_eq!(first, second);
    let other = json_of(
        &Test::at(&dir)
            .args(&[
                "--as-of",
                AS_OF,
                "stats",
                "plans",
                "kommun-b/plans",
                "--from",
                "2026-01-01",
                "--to",
                "2026-05-31",
                "--format",
                "json",
                "--min-cell",
                "0",
            ])
            .run(),
    );
    assert_eq!(other["groups"][0]["measures"]["S1"]["value"], 3);
}

#[test]
fn the_readme_example_is_real_output() {
    let out = super::support::sip_here(&[
        "--as-of",
        "2026-11-27",
        "stats",
        "examples/plans",
        "--min-cell",
        "0",
        "--lang",
        "en",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    assert!(
        readme.contains(&out.stdout),
        "README.md's `sip stats` example must be the output of `sip stats examples/plans --as-of 2026-11-27 --min-cell 0 --lang en`:\n{}",
        out.stdout
    );
}
