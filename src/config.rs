//! `sip.toml`, the optional settings file at the repository root.

use serde::Deserialize;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::source::Pos;

/// The settings a plan repository may set. Every key is optional.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Where plans live, relative to the repository root.
    pub plans_dir: PathBuf,
    /// SIP021: days from `initiated.date` to `established`.
    pub establish_within_days: u32,
    /// SIP032: days before a stay's `expected_end` that planning for after it starts.
    pub transition_planning_days: u32,
    /// Put before every id `sip new` chooses (`NORR-` gives `NORR-2026-0001`):
    /// one per unit or person keeps clones that have not fetched from
    /// choosing the same id.
    pub id_prefix: String,
    /// The language of output meant for people: `sv` or `en`.
    pub lang: Lang,
    /// Where `sip new` and `sip render` look for templates that override the built-in ones.
    pub templates_dir: PathBuf,
    /// The largest plan file sip reads, in bytes.
    pub max_file_size: u64,
    /// The most plans one run reads; more stops the run with a message
    /// instead of exhausting memory.
    pub max_plans: usize,
    /// The right-hand side of every calendar UID (`…@<uid_domain>`); by
    /// default one derived from the repository's root commit
    /// (`crate::calendar::domain`).
    pub uid_domain: Option<String>,
    /// The organiser of `sip invite`'s invitations when a plan's lead
    /// contact has no e-mail (a shared mailbox of the unit).
    pub organizer_email: Option<String>,
    /// How long closed plans are kept (`sip retention`); none by default.
    pub retention: Retention,
}

/// `[retention]`: how many whole years after `closed.date` a closed plan is
/// kept before it is thinned out (*gallras*). sip never decides this: the
/// law and each principal's own decision (*gallringsbeslut*) do, so nothing
/// is set by default and a plan no setting covers is kept. A repository is
/// one unit's; a period per lead principal covers a unit that keeps plans
/// led by both.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Retention {
    /// Every closed plan.
    pub years: Option<u32>,
    /// Plans whose `lead.principal` is `region` (instead of `years`).
    pub region: Option<u32>,
    /// Plans whose `lead.principal` is `municipality` (instead of `years`).
    pub municipality: Option<u32>,
}

/// The longest retention period taken, in years.
pub const MAX_RETENTION_YEARS: u32 = 150;

impl Retention {
    /// Whether any period is set.
    pub fn is_set(&self) -> bool {
        self.years.or(self.region).or(self.municipality).is_some()
    }

    /// The period for a plan whose lead principal is `principal`, if any.
    pub fn years_for(&self, principal: &str) -> Option<u32> {
        match principal {
            "region" => self.region.or(self.years),
            "municipality" => self.municipality.or(self.years),
            _ => self.years,
        }
    }

    fn check(&self) -> Result<(), (&'static str, u32)> {
        for (key, value) in [
            ("years", self.years),
            ("region", self.region),
            ("municipality", self.municipality),
        ] {
            if let Some(years) = value
                && !(1..=MAX_RETENTION_YEARS).contains(&years)
            {
                return Err((key, years));
            }
        }
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// The language tag: `sv`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            plans_dir: PathBuf::from("plans"),
            establish_within_days: 14,
            transition_planning_days: 56,
            id_prefix: String::new(),
            lang: Lang::Sv,
            templates_dir: PathBuf::from("templates"),
            max_file_size: 1024 * 1024,
            max_plans: 250_000,
            retention: Retention::default(),
            uid_domain: None,
            organizer_email: None,
        }
    }
}

pub const FILE_NAME: &str = "sip.toml";

/// The largest `establish_within_days` taken: a year.
const MAX_ESTABLISH_DAYS: u32 = 365;

impl Config {
    /// Reads `sip.toml` in `root`, or the defaults when there is none.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join(FILE_NAME);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(source) => return Err(Error::Io { path, source }),
        };
        Self::parse(&text).map_err(|(pos, message)| Error::Config { path, pos, message })
    }

    fn parse(text: &str) -> Result<Config, (Pos, String)> {
        let position = |offset: usize| Pos::at_offset(text, offset);
        let config = toml::from_str::<Config>(text).map_err(|e| {
            (
                position(e.span().map_or(0, |s| s.start)),
                e.message().to_string(),
            )
        })?;
        // Absurd numbers are refused here rather than overflowing later.
        if config.establish_within_days > MAX_ESTABLISH_DAYS {
            let offset = text.find("establish_within_days").unwrap_or(0);
            return Err((
                position(offset),
                format!(
                    "establish_within_days is {}; it is at most {MAX_ESTABLISH_DAYS} (regions use 10–14)",
                    config.establish_within_days
                ),
            ));
        }
        if let Some(domain) = &config.uid_domain
            && !crate::calendar::domain::is_valid(domain.trim())
        {
            let offset = text.find("uid_domain").unwrap_or(0);
            return Err((
                position(offset),
                format!(
                    "uid_domain is `{domain}`; it is a domain name of letters, digits, `-` and `.`, such as `sip.exempels.se`"
                ),
            ));
        }
        if let Err((key, years)) = config.retention.check() {
            let section = text.find("retention").unwrap_or(0);
            let offset = text[section..].find(key).map_or(section, |o| section + o);
            return Err((
                position(offset),
                format!(
                    "retention {key} is {years}; it is whole years after closed.date, from 1 to {MAX_RETENTION_YEARS}"
                ),
            ));
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_numbers_are_refused_with_their_line() {
        let (pos, message) =
            Config::parse("lang = \"sv\"\nestablish_within_days = 2147483647\n").unwrap_err();
        assert_eq!(pos, Pos::new(2, 1));
        assert!(message.contains("at most 365"), "{message}");
    }

    #[test]
    fn retention_is_none_by_default_and_per_principal_when_set() {
        let none = Config::parse("").unwrap().retention;
        assert!(!none.is_set());
        assert_eq!(none.years_for("municipality"), None);
        let set = Config::parse("[retention]\nyears = 5\nregion = 10\n")
            .unwrap()
            .retention;
        assert_eq!(set.years_for("region"), Some(10));
        assert_eq!(set.years_for("municipality"), Some(5));
        assert_eq!(set.years_for("other"), Some(5));
        let only = Config::parse("retention = { municipality = 3 }\n")
            .unwrap()
            .retention;
        assert_eq!(
            (only.years_for("municipality"), only.years_for("region")),
            (Some(3), None)
        );
        let (pos, message) =
            Config::parse("lang = \"sv\"\n[retention]\nyears = 5\nregion = 0\n").unwrap_err();
        assert_eq!(pos, Pos::new(4, 1));
        assert!(message.contains("from 1 to 150"), "{message}");
        let (pos, _) = Config::parse("[retention]\nyear = 5\n").unwrap_err();
        assert_eq!(pos, Pos::new(2, 1));
    }

    #[test]
    fn empty_file_gives_defaults() {
        let config = Config::parse("").unwrap();
        assert_eq!(config.plans_dir, PathBuf::from("plans"));
        assert_eq!(config.establish_within_days, 14);
        assert_eq!(config.transition_planning_days, 56);
    }

    #[test]
    fn reads_keys_and_rejects_unknown_ones_with_position() {
        let config =
            Config::parse("plans_dir = \"sip\"\nestablish_within_days = 10\nlang = \"en\"\ntransition_planning_days = 90\n")
                .unwrap();
        assert_eq!(config.transition_planning_days, 90);
        assert_eq!(config.plans_dir, PathBuf::from("sip"));
        assert_eq!(config.establish_within_days, 10);
        assert_eq!(config.lang, Lang::En);
        let (pos, message) = Config::parse("lang = \"sv\"\nplan_dir = \"x\"\n").unwrap_err();
        assert_eq!(pos, Pos::new(2, 1));
        assert!(message.contains("plan_dir"), "{message}");
    }
}
