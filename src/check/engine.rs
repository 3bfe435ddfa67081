//! Runs the schema and every rule over many files: in parallel, with one
//! shared validator, and with output in a fixed order (file, line, column).

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Deserialize;
use std::collections::HashSet;

use super::{Context, Diagnostic, Finding, PlanAt, RULES, RuleId, Severity, schema};
use crate::config::Lang;
use crate::i18n::Catalogue;
use crate::personnummer::redact;
use crate::plan::Plan;
use crate::source::{Document, FileInput, Pos, ReadError, parse, read_bounded};

/// What a check run needs to know beyond the files.
#[derive(Clone, Debug)]
pub struct CheckOptions {
    pub as_of: NaiveDate,
    pub establish_within_days: u32,
    /// SIP032's N (`transition_planning_days` in `sip.toml`).
    pub transition_planning_days: u32,
    pub strict: bool,
    pub max_file_size: u64,
    /// Read and parse only (no schema, no rules): the floor the benchmark
    /// compares `sip check` with.
    pub parse_only: bool,
    /// The language of the findings.
    pub lang: Lang,
}

impl CheckOptions {
    /// `sip.toml`'s defaults as of `as_of`; not strict, full check (for
    /// checks of text that is not in a repository: fuzzing, property tests).
    pub fn with_defaults(as_of: NaiveDate) -> Self {
        let config = crate::config::Config::default();
        CheckOptions {
            as_of,
            establish_within_days: config.establish_within_days,
            transition_planning_days: config.transition_planning_days,
            strict: false,
            max_file_size: config.max_file_size,
            parse_only: false,
            lang: config.lang,
        }
    }
}

/// The result of a check run.
#[derive(Debug, Default)]
pub struct Report {
    pub files: usize,
    pub diagnostics: Vec<Diagnostic>,
    /// Files that could not be read at all, each as "file: reason". These
    /// make the run exit 2, but never stop the other files from being checked.
    pub failures: Vec<String>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// One file's outcome, before the cross-file rule and sorting.
struct Outcome {
    diagnostics: Vec<Diagnostic>,
    /// The plan id and where it stands, for SIP012's uniqueness across files.
    id: Option<(String, Pos)>,
    failure: Option<String>,
}

pub struct Checker {
    options: CheckOptions,
}

impl Checker {
    pub fn new(options: CheckOptions) -> Self {
        Checker { options }
    }

    fn catalogue(&self) -> &'static Catalogue {
        Catalogue::built_in(self.options.lang)
    }

    pub fn check(&self, inputs: &[FileInput]) -> Report {
        self.check_among(inputs, &[])
    }

    /// Checks `inputs`, with SIP012 (every plan its own id) also against
    /// `others`: `(id, file)` of plans that are not checked this run
    /// (`sip check --changed`). Only the checked files get findings.
    pub fn check_among(&self, inputs: &[FileInput], others: &[(String, String)]) -> Report {
        if !self.options.parse_only {
            // Build the validator before the threads start, not in a race between them.
            let _ = &*schema::VALIDATOR;
        }
        let outcomes: Vec<Outcome> = inputs
            .par_iter()
            .map(|input| self.check_one(input))
            .collect();
        let mut report = Report {
            files: inputs.len(),
            ..Report::default()
        };
        // Project-level rules (SIP012) see every plan's id: the checked ones
        // with a position, the others (`others`) only to compare with.
        let checked: HashSet<&str> = inputs.iter().map(|i| i.display.as_str()).collect();
        let plans: Vec<PlanAt<'_>> = inputs
            .iter()
            .zip(&outcomes)
            .filter_map(|(input, outcome)| {
                let (id, pos) = outcome.id.as_ref()?;
                Some(PlanAt {
                    file: &input.display,
                    id,
                    pos: Some(*pos),
                })
            })
            .chain(
                others
                    .iter()
                    .filter(|(_, file)| !checked.contains(file.as_str()))
                    .map(|(id, file)| PlanAt {
                        file,
                        id,
                        pos: None,
                    }),
            )
            .collect();
        let mut findings = Vec::new();
        for rule in RULES {
            let meta = rule.meta();
            rule.check_project(&plans, self.catalogue(), &mut findings);
            for (i, finding) in findings.drain(..) {
                let Some(pos) = finding.pos.or(plans[i].pos) else {
                    continue;
                };
                report.diagnostics.push(diagnostic(
                    plans[i].file,
                    pos,
                    finding.severity.unwrap_or(meta.level.severity(false)),
                    meta.id,
                    &finding.pointer,
                    &finding.message,
                ));
            }
        }
        for outcome in outcomes {
            report.diagnostics.extend(outcome.diagnostics);
            report.failures.extend(outcome.failure);
        }
        // A file that could not be read was not checked: it is counted among
        // the failures, not in "N files checked".
        report.files -= report.failures.len();
        if self.options.strict {
            for d in &mut report.diagnostics {
                d.severity = Severity::Error;
            }
        }
        report
            .diagnostics
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        report
    }

    fn check_one(&self, input: &FileInput) -> Outcome {
        let mut outcome = Outcome {
            diagnostics: Vec::new(),
            id: None,
            failure: None,
        };
        let file = input.display.as_str();
        let text = match read_bounded(&input.path, self.options.max_file_size) {
            Ok(text) => text,
            Err(err @ ReadError::NotUtf8 { pos }) => {
                let message = self.catalogue().message(&err.message());
                outcome.diagnostics.push(diagnostic(
                    file,
                    pos,
                    Severity::Error,
                    RuleId::YAML,
                    "",
                    &message,
                ));
                return outcome;
            }
            Err(err) => {
                let reason = err.say(self.catalogue());
                outcome.failure = Some(redact(&format!("{file}: {reason}")).into_owned());
                return outcome;
            }
        };
        self.check_text(&text, input, &mut outcome);
        outcome
    }

    /// Checks a plan's text (already read) as if it stood in `input.path`.
    /// For a plan about to be written (`sip new`); the cross-file part of
    /// SIP012 and `--strict` do not apply.
    pub fn check_source(&self, text: &str, input: &FileInput) -> Vec<Diagnostic> {
        sorted_findings(|outcome| self.check_text(text, input, outcome))
    }

    /// Like [`Checker::check_source`], for a plan the caller has parsed
    /// already and goes on using (`sip render`): it is not parsed again.
    pub fn check_parsed(&self, doc: &Document, text: &str, input: &FileInput) -> Vec<Diagnostic> {
        sorted_findings(|outcome| self.check_doc(doc, text, input, outcome))
    }

    fn check_text(&self, text: &str, input: &FileInput, outcome: &mut Outcome) {
        match parse(text) {
            Ok(doc) => self.check_doc(&doc, text, input, outcome),
            Err(err) => outcome.diagnostics.push(diagnostic(
                &input.display,
                err.pos,
                Severity::Error,
                RuleId::YAML,
                "",
                &err.say(self.catalogue()),
            )),
        }
    }

    fn check_doc(&self, doc: &Document, text: &str, input: &FileInput, outcome: &mut Outcome) {
        let file = input.display.as_str();
        if let Some(id) = doc.value.get("id").and_then(|v| v.as_str()) {
            outcome.id = Some((id.to_string(), doc.locate("/id")));
        }
        if self.options.parse_only {
            return;
        }
        let schema_findings = schema::validate(doc, self.catalogue());
        let schema_clean = schema_findings.is_empty();
        for (finding, pos) in schema_findings {
            outcome.diagnostics.push(diagnostic(
                file,
                pos,
                Severity::Error,
                RuleId::SCHEMA,
                &finding.pointer,
                &finding.message,
            ));
        }
        match Plan::deserialize(&doc.value) {
            Ok(plan) => self.run_rules(&plan, input, doc, text, &mut outcome.diagnostics),
            Err(err) if schema_clean => {
                // The schema and the types agree by construction; if they ever
                // do not, say so rather than pass the file silently.
                outcome.diagnostics.push(diagnostic(
                    file,
                    Pos::START,
                    Severity::Error,
                    RuleId::SCHEMA,
                    "",
                    &self
                        .catalogue()
                        .with("schema-unreadable", &[("error", err.to_string().into())]),
                ));
            }
            // The schema findings already say why; the rules need a typed plan.
            Err(_) => {}
        }
    }

    fn run_rules(
        &self,
        plan: &Plan,
        input: &FileInput,
        doc: &Document,
        source: &str,
        out: &mut Vec<Diagnostic>,
    ) {
        let cx = Context {
            plan,
            doc,
            source,
            path: &input.path,
            as_of: self.options.as_of,
            establish_within_days: self.options.establish_within_days,
            catalogue: self.catalogue(),
            transition_planning_days: self.options.transition_planning_days,
        };
        let mut findings: Vec<Finding> = Vec::new();
        for rule in RULES {
            let meta = rule.meta();
            rule.check(&cx, &mut findings);
            for finding in findings.drain(..) {
                let severity = finding
                    .severity
                    .unwrap_or_else(|| meta.level.severity(plan.is_draft()));
                out.push(diagnostic(
                    &input.display,
                    finding.pos.unwrap_or_else(|| doc.locate(&finding.pointer)),
                    severity,
                    meta.id,
                    &finding.pointer,
                    &finding.message,
                ));
            }
        }
    }
}

/// The findings `check` leaves in a fresh outcome, in output order.
fn sorted_findings(check: impl FnOnce(&mut Outcome)) -> Vec<Diagnostic> {
    let mut outcome = Outcome {
        diagnostics: Vec::new(),
        id: None,
        failure: None,
    };
    check(&mut outcome);
    outcome
        .diagnostics
        .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    outcome.diagnostics
}

fn diagnostic(
    file: &str,
    pos: Pos,
    severity: Severity,
    rule: RuleId,
    pointer: &str,
    message: &str,
) -> Diagnostic {
    Diagnostic {
        file: redact(file).into_owned(),
        line: pos.line,
        column: pos.column,
        severity,
        rule,
        pointer: redact(pointer).into_owned(),
        // One diagnostic is one line: a value with a line break is shown escaped.
        message: redact(message).replace('\n', "\\n").replace('\r', "\\r"),
    }
}
