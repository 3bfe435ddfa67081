//! `sip list`: the overview table, filters, JSON, CSV and broken plans.

use super::support::{Output, Test};

const AS_OF: &str = "2026-03-20";

/// Three plans: active (follow-up 2026-03-12, overdue on AS_OF), a draft led
/// by the region, and a closed one.
fn repository() -> Test {
    Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .plan(
            "2026-0043.sip.yaml",
            &[
                ("\"2026-0042\"", "\"2026-0043\""),
                ("status: active", "status: draft"),
                (
                    "  principal: municipality\n  organisation: Socialtjänsten, Exempels kommun",
                    "  principal: region\n  organisation: \"Vårdcentralen, Ekbacken\"",
                ),
                ("  - date: 2026-03-12", "  - date: 2026-04-01"),
                ("Tolvan Tolvansson", "Ann \"Nan\" Påhittad"),
            ],
        )
        .plan(
            "2025-0001.sip.yaml",
            &[
                ("\"2026-0042\"", "\"2025-0001\""),
                ("status: active", "status: closed"),
                ("    held: null", "    held: 2026-03-12"),
            ],
        )
}

fn list(test: Test, extra: &[&str]) -> Output {
    let mut args = vec!["list", "--as-of", AS_OF];
    args.extend_from_slice(extra);
    test.args(&args).run()
}

#[test]
fn a_table_with_a_count_line_that_fits_80_columns() {
    let out = list(repository(), &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines[0].starts_with("id"), "{}", out.stdout);
    assert!(
        lines.iter().all(|l| l.chars().count() <= 80),
        "{}",
        out.stdout
    );
    // Sorted by file; the overdue follow-up is marked.
    let ids: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.starts_with("202"))
        .collect();
    assert_eq!(ids, ["2025-0001", "2026-0042", "2026-0043"]);
    let row = lines.iter().find(|l| l.starts_with("2026-0042")).unwrap();
    assert!(row.contains("2026-03-12 !"), "{row}");
    assert!(row.contains("2/2"), "{row}");
    assert_eq!(
        *lines.last().unwrap(),
        "3 plans: 1 active, 1 draft, 1 closed; 1 with an overdue follow-up (!)"
    );
    assert!(!out.stdout.contains('\x1b'));
}

/// The ids in `sip list --format json` output, in order.
fn plan_ids(out: &Output) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    json["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn filters_by_status_and_lead() {
    let out = list(repository(), &["--status", "active", "--format", "json"]);
    let ids = plan_ids(&out);
    assert_eq!(ids, ["2026-0042"]);
    let out = list(repository(), &["--lead", "region", "--format", "json"]);
    let ids = plan_ids(&out);
    assert_eq!(ids, ["2026-0043"]);
}

#[test]
fn json_follows_the_contract() {
    let out = list(repository(), &["--format", "json", "--status", "active"]);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"plans": [{"file": "plans/2026-0042.sip.yaml", "id": "2026-0042", "status": "active",
            "person": "Tolvan Tolvansson", "lead": {"principal": "municipality", "organisation": "Socialtjänsten, Exempels kommun"},
            "needs": 2, "actions": 2, "next_follow_up": "2026-03-12", "overdue": true}],
          "broken": []})
    );
}

#[test]
fn csv_for_spreadsheets() {
    let out = list(repository(), &["--format", "csv"]);
    assert_eq!(out.code, 0);
    assert_eq!(
        out.stdout,
        "file,id,status,person,lead_principal,lead_organisation,needs,actions,next_follow_up,overdue\r\n\
         plans/2025-0001.sip.yaml,2025-0001,closed,Tolvan Tolvansson,municipality,\"Socialtjänsten, Exempels kommun\",2,2,,false\r\n\
         plans/2026-0042.sip.yaml,2026-0042,active,Tolvan Tolvansson,municipality,\"Socialtjänsten, Exempels kommun\",2,2,2026-03-12,true\r\n\
         plans/2026-0043.sip.yaml,2026-0043,draft,\"Ann \"\"Nan\"\" Påhittad\",region,\"Vårdcentralen, Ekbacken\",2,2,2026-04-01,false\r\n"
    );
}

#[test]
fn a_broken_plan_is_reported_and_the_rest_listed() {
    let test = repository().file("plans/2026-0099.sip.yaml", "sip: 1\nid: [unclosed\n");
    let out = list(test, &[]);
    assert_eq!(out.code, 2, "the rest is listed, and the run fails");
    assert!(out.stdout.ends_with("3 plans: 1 active, 1 draft, 1 closed; 1 with an overdue follow-up (!); 1 broken (see stderr)\n"), "{}", out.stdout);
    assert!(
        out.stderr
            .starts_with("broken: plans/2026-0099.sip.yaml: 3:1: "),
        "{}",
        out.stderr
    );
    let test = repository().file("plans/2026-0099.sip.yaml", "- a list\n");
    let out = list(test, &["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["broken"][0]["file"], "plans/2026-0099.sip.yaml");
    assert_eq!(json["plans"].as_array().unwrap().len(), 3);
}

#[test]
fn colour_marks_overdue_only_when_asked() {
    let out = list(repository(), &["--color", "always"]);
    assert!(out.stdout.contains("\x1b["), "{}", out.stdout);
    let out = list(repository().env("NO_COLOR", "1"), &[]);
    assert!(!out.stdout.contains('\x1b'));
}

#[test]
fn no_plans_folder_is_exit_2() {
    let out = list(Test::new(), &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("error: no plans folder"),
        "{}",
        out.stderr
    );
}

/// Sets a file's modification time an hour back, as for a plan edited earlier
/// (the cache does not trust files changed in the last seconds).
fn age(test: &Test, path: &str) {
    let file = std::fs::File::options()
        .write(true)
        .open(test.path().join(path))
        .unwrap();
    file.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(3600))
        .unwrap();
}

/// The files of `sip list`'s cache: one per plan under `.git/sip/list-v1-<scope>/`.
fn cache_entries(test: &Test) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let sip = test.path().join(".git/sip");
    let dir = std::fs::read_dir(&sip)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("list-v1-")
        });
    for shard in std::fs::read_dir(dir.unwrap()).unwrap() {
        for entry in std::fs::read_dir(shard.unwrap().path()).unwrap() {
            files.push(entry.unwrap().path());
        }
    }
    files
}

#[test]
fn the_cache_is_used_while_a_file_is_unchanged_and_dropped_when_it_changes() {
    let test = repository();
    for plan in ["2026-0042", "2026-0043", "2025-0001"] {
        age(&test, &format!("plans/{plan}.sip.yaml"));
    }
    let first = Test::at(test.path())
        .args(&["list", "--as-of", AS_OF, "--format", "json"])
        .run();
    assert_eq!(first.code, 0, "{}", first.stderr);
    let entries = cache_entries(&test);
    assert_eq!(entries.len(), 3, "one entry per plan");
    let cached: String = entries
        .iter()
        .map(|e| std::fs::read_to_string(e).unwrap())
        .collect();
    assert!(cached.contains("Tolvan Tolvansson"));

    // Prove the cache is read: tamper with it, and the tampered name shows.
    for entry in &entries {
        let text = std::fs::read_to_string(entry).unwrap();
        std::fs::write(entry, text.replace("Tolvan Tolvansson", "From The Cache")).unwrap();
    }
    let second = Test::at(test.path())
        .args(&["list", "--as-of", AS_OF, "--format", "json"])
        .run();
    assert!(
        second.stdout.contains("From The Cache"),
        "{}",
        second.stdout
    );
    // ... unless told not to use it.
    let fresh = Test::at(test.path())
        .args(&["list", "--as-of", AS_OF, "--format", "json", "--no-cache"])
        .run();
    assert_eq!(fresh.stdout, first.stdout);

    // A changed file is read again.
    let path = test.path().join("plans/2026-0042.sip.yaml");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Tolvan Tolvansson", "Nytt Namn");
    std::fs::write(&path, text).unwrap();
    age(&test, "plans/2026-0042.sip.yaml");
    let third = Test::at(test.path())
        .args(&["list", "--as-of", AS_OF, "--format", "json"])
        .run();
    let json: serde_json::Value = serde_json::from_str(&third.stdout).unwrap();
    let person = |id: &str| {
        json["plans"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()["person"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(person("2026-0042"), "Nytt Namn");
    assert_eq!(
        person("2025-0001"),
        "From The Cache",
        "unchanged files still come from the cache"
    );

    // A deleted plan leaves the cache when the plans folder is listed.
    std::fs::remove_file(test.path().join("plans/2025-0001.sip.yaml")).unwrap();
    Test::at(test.path())
        .args(&["list", "--as-of", AS_OF])
        .run();
    let left = cache_entries(&test);
    assert_eq!(left.len(), 2);
    assert!(
        left.iter()
            .all(|e| !std::fs::read_to_string(e).unwrap().contains("2025-0001"))
    );
}

#[test]
fn a_corrupt_cache_is_ignored() {
    let test = repository().file(".git/sip/list-v1.json", "{ not json");
    let out = Test::at(test.path())
        .args(&["list", "--as-of", AS_OF, "--format", "json"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["plans"].as_array().unwrap().len(), 3);
}

#[test]
fn a_long_list_is_printed_in_parts_that_line_up() {
    let mut t = Test::new();
    for n in 0..1203 {
        let id = format!("2026-{n:04}");
        t = t.plan(
            &format!("{id}.sip.yaml"),
            &[("\"2026-0042\"", &format!("\"{id}\""))],
        );
    }
    let out = Test::at(t.path())
        .env("COLUMNS", "80")
        .args(&["--as-of", AS_OF, "list", "--no-cache"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("id ")).count(),
        1,
        "one header"
    );
    for n in 0..1203 {
        let id = format!("2026-{n:04}");
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.starts_with(&format!("{id} ")))
                .count(),
            1,
            "{id}"
        );
    }
    let widths: std::collections::BTreeSet<usize> = lines[..lines.len() - 1]
        .iter()
        .map(|l| l.chars().count())
        .collect();
    assert_eq!(
        widths.len(),
        1,
        "every row as wide as the header: {widths:?}"
    );
    assert!(*widths.iter().next().unwrap() <= 80);
    assert!(
        lines.last().unwrap().starts_with("1203 plans: 1203 active"),
        "{}",
        lines.last().unwrap()
    );
}
