//! The plan model: one coordinated individual plan (*samordnad individuell
//! plan*, SIP) as serde types, exactly per `format.md`. The JSON Schema in
//! `schema/sip.schema.json` is generated from these types ([`schema`]), so doc
//! comments here are the field documentation editors show.
//!
//! Legal frame: socialtjänstlagen (2001:453) 2 kap. 7 § (in the new
//! socialtjänstlagen, 2025:400, from 1 July 2025) and hälso- och
//! sjukvårdslagen (2017:30) 16 kap. 4 §.
//!
//! The types accept unknown keys so that rules can still run on a plan with a
//! typo; the schema is what rejects them.

mod consent;
pub mod deadlines;
mod document;
mod fields;
mod follow_up;
mod help;
mod item;
mod lead;
mod lists;
mod person;
mod process;
mod schema;
pub mod view;

pub use consent::{Consent, ConsentBy, ConsentForm};
pub use document::{FormatVersion, Plan, Status};
pub use fields::fields_markdown;
pub use follow_up::{Absence, FollowUp, GoalProgress, MeetingMode, Progress, Shared};
pub use item::{Action, ActionStatus, ActionType, Goal, Need, Responsible, Service};
pub use lead::{Contact, Lead, Participant, ParticipantKind, Principal};
pub use lists::{ID_LISTS, LISTS, ListShape, NESTED_LISTS, NestedListShape, list, nested_list};
pub use person::{Guardian, Person};
pub use process::{
    Closed, ClosedCause, Discharge, Initiated, InitiatorKind, Preparation, Situation, Transition,
    TransitionKind,
};
pub use schema::{ID_PATTERN, TIME_PATTERN, is_valid_id, schema, schema_json, validation_schema};
pub use view::{ActionView, ContactView, FollowUpView, ParticipantView, PlanView};
