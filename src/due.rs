//! What is due in a plan: follow-ups, actions past their end or past their
//! start and still planned, drafts to establish, SIP meetings to call after
//! discharge, consent that expires, planning for after a stay (SIP032),
//! active plans with no follow-up planned, and follow-ups that lack what an
//! invitation needs (a time, a place, participants' e-mail, an organiser).
//!
//! [`DueFacts`] are the dates a plan holds, read from its JSON value; they do
//! not depend on the check date, so they can be cached. [`DueFacts::items`]
//! turns them into [`DueItem`]s for a check date and horizon.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use std::borrow::Cow;

use crate::personnummer::redact;
use crate::plan::{PlanView, deadlines};

/// The kinds of item, as `commands.md` names them.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    FollowUp,
    ActionEnd,
    Establish,
    DischargeCall,
    ConsentExpiry,
    Unscheduled,
    ActionStart,
    TransitionPlanning,
    InvitationIncomplete,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::FollowUp,
        Kind::ActionEnd,
        Kind::Establish,
        Kind::DischargeCall,
        Kind::ConsentExpiry,
        Kind::Unscheduled,
        Kind::ActionStart,
        Kind::TransitionPlanning,
        Kind::InvitationIncomplete,
    ];

    /// What the item asks someone to do, in the catalogue.
    pub fn message_id(self) -> &'static str {
        match self {
            Kind::FollowUp => "due-kind-follow_up",
            Kind::ActionEnd => "due-kind-action_end",
            Kind::Establish => "due-kind-establish",
            Kind::DischargeCall => "due-kind-discharge_call",
            Kind::ConsentExpiry => "due-kind-consent_expiry",
            Kind::Unscheduled => "due-kind-unscheduled",
            Kind::ActionStart => "due-kind-action_start",
            Kind::TransitionPlanning => "due-kind-transition_planning",
            Kind::InvitationIncomplete => "due-kind-invitation_incomplete",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::FollowUp => "follow_up",
            Kind::ActionEnd => "action_end",
            Kind::Establish => "establish",
            Kind::DischargeCall => "discharge_call",
            Kind::ConsentExpiry => "consent_expiry",
            Kind::Unscheduled => "unscheduled",
            Kind::ActionStart => "action_start",
            Kind::TransitionPlanning => "transition_planning",
            Kind::InvitationIncomplete => "invitation_incomplete",
        }
    }
}

/// The dates in one plan that can fall due.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueFacts {
    pub id: String,
    pub status: String,
    pub person: String,
    pub lead_org: String,
    pub initiated: Option<NaiveDate>,
    pub established: Option<NaiveDate>,
    /// `discharge.ready_notified` when the meeting has not been called yet.
    pub discharge_uncalled: Option<NaiveDate>,
    pub consent_expires: Option<NaiveDate>,
    /// Open follow-ups (no `held`).
    pub follow_ups: Vec<OpenFollowUp>,
    /// Actions not done or cancelled that have an end: id, end, organisation.
    pub open_actions: Vec<(String, NaiveDate, String)>,
    /// Actions still `planned` that have a start: id, start, organisation.
    pub planned_starts: Vec<(String, NaiveDate, String)>,
    /// `transition.expected_end` when planning for after the stay has not
    /// started (`planning_started` absent).
    pub transition_unplanned: Option<NaiveDate>,
    /// Some participant has an `email` (an invitation has someone to reach).
    #[serde(default)]
    pub participant_emails: bool,
    /// `lead.contact.email` is there (an invitation has an organiser).
    #[serde(default)]
    pub lead_email: bool,
}

/// An open follow-up: when, where and how it meets, and who calls it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenFollowUp {
    pub date: Option<NaiveDate>,
    pub convener: Option<String>,
    /// Local time in Europe/Stockholm, `HH:MM`, as written when well-formed.
    pub time: Option<String>,
    pub duration_minutes: Option<u32>,
    pub place: Option<String>,
    pub mode: Option<String>,
}

/// The limits of `sip.toml` that decide when something falls due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DueLimits {
    /// SIP021's N: `establish_within_days`.
    pub establish_days: u32,
    /// SIP032's N: `transition_planning_days`.
    pub transition_days: u32,
    /// `organizer_email` is set in `sip.toml`: a plan without a lead
    /// contact's e-mail still has an organiser for its invitations.
    pub organizer_configured: bool,
    /// List `invitation_incomplete` items (`sip due --invitations`).
    pub invitations: bool,
}

impl Default for DueLimits {
    fn default() -> Self {
        let config = crate::config::Config::default();
        DueLimits {
            establish_days: config.establish_within_days,
            transition_days: config.transition_planning_days,
            organizer_configured: config.organizer_email.is_some(),
            invitations: false,
        }
    }
}

/// One thing that is due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct DueItem {
    pub file: String,
    pub plan: String,
    pub kind: Kind,
    pub date: Option<NaiveDate>,
    /// `date` minus the check date; negative when overdue.
    pub days: Option<i64>,
    pub overdue: bool,
    /// Who acts: the convener, the responsible organisation or the lead.
    pub who: String,
    /// What it is about: the action id for `action_end`, empty otherwise.
    pub item: String,
    pub person: String,
    /// A follow-up's local time (Europe/Stockholm), `HH:MM`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// A timed follow-up's length; 60 when the plan does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// `in_person`, `video` or `phone`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// `invitation_incomplete`: the follow-up's date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<NaiveDate>,
    /// `invitation_incomplete`: what the invitation lacks, of `time`,
    /// `place`, `email` (no participant has one) and `organizer`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<&'static str>,
}

/// The days before a follow-up by which its invitation should be ready to
/// send (`invitation_incomplete`): three weeks, so that the invited can
/// make room in their calendars.
pub const INVITATION_LEAD_DAYS: i64 = 21;

/// The days a SIP meeting is called within after discharge notice (SIP022).
pub use crate::plan::deadlines::DISCHARGE_CALL_DAYS;

fn redacted(text: Option<Cow<'_, str>>) -> Option<String> {
    text.map(|s| redact(&s).into_owned())
}

impl DueFacts {
    /// Reads the dates from a plan's value. Tolerates plans that break the
    /// schema: whatever cannot be read is left out.
    pub fn from_value(value: &Value) -> DueFacts {
        let plan = PlanView::new(value);
        let follow_ups = plan
            .open_follow_ups()
            .map(|f| OpenFollowUp {
                date: f.date(),
                convener: redacted(f.convener()),
                time: f.time().map(str::to_owned),
                duration_minutes: f.duration_minutes(),
                place: redacted(f.place()),
                mode: f.mode().map(str::to_owned),
            })
            .collect();
        let planned_starts = plan
            .actions()
            .filter(|a| a.status() == "planned")
            .filter_map(|a| {
                Some((
                    redacted(a.id()).unwrap_or_default(),
                    a.start()?,
                    redacted(a.organisation()).unwrap_or_default(),
                ))
            })
            .collect();
        let open_actions = plan
            .actions()
            .filter(|a| !a.is_closed())
            .filter_map(|a| {
                Some((
                    redacted(a.id()).unwrap_or_default(),
                    a.end()?,
                    redacted(a.organisation()).unwrap_or_default(),
                ))
            })
            .collect();
        DueFacts {
            id: redacted(plan.id()).unwrap_or_default(),
            status: plan.status().unwrap_or_default().to_owned(),
            person: redacted(plan.person_name()).unwrap_or_default(),
            lead_org: redacted(plan.lead_organisation()).unwrap_or_default(),
            initiated: plan.date("/initiated/date"),
            established: plan.date("/established"),
            discharge_uncalled: plan
                .date("/discharge/ready_notified")
                .filter(|_| plan.date("/discharge/called").is_none()),
            consent_expires: plan.date("/consent/expires"),
            follow_ups,
            open_actions,
            planned_starts,
            transition_unplanned: plan
                .date("/transition/expected_end")
                .filter(|_| plan.at("/transition/planning_started").is_null()),
            participant_emails: plan.participants().any(|p| p.email().is_some()),
            lead_email: plan.text("/lead/contact/email").is_some(),
        }
    }

    /// The items due as of `as_of`: everything overdue, and what falls due
    /// within `within` days (inclusive). Closed plans have none; drafts have
    /// `establish` (within `limits.establish_days` of `initiated.date`) and,
    /// after a discharge, `discharge_call`; drafts and active plans have
    /// `transition_planning` (SIP032).
    pub fn items(
        &self,
        file: &str,
        as_of: NaiveDate,
        within: i64,
        limits: DueLimits,
    ) -> Vec<DueItem> {
        let horizon = deadlines::horizon(as_of, within);
        let mut items = Vec::new();
        // Each `invitation_incomplete` item's follow-up and what it lacks, in order.
        let mut invitations = Vec::new();
        let mut push = |kind,
                        date: Option<NaiveDate>,
                        overdue: bool,
                        who: &str,
                        item: &str,
                        meeting: Option<&OpenFollowUp>| {
            items.push(DueItem {
                file: file.to_string(),
                plan: self.id.clone(),
                kind,
                date,
                days: date.map(|d| deadlines::days_between(as_of, d)),
                overdue,
                who: if who.is_empty() {
                    self.lead_org.clone()
                } else {
                    who.to_string()
                },
                item: item.to_string(),
                person: self.person.clone(),
                // A timed meeting lasts an hour unless the plan says otherwise.
                duration_minutes: meeting
                    .filter(|m| m.time.is_some())
                    .map(|m| m.duration_minutes.unwrap_or(60)),
                time: meeting.and_then(|m| m.time.clone()),
                place: meeting.and_then(|m| m.place.clone()),
                mode: meeting.and_then(|m| m.mode.clone()),
                follow_up: None,
                missing: Vec::new(),
            });
        };
        // SIP022 holds whatever the status: the meeting after a discharge is
        // called while the plan is still a draft, more often than not.
        if matches!(self.status.as_str(), "draft" | "active")
            && let Some(ready) = self.discharge_uncalled
        {
            let due = deadlines::discharge_call_by(ready);
            if due <= horizon {
                push(
                    Kind::DischargeCall,
                    Some(due),
                    deadlines::overdue(due, as_of),
                    "",
                    "",
                    None,
                );
            }
        }
        // SIP032: planning for after a stay, while the plan is open.
        if matches!(self.status.as_str(), "draft" | "active")
            && let Some(end) = self.transition_unplanned
        {
            let due = deadlines::transition_planning_by(end, limits.transition_days);
            if due <= horizon {
                push(
                    Kind::TransitionPlanning,
                    Some(due),
                    deadlines::overdue(due, as_of),
                    "",
                    "",
                    None,
                );
            }
        }
        match self.status.as_str() {
            "draft" => {
                if let (Some(initiated), None) = (self.initiated, self.established) {
                    let due = deadlines::establish_by(initiated, limits.establish_days);
                    if due <= horizon {
                        push(
                            Kind::Establish,
                            Some(due),
                            deadlines::overdue(due, as_of),
                            "",
                            "",
                            None,
                        );
                    }
                }
            }
            "active" => {
                let mut scheduled = false;
                for follow_up in &self.follow_ups {
                    let Some(date) = follow_up.date else { continue };
                    scheduled = true;
                    if date <= horizon {
                        push(
                            Kind::FollowUp,
                            Some(date),
                            deadlines::overdue(date, as_of),
                            follow_up.convener.as_deref().unwrap_or(""),
                            "",
                            Some(follow_up),
                        );
                    }
                }
                if !scheduled {
                    push(Kind::Unscheduled, None, true, "", "", None);
                }
                // Follow-ups still to come whose invitation cannot be sent yet.
                for follow_up in self.follow_ups.iter().filter(|_| limits.invitations) {
                    let Some(date) = follow_up.date.filter(|d| *d >= as_of) else {
                        continue;
                    };
                    let missing = self.invitation_missing(follow_up, limits);
                    let due = deadlines::add_days(date, -INVITATION_LEAD_DAYS);
                    if missing.is_empty() || due > horizon {
                        continue;
                    }
                    push(
                        Kind::InvitationIncomplete,
                        Some(due),
                        deadlines::overdue(due, as_of),
                        follow_up.convener.as_deref().unwrap_or(""),
                        "",
                        Some(follow_up),
                    );
                    invitations.push((date, missing));
                }
                for (id, end, org) in &self.open_actions {
                    if deadlines::past_end(*end, as_of) {
                        push(Kind::ActionEnd, Some(*end), true, org, id, None);
                    }
                }
                // SIP026: a planned action whose start has passed.
                for (id, start, org) in &self.planned_starts {
                    if deadlines::past_start(*start, as_of) {
                        push(Kind::ActionStart, Some(*start), true, org, id, None);
                    }
                }
                if let Some(expires) = self.consent_expires.filter(|e| *e <= horizon) {
                    // `expires` is the first day without consent.
                    let ended = deadlines::consent_ended(Some(expires), as_of);
                    push(Kind::ConsentExpiry, Some(expires), ended, "", "", None);
                }
            }
            _ => {}
        }
        let slots = items
            .iter_mut()
            .filter(|i| i.kind == Kind::InvitationIncomplete);
        for (item, (date, missing)) in slots.zip(invitations) {
            item.follow_up = Some(date);
            item.missing = missing;
        }
        items
    }
}

impl DueFacts {
    /// What an invitation to `follow_up` lacks (`sip invite` refuses
    /// without a time, an organiser or anyone to invite; a place says where
    /// to come or how to join).
    pub fn invitation_missing(
        &self,
        follow_up: &OpenFollowUp,
        limits: DueLimits,
    ) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if follow_up.time.is_none() {
            missing.push("time");
        }
        if follow_up.place.is_none() {
            missing.push("place");
        }
        if !self.participant_emails {
            missing.push("email");
        }
        if !self.lead_email && !limits.organizer_configured {
            missing.push("organizer");
        }
        missing
    }
}

/// Most urgent first: overdue before upcoming; among them, no date (nothing
/// planned) first, then the earliest date; then by file and kind.
pub fn urgency(a: &DueItem, b: &DueItem) -> std::cmp::Ordering {
    (!a.overdue, a.date, &a.file, a.kind, &a.item)
        .cmp(&(!b.overdue, b.date, &b.file, b.kind, &b.item))
}

/// `Tolvan Tolvansson` → `T. T.`: enough for a calendar to tell plans apart.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .map(|c| format!("{c}."))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn plan() -> Value {
        json!({
            "id": "2026-0042", "status": "active", "person": {"name": "Tolvan Tolvansson"},
            "lead": {"organisation": "Socialtjänsten"},
            "initiated": {"date": "2026-01-05"}, "established": "2026-01-12",
            "consent": {"expires": "2026-04-01"},
            "discharge": {"ready_notified": "2026-03-10"},
            "follow_ups": [{"date": "2026-03-12", "convener": "Vårdcentralen"}, {"date": "2026-02-01", "held": "2026-02-01"}],
            "actions": [{"id": "I1", "end": "2026-03-01", "status": "ongoing", "responsible": {"organisation": "Hemtjänsten"}},
                        {"id": "I2", "end": "2026-03-01", "status": "done"}],
        })
    }

    fn kinds(items: &[DueItem]) -> Vec<(Kind, Option<i64>, bool)> {
        items.iter().map(|i| (i.kind, i.days, i.overdue)).collect()
    }

    #[test]
    fn every_kind_for_an_active_plan() {
        let facts = DueFacts::from_value(&plan());
        let mut items = facts.items("f", day("2026-03-20"), 14, DueLimits::default());
        items.sort_by(urgency);
        assert_eq!(
            kinds(&items),
            [
                (Kind::ActionEnd, Some(-19), true),
                (Kind::FollowUp, Some(-8), true),
                (Kind::DischargeCall, Some(-7), true),
                (Kind::ConsentExpiry, Some(12), false),
            ]
        );
        assert_eq!(items[0].who, "Hemtjänsten");
        assert_eq!(items[0].item, "I1");
        assert_eq!(items[1].who, "Vårdcentralen");
        assert_eq!(items[2].who, "Socialtjänsten");
    }

    #[test]
    fn boundaries_today_and_exactly_n_days_ahead() {
        let facts = DueFacts::from_value(&plan());
        let today = facts.items("f", day("2026-03-12"), 14, DueLimits::default());
        let follow_up = today.iter().find(|i| i.kind == Kind::FollowUp).unwrap();
        assert_eq!(
            (follow_up.days, follow_up.overdue),
            (Some(0), false),
            "due today is not overdue"
        );
        // The follow-up is exactly 14 days ahead: in; 15 days ahead: out.
        let ahead = facts.items("f", day("2026-02-26"), 14, DueLimits::default());
        assert!(
            ahead
                .iter()
                .any(|i| i.kind == Kind::FollowUp && i.days == Some(14))
        );
        let beyond = facts.items("f", day("2026-02-25"), 14, DueLimits::default());
        assert!(!beyond.iter().any(|i| i.kind == Kind::FollowUp));
        // Consent expiring today has expired.
        let expiry = facts.items("f", day("2026-04-01"), 0, DueLimits::default());
        assert!(
            expiry
                .iter()
                .any(|i| i.kind == Kind::ConsentExpiry && i.overdue && i.days == Some(0))
        );
    }

    #[test]
    fn closed_plans_have_nothing_and_drafts_establish_and_call_the_meeting() {
        let mut closed = plan();
        closed["status"] = json!("closed");
        assert!(
            DueFacts::from_value(&closed)
                .items("f", day("2026-03-20"), 14, DueLimits::default())
                .is_empty()
        );
        let mut draft = plan();
        draft["status"] = json!("draft");
        draft["established"] = json!(null);
        let items =
            DueFacts::from_value(&draft).items("f", day("2026-03-20"), 14, DueLimits::default());
        // The meeting after the discharge is due while the plan is a draft (SIP022).
        assert_eq!(
            kinds(&items),
            [
                (Kind::DischargeCall, Some(-7), true),
                (Kind::Establish, Some(-60), true)
            ]
        );
        // Not yet due and beyond the horizon: nothing.
        assert!(
            DueFacts::from_value(&draft)
                .items("f", day("2025-12-01"), 14, DueLimits::default())
                .is_empty()
        );
    }

    #[test]
    fn an_active_plan_without_a_dated_open_follow_up_is_unscheduled() {
        let mut value = plan();
        value["follow_ups"] = json!([{"convener": "x"}]);
        let items =
            DueFacts::from_value(&value).items("f", day("2026-03-20"), 14, DueLimits::default());
        let unscheduled = items.iter().find(|i| i.kind == Kind::Unscheduled).unwrap();
        assert_eq!(
            (unscheduled.date, unscheduled.days, unscheduled.overdue),
            (None, None, true)
        );
    }

    #[test]
    fn a_planned_action_past_its_start_and_planning_for_after_a_stay() {
        let mut value = plan();
        value["actions"][1] =
            json!({"id": "I2", "start": "2026-03-01", "responsible": {"organisation": "BUP"}});
        value["actions"][0]["start"] = json!("2026-02-01");
        value["transition"] = json!({"kind": "sis", "expected_end": "2026-05-01"});
        let items =
            DueFacts::from_value(&value).items("f", day("2026-03-20"), 14, DueLimits::default());
        let start = items.iter().find(|i| i.kind == Kind::ActionStart).unwrap();
        // I1 is ongoing: only the planned I2 is late.
        assert_eq!(
            items.iter().filter(|i| i.kind == Kind::ActionStart).count(),
            1
        );
        assert_eq!(
            (
                start.item.as_str(),
                start.who.as_str(),
                start.days,
                start.overdue
            ),
            ("I2", "BUP", Some(-19), true)
        );
        // 56 days before 2026-05-01 is 2026-03-06.
        let planning = items
            .iter()
            .find(|i| i.kind == Kind::TransitionPlanning)
            .unwrap();
        assert_eq!(
            (planning.date, planning.overdue),
            (Some(day("2026-03-06")), true)
        );
        let limits = DueLimits {
            transition_days: 30,
            ..DueLimits::default()
        };
        let items = DueFacts::from_value(&value).items("f", day("2026-03-20"), 14, limits);
        let planning = items
            .iter()
            .find(|i| i.kind == Kind::TransitionPlanning)
            .unwrap();
        assert_eq!((planning.days, planning.overdue), (Some(12), false));
        // Once planning has started, nothing is due.
        value["transition"]["planning_started"] = json!("2026-03-01");
        let items =
            DueFacts::from_value(&value).items("f", day("2026-03-20"), 14, DueLimits::default());
        assert!(!items.iter().any(|i| i.kind == Kind::TransitionPlanning));
    }

    #[test]
    fn follow_ups_not_ready_for_an_invitation_are_due_three_weeks_before() {
        let limits = DueLimits {
            invitations: true,
            ..DueLimits::default()
        };
        let incomplete = |value: &Value, as_of: &str| -> Vec<DueItem> {
            DueFacts::from_value(value)
                .items("f", day(as_of), 14, limits)
                .into_iter()
                .filter(|i| i.kind == Kind::InvitationIncomplete)
                .collect()
        };
        let mut value = plan();
        // 2026-03-12 less 21 days is 2026-02-19: 14 days ahead of 2026-02-05.
        let items = incomplete(&value, "2026-02-05");
        assert_eq!(items.len(), 1);
        assert_eq!(
            (items[0].date, items[0].follow_up, items[0].overdue),
            (Some(day("2026-02-19")), Some(day("2026-03-12")), false)
        );
        assert_eq!(items[0].missing, ["time", "place", "email", "organizer"]);
        assert!(
            incomplete(&value, "2026-02-04").is_empty(),
            "beyond the horizon"
        );
        assert!(incomplete(&value, "2026-02-20")[0].overdue);
        assert!(
            incomplete(&value, "2026-03-13").is_empty(),
            "the meeting has passed"
        );
        // Off unless asked for.
        let off =
            DueFacts::from_value(&value).items("f", day("2026-02-20"), 14, DueLimits::default());
        assert!(!off.iter().any(|i| i.kind == Kind::InvitationIncomplete));
        // Complete: nothing to do.
        value["follow_ups"][0]["time"] = json!("10:00");
        value["follow_ups"][0]["place"] = json!("Rum 3");
        value["participants"] = json!([{"name": "Erik Läkare", "email": "erik@example.se"}]);
        value["lead"]["contact"] = json!({"name": "Sara", "email": "sara@example.se"});
        assert!(incomplete(&value, "2026-02-20").is_empty());
        value["lead"]["contact"] = json!({"name": "Sara"});
        assert_eq!(incomplete(&value, "2026-02-20")[0].missing, ["organizer"]);
        let configured = DueLimits {
            organizer_configured: true,
            ..limits
        };
        assert!(
            DueFacts::from_value(&value)
                .items("f", day("2026-02-20"), 14, configured)
                .iter()
                .all(|i| i.kind != Kind::InvitationIncomplete)
        );
    }

    #[test]
    fn a_follow_up_carries_its_time_place_and_mode() {
        let mut value = plan();
        value["follow_ups"][0]["time"] = json!("14:00");
        value["follow_ups"][0]["place"] = json!("Rum 3");
        value["follow_ups"][0]["mode"] = json!("in_person");
        let items =
            DueFacts::from_value(&value).items("f", day("2026-03-10"), 14, DueLimits::default());
        let follow_up = items.iter().find(|i| i.kind == Kind::FollowUp).unwrap();
        assert_eq!(follow_up.time.as_deref(), Some("14:00"));
        assert_eq!(follow_up.duration_minutes, Some(60));
        assert_eq!(follow_up.place.as_deref(), Some("Rum 3"));
        assert_eq!(follow_up.mode.as_deref(), Some("in_person"));
        let json = serde_json::to_value(follow_up).unwrap();
        assert_eq!(json["time"], "14:00");
        // Other kinds carry no meeting keys.
        let other = items.iter().find(|i| i.kind != Kind::FollowUp).unwrap();
        let json = serde_json::to_value(other).unwrap();
        assert!(json.get("time").is_none() && json.get("mode").is_none());
    }

    #[test]
    fn initials_only() {
        assert_eq!(initials("Tolvan Tolvansson"), "T. T.");
        assert_eq!(initials("  Åsa  von Öhman "), "Å. v. Ö.");
        assert_eq!(initials(""), "");
    }
}
