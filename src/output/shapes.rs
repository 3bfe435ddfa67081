//! The JSON outputs of the commands, as types: every `--format json`
//! document is one of these, serialised, and its JSON Schema
//! (`schema/output/<command>.schema.json`, `sip schema --output COMMAND`)
//! is generated from the same type, so the two cannot drift apart.

use chrono::NaiveDate;
use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde::Serialize;

use crate::check::Diagnostic;
use crate::diff::PlanDiff;
use crate::due::DueItem;
use crate::summary::PlanSummary;

/// The version of every JSON output; raised when a shape changes in a way
/// that breaks a reader (a key removed or its meaning changed).
pub const VERSION: u32 = 1;

/// `sip check --format json`: the findings, or with `--history` the places
/// in the git history that hold an identity number.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
pub enum CheckOutput {
    Report(CheckReport),
    History(HistoryReport),
}

/// The findings of `sip check`.
#[derive(Serialize, JsonSchema)]
pub struct CheckReport {
    /// Always 1.
    #[schemars(extend("const" = 1))]
    pub version: u32,
    pub summary: CheckSummary,
    /// Every finding, by file, then position, then rule.
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Serialize, JsonSchema)]
pub struct CheckSummary {
    /// Files checked.
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// `sip check --history --format json`.
#[derive(Serialize, JsonSchema)]
pub struct HistoryReport {
    /// Always 1.
    #[schemars(extend("const" = 1))]
    pub version: u32,
    pub summary: HistorySummary,
    pub history: Vec<HistoryHit>,
}

#[derive(Serialize, JsonSchema)]
pub struct HistorySummary {
    /// Places in the history that hold an identity number.
    pub history_hits: usize,
}

/// One place in the git history with an identity number (redacted here).
#[derive(Serialize, JsonSchema)]
pub struct HistoryHit {
    /// The commit's full hash.
    pub commit: String,
    pub place: crate::git::HistoryPlace,
    /// Always `SIP011`.
    pub rule: String,
    /// The text, the identity number shown as `[personnummer]`.
    pub text: String,
}

/// `sip list --format json`.
#[derive(Serialize, JsonSchema)]
pub struct ListOutput<'a> {
    /// Always 1.
    #[schemars(extend("const" = 1))]
    pub version: u32,
    /// The plans, by file name.
    pub plans: &'a [PlanSummary],
    /// Files that could not be read or parsed (the run exits 2).
    pub broken: Vec<BrokenPlan>,
}

/// A file that `list` could not read as a plan.
#[derive(Serialize, JsonSchema)]
pub struct BrokenPlan {
    pub file: String,
    /// Why, in the output language, with `line:column` in front when known.
    pub reason: String,
}

/// `sip due --format json`.
#[derive(Serialize, JsonSchema)]
pub struct DueOutput<'a> {
    /// Always 1.
    #[schemars(extend("const" = 1))]
    pub version: u32,
    /// The check date.
    pub as_of: NaiveDate,
    /// `--within`: items due up to this many days after `as_of` are shown
    /// (overdue ones always).
    pub within_days: i64,
    /// Most overdue first.
    pub items: &'a [DueItem],
}

/// `sip diff --format json`.
#[derive(Serialize, JsonSchema)]
pub struct DiffOutput<'a> {
    /// Always 1.
    #[schemars(extend("const" = 1))]
    pub version: u32,
    /// The older revision as named (`HEAD`, `main~3`).
    pub from: String,
    /// The newer revision as named, or `worktree`.
    pub to: String,
    /// Every plan that differs, by file.
    pub plans: &'a [PlanDiff],
}

/// `sip log --format json`.
#[derive(Serialize, JsonSchema)]
pub struct LogOutput {
    /// Always 1.
    #[schemars(extend("const" = 1))]
    pub version: u32,
    /// The plan's path as given, relative to the repository.
    pub plan: String,
    /// Newest first.
    pub commits: Vec<LogCommit>,
}

/// One commit that changed the plan, and what it changed.
#[derive(Serialize, JsonSchema)]
pub struct LogCommit {
    /// The full hash.
    pub commit: String,
    pub author: String,
    pub email: String,
    /// The author date, RFC 3339 with the author's offset.
    pub date: String,
    pub message: String,
    /// The plan's path in this commit.
    pub file: String,
    /// The older path, when this commit renamed the plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_file: Option<String>,
    pub id: String,
    pub change: LogChange,
    pub changes: Vec<crate::diff::Change>,
    /// Set when a side could not be read or parsed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub broken: Option<crate::diff::Broken>,
}

/// What the commit did to the plan; `history_ends` where a shallow clone's
/// history stops (the plan existed before, beyond what the clone holds).
#[derive(Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LogChange {
    Added,
    Removed,
    Modified,
    Renamed,
    HistoryEnds,
}

/// `sip stats --format json` (stats.md).
#[derive(Serialize, JsonSchema)]
pub struct StatsOutput {
    /// Always 1.
    #[schemars(extend("const" = 1))]
    pub version: u32,
    pub as_of: NaiveDate,
    /// The first day of the period.
    pub from: NaiveDate,
    /// The last day of the period.
    pub to: NaiveDate,
    /// `none`, `lead`, `principal` or `situation`.
    pub by: String,
    /// Counts from 1 to `min_cell` − 1, and what is computed from them, are `null`.
    pub min_cell: u64,
    /// The total first (`"total"`), then one per group.
    pub groups: Vec<StatsGroup>,
}

#[derive(Serialize, JsonSchema)]
pub struct StatsGroup {
    pub group: String,
    /// By measure id (`S1` … `S12`, `S1a` …): `{"value"}` for a count,
    /// `{"numerator", "denominator", "share"}` for a share, `{"n", "median"}`
    /// (and `"p90"`) for days, or an object by part for a measure with parts.
    /// Suppressed or missing numbers are `null`.
    pub measures: serde_json::Map<String, serde_json::Value>,
}

/// `sip retention --format json`: the closed plans past the period
/// `sip.toml` sets, and with `--apply` the commit and the history rewrite.
#[derive(Serialize, JsonSchema)]
pub struct RetentionOutput {
    /// Always 1.
    #[schemars(extend("const" = 1))]
    pub version: u32,
    /// The check date.
    pub as_of: NaiveDate,
    /// Closed plans read.
    pub closed: usize,
    /// The plans past their time, earliest first.
    pub plans: Vec<RetentionPlan>,
    /// Closed plans without `closed.date`: sip cannot tell their time.
    pub undated: Vec<String>,
    /// `--apply`: the commit that removed the plans.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// `--apply`: the file listing every path the plans ever had.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paths_file: Option<String>,
    /// `--apply`: the history rewrite to run in a new mirror clone, as arguments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rewrite: Option<Vec<String>>,
}

#[derive(Serialize, JsonSchema)]
pub struct RetentionPlan {
    pub file: String,
    pub id: String,
    /// `lead.principal` as written.
    pub lead: String,
    /// `closed.date`.
    pub closed: NaiveDate,
    /// The period that applies, in whole years.
    pub years: u32,
    /// The first day the plan is past its time.
    pub past_from: NaiveDate,
}

/// The commands with a JSON output, for `sip schema --output`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Output {
    Check,
    List,
    Due,
    Diff,
    Log,
    Stats,
    Retention,
}

impl Output {
    pub const ALL: [Output; 7] = [
        Output::Check,
        Output::List,
        Output::Due,
        Output::Diff,
        Output::Log,
        Output::Stats,
        Output::Retention,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Output::Check => "check",
            Output::List => "list",
            Output::Due => "due",
            Output::Diff => "diff",
            Output::Log => "log",
            Output::Stats => "stats",
            Output::Retention => "retention",
        }
    }

    /// The JSON Schema of the command's JSON output, as committed in
    /// `schema/output/<name>.schema.json`: pretty JSON, a final newline.
    pub fn schema_json(self) -> String {
        let generator = SchemaSettings::draft2020_12()
            // What is written: a key left out when empty is not required.
            .for_serialize()
            .into_generator();
        let schema = match self {
            Output::Check => generator.into_root_schema_for::<CheckOutput>(),
            Output::List => generator.into_root_schema_for::<ListOutput<'static>>(),
            Output::Due => generator.into_root_schema_for::<DueOutput<'static>>(),
            Output::Diff => generator.into_root_schema_for::<DiffOutput<'static>>(),
            Output::Log => generator.into_root_schema_for::<LogOutput>(),
            Output::Stats => generator.into_root_schema_for::<StatsOutput>(),
            Output::Retention => generator.into_root_schema_for::<RetentionOutput>(),
        }
        .to_value();
        let mut text = serde_json::to_string_pretty(&schema).expect("a JSON value serialises");
        text.push('\n');
        text
    }
}
