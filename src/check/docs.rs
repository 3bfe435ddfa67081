//! `docs/rules.md`, generated from the rule registry so the documentation
//! and the code cannot drift apart.

use std::fmt::Write;

use super::catalogue;
use crate::config::Lang;
use crate::i18n::Catalogue;

/// The rule catalogue as Markdown: a table, then one section per rule.
pub fn rules_markdown() -> String {
    let en = Catalogue::built_in(Lang::En);
    let mut out = String::from(
        "# Rules\n\n<!-- Generated from src/check/rules/ by `SIP_UPDATE_GENERATED=1 cargo test`; do not edit. -->\n\n\
`sip check` reports `yaml` (not well-formed YAML, not one mapping, not UTF-8), `schema` (the plan \
violates `schema/sip.schema.json`) and the rules below. \"error (warning in draft)\" rules are \
warnings while `status: draft`; `--strict` makes every warning an error. `sip explain RULE` prints \
one rule.\n\n| id | name | severity | rule |\n|---|---|---|---|\n",
    );
    for m in catalogue() {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} |",
            m.id,
            m.name,
            en.text(m.level.message_id()),
            m.summary(en)
        );
    }
    for m in catalogue() {
        let _ = write!(
            out,
            "\n## {} `{}`\n\n{}\n\n{}\n\n- Severity: {}\n- Source: {}\n",
            m.id,
            m.name,
            m.summary(en),
            m.explanation(en),
            en.text(m.level.message_id()),
            m.source(en)
        );
    }
    out
}
