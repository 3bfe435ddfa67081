//! `sip man [COMMAND]` and `sip man --dir DIR`: one page per command, and
//! every page named anywhere (COMMANDS, SEE ALSO) exists.

use super::support::Test;

/// The pages a roff page names: `\fBsip\-check\fR(1)` or `sip\-check(1)`.
fn named_pages(page: &str) -> Vec<String> {
    let plain = page
        .replace("\\fB", "")
        .replace("\\fR", "")
        .replace("\\-", "-");
    plain
        .match_indices("(1)")
        .map(|(i, _)| {
            let before = &plain[..i];
            let start = before
                .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .map_or(0, |s| s + 1);
            before[start..].to_owned()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

#[test]
fn every_page_named_in_see_also_exists() {
    let test = Test::new().args(&["man", "--dir", "man1"]);
    let out = test.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let dir = test.path().join("man1");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    for command in [
        "check", "list", "due", "stats", "render", "diff", "log", "man",
    ] {
        assert!(files.contains(&format!("sip-{command}.1")), "{files:?}");
    }
    assert!(
        !files
            .iter()
            .any(|f| f.contains("git-diff") || f.contains("help")),
        "{files:?}"
    );
    let mut named_total = 0;
    for file in &files {
        let page = std::fs::read_to_string(dir.join(file)).unwrap();
        assert!(page.contains(".SH \"SEE ALSO\""), "{file} has no SEE ALSO");
        let named = named_pages(&page);
        assert!(!named.is_empty(), "{file} names no page");
        for name in named {
            named_total += 1;
            assert!(
                files.contains(&format!("{name}.1")),
                "{file} names {name}(1), which sip man --dir did not write"
            );
        }
    }
    // sip.1 names every command twice (COMMANDS, SEE ALSO).
    let main = named_pages(&std::fs::read_to_string(dir.join("sip.1")).unwrap());
    assert_eq!(main.len(), 2 * (files.len() - 1), "{main:?}");
    assert!(named_total > files.len() * 5);
}

#[test]
fn one_command_s_page_is_the_one_written_to_the_folder() {
    let test = Test::new().args(&["man", "--dir", "m"]);
    assert_eq!(test.run().code, 0);
    let out = Test::at(test.path()).args(&["man", "check"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains(".TH sip-check 1"), "{}", out.stdout);
    assert!(out.stdout.contains("show\\-source"), "{}", out.stdout);
    let written = std::fs::read_to_string(test.path().join("m/sip-check.1")).unwrap();
    assert_eq!(out.stdout, written);

    let out = Test::new().args(&["man", "chek"]).run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("check"), "{}", out.stderr);
}
