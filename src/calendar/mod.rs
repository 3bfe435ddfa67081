//! iCalendar (RFC 5545, with the methods of RFC 5546): the one place that
//! writes calendar text. [`ics`] is the writer (content lines, escaping,
//! folding, the Europe/Stockholm time zone); [`domain`] the UID domain that
//! keeps two repositories' UIDs apart; [`due`] the calendar of `sip due
//! --format ics`; [`invite`] a meeting invitation (`sip invite`), whose
//! follow-up is followed through the plan's history by [`track`].
//!
//! Nothing here reads files, git or settings: commands hand it values.

pub mod domain;
pub mod due;
pub mod ics;
pub mod invite;
pub mod track;
