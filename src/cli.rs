//! The command line as clap sees it: raw arguments, no resolution. What they
//! mean (which folder, which date, colour or not) is decided in `settings.rs`.

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Coordinated individual plans (SIP, samordnad individuell plan) as YAML files in git.
#[derive(Debug, Parser)]
#[command(name = "sip", version = env!("SIP_LONG_VERSION"), about, max_term_width = 100)]
pub struct Cli {
    /// Run as if sip was started in DIR
    #[arg(short = 'C', value_name = "DIR", global = true)]
    pub directory: Option<PathBuf>,

    /// When to colour output (NO_COLOR turns colour off for `auto`)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Print only findings and errors, no summary
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// The check date for every date-dependent rule and command (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", global = true, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    /// The language of everything people read (default: `lang` in sip.toml,
    /// else Swedish); `sip render` may use the person's own language
    #[arg(long, value_enum, global = true)]
    pub lang: Option<crate::config::Lang>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Make a folder a plan repository: git, plans/, sip.toml, CI files; never replaces a file
    #[command(
        after_help = "Examples:\n  sip init                 # this folder\n  sip init planer          # a new folder\n  sip init --show .gitlab-ci.yml"
    )]
    Init(InitArgs),
    /// Start a new plan: a draft from the template, in the plans folder
    #[command(
        after_help = "Examples:\n  sip new                                   # the next free id, asks for the rest\n  sip new 2026-0042 --person \"Tolvan Tolvansson\" --lead municipality --lead-org \"Socialtjänsten\""
    )]
    New(NewArgs),
    /// Show every plan in a table: status, person, lead, next follow-up
    #[command(
        after_help = "Examples:\n  sip list --status active\n  sip list --lead region --format csv > planer.csv\n  sip list --format xlsx -o planer.xlsx"
    )]
    List(ListArgs),
    /// Overdue and upcoming follow-ups and other reminders, most overdue first
    #[command(
        after_help = "Examples:\n  sip due --who \"Socialtjänsten\"\n  sip due --within 30 --format ics > sip.ics\n  sip due --fail-on-overdue            # in a scheduled CI job"
    )]
    Due(DueArgs),
    /// The measures of SIP work (S1–S12): counts only, small numbers suppressed
    #[command(
        after_help = "Examples:\n  sip stats --by lead\n  sip stats ../kommun-a/plans ../kommun-b/plans --from 2026-01-01 --to 2026-03-31\n  sip stats --format html -o sip-stats.html\n  sip stats --format csv --min-cell 0 > egna-planer.csv"
    )]
    Stats(StatsArgs),
    /// Validate plans against the schema and the rule catalogue
    #[command(
        after_help = "Examples:\n  sip check\n  sip check plans/2026-0042.sip.yaml --strict\n  sip check --changed --format github   # in CI\n  sip explain SIP014                     # what a rule means"
    )]
    Check(CheckArgs),
    /// A printable plan for the person and the signatures: HTML, Markdown or text
    #[command(
        after_help = "Examples:\n  sip render 2026-0042 -o rendered/2026-0042.html\n  sip render plans/2026-0042.sip.yaml --format txt --lang en\n  sip render 2026-0042 --letter -o rendered/kallelse-2026-0042.html"
    )]
    Render(RenderArgs),
    /// A meeting invitation (iCalendar) for a follow-up: to everyone invited, initials only
    #[command(
        after_help = "Examples:\n  sip invite 2026-0042 -o kallelse.ics             # the next follow-up\n  sip invite 2026-0042 --follow-up 2026-03-12 -o kallelse.ics\n  sip invite 2026-0042 --follow-up 2026-03-12 --cancel -o inställt.ics"
    )]
    Invite(InviteArgs),
    /// What changed in the plans between two revisions, in plan terms
    #[command(
        after_help = "Examples:\n  sip diff                        # HEAD against the work tree\n  sip diff main~3                 # main~3 against the work tree\n  sip diff v1 v2 --format md -- plans/2026-0042.sip.yaml"
    )]
    Diff(DiffArgs),
    /// The history of one plan, newest first: who changed what, and when
    #[command(
        after_help = "Examples:\n  sip log 2026-0042\n  sip log plans/2026-0042.sip.yaml --format json"
    )]
    Log(LogArgs),
    /// Closed plans past the time sip.toml's `retention` keeps them (gallring); --apply removes them
    #[command(
        after_help = "Examples:\n  sip retention                  # what is past its time\n  sip retention --apply          # remove it in one commit, then rewrite the history as told\n\nsip.toml:\n  [retention]\n  years = 5          # whole years after closed.date; none by default\n  region = 10        # optional: plans led by a region\n  municipality = 5   # optional: plans led by a municipality"
    )]
    Retention(RetentionArgs),
    /// git's external diff driver for plans (`diff.sip.command`, set by `sip init`)
    #[command(hide = true)]
    GitDiff(GitDiffArgs),
    /// Print a rule's text, severity and source; without RULE, list every rule
    #[command(
        after_help = "Examples:\n  sip explain\n  sip explain SIP014\n  sip explain no-open-follow-up"
    )]
    Explain(ExplainArgs),
    /// Print the JSON Schema of the plan format, or of a command's JSON output
    #[command(
        after_help = "Examples:\n  sip schema > schema/sip.schema.json\n  sip schema --output list > schema/output/list.schema.json"
    )]
    Schema(SchemaArgs),
    /// Print a completion script for a shell
    #[command(
        after_help = "Examples:\n  sip completions bash > ~/.local/share/bash-completion/completions/sip\n  sip completions zsh > ~/.zfunc/_sip\n  sip completions fish > ~/.config/fish/completions/sip.fish"
    )]
    Completions(CompletionsArgs),
    /// Print the manual page (roff) of sip or of one command, or write every page to a folder
    #[command(
        after_help = "Examples:\n  sip man > ~/.local/share/man/man1/sip.1\n  sip man check > ~/.local/share/man/man1/sip-check.1\n  sip man --dir ~/.local/share/man/man1   # sip.1, sip-check.1, …"
    )]
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Plan files or folders (default: the plans folder of the repository)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Treat warnings as errors
    #[arg(long)]
    pub strict: bool,

    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,

    /// Only the plans that differ from REV (default: the merge base with the
    /// default branch, or HEAD), plus the id-uniqueness rule over all plans.
    /// Give REV with `=`: `--changed=main`
    #[arg(long, value_name = "REV", num_args = 0..=1, require_equals = true, default_missing_value = "")]
    pub changed: Option<String>,

    /// Instead of the plans, scan the git history (commit messages, author
    /// names, branch and tag names, file paths) for identity numbers
    #[arg(long, conflicts_with_all = ["changed", "paths", "parse_only"])]
    pub history: bool,

    /// With `--format text`: the source line and a caret under every finding,
    /// also into a pipe (on a terminal, and with `--color always`, they show anyway)
    #[arg(long)]
    pub show_source: bool,

    /// Only read and parse the files (the benchmark's floor); no schema, no rules
    #[arg(long, hide = true)]
    pub parse_only: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// `file:line:col: severity[rule]: message`, on a terminal (or with
    /// `--show-source`) with the source line and a caret under the place
    Text,
    /// `file:line:col: severity[rule]: message`, one line per finding
    Concise,
    /// One JSON document with a summary and every diagnostic
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::`)
    Github,
    /// SARIF 2.1.0, for code scanning
    Sarif,
    /// GitLab Code Quality report (JSON), for merge requests
    Gitlab,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The plan id, such as 2026-0042 (default: the next free YYYY-NNNN for this year)
    pub id: Option<String>,

    /// The person the plan is for
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,

    /// The principal with overall responsibility
    #[arg(long, value_enum)]
    pub lead: Option<LeadArg>,

    /// The organisation with overall responsibility
    #[arg(long, value_name = "ORG")]
    pub lead_org: Option<String>,

    /// Replace the plan if the file already exists
    #[arg(long)]
    pub force: bool,

    /// Never ask; leave placeholders for what the flags do not give
    #[arg(long)]
    pub no_input: bool,
}

/// A principal that can hold the overall responsibility.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LeadArg {
    Region,
    Municipality,
}

impl LeadArg {
    pub fn as_str(self) -> &'static str {
        match self {
            LeadArg::Region => "region",
            LeadArg::Municipality => "municipality",
        }
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Plan files or folders (default: the plans folder of the repository)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Only plans with this status
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,

    /// Only plans whose overall responsibility lies with this principal
    #[arg(long, value_enum)]
    pub lead: Option<LeadArg>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,

    /// Write the workbook to FILE (atomically); only with `--format xlsx`
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Read every plan afresh instead of reusing what `.git/sip/` remembers
    #[arg(long)]
    pub no_cache: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Draft,
    Active,
    Closed,
}

impl StatusArg {
    pub fn as_str(self) -> &'static str {
        match self {
            StatusArg::Draft => "draft",
            StatusArg::Active => "active",
            StatusArg::Closed => "closed",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table
    Text,
    /// `{"plans": [...]}`
    Json,
    /// Comma-separated values with a header row (RFC 4180, UTF-8)
    Csv,
    /// An Excel workbook (to `-o FILE`, or into a pipe), right in every locale
    Xlsx,
}

#[derive(Debug, Args)]
pub struct DueArgs {
    /// Plan files or folders (default: the plans folder of the repository)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Show what falls due within this many days (overdue items always show);
    /// default 14, and 90 for `--format ics`
    #[arg(long, value_name = "DAYS",
          value_parser = clap::value_parser!(u32).range(0..=36_600))]
    pub within: Option<u32>,

    /// Exit 1 when anything is overdue (for a scheduled CI job)
    #[arg(long)]
    pub fail_on_overdue: bool,

    /// Only items whose convener or responsible organisation contains TEXT (any case)
    #[arg(long, value_name = "TEXT")]
    pub who: Option<String>,

    /// Only items of this kind
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,

    /// Output format
    #[arg(long, value_enum, default_value_t = DueFormat::Text)]
    pub format: DueFormat,

    /// Write the workbook to FILE (atomically); only with `--format xlsx`
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Name persons in full in the calendar (default: initials only)
    #[arg(long)]
    pub full_names: bool,

    /// Also list follow-ups whose invitation cannot be sent yet (no time, no
    /// place, no participant e-mail, no organiser), due three weeks before
    /// the meeting (kind `invitation_incomplete`)
    #[arg(long)]
    pub invitations: bool,

    /// In the calendar, a reminder this many days before each event
    #[arg(long, value_name = "N",
          value_parser = clap::value_parser!(u32).range(0..=365))]
    pub alarm_days: Option<u32>,

    /// Read every plan afresh instead of reusing what `.git/sip/` remembers
    #[arg(long)]
    pub no_cache: bool,
}

/// Named as in the JSON output (`follow_up`); `follow-up` works too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum KindArg {
    #[value(alias = "follow-up")]
    FollowUp,
    #[value(alias = "action-end")]
    ActionEnd,
    Establish,
    #[value(alias = "discharge-call")]
    DischargeCall,
    #[value(alias = "consent-expiry")]
    ConsentExpiry,
    Unscheduled,
    #[value(alias = "action-start")]
    ActionStart,
    #[value(alias = "transition-planning")]
    TransitionPlanning,
    #[value(alias = "invitation-incomplete")]
    InvitationIncomplete,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DueFormat {
    /// A table grouped by who acts
    Text,
    /// `{"as_of", "within_days", "items": [...]}`
    Json,
    /// An iCalendar file (RFC 5545) for a shared calendar
    Ics,
    /// An Excel workbook (to `-o FILE`, or into a pipe), dates as dates
    Xlsx,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The schema of this command's `--format json` output instead of the plan's
    #[arg(long, value_enum, value_name = "COMMAND")]
    pub output: Option<crate::output::shapes::Output>,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to print (`check` prints sip-check(1))
    #[arg(value_name = "COMMAND", conflicts_with = "dir")]
    pub command: Option<String>,

    /// Write every page (sip.1, sip-check.1, …) into DIR instead
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder (default: the current one); created if missing
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// Print what `sip init` writes to FILE (such as `.gitlab-ci.yml`) and stop
    #[arg(long, value_name = "FILE")]
    pub show: Option<String>,
}

#[derive(Debug, Args)]
pub struct GitDiffArgs {
    /// PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE, as git passes them
    #[arg(num_args = 7.., required = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The plan: its file or its id
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    /// Output format
    #[arg(long, value_enum, default_value_t = crate::render::Format::Html)]
    pub format: crate::render::Format,

    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Refuse to render a plan with errors or warnings, instead of showing them in a banner
    #[arg(long)]
    pub strict: bool,

    /// The letter to the person (kallelse) for the next follow-up, instead of the plan
    #[arg(long)]
    pub letter: bool,
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    /// The plan: its file or its id
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    /// The follow-up, by its date (default: the next open one from the check date)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub follow_up: Option<NaiveDate>,

    /// Cancel the meeting (METHOD:CANCEL) instead of inviting to it
    #[arg(long)]
    pub cancel: bool,

    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// None: HEAD against the work tree; one: that revision against the work
    /// tree; two: the first against the second. Any revision git accepts.
    #[arg(value_name = "REV", num_args = 0..=2)]
    pub revs: Vec<String>,

    /// Only plans under these files or folders (default: the plans folder)
    #[arg(last = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Changes in words, grouped by plan
    Text,
    /// `{"from", "to", "plans": [...]}`
    Json,
    /// Markdown tables, for a merge request
    Md,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The plan: its file (as it is or was in the repository) or its id
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    /// Output format
    #[arg(long, value_enum, default_value_t = LogFormat::Text)]
    pub format: LogFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Commits with their changes in words
    Text,
    /// `{"plan", "commits": [...]}`
    Json,
}

#[derive(Debug, Args)]
pub struct RetentionArgs {
    /// Remove the plans past their time from the work tree in one commit and
    /// print how to remove them from the history
    #[arg(long)]
    pub apply: bool,

    /// Output format
    #[arg(long, value_enum, default_value_t = RetentionFormat::Text)]
    pub format: RetentionFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RetentionFormat {
    /// One line per plan, then what to do
    Text,
    /// `{"version": 1, "as_of", "plans": [...]}`
    Json,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A rule id (`SIP014`) or name (`no-open-follow-up`)
    pub rule: Option<String>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Plan files or folders, several repositories counted as one (default: the plans folder)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// First day of the period (default: 364 days before --to)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub from: Option<NaiveDate>,

    /// Last day of the period, not after the check date (default: the check date)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub to: Option<NaiveDate>,

    /// Group every measure; a total is always shown
    #[arg(long, value_enum, default_value_t = crate::stats::measures::By::None)]
    pub by: crate::stats::measures::By,

    /// Counts from 1 to N-1 are suppressed; 0 shows every number
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub min_cell: u64,

    /// Output format
    #[arg(long, value_enum, default_value_t = StatsFormat::Text)]
    pub format: StatsFormat,

    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Read every plan afresh instead of reusing what `.git/sip/` remembers
    #[arg(long)]
    pub no_cache: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    /// A table per group, in the repository's language
    Text,
    /// `{"version": 1, …, "groups": [...]}`
    Json,
    /// `group,measure,part,numerator,denominator,value`
    Csv,
    /// One self-contained page with a chart and a table per measure
    Html,
    /// An Excel workbook (to `-o FILE`, or into a pipe): the rows of `csv`
    Xlsx,
}

/// A date written exactly `YYYY-MM-DD` (years 0001–9999): `2026-2-3`,
/// `0000-01-01` and `+2026-01-01` are refused.
fn parse_date(text: &str) -> Result<NaiveDate, String> {
    crate::plan::deadlines::parse_date(text)
        .ok_or_else(|| "write the date as YYYY-MM-DD, such as 2026-03-12".to_owned())
}
