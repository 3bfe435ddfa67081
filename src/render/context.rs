//! What a render template sees: the plan turned into a view where every key
//! is present (`null` when the plan leaves it out), enumerations are already
//! words in the chosen language, and each need carries the actions that
//! answer it. Built from the plan's JSON value, not the typed plan, so a plan
//! with errors still renders as far as it can.

use serde_json::{Value, json};

use crate::i18n::Catalogue;
use crate::plan::view::{self, PlanView, items as list};

/// The render context for one plan. `labels` is the language's label table;
/// `errors` are the findings shown in the banner.
pub fn build(
    plan: &Value,
    labels: &Value,
    catalogue: &Catalogue,
    errors: &[String],
    printed: &str,
) -> Value {
    let word = |table: &str, key: &Value| -> Value {
        match text(key) {
            Some(k) => labels[table].get(&k).cloned().unwrap_or(Value::String(k)),
            None => Value::Null,
        }
    };
    let yes_no = |v: &Value| match v {
        Value::Bool(true) => labels["yes"].clone(),
        Value::Bool(false) => labels["no"].clone(),
        _ => Value::Null,
    };

    let action = |a: &Value| -> Value {
        let r = &a["responsible"];
        json!({
            "id": s(&a["id"]),
            "text": s(&a["text"]),
            "needs": join(&a["needs"]),
            "principal": word("principal_name", &r["principal"]),
            "principal_key": s(&r["principal"]),
            "service": word("service", &r["service"]),
            "organisation": s(&r["organisation"]),
            "contact": contact(&r["contact"]),
            "start": s(&a["start"]),
            "end": s(&a["end"]),
            "status": word("action_status", a.get("status").unwrap_or(&json!("planned"))),
        })
    };
    let actions: Vec<Value> = list(&plan["actions"]).iter().map(action).collect();
    let (others, own): (Vec<Value>, Vec<Value>) = actions
        .iter()
        .cloned()
        .partition(|a| a["principal_key"] == "other");

    let needs: Vec<Value> = list(&plan["needs"])
        .iter()
        .map(|n| {
            let id = text(&n["id"]);
            let answering: Vec<Value> = list(&plan["actions"])
                .iter()
                .zip(&actions)
                .filter(|(raw, _)| {
                    id.as_ref().is_some_and(|id| {
                        list(&raw["needs"])
                            .iter()
                            .any(|x| text(x).as_ref() == Some(id))
                    })
                })
                .map(|(_, view)| view.clone())
                .collect();
            json!({
                "id": s(&n["id"]),
                "text": s(&n["text"]),
                "goals": join(&n["goals"]),
                "actions": answering,
            })
        })
        .collect();

    let follow_up = |f: &Value| {
        json!({
            "date": s(&f["date"]),
            "convener": s(&f["convener"]),
            "held": s(&f["held"]),
            "outcome": s(&f["outcome"]),
        })
    };
    let follow_ups: Vec<Value> = list(&plan["follow_ups"]).iter().map(follow_up).collect();
    let next_follow_up = PlanView::new(plan)
        .next_follow_up()
        .map_or(Value::Null, |f| follow_up(f.0));

    let participants: Vec<Value> = list(&plan["participants"])
        .iter()
        .map(|p| {
            json!({
                "name": s(&p["name"]),
                "kind": word("kind", &p["kind"]),
                "role": s(&p["role"]),
                "organisation": s(&p["organisation"]),
                "attended": p["attended"] == Value::Bool(true),
                "absence_reason": s(&p["absence_reason"]),
            })
        })
        .collect();

    let lead = &plan["lead"];
    let consent = &plan["consent"];
    let person = &plan["person"];
    json!({
        "l": labels,
        "printed": printed,
        "errors": errors,
        "id": s(&plan["id"]),
        "status": word("status", &plan["status"]),
        "draft": plan["status"] == "draft",
        "person": {
            "name": s(&person["name"]),
            "personal_id": s(&person["personal_id"]),
            "birth_date": s(&person["birth_date"]),
            "language": language_name(catalogue, &person["language"]),
            "interpreter": yes_no(&person["interpreter"]),
        },
        "guardians": list(&plan["guardians"]).iter().map(|g| json!({
            "name": s(&g["name"]),
            "contact": contact(&json!({"phone": g["phone"], "email": g["email"]})),
        })).collect::<Vec<_>>(),
        "goals": list(&plan["goals"]).iter().map(|g| json!({
            "id": s(&g["id"]), "text": s(&g["text"]),
        })).collect::<Vec<_>>(),
        "needs": needs,
        "actions": own,
        "others": others,
        "lead": {
            "principal": word("principal_name", &lead["principal"]),
            "organisation": s(&lead["organisation"]),
            "contact": contact(&lead["contact"]),
        },
        "next_follow_up": next_follow_up,
        "follow_ups": follow_ups,
        "consent": {
            "given": yes_no(&consent["given"]),
            "date": s(&consent["date"]),
            "by": word("consent_by_name", &consent["by"]),
            "form": word("consent_form_name", &consent["form"]),
            "scope": s(&consent["scope"]),
            "expires": s(&consent["expires"]),
            "withdrawn": s(&consent["withdrawn"]),
            "relatives": yes_no(&consent["relatives"]),
        },
        "initiated": {
            "date": s(&plan["initiated"]["date"]),
            "by": s(&plan["initiated"]["by"]),
            "reason": s(&plan["initiated"]["reason"]),
        },
        "established": s(&plan["established"]),
        "participants": participants,
        "shared": list(&plan["shared"]).iter().map(|x| json!({
            "to": word("recipient", &x["to"]),
            "date": s(&x["date"]),
        })).collect::<Vec<_>>(),
        "signatures": signatures(plan),
        "closed": match &plan["closed"] {
            Value::Object(c) => json!({"date": s(c.get("date").unwrap_or(&Value::Null)),
                                       "reason": s(c.get("reason").unwrap_or(&Value::Null))}),
            _ => Value::Null,
        },
        "notes": s(&plan["notes"]),
    })
}

/// One signature line per organisation that took part (participants from
/// the region, the municipality or others, and the lead), in order of
/// appearance, each once.
fn signatures(plan: &Value) -> Vec<Value> {
    let mut seen: Vec<String> = Vec::new();
    let mut add = |org: Option<String>| {
        if let Some(org) = org
            && !seen.contains(&org)
        {
            seen.push(org);
        }
    };
    add(text(&plan["lead"]["organisation"]));
    for p in list(&plan["participants"]) {
        if matches!(
            p["kind"].as_str(),
            Some("region" | "municipality" | "other")
        ) {
            add(text(&p["organisation"]));
        }
    }
    seen.into_iter().map(Value::String).collect()
}

/// A language's name in the document's language ("arabiska" for `ar`); the
/// tag as written when the catalogue has no name for it.
fn language_name(catalogue: &Catalogue, code: &Value) -> Value {
    let Some(code) = text(code) else {
        return Value::Null;
    };
    let primary = code
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    Value::String(
        catalogue
            .get(&format!("language-{primary}"))
            .unwrap_or(code),
    )
}

/// "Sara Samordnare, biståndshandläggare, 010-123 45 67": the parts present.
fn contact(c: &Value) -> Value {
    let Value::Object(map) = c else {
        return Value::Null;
    };
    let parts: Vec<String> = ["name", "role", "phone", "email"]
        .iter()
        .filter_map(|k| map.get(*k).and_then(text))
        .collect();
    if parts.is_empty() {
        Value::Null
    } else {
        Value::String(parts.join(", "))
    }
}

/// "B1, B2" for a list of ids; `null` when empty.
fn join(v: &Value) -> Value {
    let items: Vec<String> = list(v).iter().filter_map(text).collect();
    if items.is_empty() {
        Value::Null
    } else {
        Value::String(items.join(", "))
    }
}

/// A scalar as text (`null` stays null), whatever its YAML type.
fn s(v: &Value) -> Value {
    text(v).map_or(Value::Null, Value::String)
}

fn text(v: &Value) -> Option<String> {
    view::text(v).map(Into::into)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Value {
        crate::render::labels(cat())
    }

    fn cat() -> &'static Catalogue {
        Catalogue::built_in(crate::config::Lang::Sv)
    }

    #[test]
    fn needs_carry_the_actions_that_answer_them_and_others_are_apart() {
        let plan = json!({
            "needs": [{"id": "B1", "text": "Hygien"}, {"id": "B2", "text": "Skola"}],
            "actions": [
                {"id": "I1", "text": "Hemtjänst", "needs": ["B1"],
                 "responsible": {"principal": "municipality", "service": "social_services",
                                 "organisation": "Hemtjänsten", "contact": {"name": "Ali", "phone": "010"}}},
                {"id": "I2", "text": "Anpassning", "needs": ["B2"], "status": "ongoing",
                 "responsible": {"principal": "other", "service": "school", "organisation": "Skolan"}},
            ],
        });
        let v = build(&plan, &labels(), cat(), &[], "2026-02-01");
        assert_eq!(v["needs"][0]["actions"][0]["id"], "I1");
        assert_eq!(v["needs"][0]["actions"][0]["principal"], "Kommunen");
        assert_eq!(v["needs"][0]["actions"][0]["contact"], "Ali, 010");
        assert_eq!(v["needs"][0]["actions"][0]["status"], "Planerad");
        assert_eq!(v["needs"][1]["actions"][0]["status"], "Pågår");
        assert_eq!(v["actions"].as_array().unwrap().len(), 1);
        assert_eq!(v["others"][0]["organisation"], "Skolan");
        // Every key is there, null when the plan has nothing.
        assert_eq!(v["next_follow_up"], Value::Null);
        assert_eq!(v["person"]["name"], Value::Null);
    }

    #[test]
    fn next_follow_up_is_the_earliest_not_held() {
        let plan = json!({"follow_ups": [
            {"date": "2026-05-01"}, {"date": "2026-01-01", "held": "2026-01-01"}, {"date": "2026-03-01"},
        ]});
        let v = build(&plan, &labels(), cat(), &[], "2026-02-01");
        assert_eq!(v["next_follow_up"]["date"], "2026-03-01");
    }

    #[test]
    fn unknown_enumerations_are_shown_as_written() {
        let plan = json!({"status": "paused", "lead": {"principal": "other"}});
        let v = build(&plan, &labels(), cat(), &[], "2026-02-01");
        assert_eq!(v["status"], "paused");
        assert_eq!(v["lead"]["principal"], "Annan");
    }
}
