//! `sip render --letter`: the letter to the person (kallelse) for the next
//! follow-up, in the person's language when there is a catalogue for it.

use crate::support::Test;

/// The base plan with its follow-up timed, placed and held by video, and a
/// goal and a need that hold an identity number by mistake.
fn plan() -> Test {
    Test::new().plan(
        "2026-0042.sip.yaml",
        &[
            (
                "  - date: 2026-03-12\n    convener:",
                "  - date: 2026-03-12\n    time: \"14:00\"\n    duration_minutes: 90\n    place: \"Länk kommer med sms\"\n    mode: video\n    convener:",
            ),
            ("bo kvar hemma.", "bo kvar hemma, 19121212-1212."),
            ("language: sv", "language: en"),
        ],
    )
}

#[test]
fn the_letter_says_when_where_who_why_what_to_prepare_and_whom_to_call() {
    let out = plan()
        .args(&["render", "2026-0042", "--letter", "--lang", "sv"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = &out.stdout;
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("<html lang=\"sv\" dir=\"ltr\">"), "{html}");
    for expected in [
        "Kallelse till SIP-möte",
        "Hej Tolvan Tolvansson!",
        "torsdag 2026-03-12",
        "kl. 14:00–15:30",
        "Så ansluter du",
        "Länk kommer med sms",
        "Mötet hålls via video.",
        // Who will come: every participant but the person.
        "Tolvina Tolvansson, dotter",
        "Erik Läkare, distriktsläkare, Vårdcentralen Ekbacken",
        "Maja Sköterska, sjuksköterska, Hemsjukvården",
        // What it is for, and the person's goals in their words.
        "Vad mötet handlar om",
        "Jag vill kunna bo kvar hemma",
        // Questions to prepare with.
        "Vad är viktigt för dig?",
        "Vad fungerar bra?",
        "Vad fungerar inte?",
        // The box, with the right to withdraw consent.
        "Det här är en SIP",
        "Du kan när som helst ta tillbaka ditt samtycke",
        "Du har rätt att få en egen kopia av planen.",
        // Whom to call.
        "Kontakta Sara Samordnare, biståndshandläggare, Socialtjänsten, Exempels kommun.",
        "010-123 45 67",
    ] {
        assert!(html.contains(expected), "`{expected}` missing:\n{html}");
    }
    assert!(
        !html.contains("<li>Tolvan Tolvansson"),
        "the person is not among the invited"
    );
    // No identity number, not even one written into a goal by mistake.
    assert!(!html.contains("1212-1212"), "{html}");
    // Nothing about needs or actions: the letter is about the meeting.
    assert!(
        !html.contains("hjärtsvikt") && !html.contains("Hemtjänst morgon"),
        "{html}"
    );
}

#[test]
fn in_the_persons_language_unless_told_and_in_every_format() {
    // person.language is en: the letter follows the person, not sip.toml.
    let test = plan().file("sip.toml", "lang = \"sv\"\n");
    let out = Test::at(test.path())
        .args(&["render", "2026-0042", "--letter", "--default-lang"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("<html lang=\"en\""), "{}", out.stdout);
    assert!(out.stdout.contains("Thursday 2026-03-12"), "{}", out.stdout);
    assert!(out.stdout.contains("What is important to you?"));
    let sv = Test::at(test.path())
        .args(&[
            "render",
            "2026-0042",
            "--letter",
            "--lang",
            "sv",
            "--format",
            "txt",
        ])
        .run();
    assert!(
        sv.stdout.starts_with("Kallelse till SIP-möte\n"),
        "{}",
        sv.stdout
    );
    // Read aloud as it stands: no drawn lines, and the print date is not
    // "Utskriven" (which reads as "discharged").
    assert!(!sv.stdout.contains("=="), "{}", sv.stdout);
    assert!(sv.stdout.contains("Utskriftsdatum"), "{}", sv.stdout);
    assert!(!sv.stdout.contains("Utskriven"), "{}", sv.stdout);
    assert!(
        sv.stdout.contains("Dag: torsdag 2026-03-12\n"),
        "{}",
        sv.stdout
    );
    let md = Test::at(test.path())
        .args(&["render", "2026-0042", "--letter", "--format", "md"])
        .run();
    assert!(
        md.stdout.starts_with("# Invitation to your SIP meeting\n"),
        "{}",
        md.stdout
    );
    assert!(
        md.stdout.contains("- **Time:** 14:00–15:30\n"),
        "{}",
        md.stdout
    );
}

#[test]
fn no_follow_up_to_come_is_refused_and_a_letter_never_lands_on_a_plan() {
    let test = plan();
    let out = Test::at(test.path())
        .args(&["--as-of", "2026-03-13", "render", "2026-0042", "--letter"])
        .run();
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        out.stderr.contains("no follow-up to come"),
        "{}",
        out.stderr
    );
    let out = Test::at(test.path())
        .args(&[
            "render",
            "2026-0042",
            "--letter",
            "-o",
            "plans/2026-0042.sip.yaml",
        ])
        .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    let out = Test::at(test.path())
        .args(&[
            "render",
            "2026-0042",
            "--letter",
            "-q",
            "-o",
            "rendered/kallelse.html",
        ])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let written = std::fs::read_to_string(test.path().join("rendered/kallelse.html")).unwrap();
    assert!(written.contains("Invitation to your SIP meeting") && !written.contains("1212-1212"));
}
