//! One voice per run: every command, run on the examples with `--lang sv`
//! and with `--lang en`, shows no word of the other language, and the
//! Swedish output (the default) is pinned by snapshots.

use crate::support::{Repo, Test, sip_here, snapshot};

/// Words of English that Swedish output must not hold, and the other way
/// round. None of them is in the example plans' own text.
const ENGLISH: [&str; 13] = [
    " the ",
    " is ",
    "error",
    "warning",
    "checked",
    "overdue",
    "must ",
    "missing",
    "Severity",
    "Source",
    " days",
    "Created",
    "next step",
];
const SWEDISH: [&str; 13] = [
    " är ",
    "inte ",
    "saknas",
    "dagar sedan",
    "försenad",
    "fel[",
    "varning",
    "kontrollerade",
    "Allvarlighet",
    "Källa",
    "uppföljning",
    "gällande",
    "Skapade",
];

/// Every command's text output in a language: (what ran, stdout + stderr).
fn outputs(lang: &str) -> Vec<(String, String)> {
    let as_of = ["--as-of", "2026-11-27", "--lang", lang];
    let mut runs: Vec<Vec<&str>> = vec![
        vec!["check", "examples/plans", "examples/broken"],
        vec!["explain"],
        vec!["explain", "SIP014"],
        vec!["explain", "yaml"],
        vec!["list", "examples/plans"],
        vec!["due", "examples/plans", "--within", "90"],
        vec!["stats", "examples/plans", "--min-cell", "0"],
        vec![
            "render",
            "examples/plans/2026-0101.sip.yaml",
            "--format",
            "txt",
        ],
        vec![
            "render",
            "examples/plans/2025-0310.sip.yaml",
            "--format",
            "md",
        ],
        vec!["explain", "SIP999"],
    ];
    let mut out: Vec<(String, String)> = runs
        .drain(..)
        .map(|args| {
            let all: Vec<&str> = as_of.iter().copied().chain(args.iter().copied()).collect();
            let o = sip_here(&all);
            (args.join(" "), format!("{}{}", o.stdout, o.stderr))
        })
        .collect();

    // new and init in a fresh folder.
    let t = Test::new();
    let init = Test::at(t.path()).args(&["--lang", lang, "init"]).run();
    out.push(("init".into(), format!("{}{}", init.stdout, init.stderr)));
    let new = Test::at(t.path())
        .args(&[
            "--lang",
            lang,
            "new",
            "--no-input",
            "--person",
            "Tolvan Tolvansson",
        ])
        .run();
    out.push(("new".into(), format!("{}{}", new.stdout, new.stderr)));
    let again = Test::at(t.path())
        .args(&["--lang", lang, "new", "--no-input", "2026-0001"])
        .run();
    out.push((
        "new (exists)".into(),
        format!("{}{}", again.stdout, again.stderr),
    ));

    // diff and log over a short history.
    let mut repo = Repo::new();
    repo.plan("plans/2026-0042.sip.yaml", &[]);
    repo.commit("Sara Samordnare", "Ny plan");
    repo.plan(
        "plans/2026-0042.sip.yaml",
        &[("principal: region", "principal: municipality")],
    );
    repo.commit("Erik Läkare", "Ansvaret flyttas");
    for args in [
        vec!["--lang", lang, "diff", "HEAD~1", "HEAD"],
        vec!["--lang", lang, "log", "2026-0042"],
        vec!["--lang", lang, "diff", "nope"],
    ] {
        let o = repo.sip(&args);
        out.push((args[2..].join(" "), format!("{}{}", o.stdout, o.stderr)));
    }
    out
}

/// The quoted texts of the example plans (the person's own words, which a
/// rendered plan shows as written whatever the language of the page).
fn plan_words() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/plans");
    let mut words = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let yaml = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        words.extend(yaml.split('"').skip(1).step_by(2).map(str::to_owned));
    }
    words.retain(|w| w.contains(' '));
    words
}

#[test]
fn swedish_output_has_no_english_and_english_no_swedish() {
    let mut wrong = Vec::new();
    let quoted = plan_words();
    for (lang, forbidden) in [("sv", &ENGLISH), ("en", &SWEDISH)] {
        for (what, text) in outputs(lang) {
            let text = quoted.iter().fold(text, |t, q| t.replace(q.as_str(), "…"));
            assert!(!text.trim().is_empty(), "{lang} {what}: no output");
            for word in forbidden.iter() {
                for line in text.lines().filter(|l| l.contains(word)) {
                    wrong.push(format!("{lang} `{what}` says {word:?}: {line}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The lists can fail: each language's own words are there in its output.
    for (lang, own) in [("en", &ENGLISH), ("sv", &SWEDISH)] {
        let all: String = outputs(lang).into_iter().map(|(_, t)| t).collect();
        let found = own.iter().filter(|w| all.contains(*w)).count();
        assert!(found >= 8, "{lang}: only {found} of its own words found");
    }
}

#[test]
fn swedish_is_the_default_and_each_command_is_pinned_by_a_snapshot() {
    let default = sip_here(&[
        "--default-lang",
        "--as-of",
        "2026-11-27",
        "list",
        "examples/plans",
    ]);
    let sv = sip_here(&[
        "--lang",
        "sv",
        "--as-of",
        "2026-11-27",
        "list",
        "examples/plans",
    ]);
    assert_eq!(default.stdout, sv.stdout);
    for (what, text) in outputs("sv") {
        let name = what.replace([' ', '/', '.'], "_");
        snapshot("language", &format!("sv_{name}"), &text);
    }
}
