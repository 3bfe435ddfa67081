//! `sip render --format pdf` (issue 21): a file or a pipe, the letter too,
//! the error that says how to build it without the `pdf` feature, Arabic
//! under a right-to-left catalogue. The PDF's structure, conformance
//! identification and text are read by independent tools in CI
//! (.ci/pdf-check.sh, tests/pdf/check.py).

use crate::support::Test;

#[cfg(feature = "pdf")]
#[test]
fn a_pdf_to_a_file_and_to_a_pipe() {
    let t = Test::new().plan("2026-0042.sip.yaml", &[]);
    let out = Test::at(t.path())
        .args(&[
            "render",
            "2026-0042",
            "--format",
            "pdf",
            "-o",
            "rendered/2026-0042.pdf",
        ])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let pdf = std::fs::read(t.path().join("rendered/2026-0042.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(pdf.ends_with(b"%%EOF") || pdf.ends_with(b"%%EOF\n"));
    // The same bytes on standard output when it is a pipe: the same plan,
    // date and language make the same PDF.
    let piped = assert_cmd::Command::cargo_bin("sip")
        .unwrap()
        .current_dir(t.path())
        .args([
            "--as-of",
            crate::support::AS_OF,
            "--lang",
            "en",
            "render",
            "2026-0042",
            "--format",
            "pdf",
        ])
        .output()
        .unwrap();
    assert_eq!(piped.status.code(), Some(0));
    assert_eq!(piped.stdout, pdf, "reproducible");
    // The identity number is in the document (it is the plan), never in its name.
    let named = Test::at(t.path())
        .args(&[
            "render",
            "2026-0042",
            "--format",
            "pdf",
            "-o",
            "191212121212.pdf",
        ])
        .run();
    assert_eq!(named.code, 2);
}

#[cfg(feature = "pdf")]
#[test]
fn arabic_under_a_right_to_left_catalogue() {
    let t = Test::new()
        .plan(
            "2026-0042.sip.yaml",
            &[
                ("language: sv", "language: ar"),
                ("Jag vill kunna bo kvar hemma.", "أريد أن أعيش في بيتي."),
            ],
        )
        .file(
            "templates/labels/ar.ftl",
            "render-title = خطة فردية منسقة\nrender-page = صفحة\n",
        );
    let out = Test::at(t.path())
        .args(&[
            "--default-lang",
            "render",
            "2026-0042",
            "--format",
            "pdf",
            "-o",
            "out.pdf",
        ])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let pdf = std::fs::read(t.path().join("out.pdf")).unwrap();
    // The document's language, as the XMP metadata (never compressed) says.
    assert!(
        String::from_utf8_lossy(&pdf).contains("<dc:language><rdf:Bag><rdf:li>ar</rdf:li>"),
        "the language is ar"
    );
}

#[cfg(feature = "pdf")]
#[test]
fn a_script_the_font_lacks_is_named_with_the_font() {
    let t = Test::new().plan("2026-0042.sip.yaml", &[("Tolvan Tolvansson\n", "王小明\n")]);
    let out = Test::at(t.path())
        .args(&["render", "2026-0042", "--format", "pdf", "-o", "out.pdf"])
        .run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("王 (U+738B)"), "{}", out.stderr);
    assert!(out.stderr.contains("DejaVu Sans"), "{}", out.stderr);
    assert!(out.stderr.contains("--format html"), "{}", out.stderr);
    assert!(!t.path().join("out.pdf").exists());
}

#[cfg(not(feature = "pdf"))]
#[test]
fn without_the_feature_the_error_says_how_to_build_it() {
    let out = Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .args(&["render", "2026-0042", "--format", "pdf", "-o", "out.pdf"])
        .run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("without PDF"), "{}", out.stderr);
    assert!(out.stderr.contains("--features pdf"), "{}", out.stderr);
}

#[cfg(feature = "pdf")]
#[test]
fn the_letter_to_the_person_as_a_pdf() {
    let t = Test::new().plan("2026-0042.sip.yaml", &[]);
    let out = Test::at(t.path())
        .args(&[
            "render",
            "2026-0042",
            "--letter",
            "--format",
            "pdf",
            "-o",
            "letter.pdf",
        ])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let pdf = std::fs::read(t.path().join("letter.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("<pdfuaid:part>1</pdfuaid:part>"), "PDF/UA-1");
    assert!(text.contains("<pdfaid:part>2</pdfaid:part>"), "PDF/A-2");
    // Different from the plan's PDF.
    let plan = Test::at(t.path())
        .args(&["render", "2026-0042", "--format", "pdf", "-o", "plan.pdf"])
        .run();
    assert_eq!(plan.code, 0, "{}", plan.stderr);
    assert_ne!(std::fs::read(t.path().join("plan.pdf")).unwrap(), pdf);
}
