//! JSON Schema validation of a plan, with findings a coordinator can act on:
//! the validator's errors mapped back to line and column, reworded, and
//! given "did you mean" suggestions.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde_json::Value;
use std::sync::LazyLock;

use super::{Finding, describe};
use crate::i18n::Catalogue;
use crate::source::pointer::escape;
use crate::source::{Document, Pos};
use crate::suggest::suggest;

/// The schema's constraints (without the editors' help), generated once per process.
pub static SCHEMA: LazyLock<Value> = LazyLock::new(crate::plan::validation_schema);

/// The validator, built once and shared by every thread.
pub static VALIDATOR: LazyLock<Validator> = LazyLock::new(|| {
    jsonschema::options()
        .should_validate_formats(true)
        .build(&SCHEMA)
        .expect("the generated schema is a valid draft 2020-12 schema")
});

/// Validates a document against the schema; each finding comes with its position.
pub fn validate(doc: &Document, cat: &Catalogue) -> Vec<(Finding, Pos)> {
    let mut out = Vec::new();
    // Most plans are valid: the boolean check is cheaper than collecting errors.
    if VALIDATOR.is_valid(&doc.value) {
        return out;
    }
    for error in VALIDATOR.iter_errors(&doc.value) {
        report(doc, cat, &error, &mut out);
    }
    out
}

fn report(
    doc: &Document,
    cat: &Catalogue,
    error: &ValidationError<'_>,
    out: &mut Vec<(Finding, Pos)>,
) {
    let path = error.instance_path().as_str().to_string();
    let place = describe(cat, &doc.value, &path);
    let found = |v: &Value| found(cat, v);
    let instance = error.instance();
    let (pointer, message, at_key) = match error.kind() {
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            // `Option<T>` is `anyOf: [T, null]`: a non-null value failed `T`,
            // so report what is wrong inside it rather than "not any of".
            if let Some(branch) = context
                .iter()
                .find(|branch| !is_bare_type_error(branch, &path))
            {
                for inner in branch {
                    report(doc, cat, inner, out);
                }
                return;
            }
            (
                path.clone(),
                cat.with(
                    "schema-shape",
                    &[
                        ("place", (&place).into()),
                        ("found", found(instance).into()),
                    ],
                ),
                false,
            )
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            // One finding per unknown key, up to a bound: a file of 80,000
            // stray keys gets the first ones and a count, not 80,000 lines.
            let known = known_keys(&path);
            if unexpected.len() > MAX_UNKNOWN_KEYS {
                let first = unexpected.first().map(String::as_str).unwrap_or_default();
                let pointer = format!("{path}/{}", escape(first));
                out.push((
                    Finding::new(
                        pointer.clone(),
                        cat.with(
                            "schema-many-unknown-keys",
                            &[
                                ("count", unexpected.len().into()),
                                ("place", (&place).into()),
                            ],
                        ),
                    ),
                    doc.locate_key(&pointer),
                ));
                return;
            }
            for key in unexpected {
                let pointer = format!("{path}/{}", escape(key));
                let mut message = cat.with(
                    "schema-unknown-key",
                    &[("key", key.into()), ("place", (&place).into())],
                );
                if let Some(best) = suggest(key, known.iter().map(String::as_str)) {
                    message.push_str("; ");
                    message.push_str(&cat.with("schema-did-you-mean", &[("best", best.into())]));
                } else if !known.is_empty() {
                    message.push_str("; ");
                    message.push_str(&cat.with(
                        "schema-expected-one-of",
                        &[("known", known.join(", ").into())],
                    ));
                }
                if instance.get(key).is_some_and(Value::is_null) && key.contains(' ') {
                    message.push(' ');
                    message.push_str(&cat.text("schema-comma"));
                }
                message.push_str("; ");
                message.push_str(&cat.text("schema-local-additions"));
                out.push((
                    Finding::new(pointer.clone(), message),
                    doc.locate_key(&pointer),
                ));
            }
            return;
        }
        ValidationErrorKind::Required { property } => {
            let key = property.as_str().unwrap_or_default();
            let pointer = format!("{path}/{}", escape(key));
            (
                pointer,
                cat.with(
                    "schema-required",
                    &[("place", (&place).into()), ("key", key.into())],
                ),
                false,
            )
        }
        ValidationErrorKind::Enum { options } => {
            let options: Vec<&str> = options
                .as_array()
                .map(|o| o.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let mut message = cat.with(
                "schema-enum",
                &[
                    ("place", (&place).into()),
                    ("options", options.join(", ").into()),
                    ("found", found(instance).into()),
                ],
            );
            if let Some(best) = instance
                .as_str()
                .and_then(|s| suggest(s, options.iter().copied()))
            {
                message.push_str("; ");
                message.push_str(&cat.with("schema-did-you-mean", &[("best", best.into())]));
            }
            (path.clone(), message, false)
        }
        ValidationErrorKind::Type { kind } => {
            let types: Vec<String> = match kind {
                TypeKind::Single(t) => vec![t.to_string()],
                TypeKind::Multiple(set) => set
                    .iter()
                    .map(|t| t.to_string())
                    .filter(|t| t != "null")
                    .collect(),
            };
            let expected = types
                .iter()
                .map(|t| cat.text(&format!("schema-type-{t}")))
                .reduce(|a, b| cat.with("schema-type-or", &[("a", a.into()), ("b", b.into())]))
                .unwrap_or_default();
            let mut message = cat.with(
                "schema-type",
                &[
                    ("place", (&place).into()),
                    ("expected", expected.into()),
                    ("found", found(instance).into()),
                ],
            );
            if types == ["boolean"]
                && instance.as_str().is_some_and(|s| {
                    matches!(
                        s.to_ascii_lowercase().as_str(),
                        "yes" | "no" | "on" | "off" | "ja" | "nej"
                    )
                })
            {
                message.push_str("; ");
                message.push_str(&cat.text("schema-true-false"));
            }
            (path.clone(), message, false)
        }
        ValidationErrorKind::Format { format } if format == "date" => (
            path.clone(),
            cat.with(
                "schema-date",
                &[
                    ("place", (&place).into()),
                    ("found", found(instance).into()),
                ],
            ),
            false,
        ),
        ValidationErrorKind::Pattern { pattern }
            if pattern.as_str() == crate::plan::TIME_PATTERN =>
        {
            (
                path.clone(),
                cat.with(
                    "schema-time",
                    &[
                        ("place", (&place).into()),
                        ("found", found(instance).into()),
                    ],
                ),
                false,
            )
        }
        ValidationErrorKind::Pattern { .. } => (
            path.clone(),
            cat.with(
                "schema-pattern",
                &[
                    ("place", (&place).into()),
                    ("found", found(instance).into()),
                ],
            ),
            false,
        ),
        ValidationErrorKind::MinItems { limit } => (
            path.clone(),
            cat.with(
                "schema-min-items",
                &[("place", (&place).into()), ("limit", (*limit).into())],
            ),
            false,
        ),
        ValidationErrorKind::MinLength { .. } => (
            path.clone(),
            cat.with("schema-min-length", &[("place", (&place).into())]),
            false,
        ),
        ValidationErrorKind::Constant { expected_value } => (
            path.clone(),
            cat.with(
                "schema-constant",
                &[
                    ("place", (&place).into()),
                    ("expected", expected_value.to_string().into()),
                    ("found", found(instance).into()),
                ],
            ),
            false,
        ),
        _ => (
            path.clone(),
            cat.with(
                "schema-other",
                &[
                    ("place", (&place).into()),
                    ("error", error.to_string().into()),
                ],
            ),
            false,
        ),
    };
    let pos = if at_key {
        doc.locate_key(&pointer)
    } else {
        doc.locate(&pointer)
    };
    out.push((Finding::new(pointer, message), pos));
}

/// True when a branch of an `anyOf` failed only because the value is of
/// another type (the `null` branch of an optional value).
fn is_bare_type_error(branch: &[ValidationError<'_>], path: &str) -> bool {
    branch.iter().all(|e| {
        matches!(e.kind(), ValidationErrorKind::Type { .. }) && e.instance_path().as_str() == path
    })
}

/// A short rendering of the offending value.
fn found(cat: &Catalogue, value: &Value) -> String {
    match value {
        Value::Null => cat.text("schema-found-null"),
        Value::String(s) if s.chars().count() > 40 => {
            format!("`{}…`", s.chars().take(40).collect::<String>())
        }
        Value::String(s) => format!("`{s}`"),
        Value::Array(_) => cat.text("schema-found-list"),
        Value::Object(_) => cat.text("schema-found-mapping"),
        other => format!("`{other}`"),
    }
}

/// Follows `$ref` and the non-null branch of `anyOf`.
fn resolve(node: &Value) -> &Value {
    let mut node = node;
    for _ in 0..8 {
        if let Some(name) = node
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/$defs/"))
        {
            node = &SCHEMA["$defs"][name];
        } else if let Some(branch) = node.get("anyOf").and_then(Value::as_array).and_then(|b| {
            b.iter()
                .find(|s| s.get("type") != Some(&Value::from("null")))
        }) {
            node = branch;
        } else {
            break;
        }
    }
    node
}

/// The schema of the value at an instance pointer.
fn schema_at(pointer: &str) -> Option<&'static Value> {
    let mut node = resolve(&SCHEMA);
    for segment in pointer.split('/').skip(1) {
        node = if let Some(p) = node.get("properties").and_then(|p| p.get(segment)) {
            resolve(p)
        } else if let Some(items) = node.get("items") {
            resolve(items)
        } else {
            return None;
        };
    }
    Some(node)
}

/// Unknown keys in one mapping reported one by one; more are summed up.
const MAX_UNKNOWN_KEYS: usize = 20;

fn known_keys(pointer: &str) -> Vec<String> {
    schema_at(pointer)
        .and_then(|s| s.get("properties"))
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::test_support::base_yaml;
    use crate::source::parse;

    fn findings(yaml: &str) -> Vec<(String, String, Pos)> {
        let doc = parse(yaml).unwrap();
        validate(&doc, Catalogue::built_in(crate::config::Lang::En))
            .into_iter()
            .map(|(f, p)| (f.pointer, f.message, p))
            .collect()
    }

    #[test]
    fn the_base_plan_is_valid() {
        assert_eq!(findings(&base_yaml()), vec![]);
    }

    #[test]
    fn unknown_key_points_at_the_key_and_suggests() {
        let yaml = base_yaml().replace(
            "    type: treatment\n",
            "    type: treatment\n    statsu: planned\n",
        );
        let f = findings(&yaml);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "/actions/1/statsu");
        assert!(
            f[0].1
                .starts_with("unknown key `statsu` in action I2; did you mean `status`?"),
            "{}",
            f[0].1
        );
        let line = yaml.lines().position(|l| l.contains("statsu")).unwrap() + 1;
        assert_eq!(f[0].2, Pos::new(line, 5));
    }

    #[test]
    fn extension_keys_pass() {
        let yaml = base_yaml().replace("notes: null", "x-local: { anything: [1, 2] }");
        assert_eq!(findings(&yaml), vec![]);
    }

    #[test]
    fn unknown_key_inside_optional_block_is_reported_precisely() {
        let yaml = base_yaml().replace("role: biståndshandläggare", "roll: biståndshandläggare");
        let f = findings(&yaml);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "/lead/contact/roll");
        assert!(f[0].1.contains("did you mean `role`?"));
    }

    #[test]
    fn missing_key_points_at_the_mapping() {
        let yaml = base_yaml().replace("  organisation: Socialtjänsten, Exempels kommun\n", "");
        let f = findings(&yaml);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "/lead/organisation");
        assert_eq!(f[0].1, "lead is missing the required key `organisation`");
        let lead = yaml.lines().position(|l| l.starts_with("lead:")).unwrap() + 1;
        assert_eq!(
            f[0].2.line,
            lead as u32 + 1,
            "at the first key of the lead mapping"
        );
    }

    #[test]
    fn enum_type_date_and_id_messages() {
        let yaml = base_yaml()
            .replace("service: health_care", "service: healthcare")
            .replace("interpreter: false", "interpreter: nej")
            .replace("established: 2026-01-12", "established: 2026-02-30")
            .replace("id: I2", "id: \"I 2\"");
        let messages: Vec<String> = findings(&yaml).into_iter().map(|f| f.1).collect();
        let all = messages.join("\n");
        assert!(all.contains("responsible.service must be one of social_services, health_care, school, other; found `healthcare`; did you mean `health_care`?"), "{all}");
        assert!(
            all.contains(
                "person.interpreter must be a boolean; found `nej`; write `true` or `false`"
            ),
            "{all}"
        );
        assert!(
            all.contains("established must be a real date written YYYY-MM-DD; found `2026-02-30`"),
            "{all}"
        );
        assert!(all.contains("is not a valid id: `I 2`"), "{all}");
    }
}
