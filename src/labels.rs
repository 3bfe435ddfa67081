//! Words shown to people, per language (`lang` in `sip.toml`, or `--lang`).
//! Every label lives here, so a translation is one place to change.

use crate::config::Lang;
use crate::due::Kind;

/// "8 dagar sedan", "om 3 dagar", "i dag"; "not planned" without a date.
pub fn relative_days(lang: Lang, days: Option<i64>) -> String {
    match (lang, days) {
        (Lang::Sv, None) => "ej planerad".into(),
        (Lang::Sv, Some(0)) => "i dag".into(),
        (Lang::Sv, Some(1)) => "i morgon".into(),
        (Lang::Sv, Some(-1)) => "i går".into(),
        (Lang::Sv, Some(n)) if n > 0 => format!("om {n} dagar"),
        (Lang::Sv, Some(n)) => format!("{} dagar sedan", -n),
        (Lang::En, None) => "not planned".into(),
        (Lang::En, Some(0)) => "today".into(),
        (Lang::En, Some(1)) => "tomorrow".into(),
        (Lang::En, Some(-1)) => "yesterday".into(),
        (Lang::En, Some(n)) if n > 0 => format!("in {n} days"),
        (Lang::En, Some(n)) => format!("{} days ago", -n),
    }
}

/// What a due item asks someone to do.
pub fn kind(lang: Lang, kind: Kind) -> &'static str {
    match (lang, kind) {
        (Lang::Sv, Kind::FollowUp) => "uppföljning",
        (Lang::Sv, Kind::ActionEnd) => "insatsens slutdatum har passerat",
        (Lang::Sv, Kind::Establish) => "upprätta planen",
        (Lang::Sv, Kind::DischargeCall) => "kalla till SIP-möte efter utskrivning",
        (Lang::Sv, Kind::ConsentExpiry) => "samtycket upphör",
        (Lang::Sv, Kind::Unscheduled) => "ingen uppföljning planerad",
        (Lang::En, Kind::FollowUp) => "follow-up",
        (Lang::En, Kind::ActionEnd) => "action past its end",
        (Lang::En, Kind::Establish) => "establish the plan",
        (Lang::En, Kind::DischargeCall) => "call the SIP meeting after discharge",
        (Lang::En, Kind::ConsentExpiry) => "consent expires",
        (Lang::En, Kind::Unscheduled) => "no follow-up planned",
    }
}

/// Column headers of `sip due`'s table.
pub fn due_header(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::Sv => ["ansvarig", "när", "datum", "vad", "plan", "person"],
        Lang::En => ["who", "when", "date", "what", "plan", "person"],
    }
}

/// `sip due`'s closing line.
pub fn due_summary(
    lang: Lang,
    overdue: usize,
    upcoming: usize,
    within: i64,
    as_of: &str,
) -> String {
    match lang {
        Lang::Sv => format!("{overdue} försenade, {upcoming} inom {within} dagar (per {as_of})"),
        Lang::En => {
            format!("{overdue} overdue, {upcoming} due within {within} days (as of {as_of})")
        }
    }
}

/// The calendar's name.
pub fn calendar_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "SIP – uppföljningar och påminnelser",
        Lang::En => "SIP – follow-ups and reminders",
    }
}

/// "Convener" / "Responsible" line in a calendar entry.
pub fn who_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "Ansvarig",
        Lang::En => "Responsible",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_days_in_both_languages() {
        assert_eq!(relative_days(Lang::Sv, Some(-8)), "8 dagar sedan");
        assert_eq!(relative_days(Lang::Sv, Some(3)), "om 3 dagar");
        assert_eq!(relative_days(Lang::Sv, Some(0)), "i dag");
        assert_eq!(relative_days(Lang::En, Some(-8)), "8 days ago");
        assert_eq!(relative_days(Lang::En, Some(1)), "tomorrow");
        assert_eq!(relative_days(Lang::En, None), "not planned");
    }
}
