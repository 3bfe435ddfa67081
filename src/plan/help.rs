//! The help editors show for each field of the JSON Schema, beyond what the
//! doc comments give: Swedish beside the English (coordinators read Swedish;
//! `templates/labels/schema-help.toml`), and an `examples` value for every field, taken from
//! the bundled example plans (or `help.toml` where they have none).

use serde_json::Value;
use std::collections::BTreeMap;

const HELP: &str = include_str!("../../templates/labels/schema-help.toml");
const EXAMPLE_PLANS: [&str; 5] = [
    include_str!("../../examples/plans/2026-0101.sip.yaml"),
    include_str!("../../examples/plans/2026-0102.sip.yaml"),
    include_str!("../../examples/plans/2026-0103.sip.yaml"),
    include_str!("../../examples/plans/2025-0310.sip.yaml"),
    include_str!("../../examples/plans/2026-0140.sip.yaml"),
];

/// Adds Swedish help and examples to every property of the root (`Plan`)
/// and of every definition in `$defs`.
pub fn add_help(schema: &mut Value) {
    let help: BTreeMap<String, Value> = toml::from_str::<toml::Table>(HELP)
        .expect("templates/labels/schema-help.toml is valid TOML")
        .into_iter()
        .map(|(k, v)| (k, serde_json::to_value(v).expect("TOML is JSON")))
        .collect();
    let mut examples: BTreeMap<String, Value> = BTreeMap::new();
    for text in EXAMPLE_PLANS {
        let plan = crate::source::parse_value(text).expect("the example plans parse");
        collect(schema, schema, "Plan", &plan, &mut examples);
    }
    let defs: Vec<String> = schema["$defs"]
        .as_object()
        .map(|d| d.keys().cloned().collect())
        .unwrap_or_default();
    annotate(schema, "Plan", &help, &examples);
    for def in defs {
        annotate(&mut schema["$defs"][&def], &def, &help, &examples);
    }
}

/// Every `Def.property` of the schema, for the completeness test.
#[cfg(test)]
pub fn field_keys(schema: &Value) -> Vec<String> {
    let mut keys = Vec::new();
    let mut add = |def: &str, object: &Value| {
        if let Some(props) = object["properties"].as_object() {
            keys.extend(props.keys().map(|p| format!("{def}.{p}")));
        }
    };
    add("Plan", schema);
    if let Some(defs) = schema["$defs"].as_object() {
        for (def, object) in defs {
            add(def, object);
        }
    }
    keys
}

fn annotate(
    object: &mut Value,
    def: &str,
    help: &BTreeMap<String, Value>,
    examples: &BTreeMap<String, Value>,
) {
    let Some(props) = object.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    for (name, prop) in props.iter_mut() {
        let key = format!("{def}.{name}");
        let Some(entry) = help.get(&key) else {
            continue;
        };
        let Value::Object(prop) = prop else { continue };
        let english = prop
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .or_else(|| entry["en"].as_str().map(str::to_owned))
            .unwrap_or_default();
        let description = match entry["sv"].as_str() {
            Some(sv) if english.is_empty() => format!("Svenska: {sv}"),
            Some(sv) => format!("{english}\n\nSvenska: {sv}"),
            None => english,
        };
        prop.insert("description".into(), Value::String(description));
        if let Some(example) = entry.get("example").or_else(|| examples.get(&key)) {
            prop.insert("examples".into(), Value::Array(vec![example.clone()]));
        }
    }
}

/// Records the first value each `Def.property` has in `value`, following
/// `$ref`s into definitions and lists into their items. A list's example is
/// its first item, in a list.
fn collect(
    root: &Value,
    object: &Value,
    def: &str,
    value: &Value,
    out: &mut BTreeMap<String, Value>,
) {
    let (Some(props), Value::Object(map)) = (object["properties"].as_object(), value) else {
        return;
    };
    for (name, prop) in props {
        let Some(v) = map.get(name).filter(|v| !v.is_null()) else {
            continue;
        };
        let key = format!("{def}.{name}");
        let example = match v {
            Value::Array(items) if items.is_empty() => continue,
            Value::Array(items) => Value::Array(vec![items[0].clone()]),
            other => other.clone(),
        };
        out.entry(key).or_insert(example);
        if let Some(target) = reference(prop) {
            let child = &root["$defs"][&target];
            match v {
                Value::Array(items) => {
                    for item in items {
                        collect(root, child, &target, item, out);
                    }
                }
                other => collect(root, child, &target, other, out),
            }
        }
    }
}

/// The definition a property refers to, wherever the `$ref` stands in it.
fn reference(prop: &Value) -> Option<String> {
    match prop {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                return r.strip_prefix("#/$defs/").map(str::to_owned);
            }
            map.values().find_map(reference)
        }
        Value::Array(items) => items.iter().find_map(reference),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_title_english_and_swedish_help_and_an_example() {
        let schema = super::super::schema();
        let help: toml::Table = toml::from_str(HELP).unwrap();
        let keys = field_keys(&schema);
        assert!(keys.len() > 70, "{}", keys.len());
        for key in &keys {
            assert!(
                help.contains_key(key),
                "templates/labels/schema-help.toml has no [\"{key}\"]"
            );
            let (def, name) = key.split_once('.').unwrap();
            let object = if def == "Plan" {
                &schema
            } else {
                &schema["$defs"][def]
            };
            let prop = &object["properties"][name];
            assert!(prop["title"].is_string(), "{key}: no title");
            let description = prop["description"].as_str().unwrap_or_default();
            let (en, sv) = description.split_once("Svenska: ").unwrap_or(("", ""));
            assert!(
                !en.trim().is_empty() && !sv.trim().is_empty(),
                "{key}: {description:?}"
            );
            assert!(
                prop["examples"].as_array().is_some_and(|e| !e.is_empty()),
                "{key}: no example"
            );
        }
        // Nothing in help.toml that the schema does not have (a renamed field).
        for key in help.keys() {
            assert!(
                keys.contains(key),
                "templates/labels/schema-help.toml has [\"{key}\"], which the schema lacks"
            );
        }
    }

    #[test]
    fn examples_come_from_the_example_plans() {
        let schema = super::super::schema();
        let principal = &schema["$defs"]["Lead"]["properties"]["principal"]["examples"];
        assert_eq!(principal[0], "region");
        let contact_name = &schema["$defs"]["Contact"]["properties"]["name"]["examples"];
        assert!(contact_name[0].is_string());
    }
}
