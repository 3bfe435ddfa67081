//! Hostile and broken input: each gets a finding or an error that names the
//! file (and the line where there is one), the right exit code, and no panic.

use super::support::{AS_OF, Output, Test};

fn check_file(name: &str, contents: impl AsRef<[u8]>) -> Output {
    Test::new()
        .file(&format!("plans/{name}"), contents)
        .args(&["check", "--as-of", AS_OF])
        .run()
}

/// Asserts one `yaml` finding at `line` and exit 1, and returns its message.
fn yaml_finding(out: &Output, name: &str, line: u32) -> String {
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    let first = out.stdout.lines().next().unwrap();
    let prefix = format!("plans/{name}:{line}:");
    assert!(first.starts_with(&prefix), "{first}");
    assert!(first.contains(": error[yaml]: "), "{first}");
    first.to_string()
}

#[test]
fn not_yaml() {
    let out = check_file("a.sip.yaml", "{{{ this is not: [yaml\n");
    yaml_finding(&out, "a.sip.yaml", 1);
}

#[test]
fn tabs_for_indentation() {
    let out = check_file("a.sip.yaml", "sip: 1\nperson:\n\tname: Ada\n");
    let line = yaml_finding(&out, "a.sip.yaml", 3);
    assert!(line.contains("tab"), "{line}");
}

#[test]
fn an_unclosed_quote() {
    let out = check_file("a.sip.yaml", "sip: 1\nid: \"2026-0042\nstatus: active\n");
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("error[yaml]"), "{}", out.stdout);
    assert!(
        out.stdout.starts_with("plans/a.sip.yaml:"),
        "{}",
        out.stdout
    );
}

#[test]
fn an_empty_file() {
    let out = check_file("a.sip.yaml", "");
    let line = yaml_finding(&out, "a.sip.yaml", 1);
    assert!(
        line.ends_with("the file is empty; a plan is a YAML mapping starting with `sip: 1`"),
        "{line}"
    );
}

#[test]
fn a_top_level_list_or_scalar() {
    let out = check_file("a.sip.yaml", "- sip: 1\n- id: x\n");
    assert!(yaml_finding(&out, "a.sip.yaml", 1).contains("not a mapping"));
    let out = check_file("a.sip.yaml", "just some text\n");
    assert!(yaml_finding(&out, "a.sip.yaml", 1).contains("not a mapping"));
}

#[test]
fn two_documents() {
    let out = check_file("a.sip.yaml", "sip: 1\n---\nsip: 1\n");
    assert!(yaml_finding(&out, "a.sip.yaml", 2).contains("second YAML document"));
}

#[test]
fn non_utf8_bytes() {
    let out = check_file("a.sip.yaml", b"sip: 1\nid: \xc3\x28\n".as_slice());
    assert!(yaml_finding(&out, "a.sip.yaml", 2).contains("not UTF-8"));
}

#[test]
fn a_billion_laughs() {
    let mut text = String::from("sip: 1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let p = i - 1;
        text.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let out = check_file("a.sip.yaml", text);
    let line = out.stdout.lines().next().unwrap().to_string();
    assert!(line.contains("more than 100000 values"), "{line}");
    assert_eq!(out.code, 1);
}

#[test]
fn twenty_thousand_levels_of_nesting() {
    let flow = format!("sip: {}{}\n", "[".repeat(20_000), "]".repeat(20_000));
    let out = check_file("a.sip.yaml", flow);
    yaml_finding(&out, "a.sip.yaml", 1);
    // Block style: compact nested lists, `- - - … x`, 20,000 deep on one line.
    let block = format!("sip:\n{}x\n", "- ".repeat(20_000));
    let out = check_file("b.sip.yaml", block);
    let line = yaml_finding(&out, "b.sip.yaml", 2);
    assert!(
        line.contains("nesting deeper than 64") || line.contains("recursion limit"),
        "{line}"
    );
}

#[test]
fn a_fifty_megabyte_file_is_refused_unread() {
    let big = vec![b'#'; 50 * 1024 * 1024];
    let out = check_file("big.sip.yaml", big);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with(
            "error: plans/big.sip.yaml: the file is 52428800 bytes, over the limit of 1048576"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn a_plan_file_that_is_a_folder() {
    let test = Test::new().file("plans/odd.sip.yaml/readme.txt", "x");
    let out = test.args(&["check", "--as-of", AS_OF]).run();
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        out.stderr
            .contains("plans/odd.sip.yaml: this is not a regular file"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_unreadable_file() {
    let test = Test::new().file("plans/secret.sip.yaml", "sip: 1\n");
    let path = test.path().join("plans/secret.sip.yaml");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&path).is_ok() {
            // Running as root: permissions do not stop reading. The symlink
            // loop in check.rs covers the unreadable case there.
            return;
        }
    }
    let out = test.args(&["check", "--as-of", AS_OF]).run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("plans/secret.sip.yaml: cannot read the file"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_path_that_does_not_exist() {
    let out = Test::new()
        .args(&["check", "--as-of", AS_OF, "plans/missing.sip.yaml"])
        .run();
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: `plans/missing.sip.yaml` does not exist\n"
    );
}

#[test]
fn more_plans_than_max_plans_stops_with_a_clear_message() {
    let t = Test::new()
        .file("sip.toml", "max_plans = 2\n")
        .plan("a.sip.yaml", &[])
        .plan("b.sip.yaml", &[])
        .plan("c.sip.yaml", &[]);
    for command in ["check", "list", "due"] {
        let out = Test::at(t.path()).args(&["--as-of", AS_OF, command]).run();
        assert_eq!(out.code, 2, "{command}");
        assert!(
            out.stderr.contains("more than 2 plans in one run"),
            "{command}: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains("max_plans"),
            "{command}: {}",
            out.stderr
        );
    }
    let fits = Test::at(t.path())
        .args(&[
            "--as-of",
            AS_OF,
            "check",
            "plans/a.sip.yaml",
            "plans/b.sip.yaml",
        ])
        .run();
    assert_ne!(fits.code, 2, "{}", fits.stderr);
}
