//! Names the commit sip was built from, for `sip --version`: `git rev-parse
//! --short HEAD` when the crate is its own git checkout, else `SIP_COMMIT`
//! from the environment (a build from a source archive), else `unknown`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?.trim().to_owned();
    (!text.is_empty()).then_some(text)
}

fn main() {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    println!("cargo:rerun-if-env-changed=SIP_COMMIT");
    // Only the crate's own repository: not one it happens to be vendored into.
    let own = git(&dir, &["rev-parse", "--show-toplevel"])
        .and_then(|top| std::fs::canonicalize(top).ok())
        .zip(std::fs::canonicalize(&dir).ok())
        .is_some_and(|(top, dir)| top == dir);
    let from_git = if own {
        git(&dir, &["rev-parse", "--short", "HEAD"])
    } else {
        None
    };
    if from_git.is_some() {
        // A new commit or a switch of branch: build again with its id.
        for path in ["HEAD", "packed-refs"] {
            if let Some(p) = git(&dir, &["rev-parse", "--git-path", path]) {
                println!("cargo:rerun-if-changed={}", dir.join(p).display());
            }
        }
        if let Some(branch) = git(&dir, &["symbolic-ref", "-q", "HEAD"])
            && let Some(p) = git(&dir, &["rev-parse", "--git-path", &branch])
        {
            println!("cargo:rerun-if-changed={}", dir.join(p).display());
        }
    }
    let commit = from_git
        .or_else(|| std::env::var("SIP_COMMIT").ok().filter(|c| !c.is_empty()))
        .unwrap_or_else(|| "unknown".to_owned());
    let version = std::env::var("CARGO_PKG_VERSION").expect("set by cargo");
    println!("cargo:rustc-env=SIP_LONG_VERSION={version} ({commit})");
}
