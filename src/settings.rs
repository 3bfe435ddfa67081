//! Resolves the raw command line and `sip.toml` into what commands use: the
//! working folder, the repository root, the configuration, the check date and
//! whether to colour output.

use chrono::{Local, NaiveDate};
use std::path::{Path, PathBuf};

use crate::check::CheckOptions;
use crate::cli::Cli;
use crate::config::{self, Config, Lang};
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::walk::Scope;

#[derive(Debug)]
pub struct Settings {
    /// The folder sip runs in (after `-C`), absolute.
    pub cwd: PathBuf,
    /// The repository root: the nearest folder upwards with `sip.toml` or `.git`.
    pub root: PathBuf,
    pub config: Config,
    pub as_of: NaiveDate,
    /// Where everything is written: colour, `-q`, redaction.
    pub printer: Printer,
    /// The language of what people read: `--lang`, else `lang` in sip.toml.
    pub lang: Lang,
    /// `--lang` when it was given (`sip render` otherwise follows the person).
    pub lang_given: Option<Lang>,
}

impl Settings {
    pub fn resolve(cli: &Cli) -> Result<Settings> {
        let start = std::env::current_dir().map_err(|source| Error::Io {
            path: PathBuf::from("."),
            source,
        })?;
        let cwd = match &cli.directory {
            Some(dir) => {
                let dir = start.join(dir);
                if !dir.is_dir() {
                    return Err(Error::NoDirectory { path: dir });
                }
                dir
            }
            None => start,
        };
        let root = find_root(&cwd);
        let config = Config::load(&root)?;
        let lang = cli.lang.unwrap_or(config.lang);
        Ok(Settings {
            cwd,
            root,
            lang,
            lang_given: cli.lang,
            config,
            as_of: cli.as_of.unwrap_or_else(|| Local::now().date_naive()),
            printer: Printer::new(cli.quiet, cli.color, lang),
        })
    }

    /// The plans folder, absolute.
    pub fn plans_dir(&self) -> PathBuf {
        self.root.join(&self.config.plans_dir)
    }

    /// Where commands look for plans and how much they read.
    pub fn scope(&self) -> Scope {
        Scope {
            cwd: self.cwd.clone(),
            root: self.root.clone(),
            plans_dir: self.plans_dir(),
            max_plans: self.config.max_plans,
            max_file_size: self.config.max_file_size,
        }
    }

    /// The repository's templates folder (`templates_dir`), absolute.
    pub fn templates_dir(&self) -> PathBuf {
        self.root.join(&self.config.templates_dir)
    }

    /// What `sip.toml` and the global flags set for a check; not strict, full check.
    pub fn check_options(&self) -> CheckOptions {
        CheckOptions {
            as_of: self.as_of,
            establish_within_days: self.config.establish_within_days,
            transition_planning_days: self.config.transition_planning_days,
            strict: false,
            max_file_size: self.config.max_file_size,
            parse_only: false,
            lang: self.lang,
        }
    }

    /// A plan named on the command line: the path as given, or
    /// `<plans folder>/<ID>.sip.yaml` when it is a bare id with no such file.
    pub fn plan_path(&self, plan: &Path) -> PathBuf {
        let given = self.cwd.join(plan);
        let name = plan.to_string_lossy();
        if given.exists() || name.ends_with(".sip.yaml") || name.contains(['/', '\\']) {
            return given;
        }
        self.plans_dir().join(format!("{name}.sip.yaml"))
    }

    /// A path as the user should see it: relative to where sip runs when it
    /// lies below it, otherwise as it is.
    pub fn display(&self, path: &Path) -> String {
        crate::walk::display(&self.cwd, path)
    }
}

/// Like git: the nearest folder, upwards from `start`, that holds `sip.toml` or
/// `.git`; `start` itself when there is none.
pub fn find_root(start: &Path) -> PathBuf {
    start
        .ancestors()
        .find(|dir| dir.join(config::FILE_NAME).is_file() || dir.join(".git").exists())
        .unwrap_or(start)
        .to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_is_found_upwards_by_sip_toml_or_git() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("plans/sub");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(find_root(&deep), deep, "no marker: the start folder");
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        assert_eq!(find_root(&deep), dir.path());
        std::fs::write(dir.path().join("plans/sip.toml"), "").unwrap();
        assert_eq!(find_root(&deep), dir.path().join("plans"));
    }
}
