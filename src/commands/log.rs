//! `sip log PLAN [--format text|json]`: the history of one plan, newest
//! first, each commit with the changes it made in plan terms, following the
//! plan across renames. The audit trail: who changed what, and when.

use chrono::{DateTime, FixedOffset};
use git2::Oid;
use std::collections::HashMap;

use super::ExitStatus;
use crate::cli::{LogArgs, LogFormat};
use crate::diff::{FileDelta, PlanDiff, Version, pair};
use crate::error::{Error, Result};
use crate::git::{CommitInfo, Git};
use crate::i18n::Catalogue;
use crate::output::diff;
use crate::settings::Settings;
use crate::source::parse_value;

struct Entry {
    commit: CommitInfo,
    plan: PlanDiff,
    /// The plan is there in the oldest commit a shallow clone has: its
    /// history goes on beyond what the clone holds, so it is not "new".
    history_ends: bool,
}

pub fn log(settings: &Settings, args: &LogArgs) -> Result<ExitStatus> {
    let git = Git::open(&settings.cwd)?;
    let start = git.relative(&settings.cwd, &settings.plan_path(&args.plan))?;
    let (entries, _) = history(
        &git,
        &start,
        settings.config.max_file_size,
        Catalogue::built_in(settings.lang),
    )?;
    if entries.is_empty() {
        return Err(Error::NoHistory { path: start });
    }
    let lang = settings.lang;
    let text = match args.format {
        LogFormat::Text => {
            let style = settings.printer.style();
            let mut out = String::new();
            for (i, e) in entries.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                let c = &e.commit;
                let header = format!(
                    "commit {}  {}  {} <{}>",
                    &c.id[..12],
                    when(c).format("%Y-%m-%d %H:%M %z"),
                    c.author,
                    c.email
                );
                out.push_str(&style.yellow(&header));
                out.push('\n');
                for line in c.message.lines() {
                    out.push_str(&format!("    {line}\n"));
                }
                out.push('\n');
                if e.history_ends {
                    let cat = Catalogue::built_in(lang);
                    out.push_str(&format!(
                        "{}  ({})  {}\n",
                        style.bold(&e.plan.file),
                        e.plan.id,
                        style.dim(&cat.text("log-history-ends"))
                    ));
                } else {
                    diff::plan_text(lang, style, &e.plan, &mut out);
                }
            }
            out
        }
        LogFormat::Json => {
            use crate::diff::PlanChange;
            use crate::output::shapes::{LogChange, LogCommit, LogOutput, VERSION};
            let commits: Vec<LogCommit> = entries
                .iter()
                .map(|e| {
                    let c = &e.commit;
                    let p = &e.plan;
                    LogCommit {
                        commit: c.id.clone(),
                        author: c.author.clone(),
                        email: c.email.clone(),
                        date: when(c).to_rfc3339(),
                        message: c.message.clone(),
                        file: p.file.clone(),
                        from_file: p.from_file.clone(),
                        id: p.id.clone(),
                        change: match p.change {
                            _ if e.history_ends => LogChange::HistoryEnds,
                            PlanChange::Added => LogChange::Added,
                            PlanChange::Removed => LogChange::Removed,
                            PlanChange::Modified => LogChange::Modified,
                            PlanChange::Renamed => LogChange::Renamed,
                        },
                        changes: if e.history_ends {
                            Vec::new()
                        } else {
                            p.changes.clone()
                        },
                        broken: p.broken.clone(),
                    }
                })
                .collect();
            let output = LogOutput {
                version: VERSION,
                plan: start,
                commits,
            };
            let mut value = serde_json::to_value(&output).expect("log serialises");
            diff::redact_value(&mut value);
            let mut text = serde_json::to_string_pretty(&value).expect("log serialises");
            text.push('\n');
            text
        }
    };
    settings.printer.out(&text)?;
    Ok(ExitStatus::Success)
}

/// Every commit reachable from HEAD that changed the plan at `path`, newest
/// first. A commit whose version of the plan equals one of its parents'
/// (a merge that took it unchanged) is left out, as `git log` does. Where
/// the plan appears at `path`, a plan file the same commit removed is where
/// it came from when git's rename detection pairs the two by content, or
/// when it has the same id: the history goes on from that path.
/// Also returns every path the plan had, `start` first.
fn history(
    git: &Git,
    start: &str,
    limit: u64,
    catalogue: &Catalogue,
) -> Result<(Vec<Entry>, Vec<String>)> {
    let mut path = start.to_owned();
    let mut paths = vec![path.clone()];
    let mut out = Vec::new();
    // The plan's blob in each commit looked up so far, for `path`: a commit
    // is looked up as a parent and then again as itself, next in the walk.
    let mut blobs: HashMap<Oid, Option<Oid>> = HashMap::new();
    let blob_at =
        |blobs: &mut HashMap<Oid, Option<Oid>>, commit: Oid, path: &str| match blobs.get(&commit) {
            Some(&blob) => Ok(blob),
            None => {
                let blob = git.blob_at(commit, path)?;
                blobs.insert(commit, blob);
                Ok::<_, Error>(blob)
            }
        };
    let shallow_roots = git.shallow_roots();
    for id in git.commits()? {
        let (info, parents) = git.commit(id)?;
        let new = blob_at(&mut blobs, id, &path)?;
        let olds = parents
            .iter()
            .map(|&p| blob_at(&mut blobs, p, &path))
            .collect::<Result<Vec<_>>>()?;
        let unchanged = if parents.is_empty() {
            new.is_none()
        } else {
            olds.contains(&new)
        };
        if unchanged {
            continue;
        }
        let mut old_path = path.clone();
        let mut old = olds.first().copied().flatten();
        if let (Some(new), None, Some(&parent)) = (new, old, parents.first())
            && let Some((p, blob)) = renamed_from(git, parent, id, &path, new, limit)?
        {
            old_path = p;
            old = Some(blob);
        }
        let version = |path: &str, blob: Option<Oid>| {
            blob.map(|b| Version {
                path: path.to_owned(),
                text: git.read_blob(b, limit),
            })
        };
        let delta = FileDelta {
            old: version(&old_path, old),
            new: version(&path, new),
        };
        let parent_name = parents
            .first()
            .map_or_else(String::new, |p| p.to_string()[..12].to_owned());
        let plan = pair(vec![delta], &parent_name, &info.id[..12], catalogue)
            .into_iter()
            .next();
        if let Some(plan) = plan {
            let history_ends = parents.is_empty() && shallow_roots.contains(&id);
            out.push(Entry {
                commit: info,
                plan,
                history_ends,
            });
        }
        if old_path != path {
            // Older commits are looked up under the plan's earlier path.
            blobs.clear();
            if !paths.contains(&old_path) {
                paths.push(old_path.clone());
            }
            path = old_path;
        }
    }
    Ok((out, paths))
}

/// Every path the plan at `path` has had in the history reachable from
/// HEAD, following renames as `sip log` does; `path` first.
pub(super) fn paths_in_history(
    git: &Git,
    path: &str,
    limit: u64,
    catalogue: &Catalogue,
) -> Result<Vec<String>> {
    Ok(history(git, path, limit, catalogue)?.1)
}

/// Where the plan at `path` in `commit` came from: the file git's rename
/// detection pairs it with by content (a rename that also changed the id,
/// as SIP011 asks), else a removed plan file with the same `id`.
fn renamed_from(
    git: &Git,
    parent: Oid,
    commit: Oid,
    path: &str,
    new: Oid,
    limit: u64,
) -> Result<Option<(String, Oid)>> {
    if let Some(found) = git.renamed_to(parent, commit, path)? {
        return Ok(Some(found));
    }
    let plan_id = |blob: Oid| -> Option<String> {
        let value = parse_value(&git.read_blob(blob, limit).ok()?).ok()?;
        value.get("id")?.as_str().map(str::to_owned)
    };
    let Some(id) = plan_id(new) else {
        return Ok(None);
    };
    Ok(git
        .removed_plans(parent, commit)?
        .into_iter()
        .find(|(_, blob)| plan_id(*blob).as_deref() == Some(id.as_str())))
}

fn when(c: &CommitInfo) -> DateTime<FixedOffset> {
    let offset = FixedOffset::east_opt(c.offset_minutes * 60)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"));
    DateTime::from_timestamp(c.time, 0)
        .unwrap_or_default()
        .with_timezone(&offset)
}
