//! `sip render`: snapshots of every example in every format and language,
//! escaping, the error banner, `--strict`, `-o` and template overrides.

use crate::support::{AS_OF, Test, sip_here};
use std::path::Path;

const FORMATS: [&str; 3] = ["html", "md", "txt"];
const LANGS: [&str; 2] = ["sv", "en"];

/// Compares `actual` with the committed snapshot in `tests/snapshots/render`
/// (insta: `INSTA_UPDATE=always cargo test` rewrites it; review with git diff).
fn snapshot(name: &str, actual: &str) {
    crate::support::snapshot("render", name, actual);
}

#[test]
fn every_example_in_every_format_and_language() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/plans");
    let mut plans: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".sip.yaml"))
        .collect();
    plans.sort();
    assert_eq!(plans.len(), 5);
    for plan in &plans {
        let stem = plan.trim_end_matches(".sip.yaml");
        for format in FORMATS {
            for lang in LANGS {
                let file = format!("examples/plans/{plan}");
                let out = sip_here(&[
                    "--as-of",
                    "2026-11-27",
                    "render",
                    &file,
                    "--format",
                    format,
                    "--lang",
                    lang,
                ]);
                assert_eq!(out.code, 0, "{plan} {format} {lang}: {}", out.stderr);
                snapshot(&format!("{stem}.{lang}.{format}"), &out.stdout);
            }
        }
    }
}

#[test]
fn the_html_is_self_contained_and_structured() {
    let out = Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .args(&["--default-lang", "--as-of", AS_OF, "render", "2026-0042"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = out.stdout;
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">"));
    for forbidden in [
        "<script", "<link", "<img", "src=", "http://", "https://", "@import", "url(",
    ] {
        assert!(!html.contains(forbidden), "{forbidden}");
    }
    assert!(html.contains("@page"));
    assert!(html.contains("break-inside: avoid"));
    assert!(html.contains("<th scope=\"col\">"));
    // Goals come before needs, in the person's words.
    let goals = html.find("Jag vill kunna bo kvar hemma.").unwrap();
    let needs = html.find("Hjälp med personlig hygien").unwrap();
    assert!(goals < needs);
}

#[test]
fn plan_text_renders_inert_in_every_format() {
    let nasty = "<script>alert(1)</script> \\\"citat\\\" & {{ 7*7 }} {% if true %}x{% endif %}";
    let t = Test::new().plan(
        "2026-0042.sip.yaml",
        &[
            ("Jag vill kunna bo kvar hemma.", nasty),
            ("Tolvan Tolvansson\n", "\"<b>Tolvan</b> & co\"\n"),
        ],
    );
    for format in FORMATS {
        let out = Test::at(t.path())
            .args(&[
                "--as-of",
                AS_OF,
                "render",
                "plans/2026-0042.sip.yaml",
                "--format",
                format,
            ])
            .run();
        assert_eq!(out.code, 0, "{format}: {}", out.stderr);
        let doc = out.stdout;
        assert!(
            !doc.contains("49"),
            "{format}: the template engine evaluated plan text"
        );
        match format {
            "html" => {
                assert!(!doc.contains("<script>"), "html");
                assert!(!doc.contains("<b>Tolvan"), "html");
                assert!(
                    doc.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
                    "html"
                );
                assert!(
                    doc.contains("&quot;citat&quot; &amp; {{ 7*7 }} {% if true %}x{% endif %}"),
                    "html"
                );
            }
            "md" => {
                assert!(!doc.contains("<script>"), "md");
                assert!(doc.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "md");
                assert!(doc.contains("\\{\\{ 7\\*7 \\}\\}"), "md");
                assert!(doc.contains("&lt;b&gt;Tolvan&lt;/b&gt; &amp; co"), "md");
            }
            _ => {
                // Plain text is shown as written, and never evaluated.
                assert!(
                    doc.contains(
                        "<script>alert(1)</script> \"citat\" & {{ 7*7 }} {% if true %}x{% endif %}"
                    ),
                    "txt"
                );
            }
        }
    }
}

#[test]
fn a_plan_with_errors_renders_with_a_banner_and_strict_refuses() {
    let t = Test::new().plan(
        "2026-0042.sip.yaml",
        &[(
            "lead:\n  principal: municipality",
            "lead:\n  principal: other",
        )],
    );
    let out = Test::at(t.path())
        .args(&["--default-lang", "--as-of", AS_OF, "render", "2026-0042"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("role=\"alert\""));
    assert!(out.stdout.contains("Planen har fel som ska rättas"));
    assert!(out.stdout.contains("SIP004"), "{}", out.stdout);
    // The banner of a Swedish document is Swedish.
    assert!(
        out.stdout
            .contains("lead.principal ska vara region eller municipality (kommun), men är other"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("must be"), "{}", out.stdout);

    let strict = Test::at(t.path())
        .args(&[
            "--default-lang",
            "--as-of",
            AS_OF,
            "render",
            "2026-0042",
            "--strict",
        ])
        .run();
    assert_eq!(strict.code, 1);
    assert_eq!(strict.stdout, "");
    assert!(strict.stderr.contains("fel[SIP004]"), "{}", strict.stderr);
    assert!(strict.stderr.contains("--strict"), "{}", strict.stderr);

    let clean = Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .args(&[
            "--default-lang",
            "--as-of",
            AS_OF,
            "render",
            "2026-0042",
            "--strict",
            "--format",
            "txt",
        ])
        .run();
    assert_eq!(clean.code, 0, "{}", clean.stderr);
    assert!(!clean.stdout.contains("!!"));
}

#[test]
fn a_plan_that_does_not_parse_is_exit_2_with_its_position() {
    let out = Test::new()
        .file("plans/2026-0042.sip.yaml", "sip: 1\nid: [unclosed\n")
        .args(&["render", "plans/2026-0042.sip.yaml"])
        .run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("plans/2026-0042.sip.yaml:3:1:"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "");
    let missing = Test::new().args(&["render", "2026-9999"]).run();
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("does not exist"),
        "{}",
        missing.stderr
    );
}

#[test]
fn output_file_is_written_but_never_over_a_plan_or_named_by_an_identity_number() {
    let t = Test::new().plan("2026-0042.sip.yaml", &[]);
    let out = Test::at(t.path())
        .args(&[
            "--default-lang",
            "--as-of",
            AS_OF,
            "render",
            "2026-0042",
            "-o",
            "ut/2026-0042.html",
        ])
        .run();
    assert_eq!(out.code, 0, "the folder ut/ is made: {}", out.stderr);
    std::fs::remove_dir_all(t.path().join("ut")).unwrap();
    let out = Test::at(t.path())
        .args(&[
            "--default-lang",
            "--as-of",
            AS_OF,
            "render",
            "2026-0042",
            "-o",
            "ut/2026-0042.html",
        ])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "");
    let written = std::fs::read_to_string(t.path().join("ut/2026-0042.html")).unwrap();
    assert!(written.contains("Samordnad individuell plan"));

    let before = std::fs::read(t.path().join("plans/2026-0042.sip.yaml")).unwrap();
    let onto_plan = Test::at(t.path())
        .args(&[
            "--default-lang",
            "render",
            "2026-0042",
            "-o",
            "plans/2026-0042.sip.yaml",
        ])
        .run();
    assert_eq!(onto_plan.code, 2);
    assert!(
        onto_plan.stderr.contains("ersätter aldrig en plan"),
        "{}",
        onto_plan.stderr
    );
    assert_eq!(
        std::fs::read(t.path().join("plans/2026-0042.sip.yaml")).unwrap(),
        before
    );

    let named = Test::at(t.path())
        .args(&[
            "--default-lang",
            "render",
            "2026-0042",
            "-o",
            "19121212-1212.html",
        ])
        .run();
    assert_eq!(named.code, 2);
    assert!(!named.stderr.contains("1212-1212"), "{}", named.stderr);
    assert!(named.stderr.contains("personnummer"), "{}", named.stderr);
    assert!(!t.path().join("19121212-1212.html").exists());
}

#[test]
fn english_and_a_repository_template() {
    let t = Test::new().plan("2026-0042.sip.yaml", &[]).file(
        "templates/plan.txt",
        "{{ l.lead }}: {{ lead.organisation }}\n",
    );
    let out = Test::at(t.path())
        .args(&[
            "--as-of",
            AS_OF,
            "render",
            "2026-0042",
            "--format",
            "txt",
            "--lang",
            "en",
        ])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "Responsibility and contact: Socialtjänsten, Exempels kommun\n"
    );

    let typo = Test::at(t.path())
        .file("templates/plan.txt", "line one\n{{ l.no_such_label }}\n")
        .args(&["render", "2026-0042", "--format", "txt"])
        .run();
    assert_eq!(typo.code, 2);
    assert!(
        typo.stderr.contains("templates/plan.txt, line 2"),
        "{}",
        typo.stderr
    );
}

#[test]
fn a_language_the_repository_adds_renders_without_a_code_change() {
    // A made-up language, as a region would add a real one: its own catalogue
    // in the repository's templates folder; what it leaves out is Swedish.
    let t = Test::new()
        .plan("2026-0042.sip.yaml", &[("language: sv", "language: xx")])
        .file(
            "templates/labels/xx.ftl",
            "render-title = Plano kunordita individala\nrender-goals = Mea skopi\n",
        );
    let out = Test::at(t.path())
        .args(&["--default-lang", "render", "2026-0042"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("<html lang=\"xx\" dir=\"ltr\">"),
        "{}",
        &out.stdout[..200]
    );
    assert!(out.stdout.contains("Plano kunordita individala"));
    assert!(out.stdout.contains("Mea skopi"));
    assert!(
        out.stdout.contains("Behov"),
        "the rest falls back to Swedish"
    );
    // `--lang` wins over the person's language.
    let en = Test::at(t.path())
        .args(&["--default-lang", "render", "2026-0042", "--lang", "en"])
        .run();
    assert!(
        en.stdout.contains("<html lang=\"en\""),
        "{}",
        &en.stdout[..200]
    );
}

#[test]
fn a_right_to_left_language_sets_dir_rtl() {
    let t = Test::new()
        .plan("2026-0042.sip.yaml", &[("language: sv", "language: ar")])
        .file("templates/labels/ar.ftl", "render-title = [ar] test\n");
    let out = t.args(&["--default-lang", "render", "2026-0042"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        &out.stdout[..200]
    );
    // Without the catalogue, the repository's language.
    let none = Test::new()
        .plan("2026-0042.sip.yaml", &[("language: sv", "language: ar")])
        .args(&["--default-lang", "render", "2026-0042"])
        .run();
    assert!(none.stdout.contains("<html lang=\"sv\" dir=\"ltr\">"));
    assert!(none.stdout.contains("arabiska"), "the language by its name");
}

#[test]
fn a_broken_catalogue_is_named_with_its_line() {
    let out = Test::new()
        .plan("2026-0042.sip.yaml", &[("language: sv", "language: xx")])
        .file(
            "templates/labels/xx.ftl",
            "render-title = ok\nrender-goals = {\n",
        )
        .args(&["--default-lang", "render", "2026-0042"])
        .run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("templates/labels/xx.ftl:2: ingen giltig Fluent-katalog"),
        "{}",
        out.stderr
    );
}
