//! `sip diff` and `sip log` output: changes in words (text), Markdown tables
//! for a merge request, and JSON. Identity numbers are redacted in all three
//! (a diff is pasted into merge requests and CI logs): by the printer, and
//! here where escaping could split a number (Markdown cells) or a number is
//! a JSON number (made a string).

use serde_json::Value;

use super::Style;
use super::markdown::escape;
use crate::config::Lang;
use crate::diff::{Line, Op, PlanChange, PlanDiff, describe};
use crate::i18n::Catalogue;
use crate::personnummer::redact;

/// One plan's heading and its changes, one per line.
pub fn plan_text(lang: Lang, style: Style, plan: &PlanDiff, out: &mut String) {
    let change = tr(lang, plan.change.message_id());
    out.push_str(&format!(
        "{}  ({})  {}\n",
        style.bold(&plan.file),
        plan.id,
        change
    ));
    if let Some(from) = &plan.from_file {
        let moved = tr(lang, "diff-moved-from");
        out.push_str(&format!("    {moved} {from}\n"));
    }
    if let Some(broken) = &plan.broken {
        let unreadable = tr(lang, "diff-unreadable");
        let line = format!("{unreadable} {}: {}", broken.revision, broken.message);
        out.push_str(&format!("    {}\n", style.red(&line)));
    }
    if plan.change == PlanChange::Modified && plan.broken.is_none() && plan.changes.is_empty() {
        let same = tr(lang, "diff-no-content-change");
        out.push_str(&format!("    {}\n", style.dim(&same)));
    }
    for change in &plan.changes {
        let line = describe(lang, change);
        let text = line_text(&line);
        let text = if line.significant {
            style.yellow(&text)
        } else {
            text
        };
        let flag = if line.significant { "!" } else { " " };
        out.push_str(&format!("  {flag} {} {text}\n", marker(line.op)));
    }
}

/// `sip diff`'s text: every plan, then a summary line unless quiet.
pub fn text(
    lang: Lang,
    style: Style,
    quiet: bool,
    from: &str,
    to: &str,
    plans: &[PlanDiff],
) -> String {
    let mut out = String::new();
    for (i, plan) in plans.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        plan_text(lang, style, plan, &mut out);
    }
    if !quiet {
        if !plans.is_empty() {
            out.push('\n');
        }
        out.push_str(&summary(lang, from, to, plans));
        out.push('\n');
        if plans.iter().any(|p| !p.changes.is_empty()) {
            out.push_str(&style.dim(&tr(lang, "diff-legend")));
            out.push('\n');
        }
    }
    out
}

fn summary(lang: Lang, from: &str, to: &str, plans: &[PlanDiff]) -> String {
    let range = format!("{from} → {to}");
    if plans.is_empty() {
        return format!("{} ({range})", tr(lang, "diff-no-change"));
    }
    let counts: Vec<String> = [
        PlanChange::Modified,
        PlanChange::Added,
        PlanChange::Removed,
        PlanChange::Renamed,
    ]
    .into_iter()
    .filter_map(|c| {
        let n = plans.iter().filter(|p| p.change == c).count();
        (n > 0)
            .then(|| Catalogue::built_in(lang).with(c.count_message_id(), &[("count", n.into())]))
    })
    .collect();
    format!(
        "{}: {} ({range})",
        Catalogue::built_in(lang).with("count-plans", &[("count", plans.len().into())]),
        counts.join(", ")
    )
}

/// Markdown for a merge request: a heading per plan and a table of changes.
pub fn markdown(lang: Lang, from: &str, to: &str, plans: &[PlanDiff]) -> String {
    let mut out = format!("## sip diff {} → {}\n\n", cell(from), cell(to));
    if plans.is_empty() {
        out.push_str(&tr(lang, "diff-no-change"));
        out.push('\n');
        return out;
    }
    out.push_str(&format!("{}\n", cell(&summary(lang, from, to, plans))));
    for plan in plans {
        out.push_str(&format!(
            "\n### `{}` ({}): {}\n\n",
            plan.file.replace('`', "'"),
            cell(&plan.id),
            tr(lang, plan.change.message_id())
        ));
        if let Some(from) = &plan.from_file {
            let moved = tr(lang, "diff-moved-from");
            out.push_str(&format!("{moved} `{}`\n\n", from.replace('`', "'")));
        }
        if let Some(broken) = &plan.broken {
            let unreadable = tr(lang, "diff-unreadable");
            out.push_str(&format!(
                "**{unreadable} {}:** {}\n\n",
                cell(&broken.revision),
                cell(&broken.message)
            ));
        }
        if plan.changes.is_empty() {
            continue;
        }
        let h = |id| tr(lang, id);
        out.push_str(&format!(
            "| | {} | {} | {} |\n|---|---|---|---|\n",
            h("diff-what"),
            h("diff-before"),
            h("diff-after")
        ));
        for change in &plan.changes {
            let line = describe(lang, change);
            let flag = if line.significant { "**!** " } else { "" };
            out.push_str(&format!(
                "| {flag}{} | {} | {} | {} |\n",
                marker(line.op),
                cell(&line.what),
                line.from.as_deref().map(cell).unwrap_or_default(),
                line.to.as_deref().map(cell).unwrap_or_default(),
            ));
        }
    }
    out.push_str(&format!("\n{}\n", cell(&tr(lang, "diff-legend"))));
    out
}

/// JSON per the command contract, with identity numbers redacted in every string.
pub fn json(from: &str, to: &str, plans: &[PlanDiff]) -> Value {
    let output = crate::output::shapes::DiffOutput {
        version: crate::output::shapes::VERSION,
        from: from.to_owned(),
        to: to.to_owned(),
        plans,
    };
    let mut value = serde_json::to_value(&output).expect("diffs serialise");
    redact_value(&mut value);
    value
}

/// Replaces identity numbers in every string of a JSON value.
pub fn redact_value(value: &mut Value) {
    match value {
        Value::String(s) => {
            if let std::borrow::Cow::Owned(r) = redact(s) {
                *s = r;
            }
        }
        Value::Number(n) => {
            let text = n.to_string();
            if let std::borrow::Cow::Owned(r) = redact(&text) {
                *value = Value::String(r);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_value),
        Value::Object(map) => map.values_mut().for_each(redact_value),
        _ => {}
    }
}

/// Plan text in a Markdown cell, identity numbers redacted.
fn cell(text: &str) -> String {
    escape(&redact(text))
}

fn line_text(line: &Line) -> String {
    match (line.op, &line.from, &line.to) {
        (Op::Changed, Some(from), Some(to)) => format!("{}: {from} → {to}", line.what),
        (Op::Added, _, Some(to)) => format!("{}: {to}", line.what),
        (Op::Removed, Some(from), _) => format!("{}: {from}", line.what),
        _ => line.what.clone(),
    }
}

fn marker(op: Op) -> &'static str {
    match op {
        Op::Added => "+",
        Op::Removed => "-",
        Op::Changed => "~",
    }
}

/// A message without variables in a command language.
fn tr(lang: Lang, id: &str) -> String {
    Catalogue::built_in(lang).text(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_numbers_are_redacted_in_json_strings_and_numbers() {
        let mut v = serde_json::json!({"a": "pnr 19121212-1212", "b": 191212121212_u64, "c": 7});
        redact_value(&mut v);
        assert_eq!(
            v,
            serde_json::json!({"a": "pnr [personnummer]", "b": "[personnummer]", "c": 7})
        );
    }
}
