//! The most common YAML mistakes, and an unresolved merge conflict, each
//! said in plain words with its line, in Swedish and in English; the
//! parser's own wording only as a detail.

use crate::support::{BASE, Test};

/// (case, the broken text, the line named, Swedish words, English words).
fn cases() -> Vec<(&'static str, String, u32, &'static str, &'static str)> {
    vec![
        (
            "tab",
            BASE.replacen(
                "\n  principal: municipality",
                "\n\tprincipal: municipality",
                1,
            ),
            34,
            "tabbtecken som indrag",
            "a tab is used for indentation",
        ),
        (
            "missing colon",
            BASE.replacen("status: active", "status active", 1),
            7,
            "en nyckel saknar kolon",
            "a key is missing its colon",
        ),
        (
            "unclosed double quote",
            BASE.replacen("organisation: ", "organisation: \"Oops ", 1),
            35,
            "öppnas här men stängs inte",
            "is opened here and not closed",
        ),
        (
            "unclosed single quote",
            BASE.replacen("organisation: ", "organisation: 'Oops ", 1),
            35,
            "öppnas här men stängs inte",
            "is opened here and not closed",
        ),
        (
            "colon inside a value",
            BASE.replacen("reason:", "reason: Tid: 10:00 och sen: mer\n  xreason:", 1),
            29,
            "sätt värdet inom citattecken",
            "put the value in quotes",
        ),
        (
            "indented too far",
            BASE.replacen(
                "\n  principal: municipality",
                "\n   principal: municipality",
                1,
            ),
            35,
            "indragen annorlunda",
            "indented differently",
        ),
        (
            "unclosed list",
            BASE.replacen("goals: [M1]", "goals: [M1", 1),
            49,
            "stängs inte",
            "is not closed",
        ),
        (
            "duplicate key",
            BASE.replacen("status: active", "status: active\nstatus: draft", 1),
            6,
            "finns två gånger (första på rad 5)",
            "duplicate key `status` (first at line 5)",
        ),
        (
            "second document",
            format!("{BASE}---\na: 1\n"),
            BASE.lines().count() as u32 + 1,
            "ett andra YAML-dokument",
            "a second YAML document",
        ),
        (
            "only comments",
            "# bara en kommentar\n".to_owned(),
            1,
            "bara kommentarer",
            "only comments",
        ),
        (
            "empty file",
            String::new(),
            1,
            "filen är tom",
            "the file is empty",
        ),
        (
            "not a mapping",
            "- a\n- b\n".to_owned(),
            1,
            "ingen mappning",
            "not a mapping",
        ),
        (
            "merge conflict",
            BASE.replacen(
                "status: active",
                "<<<<<<< HEAD\nstatus: active\n=======\nstatus: draft\n>>>>>>> other",
                1,
            ),
            5,
            "olöst sammanslagningskonflikt",
            "unresolved merge conflict",
        ),
    ]
}

#[test]
fn each_common_mistake_is_said_in_plain_words_with_its_line_in_both_languages() {
    for (case, text, line, sv, en) in cases() {
        let t = Test::new().file("plans/2026-0042.sip.yaml", &text);
        for (lang, words) in [("sv", sv), ("en", en)] {
            let out = Test::at(t.path())
                .args(&["--lang", lang, "check", "--format", "json"])
                .run();
            assert_eq!(out.code, 1, "{case} {lang}: {}", out.stderr);
            let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
            let d = &v["diagnostics"][0];
            assert_eq!(d["rule"], "yaml", "{case} {lang}: {d}");
            assert_eq!(d["line"], line, "{case} {lang}: {d}");
            let message = d["message"].as_str().unwrap();
            assert!(message.contains(words), "{case} {lang}: {message}");
        }
    }
}

#[test]
fn list_due_and_render_say_the_same_about_a_conflict() {
    let conflicted = BASE.replacen(
        "status: active",
        "<<<<<<< HEAD\nstatus: active\n=======\nstatus: draft\n>>>>>>> other",
        1,
    );
    let t = Test::new().file("plans/2026-0042.sip.yaml", &conflicted);
    for command in [&["list"][..], &["due"], &["render", "2026-0042"]] {
        let out = Test::at(t.path()).args(command).run();
        assert!(
            out.stderr.contains("5:1: unresolved merge conflict"),
            "{command:?}: {}",
            out.stderr
        );
    }
}
