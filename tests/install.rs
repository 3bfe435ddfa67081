//! Installing and setting up sip: `sip --version` names the commit; what
//! `sip init` sets up beyond its files' contents, the git diff driver, which
//! must not break `git diff` where sip is not installed, and the files' modes
//! (owner-only for plans, the umask for the rest).
#![cfg(unix)]

use crate::support::Test;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

#[test]
fn version_names_the_version_and_the_commit() {
    let out = Test::new().args(&["--version"]).run();
    assert_eq!(out.code, 0);
    let version = env!("CARGO_PKG_VERSION");
    let rest = out
        .stdout
        .strip_prefix(&format!("sip {version} ("))
        .and_then(|r| r.strip_suffix(")\n"))
        .unwrap_or_else(|| panic!("{:?}", out.stdout));
    // A short commit id from git (this checkout), else SIP_COMMIT, else `unknown`.
    let from_git = std::env::var_os("SIP_COMMIT").is_none()
        && Path::new(env!("CARGO_MANIFEST_DIR")).join(".git").exists();
    if from_git {
        assert!(
            rest.len() >= 4 && rest.chars().all(|c| c.is_ascii_hexdigit()),
            "{rest}"
        );
    } else {
        assert!(!rest.is_empty() && !rest.contains(' '), "{rest}");
    }
}

/// `git` on this machine.
fn git_binary() -> PathBuf {
    let path = std::env::var_os("PATH").unwrap();
    std::env::split_paths(&path)
        .map(|dir| dir.join("git"))
        .find(|git| git.is_file())
        .expect("git on the PATH")
}

/// A folder with only `git` in it: a PATH without sip.
fn path_with_only_git(dir: &Path) -> PathBuf {
    let bin = dir.join("only-git");
    std::fs::create_dir(&bin).unwrap();
    std::os::unix::fs::symlink(git_binary(), bin.join("git")).unwrap();
    bin
}

/// Runs git in `repo` with `path` as the whole PATH and no user or system
/// configuration.
fn git(repo: &Path, path: &str, args: &[&str]) -> std::process::Output {
    Command::new(git_binary())
        .args(args)
        .current_dir(repo)
        .env("PATH", path)
        .env("HOME", repo)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_PAGER", "cat")
        .env("GIT_AUTHOR_NAME", "Testa Testsson")
        .env("GIT_AUTHOR_EMAIL", "testa@example.se")
        .env("GIT_COMMITTER_NAME", "Testa Testsson")
        .env("GIT_COMMITTER_EMAIL", "testa@example.se")
        .output()
        .unwrap()
}

/// A repository made by `sip init` with one committed plan, then changed in
/// the work tree.
fn repo_with_a_changed_plan(dir: &Path) -> PathBuf {
    let repo = dir.join("repo");
    let out = Test::at(dir).args(&["init", "repo"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    Test::at(&repo).plan("2026-0042.sip.yaml", &[]);
    let path = path_with_only_git(dir);
    let path = path.to_str().unwrap();
    let add = git(&repo, path, &["add", "-A"]);
    assert!(add.status.success(), "{add:?}");
    let commit = git(&repo, path, &["commit", "-q", "-m", "A plan"]);
    assert!(commit.status.success(), "{commit:?}");
    Test::at(&repo).plan(
        "2026-0042.sip.yaml",
        &[(
            "responsible: { principal: region",
            "responsible: { principal: municipality",
        )],
    );
    repo
}

#[test]
fn git_diff_without_sip_on_the_path_shows_the_ordinary_line_diff() {
    let dir = tempfile::tempdir().unwrap();
    let repo = repo_with_a_changed_plan(dir.path());
    let only_git = dir.path().join("only-git");
    let out = git(&repo, only_git.to_str().unwrap(), &["diff"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("external diff died"), "{stderr}");
    assert!(
        stdout.contains("-    responsible: { principal: region")
            && stdout.contains("+    responsible: { principal: municipality"),
        "{stdout}"
    );
    assert!(!stdout.contains("Insats I2"), "{stdout}");
}

#[test]
fn git_diff_with_sip_on_the_path_shows_plan_terms() {
    let dir = tempfile::tempdir().unwrap();
    let repo = repo_with_a_changed_plan(dir.path());
    let sip = assert_cmd::cargo::cargo_bin("sip");
    let path = format!(
        "{}:{}",
        sip.parent().unwrap().display(),
        dir.path().join("only-git").display()
    );
    let out = git(&repo, &path, &["diff"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout,
        "plans/2026-0042.sip.yaml  (2026-0042)  ändrad\n  ! ~ Insats I2: ansvarig huvudman: region → kommun\n"
    );
}

#[test]
fn a_sip_that_fails_falls_back_to_the_line_diff() {
    let dir = tempfile::tempdir().unwrap();
    let repo = repo_with_a_changed_plan(dir.path());
    // An old or broken sip on the PATH.
    let broken = dir.path().join("broken");
    std::fs::create_dir(&broken).unwrap();
    std::fs::write(
        broken.join("sip"),
        "#!/bin/sh\necho 'no such command' >&2\nexit 2\n",
    )
    .unwrap();
    std::fs::set_permissions(broken.join("sip"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        broken.display(),
        dir.path().join("only-git").display()
    );
    let out = git(&repo, &path, &["diff"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{out:?}");
    assert!(
        stdout.contains("+    responsible: { principal: municipality"),
        "{stdout}"
    );
}

#[test]
fn init_replaces_the_diff_driver_it_set_before_and_keeps_one_of_your_own() {
    let dir = tempfile::tempdir().unwrap();
    let repo = git2::Repository::init(dir.path()).unwrap();
    let mut config = repo.config().unwrap();
    config.set_str("diff.sip.command", "sip git-diff").unwrap();
    let out = Test::at(dir.path()).args(&["init"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let command = |repo: &git2::Repository| {
        repo.config()
            .unwrap()
            .snapshot()
            .unwrap()
            .get_string("diff.sip.command")
            .unwrap()
    };
    assert!(
        command(&repo).contains("command -v sip"),
        "{}",
        command(&repo)
    );

    let other = tempfile::tempdir().unwrap();
    let repo = git2::Repository::init(other.path()).unwrap();
    repo.config()
        .unwrap()
        .set_str("diff.sip.command", "my-sip-diff")
        .unwrap();
    let out = Test::at(other.path()).args(&["init"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(command(&repo), "my-sip-diff");
}

/// Runs the test's `sip` under umask 022, as on a shared server.
fn sip_with_umask_022(dir: &Path, args: &[&str]) {
    let out = Command::new("sh")
        .arg("-c")
        .arg("umask 022 && exec \"$0\" \"$@\"")
        .arg(assert_cmd::cargo::cargo_bin("sip"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn init_files_follow_the_umask_and_plans_stay_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    sip_with_umask_022(dir.path(), &["-q", "init", "repo"]);
    let repo = dir.path().join("repo");
    for file in [
        "sip.toml",
        ".gitignore",
        ".gitattributes",
        "README.md",
        ".github/workflows/sip.yml",
        ".gitlab-ci.yml",
        "schema/sip.schema.json",
        "plans/.gitkeep",
    ] {
        assert_eq!(mode(&repo.join(file)), 0o644, "{file}");
    }
    sip_with_umask_022(&repo, &["-q", "new", "--no-input", "2026-0001"]);
    assert_eq!(mode(&repo.join("plans/2026-0001.sip.yaml")), 0o600);
    sip_with_umask_022(
        &repo,
        &[
            "-q",
            "render",
            "2026-0001",
            "--format",
            "txt",
            "-o",
            "2026-0001.txt",
        ],
    );
    assert_eq!(mode(&repo.join("2026-0001.txt")), 0o600);
}
