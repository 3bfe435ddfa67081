//! The letter to the person (*kallelse*) for a follow-up meeting: what a
//! letter template sees. Read through [`PlanView`], so a plan with errors
//! still gives a letter as far as it can; every sentence comes from the
//! catalogue (`letter-*`, and the `about-sip-*` box shared with the printed
//! plan), in the language of the catalogue given, so a letter is in the
//! person's language when the repository has a catalogue for it.

use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};

use crate::i18n::Catalogue;
use crate::plan::{FollowUpView, PlanView};

/// The letter context for `follow_up` of `plan`; `printed` is the date
/// printed on it.
pub fn build(
    plan: &PlanView<'_>,
    follow_up: FollowUpView<'_>,
    catalogue: &Catalogue,
    printed: NaiveDate,
) -> Value {
    let cat = catalogue;
    let l = super::prefixed(cat, "letter-");
    let date = follow_up.date();
    let day = date.map(|d| {
        cat.with(
            "letter-day",
            &[
                (
                    "weekday",
                    cat.text(&format!(
                        "letter-weekday-{}",
                        d.weekday().number_from_monday()
                    ))
                    .into(),
                ),
                ("date", d.to_string().into()),
            ],
        )
    });
    let time = follow_up.time().map(|start| {
        let minutes = i64::from(follow_up.duration_minutes().unwrap_or(60));
        let end = chrono::NaiveTime::parse_from_str(start, "%H:%M")
            .map(|t| {
                (t + chrono::Duration::minutes(minutes))
                    .format("%H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        cat.with(
            "letter-time_span",
            &[("start", start.into()), ("end", end.into())],
        )
    });
    let mode = follow_up.mode();
    let where_label = match mode {
        Some("video") => cat.text("letter-join_video"),
        Some("phone") => cat.text("letter-join_phone"),
        _ => cat.text("letter-where"),
    };
    let mode_text = mode.and_then(|m| cat.get(&format!("letter-mode-{m}")));

    let person_name = plan.person_name();
    let invited: Vec<Value> = plan
        .participants()
        .filter(|p| p.kind().as_deref() != Some("person"))
        .filter(|p| {
            // Not the person, by name either.
            p.name().is_some() && p.name() != person_name
        })
        .map(|p| {
            json!({
                "name": p.name(),
                "role": p.role(),
                "organisation": p.organisation(),
            })
        })
        .collect();

    let contact = plan.lead_contact();
    let contact_name = contact.name();
    let contact_line = match &contact_name {
        Some(name) => {
            let mut who = name.to_string();
            if let Some(role) = contact.role() {
                who.push_str(&format!(", {role}"));
            }
            if let Some(org) = plan.lead_organisation() {
                who.push_str(&format!(", {org}"));
            }
            cat.with("letter-contact_text", &[("name", who.into())])
        }
        None => cat.text("letter-contact_none"),
    };
    let ask = match &contact_name {
        Some(name) => {
            let reach = contact
                .phone()
                .or_else(|| contact.email())
                .map_or_else(|| name.to_string(), |r| format!("{name} ({r})"));
            cat.with("about-sip-ask", &[("contact", reach.into())])
        }
        None => cat.text("about-sip-ask-anyone"),
    };
    let questions: Vec<String> = (1..)
        .map(|n| format!("letter-question-{n}"))
        .take_while(|id| cat.has(id))
        .map(|id| cat.text(&id))
        .collect();

    json!({
        "lang": cat.code(),
        "dir": if cat.rtl() { "rtl" } else { "ltr" },
        "l": l,
        "plan": plan.id(),
        "printed": printed.to_string(),
        "greeting": match &person_name {
            Some(name) => cat.with("letter-greeting", &[("name", name.to_string().into())]),
            None => cat.text("letter-greeting_anyone"),
        },
        "meeting": {
            "day": day,
            "time": time,
            "where_label": where_label,
            "place": follow_up.place(),
            "mode": mode_text,
            "convener": follow_up.convener(),
        },
        "invited": invited,
        "support": plan.support_person().map(|name| {
            cat.with("letter-support", &[("name", name.to_string().into())])
        }),
        "goals": plan.goal_texts().collect::<Vec<_>>(),
        "questions": questions,
        "about": {
            "heading": cat.text("about-sip-heading"),
            "what": cat.text("about-sip-what"),
            "consent": cat.text("about-sip-consent"),
            "copy": cat.text("about-sip-copy"),
            "ask": ask,
        },
        "contact": {
            "text": contact_line,
            "phone": contact.phone(),
            "email": contact.email(),
        },
        "interpreter": plan.interpreter(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Lang;

    #[test]
    fn the_next_meeting_in_words_who_comes_and_whom_to_call() {
        let value = json!({
            "id": "2026-0042",
            "person": {"name": "Tolvan Tolvansson", "interpreter": true},
            "lead": {"organisation": "Socialtjänsten", "contact": {"name": "Sara Samordnare", "phone": "010-123 45 67"}},
            "participants": [
                {"name": "Tolvan Tolvansson", "kind": "person"},
                {"name": "Erik Läkare", "kind": "region", "role": "distriktsläkare"},
            ],
            "goals": [{"id": "M1", "text": "Bo kvar hemma."}],
            "preparation": {"support_person": "Morbror Kalle"},
            "follow_ups": [{"date": "2027-01-14", "time": "10:00", "duration_minutes": 45, "place": "Länk i sms", "mode": "video"}],
        });
        let plan = PlanView::new(&value);
        let follow_up = plan.follow_ups().next().unwrap();
        let sv = build(
            &plan,
            follow_up,
            Catalogue::built_in(Lang::Sv),
            "2026-12-01".parse().unwrap(),
        );
        assert_eq!(sv["meeting"]["day"], "torsdag 2027-01-14");
        assert_eq!(sv["meeting"]["time"], "kl. 10:00–10:45");
        assert_eq!(sv["meeting"]["where_label"], "Så ansluter du");
        assert_eq!(sv["invited"].as_array().unwrap().len(), 1);
        assert_eq!(sv["invited"][0]["role"], "distriktsläkare");
        assert!(
            sv["about"]["ask"]
                .as_str()
                .unwrap()
                .contains("Sara Samordnare (010-123 45 67)")
        );
        assert!(sv["support"].as_str().unwrap().contains("Morbror Kalle"));
        assert!(
            sv["questions"]
                .as_array()
                .unwrap()
                .iter()
                .any(|q| q == "Vad är viktigt för dig?")
        );
        assert_eq!(sv["interpreter"], true);
        let en = build(
            &plan,
            follow_up,
            Catalogue::built_in(Lang::En),
            "2026-12-01".parse().unwrap(),
        );
        assert_eq!(en["meeting"]["day"], "Thursday 2027-01-14");
        assert_eq!(en["lang"], "en");
    }
}
