//! What a render template sees: the plan turned into the facts of the printed
//! document, every key present (`null` or empty when the plan leaves it out),
//! enumerations already words and sentences already said in the chosen
//! language (from the catalogue, so a region can change the wording).
//!
//! Page one belongs to the person: who the plan is for, their goals and what
//! matters to them, the next meeting, who is responsible and whom to call,
//! what happens next, and what a SIP is. The details follow: needs with the
//! actions that answer them (each action once, by whoever does it), the
//! follow-ups, consent, how the plan came about, who took part, who got a
//! copy, the signatures.
//!
//! Built from the plan's JSON value through [`PlanView`], not the typed plan,
//! so a plan with errors still renders as far as it can.

use chrono::{NaiveDate, NaiveTime, TimeDelta};
use serde_json::{Value, json};

use crate::i18n::{Arg, Catalogue};
use crate::personnummer;
use crate::plan::deadlines;
use crate::plan::view::{self, ActionView, FollowUpView, PlanView, items as list};

/// The render context for one plan. `labels` is the language's label table
/// (`l` in templates); `errors` are the findings shown in the banner;
/// `printed` is the check date (`YYYY-MM-DD`), printed on the page and the
/// day against which "next" and "ended" are judged.
pub fn build(
    plan: &Value,
    labels: &Value,
    catalogue: &Catalogue,
    errors: &[String],
    printed: &str,
) -> Value {
    let page = Page {
        plan: PlanView::new(plan),
        labels,
        cat: catalogue,
        as_of: deadlines::parse_date(printed),
    };
    let person = &plan["person"];
    json!({
        "l": labels,
        "printed": printed,
        "errors": errors,
        "id": s(&plan["id"]),
        "status": page.word("status", &plan["status"]),
        "draft": plan["status"] == "draft",
        "person": {
            "name": s(&person["name"]),
            "id_label": page.identity_label(),
            "personal_id": s(&person["personal_id"]),
            "birth_date": s(&person["birth_date"]),
            "language": language_name(catalogue, &person["language"]),
            "interpreter": match &person["interpreter"] {
                Value::Bool(b) => Value::String(catalogue.text(if *b { "render-yes" } else { "render-no" })),
                _ => Value::Null,
            },
        },
        "guardians": list(&plan["guardians"]).iter().map(|g| json!({
            "name": s(&g["name"]),
            "contact": contact(&json!({"phone": g["phone"], "email": g["email"]})),
        })).collect::<Vec<_>>(),
        "goals": list(&plan["goals"]).iter().map(|g| json!({
            "id": s(&g["id"]), "text": s(&g["text"]),
        })).collect::<Vec<_>>(),
        "important_to_me": s(&plan["preparation"]["important_to_me"]),
        "support_person": s(&plan["preparation"]["support_person"]),
        "next_meeting": page.next_meeting(),
        "lead": page.lead(),
        "next_steps": page.next_steps(),
        "about_sip": page.about_sip(),
        "needs": page.needs(),
        "follow_ups": page.plan.follow_ups().map(|f| page.follow_up(f)).collect::<Vec<_>>(),
        "consent": page.consent(),
        "history": page.history(),
        "participants": page.participants(),
        "shared": page.shared(),
        "signatures": signatures(plan, labels),
        "notes": s(&plan["notes"]),
    })
}

/// The plan and what it is said with.
struct Page<'a> {
    plan: PlanView<'a>,
    labels: &'a Value,
    cat: &'a Catalogue,
    as_of: Option<NaiveDate>,
}

impl Page<'_> {
    /// An enumeration as the label table says it (`l.status.active`); the
    /// value as written when the table has no word for it.
    fn word(&self, table: &str, key: &Value) -> Value {
        match text(key) {
            Some(k) => self.labels[table]
                .get(&k)
                .cloned()
                .unwrap_or(Value::String(k)),
            None => Value::Null,
        }
    }

    fn say(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        self.cat.with(id, args)
    }

    /// "Personnummer" or "Samordningsnummer" (18 a § folkbokföringslagen):
    /// the day of a samordningsnummer is the day of birth + 60.
    fn identity_label(&self) -> Value {
        let Some(number) = self.plan.personal_id() else {
            return Value::Null;
        };
        let as_of = self.as_of.unwrap_or(NaiveDate::MAX);
        let coordination = personnummer::parse(number.trim(), as_of).is_ok_and(|n| n.coordination);
        self.labels[if coordination {
            "coordination_number"
        } else {
            "personal_id"
        }]
        .clone()
    }

    /// The next meeting the person can come to: the earliest follow-up not
    /// held whose date is today or later.
    fn next_meeting(&self) -> Value {
        let next = self
            .plan
            .open_follow_ups()
            .filter_map(|f| Some((f.date()?, f)))
            .filter(|(d, _)| self.as_of.is_none_or(|as_of| *d >= as_of))
            .min_by_key(|(d, _)| *d);
        match next {
            None => Value::Null,
            Some((date, f)) => json!({
                "date": date.to_string(),
                "time": self.time(&f),
                "place": f.place(),
                "how": f.mode().map(|m| self.word("mode", &json!(m))),
                "convener": f.convener(),
            }),
        }
    }

    /// "kl. 10:00–11:00" from `time` and `duration_minutes` (60 by default).
    fn time(&self, f: &FollowUpView) -> Value {
        let Some(start) = f.time() else {
            return Value::Null;
        };
        let minutes = i64::from(f.duration_minutes().unwrap_or(60));
        let end = NaiveTime::parse_from_str(start, "%H:%M")
            .ok()
            .and_then(|t| {
                let (end, wrapped) = t.overflowing_add_signed(TimeDelta::minutes(minutes));
                (wrapped == 0).then(|| end.format("%H:%M").to_string())
            });
        Value::String(match end {
            Some(end) => self.say(
                "plan-time-range",
                &[("start", start.into()), ("end", end.into())],
            ),
            None => self.say("plan-time", &[("start", start.into())]),
        })
    }

    /// Who has the overall responsibility (point 4 of HSL 16 kap. 4 §) and
    /// the one person to call. No "contact them" without someone to contact:
    /// a plan without a contact says only who is responsible (SIP033 tells
    /// the coordinator).
    fn lead(&self) -> Value {
        let lead = self.plan.at("/lead");
        let organisation = text(&lead["organisation"]);
        let responsible = organisation.as_ref().map(|org| {
            self.say(
                "plan-lead",
                &[
                    ("organisation", org.clone().into()),
                    (
                        "principal",
                        text(&lead["principal"]).unwrap_or_default().into(),
                    ),
                ],
            )
        });
        let c = &lead["contact"];
        let who = who_to_call(c).or_else(|| {
            (text(&c["phone"]).is_some() || text(&c["email"]).is_some())
                .then(|| organisation.clone())
                .flatten()
        });
        json!({
            "principal": self.word("principal_name", &lead["principal"]),
            "organisation": organisation,
            "responsible": responsible,
            "call": who.map(|who| self.say("plan-call", &[("who", who.into())])),
            "phone": s(&c["phone"]),
            "email": s(&c["email"]),
            "contact": contact(c),
        })
    }

    /// What happens from today on: actions that start or end, and the end of
    /// a stay, in date order.
    fn next_steps(&self) -> Vec<Value> {
        let Some(as_of) = self.as_of else {
            return Vec::new();
        };
        let mut steps: Vec<(NaiveDate, String)> = Vec::new();
        for a in self.plan.actions().filter(|a| !a.is_closed()) {
            let (Some(what), Some(who)) = (text(&a.0["text"]), a.organisation()) else {
                continue;
            };
            let what = what.trim_end_matches('.').to_owned();
            for (date, id) in [(a.start(), "plan-step-start"), (a.end(), "plan-step-end")] {
                if let Some(date) = date.filter(|d| *d >= as_of) {
                    let args = [
                        ("date", date.to_string().into()),
                        ("action", what.clone().into()),
                        ("who", who.to_string().into()),
                    ];
                    steps.push((date, self.say(id, &args)));
                }
            }
        }
        if let Some(end) = self
            .plan
            .date("/transition/expected_end")
            .filter(|d| *d >= as_of)
        {
            let args = [
                ("date", end.to_string().into()),
                ("kind", self.transition_kind().into()),
            ];
            steps.push((end, tidy(&self.say("plan-step-transition", &args))));
        }
        steps.sort_by_key(|(d, _)| *d);
        steps.into_iter().map(|(_, s)| Value::String(s)).collect()
    }

    /// "på SiS-hem", "i familjehem", or nothing.
    fn transition_kind(&self) -> String {
        let kind = self.plan.text("/transition/kind").unwrap_or_default();
        self.say("plan-transition-kind", &[("kind", kind.to_string().into())])
    }

    /// The plain-language "Det här är en SIP" box (`about-sip-*`).
    fn about_sip(&self) -> Value {
        let lead = self.plan.at("/lead");
        let ask = match who_to_call(&lead["contact"]).or_else(|| text(&lead["organisation"])) {
            Some(who) => self.say("about-sip-ask", &[("contact", who.into())]),
            None => self.cat.text("about-sip-ask-anyone"),
        };
        json!({
            "heading": self.cat.text("about-sip-heading"),
            "what": self.cat.text("about-sip-what"),
            "consent": self.cat.text("about-sip-consent"),
            "copy": self.cat.text("about-sip-copy"),
            "ask": ask,
        })
    }

    /// A goal's text in the person's words, found by its id; the id as
    /// written when the plan has no such goal.
    fn goal_text(&self, id: String) -> String {
        self.plan
            .goals()
            .iter()
            .find(|g| text(&g["id"]).as_deref() == Some(id.as_str()))
            .and_then(|g| text(&g["text"]))
            .unwrap_or(id)
    }

    /// Each need with the goals it serves and the actions that answer it;
    /// every action appears once, under each need it answers.
    fn needs(&self) -> Vec<Value> {
        self.plan
            .list("needs")
            .iter()
            .map(|n| {
                let id = text(&n["id"]);
                let actions: Vec<Value> = self
                    .plan
                    .actions()
                    .filter(|a| id.as_ref().is_some_and(|id| a.needs().any(|x| x == *id)))
                    .map(|a| self.action(a))
                    .collect();
                json!({
                    "id": s(&n["id"]),
                    "text": s(&n["text"]),
                    "goals": list(&n["goals"]).iter().filter_map(text).map(|g| self.goal_text(g)).collect::<Vec<_>>(),
                    "met": view::date(&n["met"]).map(|d| self.say("plan-need-met", &[("date", d.to_string().into())])),
                    "actions": actions,
                })
            })
            .collect()
    }

    /// One action: who does it (by others said so, not as "Annan"), whom
    /// to call about it (its own contact, else the one who coordinates the
    /// plan), when, and how it stands (with why, when cancelled).
    fn action(&self, a: ActionView) -> Value {
        let r = &a.0["responsible"];
        let by_others = a.principal().as_deref() == Some("other");
        let detail = if by_others {
            self.labels["by_others"].clone()
        } else {
            let principal = self.word("principal_name", &r["principal"]);
            let service = self.word("service", &r["service"]);
            match (principal.as_str(), service.as_str()) {
                (Some(p), Some(s)) => Value::String(format!("{p}, {}", s.to_lowercase())),
                (Some(p), None) => Value::String(p.to_owned()),
                (None, Some(s)) => Value::String(s.to_owned()),
                (None, None) => Value::Null,
            }
        };
        let own = contact(&r["contact"]);
        let lead_contact = contact(self.plan.at("/lead/contact"));
        let via_lead = own.is_null() && !lead_contact.is_null();
        let contact = if via_lead {
            Value::String(format!(
                "{} ({})",
                lead_contact.as_str().unwrap_or_default(),
                self.labels["via_lead"].as_str().unwrap_or_default()
            ))
        } else {
            own
        };
        json!({
            "id": s(&a.0["id"]),
            "text": s(&a.0["text"]),
            "organisation": a.organisation(),
            "detail": detail,
            "by_others": by_others,
            "contact": contact,
            "start": a.start().map(|d| d.to_string()),
            "end": a.end().map(|d| d.to_string()),
            "status": self.word("action_status", &json!(a.status())),
            "cancelled_reason": s(&a.0["cancelled_reason"]),
        })
    }

    /// One follow-up: when and where, who calls it, whether it was held, who
    /// came, how each goal has come (in the person's words), what was agreed.
    fn follow_up(&self, f: FollowUpView) -> Value {
        let state = match (f.held(), f.date()) {
            (Some(held), _) => {
                self.say("plan-follow-up-held", &[("date", held.to_string().into())])
            }
            (None, Some(d)) if self.as_of.is_some_and(|as_of| d < as_of) => {
                self.cat.text("plan-follow-up-not-recorded")
            }
            _ => self.cat.text("plan-follow-up-planned"),
        };
        let progress: Vec<Value> = list(&f.0["goals"])
            .iter()
            .filter_map(|g| {
                let goal = self.goal_text(text(&g["goal"])?);
                Some(json!({
                    "goal": goal,
                    "progress": self.word("progress", &g["progress"]),
                    "person_view": s(&g["person_view"]),
                }))
            })
            .collect();
        let names = |v: &Value| -> Vec<String> { list(v).iter().filter_map(text).collect() };
        json!({
            "date": f.date().map(|d| d.to_string()),
            "time": self.time(&f),
            "place": f.place(),
            "how": f.mode().map(|m| self.word("mode", &json!(m))),
            "convener": f.convener(),
            "state": state,
            "attended": names(&f.0["attended"]).join(", "),
            "absent": list(&f.0["absent"]).iter().filter_map(|a| {
                let name = text(&a["name"])?;
                Some(match text(&a["reason"]) {
                    Some(reason) => format!("{name} ({reason})"),
                    None => name,
                })
            }).collect::<Vec<_>>().join(", "),
            "progress": progress,
            "outcome": s(&f.0["outcome"]),
        })
    }

    /// Consent said in sentences, once: given (by whom, how, when), or not
    /// yet; withdrawn or ended instead of "yes"; valid up to and including
    /// the day before `expires` (the first day without consent).
    fn consent(&self) -> Value {
        let c = self.plan.at("/consent");
        let mut sentences: Vec<String> = Vec::new();
        let withdrawn = self.plan.consent_withdrawn();
        let expires = self.plan.consent_expires();
        let ended = expires.filter(|e| {
            self.as_of
                .is_some_and(|as_of| deadlines::consent_ended(Some(*e), as_of))
        });
        if let Some(date) = withdrawn {
            sentences.push(self.say(
                "plan-consent-withdrawn",
                &[("date", date.to_string().into())],
            ));
        } else if let Some(date) = ended {
            sentences.push(self.say("plan-consent-ended", &[("date", date.to_string().into())]));
        } else if self.plan.consent_given() {
            let date = view::date(&c["date"]).map_or("none".to_owned(), |d| d.to_string());
            sentences.push(self.say(
                "plan-consent-given",
                &[
                    ("by", text(&c["by"]).unwrap_or_default().into()),
                    ("form", text(&c["form"]).unwrap_or_default().into()),
                    ("date", date.into()),
                ],
            ));
            if let Some(expires) = expires {
                let last = deadlines::add_days(expires, -1);
                sentences
                    .push(self.say("plan-consent-until", &[("date", last.to_string().into())]));
            }
        } else {
            sentences.push(self.cat.text("plan-consent-not-given"));
        }
        let current = withdrawn.is_none() && ended.is_none() && self.plan.consent_given();
        if current {
            match c["relatives"].as_bool() {
                Some(true) => sentences.push(self.cat.text("plan-consent-relatives-yes")),
                Some(false) => sentences.push(self.cat.text("plan-consent-relatives-no")),
                None => {}
            }
        }
        json!({
            "sentences": sentences,
            "scope": if current { s(&c["scope"]) } else { Value::Null },
        })
    }

    /// How the plan came about and ended, as sentences in date order of the
    /// events they tell: raised, prepared, discharge steps, drawn up, the
    /// stay and its planning, closed.
    fn history(&self) -> Value {
        let mut lines: Vec<String> = Vec::new();
        let dated = |id: &str, date: Option<NaiveDate>| {
            date.map(|d| self.say(id, &[("date", d.to_string().into())]))
        };
        let by = |pointer: &str| {
            self.plan
                .text(pointer)
                .map_or("none".to_owned(), Into::into)
        };
        if let Some(date) = self.plan.initiated() {
            let raised = self.say(
                "plan-initiated",
                &[
                    ("date", date.to_string().into()),
                    ("by", by("/initiated/by").into()),
                ],
            );
            lines.push(match self.plan.text("/initiated/reason") {
                Some(reason) => format!(
                    "{raised} {}: {reason}",
                    self.labels["reason"].as_str().unwrap_or_default()
                ),
                None => raised,
            });
        }
        if let Some(date) = self.plan.date("/preparation/date") {
            lines.push(self.say(
                "plan-preparation",
                &[
                    ("date", date.to_string().into()),
                    ("by", by("/preparation/by").into()),
                ],
            ));
        }
        lines.extend(dated(
            "plan-discharge-notified",
            self.plan.discharge_ready_notified(),
        ));
        lines.extend(dated("plan-discharge-called", self.plan.discharge_called()));
        lines.extend(dated("plan-established", self.plan.established()));
        lines.extend(dated(
            "plan-discharge-discharged",
            self.plan.date("/discharge/discharged"),
        ));
        if let Some(end) = self.plan.date("/transition/expected_end") {
            let args = [
                ("date", end.to_string().into()),
                ("kind", self.transition_kind().into()),
            ];
            lines.push(tidy(&self.say("plan-transition", &args)));
        }
        lines.extend(dated(
            "plan-transition-planning",
            self.plan.date("/transition/planning_started"),
        ));
        let closed = self.plan.closed_date().map(|d| {
            json!({
                "text": self.say("plan-closed", &[("date", d.to_string().into())]),
                "reason": self.plan.text("/closed/reason").map(Into::<String>::into)
                    .or_else(|| self.plan.text("/closed/cause").map(|c| self.cat.value("cause", &c).unwrap_or_else(|| c.into()))),
            })
        });
        if let Some(c) = &closed {
            let text = c["text"].as_str().unwrap_or_default();
            lines.push(match c["reason"].as_str() {
                Some(reason) => format!(
                    "{text} {}: {reason}",
                    self.labels["reason"].as_str().unwrap_or_default()
                ),
                None => text.to_owned(),
            });
        }
        json!({"lines": lines, "closed": closed})
    }

    /// The people who took part in drawing up the plan: the role as written
    /// (or what they are to the person: themself, relative, guardian), never
    /// the kind repeated.
    fn participants(&self) -> Vec<Value> {
        self.plan
            .participants()
            .map(|p| {
                let kind = p.kind();
                let role = s(&p.0["role"]);
                let role = if role.is_null()
                    && matches!(kind.as_deref(), Some("person" | "relative" | "guardian"))
                {
                    self.word("kind", &p.0["kind"])
                } else {
                    role
                };
                let attended = match p.attended() {
                    Some(true) => self.labels["yes"].as_str().unwrap_or_default().to_owned(),
                    Some(false) => match text(&p.0["absence_reason"]) {
                        Some(reason) => format!(
                            "{} ({reason})",
                            self.labels["no"].as_str().unwrap_or_default()
                        ),
                        None => self.labels["no"].as_str().unwrap_or_default().to_owned(),
                    },
                    None => self.labels["none"].as_str().unwrap_or_default().to_owned(),
                };
                json!({
                    "name": s(&p.0["name"]),
                    "role": role,
                    "organisation": s(&p.0["organisation"]),
                    "attended": attended,
                })
            })
            .collect()
    }

    /// Who got a copy: the person, a guardian by name when the plan has one
    /// guardian, or the organisation as written.
    fn shared(&self) -> Vec<Value> {
        let guardians: Vec<String> = list(self.plan.at("/guardians"))
            .iter()
            .filter_map(|g| text(&g["name"]))
            .collect();
        self.plan
            .shared()
            .map(|x| {
                let to = match x.to().as_deref() {
                    Some("guardian") => Value::String(match guardians.as_slice() {
                        [one] => {
                            self.say("plan-shared-one-guardian", &[("name", one.clone().into())])
                        }
                        _ => self.cat.text("plan-shared-some-guardian"),
                    }),
                    _ => self.word("recipient", &x.0["to"]),
                };
                json!({"to": to, "date": x.date().map(|d| d.to_string())})
            })
            .collect()
    }
}

/// "Lena Fastvårdkontakt (fast vårdkontakt)": the name (and role) of a
/// contact, when it has a name.
fn who_to_call(c: &Value) -> Option<String> {
    let name = text(&c["name"])?;
    Some(match text(&c["role"]) {
        Some(role) => format!("{name} ({role})"),
        None => name,
    })
}

/// Collapses the double space a missing optional word leaves behind.
fn tidy(sentence: &str) -> String {
    sentence
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One signature block each for the person, each guardian, and each
/// organisation that took part (the lead first), in order of appearance,
/// each once. Every block has the same lines in every format: date and
/// signature, and a name in block letters where the name is not printed.
fn signatures(plan: &Value, labels: &Value) -> Vec<Value> {
    let mut out = vec![json!({
        "title": labels["the_person"],
        "name": s(&plan["person"]["name"]),
        "clarify": text(&plan["person"]["name"]).is_none(),
    })];
    for g in list(&plan["guardians"]) {
        out.push(json!({
            "title": labels["guardian"],
            "name": s(&g["name"]),
            "clarify": text(&g["name"]).is_none(),
        }));
    }
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
    out.extend(
        seen.into_iter()
            .map(|org| json!({"title": org, "name": null, "clarify": true})),
    );
    out
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

    fn labels(lang: crate::config::Lang) -> Value {
        crate::render::labels(Catalogue::built_in(lang))
    }

    fn build_sv(plan: &Value) -> Value {
        let lang = crate::config::Lang::Sv;
        build(
            plan,
            &labels(lang),
            Catalogue::built_in(lang),
            &[],
            "2026-02-01",
        )
    }

    #[test]
    fn needs_carry_the_actions_that_answer_them_each_once() {
        let plan = json!({
            "lead": {"organisation": "Socialtjänsten", "principal": "municipality",
                     "contact": {"name": "Sara", "phone": "010-1"}},
            "needs": [{"id": "B1", "text": "Hygien"}, {"id": "B2", "text": "Skola"}],
            "actions": [
                {"id": "I1", "text": "Hemtjänst", "needs": ["B1"],
                 "responsible": {"principal": "municipality", "service": "social_services",
                                 "organisation": "Hemtjänsten", "contact": {"name": "Ali", "phone": "010"}}},
                {"id": "I2", "text": "Anpassning", "needs": ["B2"], "status": "ongoing",
                 "responsible": {"principal": "other", "service": "school", "organisation": "Skolan"}},
            ],
        });
        let v = build_sv(&plan);
        let a = &v["needs"][0]["actions"][0];
        assert_eq!(a["id"], "I1");
        assert_eq!(a["detail"], "Kommunen, socialtjänst");
        assert_eq!(a["contact"], "Ali, 010");
        assert_eq!(a["status"], "Planerad");
        let other = &v["needs"][1]["actions"][0];
        assert_eq!(other["status"], "Pågår");
        assert_eq!(
            other["detail"],
            "Görs av någon annan än kommunen och regionen"
        );
        // No own contact: the one who coordinates the plan.
        assert_eq!(other["contact"], "Sara, 010-1 (samordnar planen)");
        assert_eq!(v["next_meeting"], Value::Null);
        assert_eq!(v["person"]["name"], Value::Null);
    }

    #[test]
    fn the_next_meeting_is_the_earliest_open_one_from_today() {
        let plan = json!({"follow_ups": [
            {"date": "2026-05-01"}, {"date": "2026-01-01", "held": "2026-01-01"},
            {"date": "2026-01-20"}, {"date": "2026-03-01", "time": "09:30", "duration_minutes": 45},
        ]});
        let v = build_sv(&plan);
        assert_eq!(v["next_meeting"]["date"], "2026-03-01");
        assert_eq!(v["next_meeting"]["time"], "kl. 09:30–10:15");
        assert_eq!(
            v["follow_ups"][2]["state"],
            "Datumet har passerat men mötet är inte registrerat som hållet."
        );
    }

    #[test]
    fn unknown_enumerations_are_shown_as_written() {
        let plan = json!({"status": "paused", "lead": {"principal": "other"}});
        let v = build_sv(&plan);
        assert_eq!(v["status"], "paused");
        assert_eq!(v["lead"]["principal"], "other");
    }

    #[test]
    fn consent_sentences() {
        let given = json!({"consent": {"given": true, "by": "guardians", "form": "written",
                                       "date": "2026-01-08", "expires": "2027-01-08"}});
        let v = build_sv(&given);
        assert_eq!(
            v["consent"]["sentences"],
            json!([
                "Dina vårdnadshavare gav sitt skriftliga samtycke till planen 2026-01-08.",
                "Samtycket gäller till och med 2027-01-07."
            ])
        );
        let undated = json!({"consent": {"given": true}});
        assert_eq!(
            build_sv(&undated)["consent"]["sentences"][0],
            "Du gav ditt samtycke till planen."
        );
    }
}
