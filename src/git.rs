//! Read-only access to the plan repository's history through libgit2: resolve
//! revisions, list the plan files that differ between two trees (or a tree
//! and the work tree), read blobs, walk the commits that touched one path.
//! Never touches the network, and writes to the repository in one place
//! only: the commit `sip retention --apply` makes ([`Git::commit_removal`]).

use git2::{Delta, DiffOptions, ObjectType, Oid, Repository, Sort, Tree};
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::source::{FileDelta, Problem, Version, read_bounded, text_from_bytes};
use crate::walk::Scope;

/// An open repository with a work tree.
pub struct Git {
    repo: Repository,
    /// The work tree, canonical.
    workdir: PathBuf,
}

/// One side of a comparison.
pub enum Rev<'r> {
    /// A committed tree, with the revision as the user wrote it.
    Tree { name: String, tree: Tree<'r> },
    /// The files on disk (tracked and untracked, not ignored).
    Worktree,
}

impl Rev<'_> {
    /// The revision as shown to people.
    pub fn name(&self) -> &str {
        match self {
            Rev::Tree { name, .. } => name,
            Rev::Worktree => "worktree",
        }
    }
}

/// A commit, as `sip log` shows it.
pub struct CommitInfo {
    pub id: String,
    pub author: String,
    pub email: String,
    /// Seconds since the epoch, and the author's offset from UTC in minutes.
    pub time: i64,
    pub offset_minutes: i32,
    pub message: String,
}

/// Something `scan_history` found, and where.
#[derive(Clone, Debug, serde::Serialize)]
pub struct HistoryHit {
    /// The commit (for a branch or tag: the commit it points at).
    pub commit: String,
    pub place: HistoryPlace,
    pub text: String,
}

/// Where in a commit: its message, a name or address, a file path, a branch or tag name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HistoryPlace {
    Message,
    Author,
    Committer,
    AuthorEmail,
    CommitterEmail,
    Path,
    RefName,
}

impl HistoryPlace {
    /// The place in words, in the catalogue.
    pub fn message_id(self) -> &'static str {
        match self {
            HistoryPlace::Message => "history-place-message",
            HistoryPlace::Author => "history-place-author",
            HistoryPlace::Committer => "history-place-committer",
            HistoryPlace::AuthorEmail => "history-place-author_email",
            HistoryPlace::CommitterEmail => "history-place-committer_email",
            HistoryPlace::Path => "history-place-path",
            HistoryPlace::RefName => "history-place-ref_name",
        }
    }
}

const PLAN_SUFFIX: &str = ".sip.yaml";

impl Git {
    /// The repository that contains `dir`.
    pub fn open(dir: &Path) -> Result<Git> {
        // Like git itself, do not re-hash every object read: 80% of
        // `sip log`'s time went to SHA-1 (perf, 10,000 plans in one folder).
        // `git fsck` is the tool for checking a repository's integrity.
        git2::opts::strict_hash_verification(false);
        let repo = Repository::discover(dir).map_err(|_| Error::NotGitRepository {
            path: dir.to_owned(),
        })?;
        let workdir = repo
            .workdir()
            .ok_or_else(|| Error::NotGitRepository {
                path: dir.to_owned(),
            })?
            .to_owned();
        let workdir = workdir.canonicalize().unwrap_or(workdir);
        Ok(Git { repo, workdir })
    }

    /// A revision git accepts (`HEAD`, `main~3`, a tag, a commit id), as a tree.
    pub fn rev(&self, spec: &str) -> Result<Rev<'_>> {
        let unknown = || {
            if self.repo.is_shallow() {
                Error::ShallowClone {
                    what: spec.to_owned(),
                }
            } else {
                Error::UnknownRevision {
                    rev: spec.to_owned(),
                    empty: self.repo.is_empty().unwrap_or(false),
                }
            }
        };
        let tree = self
            .repo
            .revparse_single(spec)
            .and_then(|object| object.peel_to_tree())
            .map_err(|_| unknown())?;
        Ok(Rev::Tree {
            name: spec.to_owned(),
            tree,
        })
    }

    /// `path` (absolute, or relative to `cwd`) as a path inside the work
    /// tree with `/` separators; "" for the work tree itself.
    pub fn relative(&self, cwd: &Path, path: &Path) -> Result<String> {
        let absolute = normalize(&cwd.join(path));
        let absolute = absolute.canonicalize().unwrap_or(absolute);
        let inside =
            absolute
                .strip_prefix(&self.workdir)
                .map_err(|_| Error::OutsideRepository {
                    path: path.to_owned(),
                    repo: self.workdir.clone(),
                })?;
        Ok(inside
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/"))
    }

    /// What a command compares, as pathspecs inside the work tree: the paths
    /// it was given (relative to where sip runs), or the plans folder.
    pub fn pathspecs(&self, scope: &Scope, paths: &[PathBuf]) -> Result<Vec<String>> {
        let specs = if paths.is_empty() {
            vec![self.relative(&scope.root, &scope.plans_dir)?]
        } else {
            paths
                .iter()
                .map(|p| self.relative(&scope.cwd, p))
                .collect::<Result<Vec<_>>>()?
        };
        // "" is the whole work tree: no pathspec at all.
        Ok(specs.into_iter().filter(|s| !s.is_empty()).collect())
    }

    /// The plan files (`*.sip.yaml`) under `pathspecs` that differ between
    /// `from` and `to`, each read on the side(s) where it exists. Only those
    /// blobs are read: the cost follows the change, not the repository.
    pub fn changed(
        &self,
        from: &Rev<'_>,
        to: &Rev<'_>,
        pathspecs: &[String],
        limit: u64,
    ) -> Result<Vec<FileDelta>> {
        let Some(diff) = self.diff(from, to, pathspecs)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for delta in diff.deltas() {
            let old_path = delta.old_file().path().map(path_text);
            let new_path = delta.new_file().path().map(path_text);
            let is_plan =
                |p: &Option<String>| p.as_deref().is_some_and(|p| p.ends_with(PLAN_SUFFIX));
            if !is_plan(&old_path) && !is_plan(&new_path) {
                continue;
            }
            let (has_old, has_new) = match delta.status() {
                Delta::Added | Delta::Untracked => (false, true),
                Delta::Deleted => (true, false),
                Delta::Unmodified | Delta::Ignored => continue,
                _ => (true, true),
            };
            let old = (has_old && is_plan(&old_path)).then(|| {
                let path = old_path.clone().unwrap_or_default();
                let text = self.read_blob(delta.old_file().id(), limit);
                Version { path, text }
            });
            let new = (has_new && is_plan(&new_path)).then(|| {
                let path = new_path.clone().unwrap_or_default();
                let text = match to {
                    Rev::Worktree => {
                        read_bounded(&self.workdir.join(&path), limit).map_err(|e| e.problem())
                    }
                    Rev::Tree { .. } => self.read_blob(delta.new_file().id(), limit),
                };
                Version { path, text }
            });
            out.push(FileDelta { old, new });
        }
        Ok(out)
    }

    /// The plan files under `pathspecs` that exist in the work tree and
    /// differ from `base` (added, modified or renamed; not removed), as paths
    /// inside the work tree. Nothing is read but the index and file stats.
    pub fn changed_paths(&self, base: &Rev<'_>, pathspecs: &[String]) -> Result<Vec<String>> {
        let Some(diff) = self.diff(base, &Rev::Worktree, pathspecs)? else {
            return Ok(Vec::new());
        };
        let mut out: Vec<String> = diff
            .deltas()
            .filter(|d| {
                !matches!(
                    d.status(),
                    Delta::Deleted | Delta::Unmodified | Delta::Ignored
                )
            })
            .filter_map(|d| d.new_file().path().map(path_text))
            .filter(|p| p.ends_with(PLAN_SUFFIX))
            .collect();
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// What `sip check --changed` compares with by default: the merge base
    /// of `HEAD` and the default branch (`origin/HEAD`, else `origin/main`,
    /// `origin/master`, `main`, `master`), or `HEAD` itself. `None` when the
    /// repository has no commits yet.
    pub fn default_base(&self) -> Result<Option<Rev<'_>>> {
        let Ok(head) = self.repo.head().and_then(|h| h.peel_to_commit()) else {
            return Ok(None);
        };
        let default = [
            "origin/HEAD",
            "origin/main",
            "origin/master",
            "main",
            "master",
        ]
        .iter()
        .find_map(|name| {
            let commit = self
                .repo
                .revparse_single(name)
                .ok()?
                .peel_to_commit()
                .ok()?;
            Some((*name, commit.id()))
        });
        let (name, id) = match default {
            Some((name, id)) => match self.repo.merge_base(head.id(), id) {
                Ok(base) if base != head.id() => (format!("merge base of HEAD and {name}"), base),
                // In a shallow clone the common history may simply not be
                // there: comparing with HEAD would check nothing and pass.
                Err(_) if self.repo.is_shallow() => {
                    return Err(Error::ShallowClone {
                        what: format!("the merge base of HEAD and {name}"),
                    });
                }
                _ => ("HEAD".to_owned(), head.id()),
            },
            // A shallow clone without the default branch (GitHub's checkout
            // of a pull request) cannot say what changed.
            None if self.repo.is_shallow() => {
                return Err(Error::ShallowClone {
                    what: "origin/HEAD, origin/main, main".to_owned(),
                });
            }
            None => ("HEAD".to_owned(), head.id()),
        };
        let tree = self
            .repo
            .find_commit(id)
            .and_then(|c| c.tree())
            .map_err(git_error)?;
        Ok(Some(Rev::Tree { name, tree }))
    }

    /// libgit2's diff of two sides, untracked files included; `None` when
    /// `from` is the work tree (sip compares a revision with the work tree,
    /// never the other way round).
    fn diff(
        &self,
        from: &Rev<'_>,
        to: &Rev<'_>,
        pathspecs: &[String],
    ) -> Result<Option<git2::Diff<'_>>> {
        let mut opts = DiffOptions::new();
        for spec in pathspecs {
            opts.pathspec(spec);
        }
        opts.include_untracked(true)
            .recurse_untracked_dirs(true)
            .include_typechange(true);
        let diff = match (from, to) {
            (Rev::Tree { tree: a, .. }, Rev::Tree { tree: b, .. }) => {
                self.repo
                    .diff_tree_to_tree(Some(a), Some(b), Some(&mut opts))
            }
            (Rev::Tree { tree, .. }, Rev::Worktree) => self
                .repo
                .diff_tree_to_workdir_with_index(Some(tree), Some(&mut opts)),
            (Rev::Worktree, _) => return Ok(None),
        };
        diff.map(Some).map_err(git_error)
    }

    /// Every place in the repository's history where `found` finds
    /// something: the name of every branch and tag, and for every commit
    /// reachable from any of them its message, author and committer names,
    /// and the paths it adds or renames (the root commit: all its paths).
    /// Blobs are not read: plans are `sip check`'s.
    pub fn scan_history(&self, found: impl Fn(&str) -> bool) -> Result<Vec<HistoryHit>> {
        let mut hits = Vec::new();
        let refs = self.repo.references().map_err(git_error)?;
        for r in refs.flatten() {
            if let Ok(name) = r.name()
                && found(name)
            {
                hits.push(HistoryHit {
                    commit: r
                        .peel_to_commit()
                        .map(|c| c.id().to_string())
                        .unwrap_or_default(),
                    place: HistoryPlace::RefName,
                    text: name.to_owned(),
                });
            }
        }
        let mut walk = self.repo.revwalk().map_err(git_error)?;
        walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)
            .map_err(git_error)?;
        // An empty repository has no refs to walk: nothing to scan.
        let _ = walk.push_glob("*");
        let _ = walk.push_head();
        for id in walk {
            let id = id.map_err(git_error)?;
            let commit = self.repo.find_commit(id).map_err(git_error)?;
            let mut hit = |place, text: &str| {
                if found(text) {
                    hits.push(HistoryHit {
                        commit: id.to_string(),
                        place,
                        text: text.to_owned(),
                    });
                }
            };
            hit(
                HistoryPlace::Message,
                &String::from_utf8_lossy(commit.message_bytes()),
            );
            hit(
                HistoryPlace::Author,
                &String::from_utf8_lossy(commit.author().name_bytes()),
            );
            hit(
                HistoryPlace::Committer,
                &String::from_utf8_lossy(commit.committer().name_bytes()),
            );
            hit(
                HistoryPlace::AuthorEmail,
                &String::from_utf8_lossy(commit.author().email_bytes()),
            );
            hit(
                HistoryPlace::CommitterEmail,
                &String::from_utf8_lossy(commit.committer().email_bytes()),
            );
            let tree = commit.tree().map_err(git_error)?;
            let parent = commit.parent(0).ok().and_then(|p| p.tree().ok());
            let diff = self
                .repo
                .diff_tree_to_tree(parent.as_ref(), Some(&tree), None)
                .map_err(git_error)?;
            for delta in diff.deltas() {
                if matches!(
                    delta.status(),
                    Delta::Added | Delta::Renamed | Delta::Copied
                ) && let Some(path) = delta.new_file().path()
                {
                    hit(HistoryPlace::Path, &path_text(path));
                }
            }
        }
        Ok(hits)
    }

    /// A blob's text, bounded like a file on disk.
    pub fn read_blob(&self, id: Oid, limit: u64) -> std::result::Result<String, Problem> {
        let blob = self.repo.find_blob(id).map_err(|e| Problem {
            pos: None,
            message: Message::new("read-io").arg("reason", e.message()),
        })?;
        text_from_bytes(blob.content(), limit).map_err(|e| e.problem())
    }

    /// The commits reachable from `HEAD`, newest first.
    pub fn commits(&self) -> Result<Vec<Oid>> {
        let mut walk = self.repo.revwalk().map_err(git_error)?;
        walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)
            .map_err(git_error)?;
        if walk.push_head().is_err() {
            return Err(Error::UnknownRevision {
                rev: "HEAD".into(),
                empty: true,
            });
        }
        walk.collect::<std::result::Result<Vec<_>, _>>()
            .map_err(git_error)
    }

    /// HEAD's first-parent line, newest first: the history as the branch
    /// saw it, a merged branch one step. Empty when there is no commit yet.
    pub fn first_parent_commits(&self) -> Result<Vec<Oid>> {
        let mut walk = self.repo.revwalk().map_err(git_error)?;
        if walk.push_head().is_err() {
            return Ok(Vec::new());
        }
        walk.simplify_first_parent().map_err(git_error)?;
        walk.collect::<std::result::Result<Vec<_>, _>>()
            .map_err(git_error)
    }

    /// The root commit of HEAD's first-parent line: the same in every full
    /// clone. `None` without commits, and in a shallow clone, where the
    /// oldest commit held is not the root.
    pub fn root_commit(&self) -> Option<Oid> {
        if self.repo.is_shallow() {
            return None;
        }
        let mut commit = self.repo.head().ok()?.peel_to_commit().ok()?;
        while let Ok(parent) = commit.parent(0) {
            commit = parent;
        }
        Some(commit.id())
    }

    /// What `sip log` shows of a commit, and its parents.
    pub fn commit(&self, id: Oid) -> Result<(CommitInfo, Vec<Oid>)> {
        let commit = self.repo.find_commit(id).map_err(git_error)?;
        let author = commit.author();
        let info = CommitInfo {
            id: id.to_string(),
            author: author.name().unwrap_or_default().to_owned(),
            email: author.email().unwrap_or_default().to_owned(),
            time: author.when().seconds(),
            offset_minutes: author.when().offset_minutes(),
            message: commit.message().unwrap_or_default().trim_end().to_owned(),
        };
        Ok((info, commit.parent_ids().collect()))
    }

    /// The blob at `path` in a commit's tree, if there is one.
    ///
    /// Reads the raw tree objects along the path and scans them for the one
    /// name at each level, instead of having libgit2 parse every entry: a
    /// plans folder of 10,000 files is one 450 KB tree per commit, and
    /// `sip log` looks into it once per commit.
    pub fn blob_at(&self, commit: Oid, path: &str) -> Result<Option<Oid>> {
        let mut id = self.repo.find_commit(commit).map_err(git_error)?.tree_id();
        let odb = self.repo.odb().map_err(git_error)?;
        let mut components = path.split('/').filter(|c| !c.is_empty()).peekable();
        while let Some(name) = components.next() {
            let object = odb.read(id).map_err(git_error)?;
            if object.kind() != ObjectType::Tree {
                return Ok(None);
            }
            let Some((mode, entry)) = find_entry(object.data(), name.as_bytes()) else {
                return Ok(None);
            };
            let is_tree = mode == b"40000";
            let last = components.peek().is_none();
            match (last, is_tree) {
                (true, false) if mode != b"160000" => return Ok(Some(entry)),
                (false, true) => id = entry,
                _ => return Ok(None),
            }
        }
        Ok(None)
    }

    /// Where the plan file at `path` in `commit` came from, when git's
    /// rename detection (content similarity, 50% as `git log --follow`)
    /// pairs it with a plan file `parent` had and `commit` removed: the old
    /// path and blob. Follows a rename that also changed the id (SIP011's fix).
    pub fn renamed_to(
        &self,
        parent: Oid,
        commit: Oid,
        path: &str,
    ) -> Result<Option<(String, Oid)>> {
        let tree = |id| {
            self.repo
                .find_commit(id)
                .and_then(|c| c.tree())
                .map_err(git_error)
        };
        let (a, b) = (tree(parent)?, tree(commit)?);
        let mut diff = self
            .repo
            .diff_tree_to_tree(Some(&a), Some(&b), None)
            .map_err(git_error)?;
        let mut find = git2::DiffFindOptions::new();
        find.renames(true);
        diff.find_similar(Some(&mut find)).map_err(git_error)?;
        Ok(diff
            .deltas()
            .filter(|d| d.status() == Delta::Renamed)
            .filter(|d| d.new_file().path().map(path_text).as_deref() == Some(path))
            .find_map(|d| {
                let old = path_text(d.old_file().path()?);
                old.ends_with(PLAN_SUFFIX).then(|| (old, d.old_file().id()))
            }))
    }

    /// The plan files a commit removed compared with `parent`: where a plan
    /// that appears in the commit may have come from (a rename).
    pub fn removed_plans(&self, parent: Oid, commit: Oid) -> Result<Vec<(String, Oid)>> {
        let tree = |id| {
            self.repo
                .find_commit(id)
                .and_then(|c| c.tree())
                .map_err(git_error)
        };
        let (a, b) = (tree(parent)?, tree(commit)?);
        let diff = self
            .repo
            .diff_tree_to_tree(Some(&a), Some(&b), None)
            .map_err(git_error)?;
        Ok(diff
            .deltas()
            .filter(|d| d.status() == Delta::Deleted)
            .filter_map(|d| {
                let path = path_text(d.old_file().path()?);
                path.ends_with(PLAN_SUFFIX)
                    .then(|| (path, d.old_file().id()))
            })
            .collect())
    }

    /// The file stems (`2026-0042`) of the plan files on every local and
    /// remote-tracking branch, for ids that do not collide between clones.
    pub fn plan_stems_on_branches(&self) -> Vec<String> {
        let mut stems = std::collections::BTreeSet::new();
        let Ok(branches) = self.repo.branches(None) else {
            return Vec::new();
        };
        for (branch, _) in branches.flatten() {
            let Ok(tree) = branch.get().peel_to_tree() else {
                continue;
            };
            let _ = tree.walk(git2::TreeWalkMode::PreOrder, |_, entry| {
                if let Some(stem) = entry.name().ok().and_then(|n| n.strip_suffix(PLAN_SUFFIX)) {
                    stems.insert(stem.to_owned());
                }
                git2::TreeWalkResult::Ok
            });
        }
        stems.into_iter().collect()
    }

    /// Whether the clone has only part of the history (`git clone --depth`).
    pub fn is_shallow(&self) -> bool {
        self.repo.is_shallow()
    }

    /// The commits where a shallow clone's history is cut off (their
    /// parents are not in the clone); none in a full clone.
    pub fn shallow_roots(&self) -> std::collections::HashSet<Oid> {
        std::fs::read_to_string(self.repo.path().join("shallow"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| Oid::from_str(l.trim()).ok())
            .collect()
    }

    pub fn workdir(&self) -> &Path {
        &self.workdir
    }

    /// The repository's own folder shared by all its work trees (`.git`).
    pub fn common_dir(&self) -> &Path {
        self.repo.commondir()
    }

    /// Takes `paths` (inside the work tree, `/`-separated) out of the index
    /// and commits that on the current branch as `message`, by git's
    /// `user.name` and `user.email`; the files themselves are left for the
    /// caller to delete. Refuses when anything else is staged (it would go
    /// into the same commit) or when there is no branch to commit on.
    pub fn commit_removal(&self, paths: &[String], message: &str) -> Result<Oid> {
        use crate::i18n::Message;
        let refuse = |what: &'static str, hint: &'static str| Error::Unsupported {
            what: Message::new(what),
            hint: Message::new(hint),
        };
        let head = self
            .repo
            .head()
            .and_then(|h| h.peel_to_commit())
            .map_err(|_| refuse("error-retention-no-head", "hint-retention-no-head"))?;
        let mut index = self.repo.index().map_err(git_error)?;
        let staged = self
            .repo
            .diff_tree_to_index(Some(&head.tree().map_err(git_error)?), Some(&index), None)
            .map_err(git_error)?;
        if staged.deltas().len() > 0 {
            return Err(refuse("error-retention-staged", "hint-retention-staged"));
        }
        let signature = self
            .repo
            .signature()
            .map_err(|_| refuse("error-retention-signature", "hint-retention-signature"))?;
        for path in paths {
            // An untracked plan has nothing to take out of the index.
            if index.get_path(Path::new(path), 0).is_some() {
                index.remove_path(Path::new(path)).map_err(git_error)?;
            }
        }
        let tree_id = index.write_tree().map_err(git_error)?;
        let tree = self.repo.find_tree(tree_id).map_err(git_error)?;
        let commit = self
            .repo
            .commit(
                Some("HEAD"),
                &signature,
                &signature,
                message,
                &tree,
                &[&head],
            )
            .map_err(git_error)?;
        index.write().map_err(git_error)?;
        Ok(commit)
    }
}

/// The mode and id of the entry called `name` in a raw tree object
/// (`<mode> <name>\0<20-byte id>`, repeated).
fn find_entry<'a>(mut data: &'a [u8], name: &[u8]) -> Option<(&'a [u8], Oid)> {
    while !data.is_empty() {
        let space = data.iter().position(|&b| b == b' ')?;
        let nul = space + data[space..].iter().position(|&b| b == 0)?;
        let end = nul + 1 + 20;
        if data.len() < end {
            return None;
        }
        if &data[space + 1..nul] == name {
            let id = Oid::from_bytes(&data[nul + 1..end]).ok()?;
            return Some((&data[..space], id));
        }
        data = &data[end..];
    }
    None
}

fn path_text(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn git_error(e: git2::Error) -> Error {
    Error::Git {
        message: e.message().to_owned(),
    }
}

/// `a/./b/../c` → `a/c`, without touching the disk (the path may not exist).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_entry_reads_raw_tree_objects() {
        let id = |b: u8| [b; 20];
        let mut raw = Vec::new();
        for (mode, name, b) in [("100644", "a.sip.yaml", 1u8), ("40000", "plans", 2)] {
            raw.extend_from_slice(format!("{mode} {name}\0").as_bytes());
            raw.extend_from_slice(&id(b));
        }
        let (mode, oid) = find_entry(&raw, b"plans").unwrap();
        assert_eq!(
            (mode, oid),
            (&b"40000"[..], Oid::from_bytes(&id(2)).unwrap())
        );
        assert_eq!(find_entry(&raw, b"a.sip.yaml").unwrap().0, b"100644");
        assert!(find_entry(&raw, b"plan").is_none());
        assert!(find_entry(&raw[..raw.len() - 3], b"plans").is_none());
    }

    #[test]
    fn normalize_resolves_dots_lexically() {
        assert_eq!(
            normalize(Path::new("/r/plans/./x/../a.sip.yaml")),
            PathBuf::from("/r/plans/a.sip.yaml")
        );
    }
}
