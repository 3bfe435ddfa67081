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

    /// Runs `sip`. The check date is pinned to [`AS_OF`] unless the test
    /// gives `--as-of` itself: no test depends on the day it runs.
    pub fn run(&self) -> Output {
        let mut cmd = Command::cargo_bin("sip").unwrap();
        cmd.current_dir(self.cwd.as_deref().unwrap_or(self.root.as_path()))
            .env_remove("NO_COLOR")
            .args(pinned(&self.args));
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

/// `--as-of AS_OF` and `--lang en` before `args`, unless they give a date
/// or a language themselves: no test depends on the day it runs, and the
/// command tests read English. Swedish, the default, is pinned by the
/// snapshots of tests/language.rs, which pass `--lang sv` or
/// `--default-lang` (no `--lang` at all).
fn pinned<S: AsRef<str>>(args: &[S]) -> Vec<String> {
    let args: Vec<String> = args.iter().map(|a| a.as_ref().to_owned()).collect();
    let given = |flag: &str| {
        args.iter()
            .any(|a| a == flag || a.starts_with(&format!("{flag}=")))
    };
    let mut out = Vec::new();
    if !given("--as-of") {
        out.extend(["--as-of".to_owned(), AS_OF.to_owned()]);
    }
    if !given("--lang") && !given("--default-lang") {
        out.extend(["--lang".to_owned(), "en".to_owned()]);
    }
    out.extend(args.into_iter().filter(|a| a != "--default-lang"));
    out
}

/// Runs `sip` in the repository's own folder (for the bundled examples),
/// the check date pinned as in [`Test::run`].
pub fn sip_here(args: &[&str]) -> Output {
    let out = Command::cargo_bin("sip")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .args(pinned(args))
        .output()
        .unwrap();
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// A real git repository in a temporary folder, for `sip diff` and `sip log`.
pub struct Repo {
    dir: TempDir,
    repo: git2::Repository,
    /// Seconds since the epoch of the next commit (one hour apart).
    clock: i64,
}

impl Repo {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let repo = git2::Repository::init(dir.path()).unwrap();
        Repo {
            dir,
            repo,
            clock: 1_773_300_000, // 2026-03-12 07:20 UTC
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, path: &str, contents: &str) -> &Self {
        let full = self.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, contents).unwrap();
        self
    }

    /// The base plan, edited by string replacement, at `path`.
    pub fn plan(&self, path: &str, edits: &[(&str, &str)]) -> &Self {
        let mut text = BASE.to_string();
        for (from, to) in edits {
            assert!(text.contains(from), "the base plan has no `{from}`");
            text = text.replace(from, to);
        }
        self.write(path, &text)
    }

    pub fn remove(&self, path: &str) -> &Self {
        std::fs::remove_file(self.path().join(path)).unwrap();
        self
    }

    /// Stages everything (like `git add -A`) and commits it as `author`.
    pub fn commit(&mut self, author: &str, message: &str) -> git2::Oid {
        let email = format!(
            "{}@example.se",
            author.split(' ').next().unwrap().to_lowercase()
        );
        self.commit_as(author, &email, message)
    }

    /// Stages everything and commits it as `author` with `email`.
    pub fn commit_as(&mut self, author: &str, email: &str, message: &str) -> git2::Oid {
        let mut index = self.repo.index().unwrap();
        index
            .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
            .unwrap();
        index.update_all(["*"], None).unwrap();
        index.write().unwrap();
        let tree = self.repo.find_tree(index.write_tree().unwrap()).unwrap();
        let time = git2::Time::new(self.clock, 60);
        self.clock += 3600;
        let sig = git2::Signature::new(author, email, &time).unwrap();
        let parent = self.repo.head().ok().map(|h| h.peel_to_commit().unwrap());
        let parents: Vec<&git2::Commit> = parent.iter().collect();
        self.repo
            .commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
            .unwrap()
    }

    /// A branch at HEAD, without switching to it.
    pub fn branch(&self, name: &str) {
        let head = self.repo.head().unwrap().peel_to_commit().unwrap();
        self.repo.branch(name, &head, true).unwrap();
    }

    /// A new branch at HEAD, switched to (the work tree stays as it is).
    pub fn checkout_new(&self, name: &str) {
        self.branch(name);
        self.repo.set_head(&format!("refs/heads/{name}")).unwrap();
    }

    /// A `sip` run in the repository.
    pub fn sip(&self, args: &[&str]) -> Output {
        Test::at(self.path()).args(args).run()
    }
}

/// Compares `actual` with the committed snapshot `tests/snapshots/<dir>/<name>.snap`
/// (insta; `INSTA_UPDATE=always cargo test` rewrites, CI never does).
pub fn snapshot(dir: &str, name: &str, actual: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(format!("snapshots/{dir}"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, actual));
}
