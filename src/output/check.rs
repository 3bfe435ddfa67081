//! The three formats of `sip check`: text, JSON and GitHub annotations.

use serde_json::json;
use std::fmt::Write;

use super::Style;
use crate::check::{Report, Severity};

/// `file:line:col: severity[rule]: message`, one per line, then a summary.
pub fn text(report: &Report, style: Style, quiet: bool) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        let severity = match d.severity {
            Severity::Error => style.red("error"),
            Severity::Warning => style.yellow("warning"),
        };
        let _ = writeln!(
            out,
            "{}: {severity}[{}]: {}",
            style.bold(&format!("{}:{}:{}", d.file, d.line, d.column)),
            d.rule,
            d.message
        );
    }
    if !quiet {
        let _ = writeln!(out, "{}", summary(report));
    }
    out
}

/// The closing line: how many files, errors and warnings.
pub fn summary(report: &Report) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{} checked: {}, {}",
        plural(report.files, "file"),
        plural(report.errors(), "error"),
        plural(report.warnings(), "warning")
    )
}

/// The JSON of `commands.md`: a summary and every diagnostic.
pub fn json(report: &Report) -> String {
    let value = json!({
        "summary": {"files": report.files, "errors": report.errors(), "warnings": report.warnings()},
        "diagnostics": report.diagnostics,
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
            property(&d.rule),
            data(&format!("{} [{}]", d.message, d.rule)),
        );
    }
    out
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
                rule: "SIP020".into(),
                pointer: "/shared".into(),
                message: "100% shared:\nnot".into(),
            }],
            failures: vec![],
        }
    }

    #[test]
    fn text_is_one_line_per_diagnostic_and_a_summary() {
        assert_eq!(
            text(&report(), Style { enabled: false }, false),
            "plans/a,b.sip.yaml:3:7: warning[SIP020]: 100% shared:\nnot\n2 files checked: 0 errors, 1 warning\n"
        );
    }

    #[test]
    fn github_escapes_properties_and_data() {
        assert_eq!(
            github(&report()),
            "::warning file=plans/a%2Cb.sip.yaml,line=3,col=7,title=SIP020::100%25 shared:%0Anot [SIP020]\n"
        );
    }
}
