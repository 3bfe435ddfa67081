//! The JSON Schema (draft 2020-12) generated from the plan types.

use schemars::generate::SchemaSettings;
use serde_json::{Value, json};

use super::Plan;

/// The pattern of plan ids and item ids: 1–64 characters of `A-Z a-z 0-9 . _ -`,
/// starting with a letter or digit.
pub const ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

/// The pattern of a follow-up's `time`: `HH:MM`, 00:00–23:59, local time in Sweden.
pub const TIME_PATTERN: &str = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

/// Whether `id` follows [`ID_PATTERN`] (without a regex engine).
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && id.len() <= 64
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// The schema as a JSON value, with the help editors show: titles,
/// English and Swedish descriptions, examples.
pub fn schema() -> Value {
    let mut schema = validation_schema();
    split_titles(&mut schema);
    super::help::add_help(&mut schema);
    for_editors(&mut schema);
    schema
}

/// What editors with the YAML language server use beyond the constraints:
/// Markdown help (hovers render `code` rather than showing escaped
/// backticks), snippets for a new goal, need, action and follow-up, and
/// `lead.principal` offered only as `region` or `municipality`. `sip check`
/// does not validate against this: there `other` as the lead is SIP004, with
/// the statute's words, rather than a bare "not one of".
fn for_editors(schema: &mut Value) {
    markdown_descriptions(schema);
    let principal = &mut schema["$defs"]["Lead"]["properties"]["principal"];
    principal["enum"] = json!(["region", "municipality"]);
    let snippets = [
        (
            "Goal",
            "Nytt mål / new goal",
            "Personens mål med egna ord / the person's goal, in their own words",
            json!({"id": "${1:M1}", "text": "${2:Jag vill …}"}),
        ),
        (
            "Need",
            "Nytt behov / new need",
            "Ett behov och de mål det tjänar / a need and the goals it serves",
            json!({"id": "${1:B1}", "text": "$2", "goals": ["${3:M1}"]}),
        ),
        (
            "Action",
            "Ny insats / new action",
            "Vem som gör vad, för vilket behov / who does what, for which need",
            json!({
                "id": "${1:I1}",
                "text": "$2",
                "needs": ["${3:B1}"],
                "responsible": {
                    "principal": "${4|region,municipality,other|}",
                    "service": "${5|health_care,social_services,school,other|}",
                    "organisation": "$6"
                },
                "start": "${7:YYYY-MM-DD}",
                "status": "${8|planned,ongoing,done,cancelled|}"
            }),
        ),
        (
            "FollowUp",
            "Ny uppföljning / new follow-up",
            "När planen följs upp och vem som kallar / when the plan is followed up and who calls the meeting",
            json!({
                "date": "${1:YYYY-MM-DD}",
                "time": "${2:13:00}",
                "mode": "${3|in_person,video,phone|}",
                "convener": "$4"
            }),
        ),
    ];
    for (def, label, description, body) in snippets {
        schema["$defs"][def]["defaultSnippets"] = json!([{
            "label": label,
            "description": description,
            "body": body,
        }]);
    }
}

/// `markdownDescription` beside every `description` (English, then
/// Swedish): the YAML language server renders it as Markdown.
fn markdown_descriptions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(text)) = map.get("description") {
                let markdown = text.replacen("\n\nSvenska: ", "\n\n**Svenska:** ", 1);
                map.insert("markdownDescription".into(), Value::String(markdown));
            }
            map.values_mut().for_each(markdown_descriptions);
        }
        Value::Array(items) => items.iter_mut().for_each(markdown_descriptions),
        _ => {}
    }
}

/// The same constraints without the editors' help, for `sip check`'s
/// validator: the help (parsing help.toml and the example plans) was a third
/// of the instructions of checking one plan, and annotations do not validate.
pub fn validation_schema() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<Plan>().to_value();
    close_objects(&mut schema);
    schema
}

/// The schema as committed in `schema/sip.schema.json`: pretty JSON with a final newline.
pub fn schema_json() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).expect("a JSON value serialises");
    text.push('\n');
    text
}

/// Every object with declared properties rejects unknown keys (a typo must not
/// pass), except `x-` keys, which are kept for local extensions.
fn close_objects(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.contains_key("properties") {
                map.insert("patternProperties".into(), json!({ "^x-": true }));
                map.insert("additionalProperties".into(), Value::Bool(false));
            }
            map.values_mut().for_each(close_objects);
        }
        Value::Array(items) => items.iter_mut().for_each(close_objects),
        _ => {}
    }
}

/// Doc comments are written as a title line, a blank line, then the
/// description; schemars puts both in `description`. Split them, and unwrap
/// the hard line breaks of the source so editors can flow the text.
fn split_titles(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(doc)) = map.get("description").cloned() {
                let (title, rest) = match doc.split_once("\n\n") {
                    Some((title, rest)) => (title.to_string(), Some(rest.replace('\n', " "))),
                    None if !doc.contains('\n') && !doc.ends_with('.') => (doc, None),
                    None => (String::new(), Some(doc.replace('\n', " "))),
                };
                if !title.is_empty() && !map.contains_key("title") {
                    map.insert("title".into(), Value::String(title));
                }
                match rest {
                    Some(rest) => map.insert("description".into(), Value::String(rest)),
                    None => map.remove("description"),
                };
            }
            map.values_mut().for_each(split_titles);
        }
        Value::Array(items) => items.iter_mut().for_each(split_titles),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_are_closed_but_allow_extensions() {
        let schema = schema();
        assert_eq!(schema["additionalProperties"], json!(false));
        assert_eq!(schema["patternProperties"], json!({"^x-": true}));
        assert_eq!(
            schema["$defs"]["Action"]["additionalProperties"],
            json!(false)
        );
        assert_eq!(
            schema["$schema"],
            json!("https://json-schema.org/draft/2020-12/schema")
        );
    }

    /// `schema` without the annotation keywords editors use.
    fn without_annotations(value: &Value) -> Value {
        match value {
            Value::Object(map) => Value::Object(
                map.iter()
                    .filter(|(k, _)| {
                        !matches!(
                            k.as_str(),
                            "title"
                                | "description"
                                | "examples"
                                | "markdownDescription"
                                | "defaultSnippets"
                        )
                    })
                    .map(|(k, v)| (k.clone(), without_annotations(v)))
                    .collect(),
            ),
            Value::Array(items) => Value::Array(items.iter().map(without_annotations).collect()),
            other => other.clone(),
        }
    }

    #[test]
    fn the_validation_schema_has_the_same_constraints() {
        // But for the lead: editors offer only region and municipality,
        // sip check says why `other` is wrong (SIP004).
        let mut editors = without_annotations(&schema());
        let principal = &mut editors["$defs"]["Lead"]["properties"]["principal"];
        assert_eq!(principal["enum"], json!(["region", "municipality"]));
        principal.as_object_mut().unwrap().remove("enum");
        assert_eq!(without_annotations(&validation_schema()), editors);
    }

    #[test]
    fn editors_get_markdown_help_and_snippets() {
        let schema = schema();
        let lead = &schema["$defs"]["Lead"]["properties"]["principal"];
        assert_eq!(
            lead["markdownDescription"],
            json!(
                "`region` or `municipality`; never `other` (rule SIP004).\n\n\
                 **Svenska:** Huvudman: region eller municipality (kommun), aldrig other."
            )
        );
        for def in ["Goal", "Need", "Action", "FollowUp"] {
            let snippet = &schema["$defs"][def]["defaultSnippets"][0];
            let body = snippet["body"].as_object().unwrap();
            let required: Vec<String> =
                serde_json::from_value(schema["$defs"][def]["required"].clone())
                    .unwrap_or_default();
            for key in required {
                assert!(body.contains_key(&key), "{def}'s snippet lacks `{key}`");
            }
            for key in body.keys() {
                assert!(
                    schema["$defs"][def]["properties"].get(key).is_some(),
                    "{def}'s snippet has `{key}`, which the schema does not know"
                );
            }
            assert!(
                snippet["label"].as_str().unwrap().contains(" / "),
                "both languages"
            );
        }
    }

    #[test]
    fn doc_comments_become_titles_and_descriptions() {
        let schema = schema();
        let lead = &schema["$defs"]["Lead"]["properties"]["principal"];
        assert_eq!(lead["title"], json!("Principal (huvudman)"));
        assert_eq!(
            lead["description"],
            json!(
                "`region` or `municipality`; never `other` (rule SIP004).\n\n\
                 Svenska: Huvudman: region eller municipality (kommun), aldrig other."
            )
        );
        let phone = &schema["$defs"]["Contact"]["properties"]["phone"];
        assert_eq!(phone["title"], json!("Phone"));
        assert_eq!(
            phone["description"],
            json!("Phone number.\n\nSvenska: Telefonnummer.")
        );
    }

    #[test]
    fn required_keys_follow_the_format() {
        let schema = schema();
        let required = |v: &Value| -> Vec<String> {
            let mut r: Vec<String> = serde_json::from_value(v["required"].clone()).unwrap();
            r.sort();
            r
        };
        assert_eq!(
            required(&schema),
            [
                "actions",
                "consent",
                "id",
                "initiated",
                "lead",
                "needs",
                "person",
                "sip",
                "status"
            ]
        );
        assert_eq!(
            required(&schema["$defs"]["Action"]),
            ["id", "needs", "responsible", "text"]
        );
        assert_eq!(
            required(&schema["$defs"]["Responsible"]),
            ["organisation", "principal", "service"]
        );
    }
}
