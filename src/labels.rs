//! Words shown to people, per language (`lang` in `sip.toml`, or `--lang`).
//! Every label lives here, so a translation is one place to change.

use crate::config::Lang;
use crate::diff::PlanChange;
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
        (Lang::Sv, Kind::ActionStart) => "insatsen skulle ha startat",
        (Lang::Sv, Kind::TransitionPlanning) => "börja planera för tiden efter vistelsen",
        (Lang::En, Kind::FollowUp) => "follow-up",
        (Lang::En, Kind::ActionEnd) => "action past its end",
        (Lang::En, Kind::Establish) => "establish the plan",
        (Lang::En, Kind::DischargeCall) => "call the SIP meeting after discharge",
        (Lang::En, Kind::ConsentExpiry) => "consent expires",
        (Lang::En, Kind::Unscheduled) => "no follow-up planned",
        (Lang::En, Kind::ActionStart) => "action past its start",
        (Lang::En, Kind::TransitionPlanning) => "start planning for after the stay",
    }
}

/// A follow-up's time, place and mode in one phrase, in parentheses:
/// "(kl. 14:00, Vårdcentralen, på plats)"; `None` when it has none of them.
pub fn meeting(
    lang: Lang,
    time: Option<&str>,
    place: Option<&str>,
    mode: Option<&str>,
) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if let Some(time) = time {
        parts.push(match lang {
            Lang::Sv => format!("kl. {time}"),
            Lang::En => format!("at {time}"),
        });
    }
    if let Some(place) = place {
        parts.push(place.to_owned());
    }
    if let Some(mode) = mode {
        parts.push(value(lang, "mode", mode).unwrap_or(mode).to_owned());
    }
    (!parts.is_empty()).then(|| format!("({})", parts.join(", ")))
}

/// "Form" line in a calendar entry: how the meeting is held.
pub fn mode_label(lang: Lang) -> &'static str {
    pick(lang, ("Mötesform", "Mode"))
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

/// What happened to a plan as a whole, in `sip diff` and `sip log`.
pub fn plan_change(lang: Lang, change: PlanChange) -> &'static str {
    pick(
        lang,
        match change {
            PlanChange::Added => ("ny plan", "new plan"),
            PlanChange::Removed => ("borttagen", "removed"),
            PlanChange::Modified => ("ändrad", "modified"),
            PlanChange::Renamed => ("flyttad", "moved"),
        },
    )
}

/// "ändrad" with a count: "1 ändrad", "3 ändrade".
pub fn plan_change_count(lang: Lang, change: PlanChange, n: usize) -> String {
    let (sv_one, sv_many, en) = match change {
        PlanChange::Added => ("ny", "nya", "new"),
        PlanChange::Removed => ("borttagen", "borttagna", "removed"),
        PlanChange::Modified => ("ändrad", "ändrade", "modified"),
        PlanChange::Renamed => ("flyttad", "flyttade", "moved"),
    };
    match lang {
        Lang::Sv => format!("{n} {}", if n == 1 { sv_one } else { sv_many }),
        Lang::En => format!("{n} {en}"),
    }
}

/// "2 planer" / "2 plans".
pub fn plans_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Sv, 1) => "1 plan".into(),
        (Lang::Sv, n) => format!("{n} planer"),
        (Lang::En, 1) => "1 plan".into(),
        (Lang::En, n) => format!("{n} plans"),
    }
}

/// The work tree as a revision's name.
pub fn worktree(lang: Lang) -> &'static str {
    pick(lang, ("arbetskopian", "the work tree"))
}

/// "moved from …", "cannot be read in HEAD: …", "no plan changed".
pub fn diff_phrase(lang: Lang, phrase: DiffPhrase) -> &'static str {
    pick(
        lang,
        match phrase {
            DiffPhrase::MovedFrom => ("flyttad från", "moved from"),
            DiffPhrase::Unreadable => ("kan inte läsas i", "cannot be read in"),
            DiffPhrase::NoChange => ("ingen plan har ändrats", "no plan changed"),
            DiffPhrase::NoContentChange => {
                ("inget i planen har ändrats", "nothing in the plan changed")
            }
            DiffPhrase::Legend => (
                "+ tillagt, - borttaget, ~ ändrat; ! rör huvudansvar, ansvar, samtycke, status, måluppfyllelse eller avbrutna insatser",
                "+ added, - removed, ~ changed; ! touches overall responsibility, responsibility, consent, status, goal progress or cancellations",
            ),
            DiffPhrase::What => ("Vad", "What"),
            DiffPhrase::Before => ("Före", "Before"),
            DiffPhrase::After => ("Efter", "After"),
        },
    )
}

#[derive(Clone, Copy, Debug)]
pub enum DiffPhrase {
    MovedFrom,
    Unreadable,
    NoChange,
    NoContentChange,
    Legend,
    What,
    Before,
    After,
}

/// A plan field's name in running text ("ansvarig", "slutdatum").
pub fn field(lang: Lang, key: &str) -> Option<&'static str> {
    let sv_en = match key {
        "sip" => ("formatversion", "format version"),
        "id" => ("id", "id"),
        "status" => ("status", "status"),
        "person" => ("personen", "the person"),
        "name" => ("namn", "name"),
        "personal_id" => ("personnummer", "identity number"),
        "birth_date" => ("födelsedatum", "date of birth"),
        "language" => ("språk", "language"),
        "interpreter" => ("tolk", "interpreter"),
        "guardians" => ("vårdnadshavare", "guardians"),
        "consent" => ("samtycke", "consent"),
        "given" => ("givet", "given"),
        "date" => ("datum", "date"),
        "by" => ("av", "by"),
        "form" => ("form", "form"),
        "scope" => ("omfattning", "scope"),
        "expires" => ("upphör", "expires"),
        "withdrawn" => ("återkallat", "withdrawn"),
        "relatives" => ("närstående får delta", "relatives may take part"),
        "initiated" => ("initierad", "initiated"),
        "reason" => ("anledning", "reason"),
        "discharge" => ("utskrivning", "discharge"),
        "ready_notified" => ("utskrivningsklar meddelad", "ready for discharge notified"),
        "discharged" => ("utskriven", "discharged"),
        "called" => ("kallad", "meeting called"),
        "established" => ("upprättad", "established"),
        "lead" => ("huvudansvar", "overall responsibility"),
        "principal" => ("huvudman", "principal"),
        "organisation" => ("organisation", "organisation"),
        "contact" => ("kontakt", "contact"),
        "role" => ("roll", "role"),
        "phone" => ("telefon", "phone"),
        "email" => ("e-post", "email"),
        "participants" => ("deltagare", "participants"),
        "kind" => ("typ av deltagare", "kind"),
        "attended" => ("närvarade", "attended"),
        "absence_reason" => ("orsak till frånvaro", "reason for absence"),
        "goals" => ("mål", "goals"),
        "text" => ("text", "text"),
        "needs" => ("behov", "needs"),
        "actions" => ("insatser", "actions"),
        "responsible" => ("ansvarig", "responsible"),
        "service" => ("verksamhet", "service"),
        "type" => ("typ av insats", "type"),
        "start" => ("startdatum", "start"),
        "end" => ("slutdatum", "end"),
        "follow_ups" => ("uppföljningar", "follow-ups"),
        "convener" => ("sammankallande", "convener"),
        "held" => ("hölls", "held"),
        "outcome" => ("resultat", "outcome"),
        "shared" => ("delad", "shared"),
        "to" => ("mottagare", "recipient"),
        "closed" => ("avslutad", "closed"),
        "notes" => ("anteckningar", "notes"),
        "situation" => ("situation", "situation"),
        "by_kind" => ("typ av initiativtagare", "raised by, kind"),
        "preparation" => ("förarbete", "preparation"),
        "important_to_me" => ("viktigt för mig", "important to me"),
        "support_person" => ("stödperson", "support person"),
        "transition" => ("övergång", "transition"),
        "expected_end" => ("väntat slut", "expected end"),
        "planning_started" => ("planering påbörjad", "planning started"),
        "met" => ("tillgodosett", "met"),
        "cancelled_reason" => ("orsak till att insatsen avbröts", "reason for cancelling"),
        "time" => ("klockslag", "time"),
        "duration_minutes" => ("längd i minuter", "duration in minutes"),
        "place" => ("plats", "place"),
        "mode" => ("mötesform", "mode"),
        "absent" => ("frånvarande", "absent"),
        "goal" => ("mål", "goal"),
        "progress" => ("måluppfyllelse", "progress"),
        "person_view" => ("personens syn", "the person's view"),
        "cause" => ("orsak", "cause"),
        _ => return None,
    };
    Some(pick(lang, sv_en))
}

/// A field's name where the same key means different things in different
/// places: `kind` of a participant or of a stay (`transition.kind`).
pub fn field_in(lang: Lang, parent: &str, key: &str) -> Option<&'static str> {
    match (parent, key) {
        ("transition", "kind") => Some(pick(lang, ("typ av vistelse", "kind of stay"))),
        _ => field(lang, key),
    }
}

/// One item of a plan's list, named by its key: "Insats I2", "Uppföljning 2026-03-12".
pub fn item(lang: Lang, list: &str, key: &str) -> String {
    match crate::plan::list(list) {
        Some(shape) => format!("{} {key}", pick(lang, (shape.singular_sv, shape.title_en))),
        None => format!("{} {key}", field(lang, list).unwrap_or(list)),
    }
}

/// One item of a list inside an item: "Mål M1" in a follow-up's `goals`.
pub fn nested_item(lang: Lang, shape: &crate::plan::NestedListShape, key: &str) -> String {
    format!("{} {key}", pick(lang, (shape.singular_sv, shape.title_en)))
}

/// An enumerated value as people say it ("kommun" for `municipality`);
/// `None` for free text, which is shown as written.
pub fn value(lang: Lang, field: &str, value: &str) -> Option<&'static str> {
    let sv_en = match (field, value) {
        ("principal" | "kind", "region") => ("region", "region"),
        ("principal" | "kind", "municipality") => ("kommun", "municipality"),
        ("principal" | "kind", "other") => ("annan", "other"),
        ("kind", "person") => ("personen", "the person"),
        ("kind", "relative") => ("närstående", "relative"),
        ("kind", "guardian") => ("vårdnadshavare", "guardian"),
        ("status", "draft") => ("utkast", "draft"),
        ("status", "active") => ("aktiv", "active"),
        ("status", "closed") => ("avslutad", "closed"),
        ("status", "planned") => ("planerad", "planned"),
        ("status", "ongoing") => ("pågår", "ongoing"),
        ("status", "done") => ("genomförd", "done"),
        ("status", "cancelled") => ("avbruten", "cancelled"),
        ("service", "social_services") => ("socialtjänst", "social services"),
        ("service", "health_care") => ("hälso- och sjukvård", "health care"),
        ("service", "school") => ("skola", "school"),
        ("service" | "type", "other") => ("annat", "other"),
        ("by", "person") => ("personen", "the person"),
        ("by", "guardians") => ("vårdnadshavarna", "the guardians"),
        ("by", "representative") => ("företrädare", "representative"),
        ("form", "oral") => ("muntligt", "oral"),
        ("form", "written") => ("skriftligt", "written"),
        ("type", "preventive") => ("förebyggande", "preventive"),
        ("type", "rehabilitative") => ("rehabiliterande", "rehabilitative"),
        ("type", "treatment") => ("behandling", "treatment"),
        ("type", "support") => ("stöd", "support"),
        ("kind", "sis") => ("SiS", "SiS"),
        ("kind", "hvb") => ("HVB", "HVB"),
        ("kind", "foster_care") => ("familjehem", "foster care"),
        ("kind", "prison") => ("anstalt", "prison"),
        ("kind", "psychiatric_inpatient") => {
            ("psykiatrisk slutenvård", "psychiatric inpatient care")
        }
        ("by_kind", "person") => ("personen", "the person"),
        ("by_kind", "relative") => ("närstående", "relative"),
        ("by_kind", "municipality") => ("kommun", "municipality"),
        ("by_kind", "region") => ("region", "region"),
        ("by_kind", "school") => ("skola", "school"),
        ("by_kind" | "situation" | "cause", "other") => ("annan", "other"),
        ("situation", "discharge") => ("utskrivning", "discharge"),
        ("situation", "psychiatry") => ("psykiatri", "psychiatry"),
        ("situation", "substance_use") => ("beroende", "substance use"),
        ("situation", "child_school") => ("barn och skola", "child and school"),
        ("situation", "older_person") => ("äldre person", "older person"),
        ("situation", "disability") => ("funktionsnedsättning", "disability"),
        ("situation", "placement") => ("placering", "placement"),
        ("mode", "in_person") => ("på plats", "in person"),
        ("mode", "video") => ("video", "video"),
        ("mode", "phone") => ("telefon", "phone"),
        ("progress", "reached") => ("uppnått", "reached"),
        ("progress", "partly") => ("delvis uppnått", "partly reached"),
        ("progress", "not_reached") => ("inte uppnått", "not reached"),
        ("progress", "not_assessed") => ("inte bedömt", "not assessed"),
        ("cause", "goals_reached") => ("målen nådda", "goals reached"),
        ("cause", "no_consent") => ("inget samtycke", "no consent"),
        ("cause", "moved") => ("flyttat", "moved"),
        ("cause", "deceased") => ("avliden", "deceased"),
        ("cause", "not_needed") => ("behövs inte längre", "no longer needed"),
        _ => return None,
    };
    Some(pick(lang, sv_en))
}

/// `true`/`false` as a word.
pub fn yes_no(lang: Lang, yes: bool) -> &'static str {
    pick(lang, if yes { ("ja", "yes") } else { ("nej", "no") })
}

fn pick(lang: Lang, (sv, en): (&'static str, &'static str)) -> &'static str {
    match lang {
        Lang::Sv => sv,
        Lang::En => en,
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

    #[test]
    fn the_december_keys_and_values_in_both_languages() {
        assert_eq!(field(Lang::Sv, "progress"), Some("måluppfyllelse"));
        assert_eq!(
            field(Lang::En, "cancelled_reason"),
            Some("reason for cancelling")
        );
        assert_eq!(
            field_in(Lang::Sv, "transition", "kind"),
            Some("typ av vistelse")
        );
        assert_eq!(
            field_in(Lang::Sv, "participants", "kind"),
            Some("typ av deltagare")
        );
        assert_eq!(
            value(Lang::Sv, "progress", "not_reached"),
            Some("inte uppnått")
        );
        assert_eq!(value(Lang::En, "mode", "in_person"), Some("in person"));
        assert_eq!(
            value(Lang::Sv, "situation", "substance_use"),
            Some("beroende")
        );
        assert_eq!(
            meeting(Lang::Sv, Some("14:00"), Some("Rum 3"), Some("video")).as_deref(),
            Some("(kl. 14:00, Rum 3, video)")
        );
        assert_eq!(meeting(Lang::En, None, None, None), None);
        for kind in Kind::ALL {
            assert!(!self::kind(Lang::Sv, kind).is_empty());
        }
    }
}
