//! `docs/fields.md`: the field reference, generated from the schema so the
//! documentation and the format cannot drift apart.

use serde_json::Value;
use std::fmt::Write;

use super::schema;

/// Every object of the format with its keys, types, whether they are
/// required, and their documentation, as Markdown.
pub fn fields_markdown() -> String {
    let schema = schema();
    let mut out = String::from(
        "# Fields\n\n<!-- Generated from src/plan/ by `SIP_UPDATE_GENERATED=1 cargo test`; do not edit. -->\n\n\
The plan format, version 1: one YAML document per plan. Keys not listed are errors, except keys \
starting with `x-`. `null` means absent. Rules the schema cannot state are in `rules.md`.\n",
    );
    section(&mut out, "Plan", &schema);
    if let Some(defs) = schema.get("$defs").and_then(Value::as_object) {
        for (name, def) in defs {
            if def.get("properties").is_some() {
                section(&mut out, name, def);
            } else if let Some(options) = def.get("enum").and_then(Value::as_array) {
                let options: Vec<String> = options
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|o| format!("`{o}`"))
                    .collect();
                let _ = write!(out, "\n## {name}\n\nOne of {}.\n", options.join(", "));
            }
        }
    }
    out
}

fn section(out: &mut String, name: &str, def: &Value) {
    let _ = write!(out, "\n## {name}\n\n");
    if let Some(doc) = def.get("description").and_then(Value::as_str) {
        let _ = write!(out, "{doc}\n\n");
    }
    let required: Vec<&str> = def
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    out.push_str("| key | type | required | meaning |\n|---|---|---|---|\n");
    for (key, prop) in def["properties"].as_object().into_iter().flatten() {
        let title = prop
            .get("title")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let description = prop
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let meaning = match (title.is_empty(), description.is_empty()) {
            (false, false) => format!("**{title}.** {description}"),
            (false, true) => title.to_string(),
            _ => description.to_string(),
        };
        let _ = writeln!(
            out,
            "| `{key}` | {} | {} | {} |",
            type_of(prop),
            if required.contains(&key.as_str()) {
                "yes"
            } else {
                ""
            },
            meaning.replace('|', "\\|")
        );
    }
}

fn type_of(prop: &Value) -> String {
    if let Some(name) = prop
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/$defs/"))
    {
        return format!("[{name}](#{})", name.to_lowercase());
    }
    if let Some(branch) = prop.get("anyOf").and_then(Value::as_array).and_then(|b| {
        b.iter()
            .find(|s| s.get("type") != Some(&Value::from("null")))
    }) {
        return type_of(branch);
    }
    if let Some(constant) = prop.get("const") {
        return format!("`{constant}`");
    }
    let kind = match prop.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("null")
            .to_string(),
        _ => "any".to_string(),
    };
    match kind.as_str() {
        "array" => format!(
            "list of {}",
            prop.get("items").map_or("any".to_string(), type_of)
        ),
        "string" if prop.get("format").and_then(Value::as_str) == Some("date") => {
            "date (YYYY-MM-DD)".to_string()
        }
        "string" if prop.get("pattern").and_then(Value::as_str) == Some(super::TIME_PATTERN) => {
            "time (HH:MM)".to_string()
        }
        "string" if prop.get("pattern").is_some() => "id".to_string(),
        "string" => "text".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_every_object_with_types_and_required_keys() {
        let doc = fields_markdown();
        assert!(doc.contains("\n## Plan\n"));
        assert!(
            doc.contains("| `needs` | list of [Need](#need) | yes |"),
            "{doc}"
        );
        assert!(doc.contains("| `established` | date (YYYY-MM-DD) |  |"));
        assert!(
            doc.contains(
                "| `principal` | [Principal](#principal) | yes | **Principal (huvudman).**"
            )
        );
        assert!(doc.contains("## Principal\n\nOne of `region`, `municipality`, `other`."));
    }
}
