use super::support::sip_here;

#[test]
fn explains_one_rule_with_severity_and_source() {
    let out = sip_here(&["explain", "SIP014"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("SIP014 (no-open-follow-up)"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("Severity: error (warning in draft)"));
    assert!(out.stdout.contains("Source:   regional guidance"));
    assert!(
        out.stdout
            .contains("An `active` plan has at least one open follow-up")
    );
}

#[test]
fn lists_every_rule_without_an_argument() {
    let out = sip_here(&["explain"]);
    assert_eq!(out.code, 0);
    for n in 1..=33 {
        assert!(
            out.stdout.contains(&format!("SIP{n:03}")),
            "SIP{n:03} missing"
        );
    }
}

#[test]
fn an_unknown_rule_is_exit_2_with_a_suggestion() {
    let out = sip_here(&["explain", "no-open-folow-up"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: unknown rule `no-open-folow-up`\nhint: did you mean `no-open-follow-up`?\n"
    );
}
