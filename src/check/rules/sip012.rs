use crate::check::{Context, Finding, Level, Rule, RuleMeta, Severity};

/// SIP012: plan ids are unique, and each file is named after its plan.
///
/// The per-file half (the file name) is here; the cross-file half (an id used
/// twice) needs every file and runs in the engine under the same id.
pub struct FileNameMismatch;

static META: RuleMeta = RuleMeta {
    id: "SIP012",
    name: "duplicate-plan-id",
    level: Level::Error,
    summary: "Plan ids are unique across all files checked together, and the file name is `<id>.sip.yaml`.",
    explanation: "`sip diff`, `sip due` and every reference to a plan use its id; two plans with one \
id are confused with each other (an error). A file whose name differs from its id is hard to find \
(a warning): rename it to `<id>.sip.yaml`.",
    source: "integrity (name mismatch: warning)",
};

impl Rule for FileNameMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let expected = format!("{}.sip.yaml", cx.plan.id);
        let name = cx.file_name();
        if name != expected {
            out.push(
                Finding::new(
                    "/id",
                    format!("the file is named `{name}` but the plan id is `{}`; rename the file to `{expected}`", cx.plan.id),
                )
                .with_severity(Severity::Warning),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::{AS_OF, base_value, pointers, run, run_on};

    #[test]
    fn passes_when_the_name_matches() {
        assert!(run(&FileNameMismatch, |_| {}).is_empty());
    }

    #[test]
    fn a_mismatch_is_a_warning() {
        let found = run_on(
            &FileNameMismatch,
            &base_value(),
            AS_OF,
            "plans/old-name.sip.yaml",
        );
        assert_eq!(pointers(&found), ["/id"]);
        assert_eq!(found[0].severity, Some(Severity::Warning));
        assert!(
            found[0]
                .message
                .contains("rename the file to `2026-0042.sip.yaml`")
        );
    }
}
