//! Ids that do not collide: across clones (a prefix per unit, branches the
//! clone knows) and across `sip new` runs started at the same moment.

use crate::support::{AS_OF, Test};
use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=Sara Samordnare",
            "-c",
            "user.email=sara@example.se",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn new_id(dir: &Path) -> String {
    let out = Test::at(dir).args(&["-q", "new", "--no-input"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut ids: Vec<String> = std::fs::read_dir(dir.join("plans"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".sip.yaml"))
        .collect();
    ids.sort();
    ids.last().unwrap().trim_end_matches(".sip.yaml").to_owned()
}

#[test]
fn two_clones_get_different_ids_with_a_prefix_and_once_they_have_fetched() {
    let origin = tempfile::tempdir().unwrap();
    let o = origin.path();
    git(o, &["init", "-q", "-b", "main"]);
    let t = Test::at(o).args(&["-q", "new", "--no-input"]).run();
    assert_eq!(t.code, 0, "{}", t.stderr);
    git(o, &["add", "-A"]);
    git(o, &["commit", "-q", "-m", "Första planen"]);
    let clones = tempfile::tempdir().unwrap();
    for name in ["a", "b"] {
        git(
            clones.path(),
            &["clone", "-q", &o.display().to_string(), name],
        );
    }
    let (a, b) = (clones.path().join("a"), clones.path().join("b"));
    // Without a prefix and without fetching, both would take the same id...
    assert_eq!(new_id(&a), "2026-0002");
    git(&a, &["checkout", "-q", "-b", "plan-a"]);
    git(&a, &["add", "-A"]);
    git(&a, &["commit", "-q", "-m", "Plan A"]);
    git(&a, &["push", "-q", "origin", "plan-a"]);
    // ...but once B has fetched A's branch, it takes the next one.
    git(&b, &["fetch", "-q"]);
    assert_eq!(new_id(&b), "2026-0003");
    // With a prefix per unit, clones that have not fetched cannot collide.
    std::fs::write(a.join("sip.toml"), "id_prefix = \"NORR-\"\n").unwrap();
    std::fs::write(b.join("sip.toml"), "id_prefix = \"SODER-\"\n").unwrap();
    assert_eq!(new_id(&a), "NORR-2026-0001");
    assert_eq!(new_id(&b), "SODER-2026-0001");
    let _ = AS_OF;
}

#[test]
fn twenty_new_plans_started_at_once_all_succeed_with_distinct_ids() {
    let t = Test::new();
    let bin = assert_cmd::cargo::cargo_bin("sip");
    let children: Vec<_> = (0..20)
        .map(|_| {
            Command::new(&bin)
                .args(["--as-of", AS_OF, "-q", "new", "--no-input"])
                .current_dir(t.path())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let plans = std::fs::read_dir(t.path().join("plans")).unwrap().count();
    assert_eq!(plans, 20);
}
