//! A meeting invitation (RFC 5546 iTIP over RFC 5545): `METHOD:REQUEST`
//! for a follow-up meeting, or `METHOD:CANCEL` for one that will not take
//! place, with the Europe/Stockholm zone, the organiser, one attendee per
//! invited e-mail, and a UID and `SEQUENCE` that let a calendar update the
//! meeting it already has.
//!
//! An invitation travels by e-mail, which patient data must not
//! (HSLF-FS 2016:40): it carries the plan id, initials, the time, the place,
//! the mode and who is invited (by initials and role), and nothing about
//! needs, health or identity numbers. It is built from those values alone,
//! so it cannot carry more.

use chrono::{NaiveDate, NaiveDateTime};

use super::ics::{self, Calendar};
use crate::config::Lang;
use crate::i18n::Catalogue;

/// Someone the invitation goes to, or comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    /// Initials, never the name (`E. L.`).
    pub initials: String,
    pub email: String,
    /// A participant's role in words (`distriktsläkare`), when the plan has one.
    pub role: Option<String>,
}

/// Everything an invitation says.
#[derive(Clone, Debug)]
pub struct Invitation {
    pub plan: String,
    /// The person's initials.
    pub initials: String,
    pub uid: String,
    pub sequence: u32,
    pub cancel: bool,
    /// Local time in Europe/Stockholm.
    pub start: NaiveDateTime,
    pub minutes: u32,
    pub place: Option<String>,
    /// `in_person`, `video`, `phone`.
    pub mode: Option<String>,
    pub organizer: Address,
    pub attendees: Vec<Address>,
    /// The check date: `DTSTAMP`.
    pub as_of: NaiveDate,
    pub lang: Lang,
}

/// The UID of a follow-up's invitation: the plan, the follow-up's identity
/// ([`super::track::Chain::key`]) and the repository's UID domain.
pub fn uid(plan: &str, key: &str, domain: &str) -> String {
    format!(
        "{}.follow_up.{}.invite@{domain}",
        ics::uid_part(plan),
        ics::uid_part(key)
    )
}

impl Invitation {
    /// The `.ics` text.
    pub fn write(&self) -> String {
        let cat = Catalogue::built_in(self.lang);
        let method = if self.cancel { "CANCEL" } else { "REQUEST" };
        let mut cal = Calendar::new("sip invite", method);
        let args = [
            ("plan", self.plan.clone().into()),
            ("initials", self.initials.clone().into()),
        ];
        let summary = cat.with(
            if self.cancel {
                "invite-summary-cancelled"
            } else {
                "invite-summary"
            },
            &args,
        );
        let mut description = vec![cat.with("invite-description", &args)];
        if self.cancel {
            description.push(cat.text("invite-cancelled"));
        }
        if let Some(mode) = &self.mode {
            let mode = cat.value("mode", mode).unwrap_or_else(|| mode.clone());
            description.push(format!("{}: {mode}", cat.text("due-calendar-mode")));
        }
        let invited: Vec<String> = self
            .attendees
            .iter()
            .map(|a| match &a.role {
                Some(role) => format!("{} ({role})", a.initials),
                None => a.initials.clone(),
            })
            .collect();
        description.push(format!(
            "{}: {}",
            cat.text("invite-invited"),
            invited.join(", ")
        ));
        description.push(cat.text("invite-secure"));

        cal.line("BEGIN:VEVENT");
        cal.line(format!("UID:{}", self.uid));
        cal.line(format!("SEQUENCE:{}", self.sequence));
        cal.line(format!("DTSTAMP:{}", ics::stamp(self.as_of)));
        cal.local_span(self.start, self.minutes);
        cal.text("SUMMARY", &summary);
        if let Some(place) = &self.place {
            cal.text("LOCATION", place);
        }
        cal.text("DESCRIPTION", &description.join("\n"));
        cal.line(format!(
            "ORGANIZER{}:mailto:{}",
            cn(&self.organizer.initials),
            self.organizer.email
        ));
        for a in &self.attendees {
            cal.line(format!(
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP={}{}:mailto:{}",
                if self.cancel { "FALSE" } else { "TRUE" },
                cn(&a.initials),
                a.email
            ));
        }
        cal.line("CLASS:CONFIDENTIAL");
        cal.line("TRANSP:OPAQUE");
        cal.line(if self.cancel {
            "STATUS:CANCELLED"
        } else {
            "STATUS:CONFIRMED"
        });
        cal.line("END:VEVENT");
        cal.finish()
    }
}

/// `;CN="E. L."`, or nothing without initials.
fn cn(initials: &str) -> String {
    if initials.is_empty() {
        String::new()
    } else {
        format!(";CN={}", ics::param(initials))
    }
}

/// An e-mail address as a `mailto:` URI may carry it: trimmed, without a
/// `mailto:` already there; `None` when it is not `local@domain` with
/// nothing a content line cannot hold.
pub fn email(text: &str) -> Option<String> {
    let text = text.trim();
    let text = text.strip_prefix("mailto:").unwrap_or(text);
    let (local, domain) = text.split_once('@')?;
    let fine = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| {
                !c.is_control()
                    && !c.is_whitespace()
                    && !matches!(c, '"' | ';' | ',' | ':' | '<' | '>')
            })
    };
    (fine(local) && fine(domain) && domain.contains('.')).then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invitation(cancel: bool) -> Invitation {
        Invitation {
            plan: "2026-0042".into(),
            initials: "T. T.".into(),
            uid: uid("2026-0042", "2026-03-12", "sip.exempel.se"),
            sequence: 2,
            cancel,
            start: "2026-03-12T14:00:00".parse().unwrap(),
            minutes: 90,
            place: Some("Vårdcentralen, rum 3".into()),
            mode: Some("in_person".into()),
            organizer: Address {
                initials: "S. S.".into(),
                email: "sara@example.se".into(),
                role: None,
            },
            attendees: vec![Address {
                initials: "E. L.".into(),
                email: "erik@example.se".into(),
                role: Some("distriktsläkare".into()),
            }],
            as_of: "2026-02-01".parse().unwrap(),
            lang: Lang::Sv,
        }
    }

    #[test]
    fn a_request_and_its_cancellation() {
        let ics = invitation(false).write().replace("\r\n ", "");
        assert!(ics.contains("METHOD:REQUEST\r\n"));
        assert!(ics.contains("UID:2026-0042.follow_up.2026-03-12.invite@sip.exempel.se\r\n"));
        assert!(ics.contains("SEQUENCE:2\r\n"));
        assert!(ics.contains("DTSTART;TZID=Europe/Stockholm:20260312T140000\r\n"));
        assert!(ics.contains("DTEND;TZID=Europe/Stockholm:20260312T153000\r\n"));
        assert!(ics.contains("LOCATION:Vårdcentralen\\, rum 3\r\n"));
        assert!(ics.contains("ORGANIZER;CN=\"S. S.\":mailto:sara@example.se\r\n"));
        assert!(
            ics.contains(";RSVP=TRUE;CN=\"E. L.\":mailto:erik@example.se\r\n"),
            "{ics}"
        );
        assert!(ics.contains("Kallade: E. L. (distriktsläkare)"), "{ics}");
        assert!(ics.contains("Mötesform: på plats"), "{ics}");
        let cancel = invitation(true).write();
        assert!(cancel.contains("METHOD:CANCEL\r\n") && cancel.contains("STATUS:CANCELLED\r\n"));
    }

    #[test]
    fn e_mail_addresses() {
        assert_eq!(email(" mailto:a.b@c.se ").as_deref(), Some("a.b@c.se"));
        for bad in ["a", "a@b", "a b@c.se", "a@c.se\nX:y", "\"a\"@c.se"] {
            assert_eq!(email(bad), None, "{bad}");
        }
    }
}
