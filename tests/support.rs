//! A small builder for command tests: files in a temporary folder, a `sip`
//! run in it, and its exit code, stdout and stderr.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The complete example plan from format.md (valid as of 2026-02-01).
pub const BASE: &str = include_str!("fixtures/base.sip.yaml");
pub const AS_OF: &str = "2026-02-01";

pub struct Test {
    /// Keeps the temporary folder alive; `None` for [`Test::at`].
    #[allow(dead_code)]
    dir: Option<TempDir>,
    root: PathBuf,
    args: Vec<String>,
    env: Vec<(String, String)>,
    cwd: Option<PathBuf>,
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Test {
    /// An empty plan repository (it has a `.git` folder, so it is a root).
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        Test {
            root: dir.path().to_path_buf(),
            dir: Some(dir),
            args: Vec::new(),
            env: Vec::new(),
            cwd: None,
        }
    }

    /// A second run in the same folder as an earlier test (the folder stays
    /// owned by that test).
    pub fn at(path: &Path) -> Self {
        Test {
            dir: None,
            root: path.to_path_buf(),
            args: Vec::new(),
            env: Vec::new(),
            cwd: None,
        }
    }

    pub fn path(&self) -> &Path {
        self.root.as_path()
    }

    pub fn file(self, path: &str, contents: impl AsRef<[u8]>) -> Self {
        let full = self.root.as_path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, contents).unwrap();
        self
    }

    /// The base plan under `plans/`, edited by string replacement.
    pub fn plan(self, name: &str, edits: &[(&str, &str)]) -> Self {
        let mut text = BASE.to_string();
        for (from, to) in edits {
            assert!(text.contains(from), "the base plan has no `{from}`");
            text = text.replace(from, to);
        }
        self.file(&format!("plans/{name}"), text)
    }

    pub fn args(mut self, args: &[&str]) -> Self {
        self.args.extend(args.iter().map(|a| a.to_string()));
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// Run in a subfolder of the repository instead of its root.
    pub fn cwd(mut self, sub: &str) -> Self {
        let path = self.root.as_path().join(sub);
        std::fs::create_dir_all(&path).unwrap();
        self.cwd = Some(path);
        self
    }

    pub fn run(&self) -> Output {
        let mut cmd = Command::cargo_bin("sip").unwrap();
        cmd.current_dir(self.cwd.as_deref().unwrap_or(self.root.as_path()))
            .env_remove("NO_COLOR")
            .args(&self.args);
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }
}

/// Runs `sip` in the repository's own folder (for the bundled examples).
pub fn sip_here(args: &[&str]) -> Output {
    let out = Command::cargo_bin("sip")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .args(args)
        .output()
        .unwrap();
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}
