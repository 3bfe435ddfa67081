//! `sip invite`: an iCalendar invitation to a follow-up meeting, with a UID
//! and SEQUENCE from the plan's history, and nothing in it but the plan id,
//! initials, time, place and who is invited.

use crate::support::{BASE, Repo};

const PLAN: &str = "plans/2026-0042.sip.yaml";

/// The base plan with a follow-up on `date` at `time` in `place`, a lead
/// contact with an e-mail and three participants with one.
fn ready(date: &str, time: &str, place: &str) -> Vec<(String, String)> {
    vec![
        (
            "  - date: 2026-03-12\n    convener:".into(),
            format!(
                "  - date: {date}\n    time: \"{time}\"\n    place: \"{place}\"\n    mode: video\n    convener:"
            ),
        ),
        (
            "phone: \"010-123 45 67\" }".into(),
            "phone: \"010-123 45 67\", email: sara.samordnare@example.se }".into(),
        ),
        (
            "role: dotter, attended: true }".into(),
            "role: dotter, attended: true, email: tolvina@example.se }".into(),
        ),
        (
            "organisation: Vårdcentralen Ekbacken, attended: true }".into(),
            "organisation: Vårdcentralen Ekbacken, attended: true, email: erik.lakare@example.se }"
                .into(),
        ),
        (
            "absence_reason: sjuk }".into(),
            "absence_reason: sjuk, email: maja.skoterska@example.se }".into(),
        ),
    ]
}

fn write(repo: &Repo, edits: &[(String, String)]) {
    let edits: Vec<(&str, &str)> = edits
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    repo.plan(PLAN, &edits);
}

/// The unfolded content line that starts with `name`.
fn line<'a>(ics: &'a str, name: &str) -> &'a str {
    ics.split("\r\n")
        .find(|l| l.starts_with(name))
        .unwrap_or_else(|| panic!("no {name} in {ics}"))
}

fn invite(repo: &Repo, args: &[&str]) -> String {
    let mut all = vec!["invite", "2026-0042"];
    all.extend_from_slice(args);
    let out = repo.sip(&all);
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.stdout.replace("\r\n ", "")
}

#[test]
fn a_request_with_organizer_attendees_and_the_time_zone() {
    let mut repo = Repo::new();
    write(
        &repo,
        &ready("2026-03-12", "14:00", "Vårdcentralen Ekbacken, rum 3"),
    );
    repo.commit("Sara Samordnare", "Ny plan");
    let ics = invite(&repo, &[]);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.contains("METHOD:REQUEST\r\n"), "{ics}");
    assert!(
        ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n"),
        "{ics}"
    );
    assert!(
        ics.contains("DTSTART;TZID=Europe/Stockholm:20260312T140000\r\n"),
        "{ics}"
    );
    assert!(
        ics.contains("DTEND;TZID=Europe/Stockholm:20260312T150000\r\n"),
        "{ics}"
    );
    assert!(
        ics.contains("LOCATION:Vårdcentralen Ekbacken\\, rum 3\r\n"),
        "{ics}"
    );
    assert_eq!(
        line(&ics, "ORGANIZER"),
        "ORGANIZER;CN=\"S. S.\":mailto:sara.samordnare@example.se"
    );
    let attendees: Vec<&str> = ics
        .split("\r\n")
        .filter(|l| l.starts_with("ATTENDEE"))
        .collect();
    assert_eq!(attendees.len(), 3, "{ics}");
    assert!(
        attendees.iter().all(|a| a.contains("RSVP=TRUE")),
        "{attendees:?}"
    );
    assert!(
        attendees[1].ends_with(";CN=\"E. L.\":mailto:erik.lakare@example.se"),
        "{attendees:?}"
    );
    assert!(
        ics.contains("SUMMARY:SIP meeting: plan 2026-0042 (T. T.)\r\n"),
        "{ics}"
    );
    assert!(ics.contains("Mode: video"), "{ics}");
    assert_eq!(line(&ics, "SEQUENCE"), "SEQUENCE:0");
    assert!(line(&ics, "UID:2026-0042.follow_up.2026-03-12.invite@").ends_with(".sip.invalid"));
}

#[test]
fn moving_the_meeting_keeps_the_uid_and_raises_the_sequence_and_cancel_keeps_the_uid() {
    let mut repo = Repo::new();
    write(&repo, &ready("2026-03-12", "14:00", "Rum 3"));
    repo.commit("Sara Samordnare", "Ny plan");
    let first = invite(&repo, &[]);
    let uid = line(&first, "UID:").to_owned();

    // Another change to the plan: same SEQUENCE.
    let mut edits = ready("2026-03-12", "14:00", "Rum 3");
    edits.push(("Läkarbesök var".into(), "Läkarbesök ungefär var".into()));
    write(&repo, &edits);
    repo.commit("Sara Samordnare", "Ordval");
    assert_eq!(line(&invite(&repo, &[]), "SEQUENCE"), "SEQUENCE:0");

    // A new time: SEQUENCE 1.
    write(&repo, &ready("2026-03-12", "15:00", "Rum 3"));
    repo.commit("Sara Samordnare", "Ny tid");
    let second = invite(&repo, &[]);
    assert_eq!(line(&second, "UID:"), uid);
    assert_eq!(line(&second, "SEQUENCE"), "SEQUENCE:1");

    // A new date, and the follow-up named by it: the same meeting, SEQUENCE 2.
    write(&repo, &ready("2026-03-19", "15:00", "Rum 3"));
    repo.commit("Sara Samordnare", "Nytt datum");
    let third = invite(&repo, &["--follow-up", "2026-03-19"]);
    assert_eq!(line(&third, "UID:"), uid);
    assert_eq!(line(&third, "SEQUENCE"), "SEQUENCE:2");
    assert!(third.contains("DTSTART;TZID=Europe/Stockholm:20260319T150000\r\n"));

    // A new place in the work tree, not committed yet: SEQUENCE 3 already.
    write(&repo, &ready("2026-03-19", "15:00", "Rum 4"));
    assert_eq!(line(&invite(&repo, &[]), "SEQUENCE"), "SEQUENCE:3");
    repo.commit("Sara Samordnare", "Ny plats");
    assert_eq!(line(&invite(&repo, &[]), "SEQUENCE"), "SEQUENCE:3");

    // Cancelled: the same UID, one step further.
    let cancel = invite(&repo, &["--follow-up", "2026-03-19", "--cancel"]);
    assert!(cancel.contains("METHOD:CANCEL\r\n"), "{cancel}");
    assert!(cancel.contains("STATUS:CANCELLED\r\n"), "{cancel}");
    assert_eq!(line(&cancel, "UID:"), uid);
    assert_eq!(line(&cancel, "SEQUENCE"), "SEQUENCE:4");

    // Removed from the plan, it can still be cancelled by its last date.
    write(&repo, &ready("2026-03-19", "15:00", "Rum 4"));
    let text = std::fs::read_to_string(repo.path().join(PLAN)).unwrap();
    let start = text.find("follow_ups:").unwrap();
    let end = text.find("shared:").unwrap();
    let removed = format!("{}follow_ups: []\n\n{}", &text[..start], &text[end..]);
    repo.write(PLAN, &removed);
    repo.commit("Sara Samordnare", "Mötet ställs in");
    let after = invite(&repo, &["--follow-up", "2026-03-19", "--cancel"]);
    assert_eq!(line(&after, "UID:"), uid);
    let out = repo.sip(&["invite", "2026-0042", "--follow-up", "2026-03-19"]);
    assert_eq!(
        out.code, 2,
        "a request for a follow-up no longer in the plan: {}",
        out.stdout
    );
}

#[test]
fn an_invitation_names_no_one_but_by_initials_and_nothing_about_needs_or_health() {
    let mut repo = Repo::new();
    write(&repo, &ready("2026-03-12", "14:00", "Rum 3"));
    repo.commit("Sara Samordnare", "Ny plan");
    let request = invite(&repo, &[]);
    let cancel = invite(&repo, &["--cancel"]);
    for ics in [&request, &cancel] {
        // Every name in the plan, every free text about the person, the
        // identity number in any form.
        let mut forbidden: Vec<&str> = vec![
            "19121212-1212",
            "191212121212",
            "121212-1212",
            "1212",
            "Tolvan Tolvansson",
            "Tolvina Tolvansson",
            "Sara Samordnare",
            "Erik Läkare",
            "Maja Sköterska",
            "Ali Hemtjänst",
            "Får delas mellan",
            "psykiatrin",
            "fallolycka",
            "Jag vill kunna bo kvar hemma",
            "personlig hygien",
            "hjärtsvikt",
            "Hemtjänst morgon",
            "Läkarbesök",
            "Hemtjänsten Norr",
            "Vårdcentralen Ekbacken",
            "Hemsjukvården",
        ];
        // Surnames and first names alone.
        forbidden.extend([
            "Tolvan",
            "Tolvansson",
            "Tolvina",
            "Sara",
            "Samordnare",
            "Erik",
            "Läkare",
            "Maja",
            "Sköterska",
        ]);
        for word in forbidden {
            // E-mail addresses hold names by necessity (they are where the
            // invitation goes); everything else may not.
            let without_addresses: String = ics
                .split("\r\n")
                .map(|l| l.split("mailto:").next().unwrap())
                .collect::<Vec<_>>()
                .join("\n");
            assert!(!without_addresses.contains(word), "`{word}` in\n{ics}");
        }
    }
}

#[test]
fn refused_without_a_time_an_organizer_or_anyone_to_invite() {
    let mut repo = Repo::new();
    repo.plan(PLAN, &[]);
    repo.commit("Sara Samordnare", "Ny plan");
    let out = repo.sip(&["invite", "2026-0042"]);
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr
            .contains("the follow-up on 2026-03-12 in plan 2026-0042 has no time"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("time: \"HH:MM\""), "{}", out.stderr);

    let mut edits = ready("2026-03-12", "14:00", "Rum 3");
    edits.remove(1); // no e-mail for the lead contact
    write(&repo, &edits);
    let out = repo.sip(&["invite", "2026-0042"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("organizer_email"), "{}", out.stderr);
    repo.write("sip.toml", "organizer_email = \"sip@exempels.example\"\n");
    let ics = invite(&repo, &[]);
    assert_eq!(
        line(&ics, "ORGANIZER"),
        "ORGANIZER;CN=\"S. S.\":mailto:sip@exempels.example"
    );

    let only_time = vec![ready("2026-03-12", "14:00", "Rum 3").remove(0)];
    write(&repo, &only_time);
    let out = repo.sip(&["invite", "2026-0042"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("no participant"), "{}", out.stderr);

    let out = repo.sip(&["invite", "2026-0042", "--follow-up", "2026-04-01"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("2026-03-12"),
        "names the open follow-ups: {}",
        out.stderr
    );
    // Past its date and not named: no follow-up to come.
    let out = repo.sip(&["--as-of", "2026-04-01", "invite", "2026-0042"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("no follow-up to come"),
        "{}",
        out.stderr
    );
}

#[test]
fn written_atomically_and_never_onto_a_plan() {
    let mut repo = Repo::new();
    write(&repo, &ready("2026-03-12", "14:00", "Rum 3"));
    repo.write(".gitignore", "kallelser/\n");
    repo.commit("Sara Samordnare", "Ny plan");
    let out = repo.sip(&["invite", "2026-0042", "-o", "kallelser/2026-0042.ics"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains("SEQUENCE 0"), "{}", out.stderr);
    let written = std::fs::read_to_string(repo.path().join("kallelser/2026-0042.ics")).unwrap();
    assert!(written.contains("METHOD:REQUEST\r\n"));
    let before = std::fs::read_to_string(repo.path().join(PLAN)).unwrap();
    for target in [PLAN, "plans/other.sip.yaml", "19121212-1212.ics"] {
        let out = repo.sip(&["invite", "2026-0042", "-o", target]);
        assert_eq!(out.code, 2, "{target}: {}", out.stderr);
    }
    assert_eq!(
        std::fs::read_to_string(repo.path().join(PLAN)).unwrap(),
        before
    );
    assert!(!repo.path().join("19121212-1212.ics").exists());
}

#[test]
fn needs_a_git_repository() {
    let test = crate::support::Test::new().file(PLAN, BASE);
    let out = test.args(&["invite", "2026-0042"]).run();
    assert_eq!(out.code, 2, "{}", out.stdout);
}
