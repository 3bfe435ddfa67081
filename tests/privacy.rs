//! Identity numbers never leave a plan through sip's own output: not in
//! findings, tables, calendars, diffs, logs or errors. Only the rendered
//! plan, the document given to the person, shows the person's number.

use crate::support::{AS_OF, Repo};

const NUMBER: &str = "1212-1212";

#[test]
fn no_command_repeats_an_identity_number() {
    let mut repo = Repo::new();
    // The number in the right field, and in places where it does not belong.
    repo.plan(
        "plans/2026-0042.sip.yaml",
        &[
            (
                "Hjälp med personlig hygien morgon och kväll.",
                "Hjälp (se 20121212-1212).",
            ),
            (
                "convener: Socialtjänsten, Exempels kommun",
                "convener: Socialtjänsten 19121212-1212",
            ),
            (
                "lead:\n  principal: municipality",
                "lead:\n  principal: other",
            ),
        ],
    );
    repo.commit("Sara Samordnare", "Ny plan");
    repo.plan(
        "plans/2026-0042.sip.yaml",
        &[("Tolvan Tolvansson", "Tolvan 20121212-1212")],
    );

    let runs: &[&[&str]] = &[
        &["check"],
        &["check", "--format", "json"],
        &["check", "--format", "github"],
        &["check", "--format", "sarif"],
        &["check", "--format", "gitlab"],
        &["list"],
        &["list", "--format", "json"],
        &["list", "--format", "csv"],
        &["due", "--within", "400"],
        &["due", "--within", "400", "--format", "json"],
        &["due", "--within", "400", "--format", "ics", "--full-names"],
        &["diff"],
        &["diff", "--format", "md"],
        &["diff", "--format", "json"],
        &["log", "2026-0042"],
        &["log", "2026-0042", "--format", "json"],
        &["render", "2026-0042", "-q", "-o", "ut.html"],
        &["check", "--history"],
    ];
    for args in runs {
        let mut all = vec!["--as-of", AS_OF];
        all.extend_from_slice(args);
        let out = repo.sip(&all);
        assert!(out.code <= 1, "{args:?}: exit {} {}", out.code, out.stderr);
        assert!(
            !out.stdout.contains(NUMBER),
            "{args:?} stdout:\n{}",
            out.stdout
        );
        assert!(
            !out.stderr.contains(NUMBER),
            "{args:?} stderr:\n{}",
            out.stderr
        );
    }
    // The printed plan is the person's own document: their number is on it.
    let printed = std::fs::read_to_string(repo.path().join("ut.html")).unwrap();
    assert!(printed.contains("19121212-1212"));
}

#[test]
fn errors_about_a_path_do_not_repeat_a_number_in_it() {
    let repo = Repo::new();
    let out = repo.sip(&["render", "plans/19121212-1212.sip.yaml"]);
    assert_eq!(out.code, 2);
    assert!(!out.stderr.contains(NUMBER), "{}", out.stderr);
}

#[test]
fn statistics_hold_counts_only() {
    let repo = Repo::new();
    repo.plan(
        "plans/2026-0042.sip.yaml",
        &[
            ("Tolvan Tolvansson", "Tolvan 20121212-1212"),
            (
                "organisation: Socialtjänsten, Exempels kommun\n  contact",
                "organisation: Socialtjänsten 19121212-1212\n  contact",
            ),
        ],
    );
    for by in ["none", "lead", "principal", "situation"] {
        for format in ["text", "json", "csv", "html"] {
            for min_cell in ["0", "5"] {
                let args = [
                    "--as-of",
                    AS_OF,
                    "stats",
                    "--by",
                    by,
                    "--format",
                    format,
                    "--min-cell",
                    min_cell,
                    "-o",
                    "ut.stats",
                ];
                let out = repo.sip(&args);
                assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
                let written = std::fs::read_to_string(repo.path().join("ut.stats")).unwrap();
                let printed = repo.sip(&args[..args.len() - 2]);
                for text in [&written, &printed.stdout, &printed.stderr, &out.stderr] {
                    for secret in [NUMBER, "Tolvan", "2026-0042", "Sara Samordnare"] {
                        assert!(!text.contains(secret), "{args:?}: {secret} in\n{text}");
                    }
                }
            }
        }
    }
}
