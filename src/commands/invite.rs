//! `sip invite PLAN [--follow-up DATE] [--cancel] [-o FILE]`: an iCalendar
//! invitation to a follow-up meeting (`METHOD:REQUEST`), or its
//! cancellation (`METHOD:CANCEL`), for the calendars of everyone invited.
//!
//! The UID and `SEQUENCE` come from the plan's git history (HEAD's
//! first-parent line, then the work tree): the follow-up is followed
//! through every version ([`calendar::track`]), so moving the meeting in a
//! new commit gives the same UID and a higher `SEQUENCE`, and a calendar
//! moves the meeting it has instead of adding a second.

use super::ExitStatus;
use super::output_file::write_output;
use crate::calendar::{self, invite, track};
use crate::cli::InviteArgs;
use crate::due::initials;
use crate::error::{Error, Result};
use crate::git::Git;
use crate::i18n::{Catalogue, Message};
use crate::plan::PlanView;
use crate::settings::Settings;
use crate::source::{parse_value, read_bounded};

pub fn invite(settings: &Settings, args: &InviteArgs) -> Result<ExitStatus> {
    let path = settings.plan_path(&args.plan);
    let display = settings.display(&path);
    if !path.exists() {
        return Err(Error::PathNotFound { path });
    }
    let cat = Catalogue::built_in(settings.lang);
    let text = read_bounded(&path, settings.config.max_file_size).map_err(|e| Error::BadPlan {
        file: display.clone(),
        message: e.say(cat),
    })?;
    let value = parse_value(&text).map_err(|e| Error::BadPlan {
        file: format!("{display}:{}", e.pos),
        message: e.say(cat),
    })?;
    let plan = PlanView::new(&value);
    let id = plan.id().map_or_else(
        || display.trim_end_matches(".sip.yaml").to_owned(),
        |id| id.into_owned(),
    );

    let git = Git::open(&settings.cwd)?;
    if git.is_shallow() {
        return Err(Error::Unsupported {
            what: Message::new("error-shallow").arg("what", "HEAD~"),
            hint: Message::new("hint-shallow"),
        });
    }
    let relative = git.relative(&settings.cwd, &path)?;
    let mut tracker = track::Tracker::default();
    history(&git, &relative, settings.config.max_file_size, &mut tracker)?;
    tracker.push(&value);
    let current = tracker.versions() - 1;
    let chains = tracker.finish();

    let refuse = |what: Message, hint: Message| Error::Unsupported { what, hint };
    let open_now = || {
        chains
            .iter()
            .filter(|c| c.last_version == current && c.open)
            .collect::<Vec<_>>()
    };
    let chain = match args.follow_up {
        Some(date) => chains
            .iter()
            .filter(|c| c.meeting.date == date && (c.last_version == current || args.cancel))
            .max_by_key(|c| (c.last_version == current, c.last_version)),
        None => open_now()
            .into_iter()
            .filter(|c| c.meeting.date >= settings.as_of)
            .min_by_key(|c| c.meeting.date),
    };
    let Some(chain) = chain else {
        return Err(match args.follow_up {
            Some(date) => {
                let mut dates: Vec<String> = open_now()
                    .iter()
                    .map(|c| c.meeting.date.to_string())
                    .collect();
                dates.sort();
                refuse(
                    Message::new("error-invite-no-such-follow-up")
                        .arg("plan", id.as_str())
                        .arg("date", date.to_string()),
                    Message::new("hint-invite-no-such-follow-up").arg(
                        "dates",
                        if dates.is_empty() {
                            "–".to_owned()
                        } else {
                            dates.join(", ")
                        },
                    ),
                )
            }
            None => refuse(
                Message::new("error-invite-no-follow-up").arg("plan", id.as_str()),
                Message::new("hint-invite-no-follow-up"),
            ),
        });
    };
    let meeting = &chain.meeting;
    let date = meeting.date.to_string();
    let Some(time) = meeting.time.as_deref().and_then(calendar::ics::time_of_day) else {
        return Err(refuse(
            Message::new("error-invite-no-time")
                .arg("plan", id.as_str())
                .arg("date", date.as_str()),
            Message::new("hint-invite-no-time").arg("date", date.as_str()),
        ));
    };

    let contact = plan.lead_contact();
    let organizer_email = contact.email().and_then(|e| invite::email(&e)).or_else(|| {
        settings
            .config
            .organizer_email
            .as_deref()
            .and_then(invite::email)
    });
    let Some(organizer_email) = organizer_email else {
        return Err(refuse(
            Message::new("error-invite-no-organizer").arg("plan", id.as_str()),
            Message::new("hint-invite-no-organizer"),
        ));
    };
    let organizer = invite::Address {
        initials: contact.name().map(|n| initials(&n)).unwrap_or_default(),
        email: organizer_email,
        role: None,
    };
    let mut attendees: Vec<invite::Address> = Vec::new();
    for p in plan.participants() {
        let Some(email) = p.email().and_then(|e| invite::email(&e)) else {
            continue;
        };
        if attendees
            .iter()
            .any(|a| a.email.eq_ignore_ascii_case(&email))
        {
            continue;
        }
        attendees.push(invite::Address {
            initials: p.name().map(|n| initials(&n)).unwrap_or_default(),
            email,
            role: p.role().map(|r| r.into_owned()),
        });
    }
    if attendees.is_empty() {
        return Err(refuse(
            Message::new("error-invite-no-attendees").arg("plan", id.as_str()),
            Message::new("hint-invite-no-attendees"),
        ));
    }

    let domain = super::uid_domain(settings);
    let mode = chain.mode.clone();
    let invitation = invite::Invitation {
        plan: id.clone(),
        initials: plan.person_name().map(|n| initials(&n)).unwrap_or_default(),
        uid: invite::uid(&id, &chain.key, &domain.domain),
        // A cancellation is one step past the last request (RFC 5546 3.2.5).
        sequence: chain.sequence + u32::from(args.cancel),
        cancel: args.cancel,
        start: meeting.date.and_time(time),
        minutes: meeting.duration_minutes.unwrap_or(60),
        place: meeting.place.clone(),
        mode,
        organizer,
        attendees,
        as_of: settings.as_of,
        lang: settings.lang,
    };
    let ics = invitation.write();
    match &args.output {
        None => settings.printer.out(&ics)?,
        Some(out) => {
            let target = write_output(settings, out, &path, ics.as_bytes())?;
            settings.printer.note(&cat.with(
                "invite-wrote",
                &[
                    ("file", settings.display(&target).into()),
                    ("uid", invitation.uid.clone().into()),
                    ("sequence", i64::from(invitation.sequence).into()),
                ],
            ));
        }
    }
    Ok(ExitStatus::Success)
}

/// Feeds `tracker` the plan's committed versions, oldest first: each
/// commit of HEAD's first-parent line that changed the file at `relative`
/// (back to where it appeared there). One version is parsed at a time; a
/// version that cannot be read is left out.
fn history(git: &Git, relative: &str, limit: u64, tracker: &mut track::Tracker) -> Result<()> {
    let mut blobs = Vec::new();
    for commit in git.first_parent_commits()? {
        match git.blob_at(commit, relative)? {
            Some(blob) => blobs.push(blob),
            None => break,
        }
    }
    blobs.dedup();
    for blob in blobs.iter().rev() {
        if let Some(value) = git
            .read_blob(*blob, limit)
            .ok()
            .and_then(|text| parse_value(&text).ok())
        {
            tracker.push(&value);
        }
    }
    Ok(())
}
