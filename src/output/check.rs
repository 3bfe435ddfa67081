//! The formats of `sip check`: text, JSON, GitHub annotations, SARIF 2.1.0
//! and GitLab Code Quality.

use serde_json::json;
use std::fmt::Write;

use super::Style;
use crate::check::{Report, Severity};
use crate::i18n::Catalogue;

/// A finding's snippet, when its source can be read.
pub type SourceOf<'a> = dyn Fn(&crate::check::Diagnostic) -> Option<String> + 'a;

/// `file:line:col: severity[rule]: message`, one per line, then a summary.
/// With `source`, each finding's snippet (source line and caret, see
/// [`super::snippet`]) follows its line, and a blank line.
pub fn text(
    report: &Report,
    cat: &Catalogue,
    style: Style,
    quiet: bool,
    source: Option<&SourceOf<'_>>,
) -> String {
    let mut out = String::new();
    let error = cat.text("severity-error");
    let warning = cat.text("severity-warning");
    for d in &report.diagnostics {
        let severity = match d.severity {
            Severity::Error => style.red(&error),
            Severity::Warning => style.yellow(&warning),
        };
        let _ = writeln!(
            out,
            "{}: {severity}[{}]: {}",
            style.bold(&format!("{}:{}:{}", d.file, d.line, d.column)),
            d.rule,
            d.message
        );
        if let Some(snippet) = source.and_then(|source| source(d)) {
            out.push_str(&snippet);
            out.push('\n');
        }
    }
    if !quiet {
        let _ = writeln!(out, "{}", summary(report, cat));
    }
    out
}

/// The closing line: how many files, errors and warnings.
pub fn summary(report: &Report, cat: &Catalogue) -> String {
    cat.with(
        "check-summary",
        &[
            ("files", report.files.into()),
            ("errors", report.errors().into()),
            ("warnings", report.warnings().into()),
        ],
    )
}

/// The JSON of `commands.md`: a summary and every diagnostic.
pub fn json(report: &Report) -> String {
    use crate::output::shapes::{CheckOutput, CheckReport, CheckSummary, VERSION};
    let value = CheckOutput::Report(CheckReport {
        version: VERSION,
        summary: CheckSummary {
            files: report.files,
            errors: report.errors(),
            warnings: report.warnings(),
        },
        diagnostics: report.diagnostics.clone(),
    });
    let mut text = serde_json::to_string_pretty(&value).expect("diagnostics serialise");
    text.push('\n');
    text
}

/// GitHub Actions workflow commands, one annotation per diagnostic.
pub fn github(report: &Report) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        let _ = writeln!(
            out,
            "::{} file={},line={},col={},title={}::{}",
            d.severity,
            property(&d.file),
            d.line,
            d.column,
            property(d.rule.as_str()),
            data(&format!("{} [{}]", d.message, d.rule)),
        );
    }
    out
}

/// SARIF 2.1.0: every rule with its text and source, and one result per
/// diagnostic at its line and column.
pub fn sarif(report: &Report, cat: &Catalogue) -> String {
    let level = |s: Severity| match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut rules = Vec::new();
    for meta in crate::check::catalogue() {
        let (summary, explanation, source) =
            (meta.summary(cat), meta.explanation(cat), meta.source(cat));
        let source_label = cat.text("explain-source");
        rules.push(json!({
            "id": meta.id,
            "name": meta.name,
            "shortDescription": {"text": summary},
            "fullDescription": {"text": explanation},
            "help": {"text": format!("{explanation}\n\n{source_label}: {source}")},
            "defaultConfiguration": {"level": level(meta.level.severity(false))},
            "properties": {"source": source, "severity": cat.text(meta.level.message_id())},
        }));
    }
    let results: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| {
            json!({
                "ruleId": d.rule,
                "level": level(d.severity),
                "message": {"text": d.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": d.file},
                    "region": {"startLine": d.line.max(1), "startColumn": d.column.max(1)},
                }}],
                "properties": {"pointer": d.pointer},
            })
        })
        .collect();
    let value = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "sip", "version": env!("CARGO_PKG_VERSION"), "rules": rules}},
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&value).expect("SARIF serialises");
    text.push('\n');
    text
}

/// GitLab Code Quality: one issue per diagnostic. The fingerprint hashes the
/// file, the rule and the JSON pointer (and, for a second finding of the same
/// rule at the same place, its number), not the line or the message, so an
/// issue keeps its identity when lines above it move, when a message is
/// reworded and whatever the language.
pub fn gitlab(report: &Report) -> String {
    let mut seen: std::collections::HashMap<(&str, &str, &str), usize> =
        std::collections::HashMap::new();
    let issues: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| {
            let n = seen
                .entry((&d.file, d.rule.as_str(), &d.pointer))
                .and_modify(|n| *n += 1)
                .or_insert(0);
            let n = n.to_string();
            let mut parts = vec![d.file.as_str(), d.rule.as_str(), &d.pointer];
            if n != "0" {
                parts.push(&n);
            }
            json!({
                "description": format!("{} [{}]", d.message, d.rule),
                "check_name": d.rule,
                "fingerprint": crate::hash::stable_hex(&parts),
                "severity": match d.severity { Severity::Error => "major", Severity::Warning => "minor" },
                "location": {"path": d.file, "lines": {"begin": d.line.max(1)}},
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&issues).expect("issues serialise");
    text.push('\n');
    text
}

/// Escapes a workflow command's message.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Diagnostic;

    fn report() -> Report {
        Report {
            files: 2,
            diagnostics: vec![Diagnostic {
                file: "plans/a,b.sip.yaml".into(),
                line: 3,
                column: 7,
                severity: Severity::Warning,
                rule: crate::check::RuleId::sip("SIP020"),
                pointer: "/shared".into(),
                message: "100% shared:\nnot".into(),
            }],
            failures: vec![],
        }
    }

    fn en() -> &'static Catalogue {
        Catalogue::built_in(crate::config::Lang::En)
    }

    #[test]
    fn text_is_one_line_per_diagnostic_and_a_summary() {
        assert_eq!(
            text(&report(), en(), Style { enabled: false }, false, None),
            "plans/a,b.sip.yaml:3:7: warning[SIP020]: 100% shared:\nnot\n2 files checked: 0 errors, 1 warning\n"
        );
    }

    #[test]
    fn sarif_has_rules_and_positive_locations() {
        let sarif: serde_json::Value = serde_json::from_str(&sarif(&report(), en())).unwrap();
        assert_eq!(sarif["version"], "2.1.0");
        let run = &sarif["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        assert_eq!(rules.len(), 2 + crate::check::RULES.len());
        let sip020 = rules.iter().find(|r| r["id"] == "SIP020").unwrap();
        assert_eq!(sip020["defaultConfiguration"]["level"], "warning");
        assert!(
            sip020["help"]["text"]
                .as_str()
                .unwrap()
                .contains("Source: Vårdanalys 2025")
        );
        let result = &run["results"][0];
        assert_eq!(result["ruleId"], "SIP020");
        assert_eq!(
            result["locations"][0]["physicalLocation"]["region"]["startLine"],
            3
        );
        assert_eq!(
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "plans/a,b.sip.yaml"
        );
    }

    #[test]
    fn gitlab_fingerprints_ignore_lines() {
        let mut moved = report();
        moved.diagnostics[0].line = 40;
        let a: serde_json::Value = serde_json::from_str(&gitlab(&report())).unwrap();
        let b: serde_json::Value = serde_json::from_str(&gitlab(&moved)).unwrap();
        assert_eq!(a[0]["fingerprint"], b[0]["fingerprint"]);
        assert_eq!(b[0]["location"]["lines"]["begin"], 40);
        assert_eq!(a[0]["severity"], "minor");
        assert_eq!(a[0]["check_name"], "SIP020");
        let mut other = report();
        other.diagnostics[0].pointer = "/shared/0".into();
        let c: serde_json::Value = serde_json::from_str(&gitlab(&other)).unwrap();
        assert_ne!(a[0]["fingerprint"], c[0]["fingerprint"]);
        // Not the message: rewording it, or another language, keeps the issue.
        let mut reworded = report();
        reworded.diagnostics[0].message = "delad med: inte".into();
        let d: serde_json::Value = serde_json::from_str(&gitlab(&reworded)).unwrap();
        assert_eq!(a[0]["fingerprint"], d[0]["fingerprint"]);
        // Two findings of one rule at one place stay two issues.
        let mut twice = report();
        twice.diagnostics.push(twice.diagnostics[0].clone());
        let e: serde_json::Value = serde_json::from_str(&gitlab(&twice)).unwrap();
        assert_ne!(e[0]["fingerprint"], e[1]["fingerprint"]);
    }

    #[test]
    fn github_escapes_properties_and_data() {
        assert_eq!(
            github(&report()),
            "::warning file=plans/a%2Cb.sip.yaml,line=3,col=7,title=SIP020::100%25 shared:%0Anot [SIP020]\n"
        );
    }
}
