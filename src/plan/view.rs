//! Tolerant, typed reading of a parsed plan: what every reader that is not a
//! rule goes through (`sip list`, `sip due`, `sip render`, `sip diff`,
//! statistics). Unlike [`super::Plan`], which needs a plan that fits the
//! schema, a view reads whatever a plan holds and leaves out what it cannot
//! read, so a plan with errors still lists, renders and compares.
//!
//! Text follows one rule everywhere ([`text`]): a string that is not blank,
//! or a number or boolean as written; anything else is absent.

use chrono::NaiveDate;
use serde_json::Value;
use std::borrow::Cow;

/// A scalar as text: a non-blank string as it is, a number or a boolean as
/// written; `None` for blank strings, `null`, lists and mappings.
pub fn text(value: &Value) -> Option<Cow<'_, str>> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(Cow::Borrowed(s)),
        Value::Number(n) => Some(Cow::Owned(n.to_string())),
        Value::Bool(b) => Some(Cow::Borrowed(if *b { "true" } else { "false" })),
        _ => None,
    }
}

/// A date (`YYYY-MM-DD`), if the value is one.
pub fn date(value: &Value) -> Option<NaiveDate> {
    super::deadlines::parse_date(value.as_str()?)
}

/// The items of a list value; none when it is absent or not a list.
pub fn items(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

/// Read access to one plan's value.
#[derive(Clone, Copy, Debug)]
pub struct PlanView<'a> {
    value: &'a Value,
}

impl<'a> PlanView<'a> {
    pub fn new(value: &'a Value) -> Self {
        PlanView { value }
    }

    /// The plan's value itself.
    pub fn value(&self) -> &'a Value {
        self.value
    }

    /// The value at a JSON pointer, `null` when there is none.
    pub fn at(&self, pointer: &str) -> &'a Value {
        self.value.pointer(pointer).unwrap_or(&Value::Null)
    }

    /// Text at a JSON pointer ([`text`]'s rule).
    pub fn text(&self, pointer: &str) -> Option<Cow<'a, str>> {
        text(self.at(pointer))
    }

    /// A date at a JSON pointer.
    pub fn date(&self, pointer: &str) -> Option<NaiveDate> {
        date(self.at(pointer))
    }

    pub fn id(&self) -> Option<Cow<'a, str>> {
        self.text("/id")
    }

    /// `status` as written (`draft`, `active`, `closed`, or anything else).
    pub fn status(&self) -> Option<&'a str> {
        self.at("/status").as_str()
    }

    pub fn is_draft(&self) -> bool {
        self.status() == Some("draft")
    }

    pub fn is_active(&self) -> bool {
        self.status() == Some("active")
    }

    pub fn person_name(&self) -> Option<Cow<'a, str>> {
        self.text("/person/name")
    }

    pub fn lead_principal(&self) -> Option<Cow<'a, str>> {
        self.text("/lead/principal")
    }

    pub fn lead_organisation(&self) -> Option<Cow<'a, str>> {
        self.text("/lead/organisation")
    }

    /// The lead's contact person (`lead.contact`): name, phone, e-mail.
    pub fn lead_contact(&self) -> ContactView<'a> {
        ContactView(self.at("/lead/contact"))
    }

    /// `person.language` (BCP 47), as written.
    pub fn person_language(&self) -> Option<Cow<'a, str>> {
        self.text("/person/language")
    }

    /// `person.interpreter` is `true`.
    pub fn interpreter(&self) -> bool {
        self.at("/person/interpreter").as_bool() == Some(true)
    }

    /// `preparation.support_person`: whom the person chose to bring.
    pub fn support_person(&self) -> Option<Cow<'a, str>> {
        self.text("/preparation/support_person")
    }

    /// The goals' texts, in the person's words.
    pub fn goal_texts(&self) -> impl Iterator<Item = Cow<'a, str>> + 'a {
        self.goals().iter().filter_map(|g| text(&g["text"]))
    }

    /// The open follow-up with a date on or after `from`, earliest first:
    /// the meeting a letter or an invitation is for.
    pub fn next_follow_up_from(&self, from: NaiveDate) -> Option<FollowUpView<'a>> {
        self.open_follow_ups()
            .filter_map(|f| Some((f.date()?, f)))
            .filter(|(d, _)| *d >= from)
            .min_by_key(|(d, _)| *d)
            .map(|(_, f)| f)
    }

    /// The items of one of the plan's lists (`plan::LISTS`).
    pub fn list(&self, key: &str) -> &'a [Value] {
        items(self.value.get(key).unwrap_or(&Value::Null))
    }

    pub fn follow_ups(&self) -> impl Iterator<Item = FollowUpView<'a>> + 'a {
        self.list("follow_ups").iter().map(FollowUpView)
    }

    /// Follow-ups not held yet.
    pub fn open_follow_ups(&self) -> impl Iterator<Item = FollowUpView<'a>> + 'a {
        self.follow_ups().filter(FollowUpView::is_open)
    }

    /// The earliest open follow-up that has a date: the next meeting.
    pub fn next_follow_up(&self) -> Option<FollowUpView<'a>> {
        self.open_follow_ups()
            .filter_map(|f| Some((f.date()?, f)))
            .min_by_key(|(d, _)| *d)
            .map(|(_, f)| f)
    }

    pub fn actions(&self) -> impl Iterator<Item = ActionView<'a>> + 'a {
        self.list("actions").iter().map(ActionView)
    }

    // Read by `sip stats` (the measures of stats.md).

    /// `situation` (December 2026 addition), as written.
    pub fn situation(&self) -> Option<Cow<'a, str>> {
        self.text("/situation")
    }

    pub fn established(&self) -> Option<NaiveDate> {
        self.date("/established")
    }

    pub fn initiated(&self) -> Option<NaiveDate> {
        self.date("/initiated/date")
    }

    pub fn birth_date(&self) -> Option<NaiveDate> {
        self.date("/person/birth_date")
    }

    pub fn personal_id(&self) -> Option<Cow<'a, str>> {
        self.text("/person/personal_id")
    }

    /// The `discharge` block is there (a mapping): the plan follows inpatient care.
    pub fn has_discharge(&self) -> bool {
        self.at("/discharge").is_object()
    }

    pub fn discharge_ready_notified(&self) -> Option<NaiveDate> {
        self.date("/discharge/ready_notified")
    }

    pub fn discharge_called(&self) -> Option<NaiveDate> {
        self.date("/discharge/called")
    }

    /// `consent.given` is `true`.
    pub fn consent_given(&self) -> bool {
        self.at("/consent/given").as_bool() == Some(true)
    }

    pub fn consent_withdrawn(&self) -> Option<NaiveDate> {
        self.date("/consent/withdrawn")
    }

    pub fn consent_expires(&self) -> Option<NaiveDate> {
        self.date("/consent/expires")
    }

    /// `closed.date`.
    pub fn closed_date(&self) -> Option<NaiveDate> {
        self.date("/closed/date")
    }

    pub fn participants(&self) -> impl Iterator<Item = ParticipantView<'a>> + 'a {
        self.list("participants").iter().map(ParticipantView)
    }

    pub fn shared(&self) -> impl Iterator<Item = SharedView<'a>> + 'a {
        self.list("shared").iter().map(SharedView)
    }

    /// The person's goals (items of `goals`).
    pub fn goals(&self) -> &'a [Value] {
        self.list("goals")
    }

    /// The needs, each with whether it names at least one goal.
    pub fn needs_tied_to_goals(&self) -> impl Iterator<Item = bool> + 'a {
        self.list("needs")
            .iter()
            .map(|need| !items(&need["goals"]).is_empty())
    }
}

/// One participant of the meeting that drew up the plan.
#[derive(Clone, Copy, Debug)]
pub struct ParticipantView<'a>(pub &'a Value);

impl<'a> ParticipantView<'a> {
    pub fn name(&self) -> Option<Cow<'a, str>> {
        text(&self.0["name"])
    }

    pub fn role(&self) -> Option<Cow<'a, str>> {
        text(&self.0["role"])
    }

    pub fn organisation(&self) -> Option<Cow<'a, str>> {
        text(&self.0["organisation"])
    }

    /// `email`, else the e-mail of the participant's `contact` block.
    pub fn email(&self) -> Option<Cow<'a, str>> {
        text(&self.0["email"]).or_else(|| text(&self.0["contact"]["email"]))
    }

    /// `kind` as written (`person`, `relative`, `region`, …).
    pub fn kind(&self) -> Option<Cow<'a, str>> {
        text(&self.0["kind"])
    }

    /// `attended` when it is a boolean.
    pub fn attended(&self) -> Option<bool> {
        self.0["attended"].as_bool()
    }
}

/// A contact block (`lead.contact`, `participants[].contact`).
#[derive(Clone, Copy, Debug)]
pub struct ContactView<'a>(pub &'a Value);

impl<'a> ContactView<'a> {
    pub fn name(&self) -> Option<Cow<'a, str>> {
        text(&self.0["name"])
    }

    pub fn role(&self) -> Option<Cow<'a, str>> {
        text(&self.0["role"])
    }

    pub fn phone(&self) -> Option<Cow<'a, str>> {
        text(&self.0["phone"])
    }

    pub fn email(&self) -> Option<Cow<'a, str>> {
        text(&self.0["email"])
    }
}

/// One copy of the plan given out (`shared[]`).
#[derive(Clone, Copy, Debug)]
pub struct SharedView<'a>(pub &'a Value);

impl<'a> SharedView<'a> {
    /// `person`, `guardian`, or an organisation's name.
    pub fn to(&self) -> Option<Cow<'a, str>> {
        text(&self.0["to"])
    }

    pub fn date(&self) -> Option<NaiveDate> {
        date(&self.0["date"])
    }
}

/// One follow-up (*uppföljning*).
#[derive(Clone, Copy, Debug)]
pub struct FollowUpView<'a>(pub &'a Value);

impl<'a> FollowUpView<'a> {
    pub fn date(&self) -> Option<NaiveDate> {
        date(&self.0["date"])
    }

    pub fn held(&self) -> Option<NaiveDate> {
        date(&self.0["held"])
    }

    /// Not held yet: no `held` (or `held: null`).
    pub fn is_open(&self) -> bool {
        self.0.get("held").is_none_or(Value::is_null)
    }

    pub fn convener(&self) -> Option<Cow<'a, str>> {
        text(&self.0["convener"])
    }

    /// The local time (Europe/Stockholm) as `HH:MM`, when it is one: a
    /// time the schema would reject is left out rather than guessed at.
    pub fn time(&self) -> Option<&'a str> {
        let time = self.0["time"].as_str()?;
        chrono::NaiveTime::parse_from_str(time, "%H:%M")
            .ok()
            .filter(|_| time.len() == 5)
            .map(|_| time)
    }

    /// `duration_minutes`, when it is a whole number of minutes within a day.
    pub fn duration_minutes(&self) -> Option<u32> {
        self.0["duration_minutes"]
            .as_u64()
            .filter(|m| (1..=1440).contains(m))
            .and_then(|m| u32::try_from(m).ok())
    }

    pub fn place(&self) -> Option<Cow<'a, str>> {
        text(&self.0["place"])
    }

    /// `mode` as written (`in_person`, `video`, `phone`).
    pub fn mode(&self) -> Option<&'a str> {
        self.0["mode"].as_str().filter(|m| !m.trim().is_empty())
    }

    pub fn field(&self, key: &str) -> &'a Value {
        self.0.get(key).unwrap_or(&Value::Null)
    }

    /// How far each goal has come (`goals[]`, December 2026 addition): the
    /// goal id and its `progress`, for entries that have both.
    pub fn goal_progress(&self) -> impl Iterator<Item = (Cow<'a, str>, Cow<'a, str>)> + 'a {
        items(&self.0["goals"])
            .iter()
            .filter_map(|g| Some((text(&g["goal"])?, text(&g["progress"])?)))
    }
}

/// One action (*insats*).
#[derive(Clone, Copy, Debug)]
pub struct ActionView<'a>(pub &'a Value);

impl<'a> ActionView<'a> {
    pub fn id(&self) -> Option<Cow<'a, str>> {
        text(&self.0["id"])
    }

    /// `status` as written; `planned` when absent (the format's default).
    pub fn status(&self) -> &'a str {
        match &self.0["status"] {
            Value::String(s) => s,
            _ => "planned",
        }
    }

    /// Done or cancelled: nothing more is expected of it.
    pub fn is_closed(&self) -> bool {
        matches!(self.status(), "done" | "cancelled")
    }

    pub fn start(&self) -> Option<NaiveDate> {
        date(&self.0["start"])
    }

    pub fn end(&self) -> Option<NaiveDate> {
        date(&self.0["end"])
    }

    pub fn principal(&self) -> Option<Cow<'a, str>> {
        text(&self.0["responsible"]["principal"])
    }

    pub fn organisation(&self) -> Option<Cow<'a, str>> {
        text(&self.0["responsible"]["organisation"])
    }

    /// `type` as written (`preventive`, `rehabilitative`, …).
    pub fn kind(&self) -> Option<Cow<'a, str>> {
        text(&self.0["type"])
    }

    /// The ids of the needs it answers.
    pub fn needs(&self) -> impl Iterator<Item = Cow<'a, str>> + 'a {
        items(&self.0["needs"]).iter().filter_map(text)
    }

    pub fn field(&self, key: &str) -> &'a Value {
        self.0.get(key).unwrap_or(&Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_has_one_rule() {
        assert_eq!(text(&json!("a")).as_deref(), Some("a"));
        assert_eq!(text(&json!("  ")), None);
        assert_eq!(text(&json!(12)).as_deref(), Some("12"));
        assert_eq!(text(&json!(true)).as_deref(), Some("true"));
        assert_eq!(text(&json!(null)), None);
        assert_eq!(text(&json!(["a"])), None);
    }

    #[test]
    fn next_follow_up_is_the_earliest_open_dated_one() {
        let value = json!({"follow_ups": [
            {"date": "2026-01-01", "held": "2026-01-01"}, {"date": "2026-05-01"},
            {"date": "2026-03-01", "held": null}, {"convener": "x"}, "not a mapping",
        ]});
        let plan = PlanView::new(&value);
        assert_eq!(
            plan.next_follow_up().and_then(|f| f.date()),
            Some("2026-03-01".parse().unwrap())
        );
        assert_eq!(plan.open_follow_ups().count(), 4);
    }

    #[test]
    fn a_follow_up_time_is_read_only_when_well_formed() {
        let f = json!({"time": "09:05", "duration_minutes": 45, "place": "Rum 3", "mode": "video"});
        let f = FollowUpView(&f);
        assert_eq!(f.time(), Some("09:05"));
        assert_eq!(f.duration_minutes(), Some(45));
        assert_eq!(f.place().as_deref(), Some("Rum 3"));
        assert_eq!(f.mode(), Some("video"));
        for bad in [
            json!({"time": "9:05"}),
            json!({"time": "24:00"}),
            json!({"time": 900}),
        ] {
            assert_eq!(FollowUpView(&bad).time(), None, "{bad}");
        }
        assert_eq!(
            FollowUpView(&json!({"duration_minutes": 0})).duration_minutes(),
            None
        );
    }

    #[test]
    fn tolerates_anything() {
        let value = json!({"id": 7, "actions": "no", "status": ["x"], "lead": 3});
        let plan = PlanView::new(&value);
        assert_eq!(plan.id().as_deref(), Some("7"));
        assert_eq!(plan.actions().count(), 0);
        assert_eq!(plan.status(), None);
        assert_eq!(plan.lead_organisation(), None);
        assert!(plan.next_follow_up().is_none());
        let action = json!({"needs": ["B1", 2, null], "status": "done"});
        let action = ActionView(&action);
        assert_eq!(action.needs().collect::<Vec<_>>(), ["B1", "2"]);
        assert!(action.is_closed());
        assert_eq!(ActionView(&json!({})).status(), "planned");
    }
}
