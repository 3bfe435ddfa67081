//! The printed plan says what is true, in the person's terms: one test per
//! wrong or misleading statement found in a reading of every example (issue
//! "The printed plan, right for the person"), each in every format, and that
//! html, md and txt carry the same facts.

use crate::support::{Test, sip_here};

const FORMATS: [&str; 3] = ["html", "md", "txt"];

/// The base plan with `edits`, rendered in `format` and `lang` (check date
/// 2026-02-01).
fn render(edits: &[(&str, &str)], lang: &str, format: &str) -> String {
    let out = Test::new()
        .plan("2026-0042.sip.yaml", edits)
        .args(&["--lang", lang, "render", "2026-0042", "--format", format])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.stdout
}

/// Every format in Swedish.
fn every_format(edits: &[(&str, &str)]) -> Vec<(&'static str, String)> {
    FORMATS
        .iter()
        .map(|f| (*f, render(edits, "sv", f)))
        .collect()
}

/// The part of a document from the heading `from` to the next heading
/// after it (any of `next`).
fn section<'a>(doc: &'a str, from: &str, next: &[&str]) -> &'a str {
    let start = doc
        .find(from)
        .unwrap_or_else(|| panic!("no `{from}` in\n{doc}"));
    let rest = &doc[start + from.len()..];
    let end = next
        .iter()
        .filter_map(|n| rest.find(n))
        .min()
        .unwrap_or(rest.len());
    &rest[..end]
}

// 1. A draft without consent yet does not read as a refusal.
#[test]
fn consent_not_given_yet_is_not_a_no() {
    let edits = [
        ("status: active", "status: draft"),
        ("  given: true", "  given: false"),
        ("established: 2026-01-12\n", ""),
    ];
    for (format, doc) in every_format(&edits) {
        assert!(
            doc.contains("Samtycke till planen har inte lämnats än."),
            "{format}\n{doc}"
        );
        assert!(!doc.contains("Samtycke till planen: nej"), "{format}");
        assert!(!doc.contains("Samtycke till planen | nej"), "{format}");
        let consent = section(&doc, "Samtycke", &["Så kom planen till"]);
        assert!(!consent.contains(" nej"), "{format}: {consent}");
    }
}

// 2. Withdrawn consent is said once, plainly: no "yes" beside it.
#[test]
fn withdrawn_consent_is_said_once() {
    let edits = [("withdrawn: null", "withdrawn: 2026-01-20")];
    for (format, doc) in every_format(&edits) {
        let consent = section(&doc, "Samtycke", &["Så kom planen till"]);
        assert!(
            consent.contains("Samtycket till planen återkallades 2026-01-20."),
            "{format}: {consent}"
        );
        assert!(!consent.contains("Du gav"), "{format}: {consent}");
        assert!(!consent.contains(" ja"), "{format}: {consent}");
        assert_eq!(
            consent.matches("återkall").count(),
            1,
            "{format}: {consent}"
        );
        assert!(!consent.contains("Återkallat"), "{format}");
    }
}

// 3. `consent.expires` is the first day without consent.
#[test]
fn consent_runs_up_to_and_including_the_day_before_expires() {
    for (format, doc) in every_format(&[]) {
        assert!(
            doc.contains("Samtycket gäller till och med 2027-01-07."),
            "{format}"
        );
        assert!(
            !doc.contains("2027-01-08"),
            "{format}: the first day without consent is not printed as valid"
        );
    }
    // After it, the page says it ended (and not that it was given).
    let out = Test::new()
        .plan("2026-0042.sip.yaml", &[])
        .args(&[
            "--lang",
            "sv",
            "--as-of",
            "2027-02-01",
            "render",
            "2026-0042",
            "--format",
            "txt",
        ])
        .run();
    assert!(
        out.stdout
            .contains("Samtycket upphörde att gälla 2027-01-08."),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("Du gav"), "{}", out.stdout);
}

// 4. A samordningsnummer is called that, in both languages.
#[test]
fn a_coordination_number_is_not_called_a_personal_identity_number() {
    let edits = [(
        "personal_id: \"19121212-1212\"",
        "personal_id: \"19121272-1219\"",
    )];
    for (format, doc) in every_format(&edits) {
        assert!(doc.contains("Samordningsnummer"), "{format}");
        assert!(!doc.contains("Personnummer"), "{format}");
    }
    let en = render(&edits, "en", "txt");
    assert!(en.contains("Coordination number: 19121272-1219"), "{en}");
    assert!(!en.contains("Personal identity number"), "{en}");
    // A personnummer keeps its name.
    assert!(render(&[], "sv", "txt").contains("Personnummer: 19121212-1212"));
}

// 5. Whom to call: every action names someone; no "contact them" without a name.
#[test]
fn every_action_names_whom_to_call_and_no_contact_means_no_empty_promise() {
    for (format, doc) in every_format(&[]) {
        // I2 has no contact of its own: the coordinator of the plan.
        assert!(
            doc.contains("Sara Samordnare, biståndshandläggare, 010-123 45 67 (samordnar planen)"),
            "{format}\n{doc}"
        );
        assert!(
            doc.contains("Kontakta Sara Samordnare (biståndshandläggare) om du har frågor"),
            "{format}"
        );
    }
    let edits = [(
        "  contact: { name: Sara Samordnare, role: biståndshandläggare, phone: \"010-123 45 67\" }\n",
        "",
    )];
    for (format, doc) in every_format(&edits) {
        assert!(
            !doc.contains("Kontakta "),
            "{format}: a call to no one\n{doc}"
        );
        assert!(!doc.contains("Kontakta den"), "{format}");
        assert!(
            doc.contains(
                "Huvudansvaret för planen har kommunen, genom Socialtjänsten, Exempels kommun."
            ),
            "{format}"
        );
    }
    // The coordinator hears it from check (SIP033), not the person.
    let out = Test::new()
        .plan("2026-0042.sip.yaml", &edits)
        .args(&["check", "--format", "json"])
        .run();
    assert!(out.stdout.contains("\"SIP033\""), "{}", out.stdout);
}

// 6. No heading over nothing.
#[test]
fn empty_sections_are_left_out() {
    let edits = [
        (
            "goals:\n  - { id: M1, text: \"Jag vill kunna bo kvar hemma.\" }\n",
            "goals: []\n",
        ),
        (", goals: [M1] }", " }"),
        ("participants:\n", "participants: []\nx-old-participants:\n"),
    ];
    for (format, doc) in every_format(&edits) {
        assert!(!doc.contains("Mina mål"), "{format}\n{doc}");
        assert!(!doc.contains("Det här vill jag uppnå"), "{format}");
        assert!(!doc.contains("Deltagare"), "{format}");
    }
}

// 7. An action by others is printed once, said in words a reader understands.
#[test]
fn an_action_by_others_is_printed_once_in_plain_words() {
    let action = "  - id: I3\n    text: Extra stöd i klassrummet.\n    needs: [B1]\n    responsible: { principal: other, service: school, organisation: Exempelskolan }\n    start: 2026-03-01\n    status: planned\n";
    let edits = [("\nfollow_ups:", &*format!("{action}\nfollow_ups:"))];
    for (format, doc) in every_format(&edits) {
        assert_eq!(
            doc.matches("Extra stöd i klassrummet.").count(),
            1,
            "{format}\n{doc}"
        );
        assert!(
            doc.contains("Görs av någon annan än kommunen och regionen"),
            "{format}"
        );
        for meaningless in ["(Annan)", "Annan, Skola", "Insatser av andra"] {
            assert!(!doc.contains(meaningless), "{format}: {meaningless}");
        }
    }
}

// 8. Participants: the role is the role, never the kind twice or the principal.
#[test]
fn participants_show_their_role_once_and_attendance_alike() {
    let edits = [("kind: region, role: distriktsläkare, ", "kind: region, ")];
    let docs = every_format(&edits);
    for (format, doc) in &docs {
        assert!(!doc.contains("Personen | Personen"), "{format}");
        assert!(!doc.contains("Personen</td><td>Personen"), "{format}");
        let people = section(doc, "Deltagare", &["Planen har lämnats till"]);
        assert!(
            !people.contains("Regionen"),
            "{format}: principal as a role\n{people}"
        );
        assert!(people.contains("nej (sjuk)"), "{format}: {people}");
    }
    let md = &docs[1].1;
    let html = &docs[0].1;
    assert!(
        md.contains("| Erik Läkare | – | Vårdcentralen Ekbacken | ja |"),
        "{md}"
    );
    assert!(
        html.contains("<td>Erik Läkare</td><td>–</td><td>Vårdcentralen Ekbacken</td><td>ja</td>"),
        "{html}"
    );
}

// 9. Each fact under its own heading; a guardian who got the plan is named.
#[test]
fn history_and_copies_stand_under_their_own_headings() {
    let edits = [
        (
            "guardians: []",
            "guardians:\n  - { name: Anna Exempel, phone: \"070-000 00 01\" }",
        ),
        (
            "  - { to: person, date: 2026-01-12 }",
            "  - { to: person, date: 2026-01-12 }\n  - { to: guardian, date: 2026-01-13 }",
        ),
        ("status: active", "status: closed"),
        (
            "closed: null",
            "closed: { date: 2026-01-30, reason: Flyttat }",
        ),
    ];
    for (format, doc) in every_format(&edits) {
        let history = section(&doc, "Så kom planen till", &["Deltagare"]);
        assert!(
            history.contains("Behovet av en SIP togs upp 2026-01-05"),
            "{format}: {history}"
        );
        assert!(
            history.contains("Planen avslutades 2026-01-30."),
            "{format}: {history}"
        );
        let people = section(&doc, "Deltagare", &["Planen har lämnats till"]);
        assert!(!people.contains("togs upp"), "{format}");
        let copies = section(&doc, "Planen har lämnats till", &["Underskrifter"]);
        assert!(
            copies.contains("Vårdnadshavare: Anna Exempel, 2026-01-13"),
            "{format}: {copies}"
        );
        assert!(!copies.contains("avslutades"), "{format}: {copies}");
    }
}

// 10. The same signature block in every format.
#[test]
fn signature_lines_are_the_same_in_every_format() {
    for (format, doc) in every_format(&[]) {
        let signatures = section(&doc, "Underskrifter", &["</section>"]);
        // The person (name printed) and the organisations: lead,
        // Vårdcentralen Ekbacken, Hemsjukvården, each with a name in block letters.
        assert_eq!(
            signatures.matches("Namnförtydligande").count(),
            3,
            "{format}\n{signatures}"
        );
        assert_eq!(
            signatures.matches("Underskrift").count(),
            4,
            "{format}\n{signatures}"
        );
        assert_eq!(
            signatures.matches("Datum").count(),
            4,
            "{format}\n{signatures}"
        );
    }
}

// 11. Words that mislead in a plan about a hospital stay, and what SIP is.
#[test]
fn words_that_do_not_mislead() {
    let edits = [(
        "    held: null\n    outcome: null",
        "    held: 2026-03-12\n    outcome: Allt fungerar.",
    )];
    for (format, doc) in every_format(&edits) {
        assert!(doc.contains("Utskriftsdatum"), "{format}");
        assert!(!doc.contains("Utskriven"), "{format}");
        assert!(doc.contains("Planen gäller för"), "{format}");
        assert!(
            doc.contains("Du gav ditt muntliga samtycke till planen 2026-01-08."),
            "{format}"
        );
        for old in ["Givet", "Inte hållen ännu", "Resultat", "Hölls"] {
            assert!(!doc.contains(old), "{format}: {old}");
        }
        assert!(doc.contains("Det här kom vi fram till"), "{format}");
        assert!(doc.contains("Mötet hölls 2026-03-12."), "{format}");
        assert!(doc.contains("Det här är en SIP"), "{format}");
        assert!(
            doc.contains("Du kan när som helst ta tillbaka ditt samtycke"),
            "{format}"
        );
        assert!(
            doc.contains("Du har rätt att få en egen kopia av planen."),
            "{format}"
        );
    }
}

// 12. One guardian is one guardian in English.
#[test]
fn one_guardian_is_a_guardian_in_english() {
    let edits = [("guardians: []", "guardians:\n  - { name: Anna Exempel }")];
    let doc = render(&edits, "en", "txt");
    assert!(doc.contains("Guardian: Anna Exempel"), "{doc}");
    assert!(!doc.contains("Guardians"), "{doc}");
}

// 13. The field reference says who is told that a patient is ready.
#[test]
fn ready_notified_is_the_notice_to_the_municipality_and_outpatient_care() {
    let fields =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/fields.md")).unwrap();
    let line = fields
        .lines()
        .find(|l| l.starts_with("| `ready_notified`"))
        .unwrap();
    assert!(line.contains("municipality and outpatient care"), "{line}");
    assert!(!line.contains("patient was notified"), "{line}");
}

/// Page one is the person's: goals, next meeting, whom to call, what
/// happens next and what a SIP is come before the needs and actions.
#[test]
fn page_one_comes_first() {
    let edits = [(
        "  - date: 2026-03-12\n",
        "  - date: 2026-03-12\n    time: \"14:00\"\n    place: Vårdcentralen Ekbacken, rum 3\n    mode: in_person\n",
    )];
    for (format, doc) in every_format(&edits) {
        let at = |s: &str| {
            doc.find(s)
                .unwrap_or_else(|| panic!("{format}: no {s}\n{doc}"))
        };
        let order = [
            at("Jag vill kunna bo kvar hemma."),
            at("2026-03-12"),
            at("kl. 14:00–15:00"),
            at("Kontakta Sara Samordnare"),
            at("2026-06-30: Hemtjänst morgon och kväll avslutas"),
            at("Det här är en SIP"),
            at("Hjälp med personlig hygien"),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{format}: {order:?}");
    }
}

/// html, md and txt say the same sentences for every example.
#[test]
fn every_format_carries_the_same_facts() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/plans");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let file = path.to_str().unwrap();
        for lang in ["sv", "en"] {
            let doc = |format: &str| {
                sip_here(&[
                    "--as-of",
                    "2026-11-27",
                    "--lang",
                    lang,
                    "render",
                    file,
                    "--format",
                    format,
                ])
                .stdout
            };
            let txt = doc("txt");
            let md = doc("md").replace('\\', "");
            let html = doc("html")
                .replace("&#x27;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
            // Every sentence of the text format (a line ending in a full
            // stop, without its list marker) is in the others.
            let mut sentences = 0;
            for line in txt.lines() {
                let line = line.trim().trim_start_matches("- ");
                if line.len() < 20 || !line.ends_with('.') || line.contains(": ") {
                    continue;
                }
                sentences += 1;
                assert!(md.contains(line), "{file} {lang}: md lacks {line:?}");
                assert!(html.contains(line), "{file} {lang}: html lacks {line:?}");
            }
            assert!(sentences >= 8, "{file} {lang}: only {sentences} sentences");
        }
    }
}
