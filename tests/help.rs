//! `--help` shows an example for every command; completions and the man page
//! come from the same definition.

use crate::support::Test;

const COMMANDS: [&str; 14] = [
    "init",
    "new",
    "list",
    "due",
    "check",
    "render",
    "diff",
    "log",
    "retention",
    "explain",
    "schema",
    "completions",
    "man",
    "help",
];

#[test]
fn every_command_has_an_example_in_its_help() {
    let top = Test::new().args(&["--help"]).run();
    assert_eq!(top.code, 0);
    for command in &COMMANDS[..13] {
        assert!(
            top.stdout.contains(&format!("  {command}")),
            "{command} in sip --help"
        );
        let out = Test::new().args(&[command, "--help"]).run();
        assert_eq!(out.code, 0, "{command}");
        let examples = out
            .stdout
            .split_once("Example")
            .map(|(_, e)| e)
            .unwrap_or_default();
        assert!(
            examples.contains(&format!("sip {command}")),
            "`sip {command} --help` shows no example:\n{}",
            out.stdout
        );
    }
    // The git diff driver is for git, not for people.
    assert!(!top.stdout.contains("git-diff"));
}

#[test]
fn completions_name_every_command_and_are_valid_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = Test::new().args(&["completions", shell]).run();
        assert_eq!(out.code, 0, "{shell}");
        for command in ["check", "render", "diff", "due"] {
            assert!(out.stdout.contains(command), "{shell} lacks {command}");
        }
    }
    let bash = Test::new().args(&["completions", "bash"]).run().stdout;
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("sip.bash");
    std::fs::write(&script, bash).unwrap();
    let syntax = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .status()
        .unwrap();
    assert!(syntax.success(), "bash -n rejects the completion script");
}

#[test]
fn the_man_page_is_roff_for_section_1() {
    let out = Test::new().args(&["man"]).run();
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains(".TH sip 1"), "{}", &out.stdout[..200]);
    assert!(out.stdout.contains("render"));
}
