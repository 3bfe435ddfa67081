use crate::check::{Context, Finding, Level, Rule, RuleMeta};
use crate::source::Pos;

/// SIP025: a template placeholder (`<<…>>`) is still in the plan.
pub struct PlaceholderLeft;

static META: RuleMeta = RuleMeta {
    id: crate::check::RuleId::sip("SIP025"),
    name: "placeholder-left",
    level: Level::Warning,
};

impl Rule for PlaceholderLeft {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (index, line) in cx.source.lines().enumerate() {
            let line_no = u32::try_from(index + 1).unwrap_or(u32::MAX);
            for (column, placeholder) in placeholders(line) {
                out.push(
                    Finding::new(
                        cx.doc.pointer_at(line_no),
                        cx.say("sip025", &[("placeholder", placeholder.into())]),
                    )
                    .at(Pos::new(index + 1, column)),
                );
            }
        }
    }
}

/// Each `<<text>>` on a line, with its 1-based character column.
fn placeholders(line: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut rest = 0;
    while let Some(start) = line[rest..].find("<<").map(|i| i + rest) {
        let inner = &line[start + 2..];
        match inner.find(['<', '>']) {
            Some(end) if inner[end..].starts_with(">>") && end > 0 => {
                let text = &line[start..start + 2 + end + 2];
                found.push((line[..start].chars().count() + 1, text));
                rest = start + text.len();
            }
            _ => rest = start + 2,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{base_yaml, pointers, run_text};

    #[test]
    fn passes_without_placeholders_and_ignores_merge_keys() {
        assert!(run_text(&PlaceholderLeft, &base_yaml()).is_empty());
        assert!(placeholders("<<: *base").is_empty());
        assert!(placeholders("a << b >> c").len() == 1);
    }

    #[test]
    fn flags_placeholders_in_values_and_comments_at_their_column() {
        let text = base_yaml()
            .replace("text: Läkarbesök var tredje månad.", "text: \"<<Insats>>\"")
            .replace(
                "  principal: municipality\n  organisation",
                "  principal: municipality   # <<välj>>\n  organisation",
            );
        let found = run_text(&PlaceholderLeft, &text);
        assert_eq!(pointers(&found), ["/lead/principal", "/actions/1/text"]);
        let line = text.lines().position(|l| l.contains("<<Insats>>")).unwrap() + 1;
        assert_eq!(found[1].pos, Some(Pos::new(line, 12)));
        assert_eq!(
            found[1].message,
            "the placeholder `<<Insats>>` is still in the plan; replace it with the real content"
        );
    }
}
