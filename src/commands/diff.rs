//! `sip diff [REV_A [REV_B]] [-- PATH...] [--format text|json|md]`: what
//! changed between two revisions, in plan terms.

use super::ExitStatus;
use crate::cli::{DiffArgs, DiffFormat, GitDiffArgs};
use crate::diff::{FileDelta, Version, pair};
use crate::error::Result;
use crate::git::{Git, Rev};
use crate::i18n::Catalogue;
use crate::output::diff;
use crate::settings::Settings;
use crate::source::read_bounded;

pub fn diff(settings: &Settings, args: &DiffArgs) -> Result<ExitStatus> {
    let git = Git::open(&settings.cwd)?;
    let (from, to) = match args.revs.as_slice() {
        [] => (git.rev("HEAD")?, Rev::Worktree),
        [a] => (git.rev(a)?, Rev::Worktree),
        [a, b, ..] => (git.rev(a)?, git.rev(b)?),
    };
    let pathspecs = git.pathspecs(&settings.scope(), &args.paths)?;
    let deltas = git.changed(&from, &to, &pathspecs, settings.config.max_file_size)?;
    let plans = pair(
        deltas,
        from.name(),
        to.name(),
        Catalogue::built_in(settings.lang),
    );

    let lang = settings.lang;
    let worktree = Catalogue::built_in(lang).text("diff-worktree");
    let to_name = match to {
        Rev::Worktree => worktree.as_str(),
        Rev::Tree { ref name, .. } => name,
    };
    let text = match args.format {
        DiffFormat::Text => {
            let style = settings.printer.style();
            diff::text(
                lang,
                style,
                settings.printer.quiet(),
                from.name(),
                to_name,
                &plans,
            )
        }
        DiffFormat::Md => diff::markdown(lang, from.name(), to_name, &plans),
        DiffFormat::Json => {
            let value = diff::json(from.name(), to.name(), &plans);
            let mut text = serde_json::to_string_pretty(&value).expect("diffs serialise");
            text.push('\n');
            text
        }
    };
    settings.printer.out(&text)?;
    Ok(ExitStatus::Success)
}

/// `sip git-diff PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE`:
/// git's external diff driver (`diff.sip.command`). git hands over two
/// files (`/dev/null` for a side that does not exist); the plan's changes
/// are printed in words, like one plan of `sip diff`.
pub fn git_diff(settings: &Settings, args: &GitDiffArgs) -> Result<ExitStatus> {
    let [path, old, _, _, new, ..] = args.args.as_slice() else {
        // clap asks for at least 7; say so rather than crash if it ever lets
        // fewer through.
        return Err(crate::error::Error::Unsupported {
            what: crate::i18n::Message::new("error-git-diff-args"),
            hint: crate::i18n::Message::new("hint-git-diff-args"),
        });
    };
    // A rename gives the new path as the 8th argument.
    let new_path = args.args.get(7).unwrap_or(path);
    let limit = settings.config.max_file_size;
    let version = |file: &str, path: &str| {
        (file != "/dev/null").then(|| Version {
            path: path.to_owned(),
            text: read_bounded(std::path::Path::new(file), limit).map_err(|e| e.problem()),
        })
    };
    let delta = FileDelta {
        old: version(old, path),
        new: version(new, new_path),
    };
    let lang = settings.lang;
    let style = settings.printer.style();
    let mut out = String::new();
    for plan in pair(vec![delta], "a", "b", Catalogue::built_in(lang)) {
        diff::plan_text(lang, style, &plan, &mut out);
    }
    settings.printer.out(&out)?;
    Ok(ExitStatus::Success)
}
