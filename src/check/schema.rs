//! JSON Schema validation of a plan, with findings a coordinator can act on:
//! the validator's errors mapped back to line and column, reworded, and
//! given "did you mean" suggestions.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde_json::Value;
use std::sync::LazyLock;

use super::{Finding, describe};
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
pub fn validate(doc: &Document) -> Vec<(Finding, Pos)> {
    let mut out = Vec::new();
    // Most plans are valid: the boolean check is cheaper than collecting errors.
    if VALIDATOR.is_valid(&doc.value) {
        return out;
    }
    for error in VALIDATOR.iter_errors(&doc.value) {
        report(doc, &error, &mut out);
    }
    out
}

fn report(doc: &Document, error: &ValidationError<'_>, out: &mut Vec<(Finding, Pos)>) {
    let path = error.instance_path().as_str().to_string();
    let place = describe(&doc.value, &path);
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
                    report(doc, inner, out);
                }
                return;
            }
            (
                path.clone(),
                format!("{place} has the wrong shape: {}", found(instance)),
                false,
            )
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            for key in unexpected {
                let pointer = format!("{path}/{}", escape(key));
                let mut message = format!("unknown key `{key}` in {place}");
                let known = known_keys(&path);
                if let Some(best) = suggest(key, known.iter().map(String::as_str)) {
                    message.push_str(&format!("; did you mean `{best}`?"));
                } else if !known.is_empty() {
                    message.push_str(&format!("; expected one of: {}", known.join(", ")));
                }
                if instance.get(key).is_some_and(Value::is_null) && key.contains(' ') {
                    message.push_str(
                        " (a comma inside `{ … }` ends a value: quote a value that contains a comma)",
                    );
                }
                message.push_str("; local additions must start with `x-`");
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
                format!("{place} is missing the required key `{key}`"),
                false,
            )
        }
        ValidationErrorKind::Enum { options } => {
            let options: Vec<&str> = options
                .as_array()
                .map(|o| o.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let mut message = format!(
                "{place} must be one of {}; found {}",
                options.join(", "),
                found(instance)
            );
            if let Some(best) = instance
                .as_str()
                .and_then(|s| suggest(s, options.iter().copied()))
            {
                message.push_str(&format!("; did you mean `{best}`?"));
            }
            (path.clone(), message, false)
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => t.to_string(),
                TypeKind::Multiple(set) => set
                    .iter()
                    .map(|t| t.to_string())
                    .filter(|t| t != "null")
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            let mut message = format!(
                "{place} must be {} {expected}; found {}",
                article(&expected),
                found(instance)
            );
            if expected == "boolean"
                && instance.as_str().is_some_and(|s| {
                    matches!(
                        s.to_ascii_lowercase().as_str(),
                        "yes" | "no" | "on" | "off" | "ja" | "nej"
                    )
                })
            {
                message.push_str("; write `true` or `false`");
            }
            (path.clone(), message, false)
        }
        ValidationErrorKind::Format { format } if format == "date" => (
            path.clone(),
            format!(
                "{place} must be a real date written YYYY-MM-DD; found {}",
                found(instance)
            ),
            false,
        ),
        ValidationErrorKind::Pattern { pattern }
            if pattern.as_str() == crate::plan::TIME_PATTERN =>
        {
            (
                path.clone(),
                format!(
                    "{place} must be a time written HH:MM (00:00–23:59, Swedish time); found {}",
                    found(instance)
                ),
                false,
            )
        }
        ValidationErrorKind::Pattern { .. } => (
            path.clone(),
            format!(
                "{place} is not a valid id: {}; use 1–64 characters of A–Z, a–z, 0–9, `.`, `_` and `-`, starting with a letter or digit",
                found(instance)
            ),
            false,
        ),
        ValidationErrorKind::MinItems { limit } => (
            path.clone(),
            format!(
                "{place} must have at least {limit} item{}",
                if *limit == 1 { "" } else { "s" }
            ),
            false,
        ),
        ValidationErrorKind::MinLength { .. } => {
            (path.clone(), format!("{place} must not be empty"), false)
        }
        ValidationErrorKind::Constant { expected_value } => (
            path.clone(),
            format!(
                "{place} must be {expected_value}; found {}",
                found(instance)
            ),
            false,
        ),
        _ => (path.clone(), format!("{place}: {error}"), false),
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

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// A short rendering of the offending value.
fn found(value: &Value) -> String {
    match value {
        Value::Null => "nothing (null)".to_string(),
        Value::String(s) if s.chars().count() > 40 => {
            format!("`{}…`", s.chars().take(40).collect::<String>())
        }
        Value::String(s) => format!("`{s}`"),
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "a mapping".to_string(),
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
        validate(&doc)
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
