//! Every word of `sip stats` a reader sees, in Swedish and English, in one
//! place (to move into the message catalogue as it is).

use crate::config::Lang;

/// A measure's name, by id (stats.md's table).
pub fn measure(lang: Lang, id: &str) -> &'static str {
    let (sv, en) = match id {
        "S1" => ("Upprättade planer", "Plans established"),
        "S1a" => (
            "… varav barn (under 18 år)",
            "… of them children (under 18)",
        ),
        "S1b" => ("… varav 65 år eller äldre", "… of them 65 or older"),
        "S1c" => ("… efter slutenvård", "… after inpatient care"),
        "S1d" => ("… per situation", "… by situation"),
        "S2" => (
            "Dagar från begäran till plan (median / p90)",
            "Days from request to plan (median / p90)",
        ),
        "S2a" => ("Upprättade inom målet", "Established within the target"),
        "S3" => (
            "Gjorda tillsammans med personen",
            "Made together with the person",
        ),
        "S4" => ("Med personens egna mål", "With the person's own goals"),
        "S4a" => ("Behov kopplade till ett mål", "Needs tied to a goal"),
        "S5" => ("Personen fick planen", "The person got the plan"),
        "S5a" => ("Dagar till kopian (median)", "Days to the copy (median)"),
        "S6" => ("Inbjudna som kom, per slag", "Invited who came, per kind"),
        "S7" => ("Uppföljningar som hölls", "Follow-ups held"),
        "S7a" => ("Planer som följts upp", "Plans followed up"),
        "S8" => ("Beslutade insatser som genomförts", "Decisions carried out"),
        "S8a" => (
            "Förebyggande eller rehabiliterande insatser",
            "Preventive or rehabilitative actions",
        ),
        "S9" => (
            "Utskrivning: kallat i tid (3 dagar)",
            "Discharge: meeting called in time (3 days)",
        ),
        "S9a" => (
            "Utskrivning: dagar till planen (median)",
            "Discharge: days to the plan (median)",
        ),
        "S10" => (
            "Aktiva planer utan giltigt samtycke",
            "Active plans without valid consent",
        ),
        "S11" => (
            "Begäranden som inte blev en plan",
            "Requests that did not become a plan",
        ),
        "S12" => ("Mål, senast bedömda", "Goals, as last assessed"),
        _ => ("", ""),
    };
    pick(lang, sv, en)
}

/// A part of a measure: a situation (S1d), a kind of participant (S6), a
/// goal's progress (S12); anything else as it is written.
pub fn part(lang: Lang, part: &str) -> String {
    let (sv, en) = match part {
        "discharge" => ("utskrivning", "discharge"),
        "psychiatry" => ("psykiatri", "psychiatry"),
        "substance_use" => ("missbruk och beroende", "substance use"),
        "child_school" => ("barn och skola", "child and school"),
        "older_person" => ("äldre person", "older person"),
        "disability" => ("funktionsnedsättning", "disability"),
        "placement" => ("placering", "placement"),
        "other" => ("annat", "other"),
        "unknown" => ("okänt", "unknown"),
        "relative" => ("närstående", "relative"),
        "guardian" => ("vårdnadshavare", "guardian"),
        "region" => ("region", "region"),
        "municipality" => ("kommun", "municipality"),
        "reached" => ("uppnått", "reached"),
        "partly" => ("delvis", "partly"),
        "not_reached" => ("inte uppnått", "not reached"),
        _ => return part.to_string(),
    };
    pick(lang, sv, en).to_string()
}

/// The name of the group of all plans.
pub fn total(lang: Lang) -> &'static str {
    pick(lang, "Totalt", "Total")
}

/// Column headers of the text and HTML tables.
pub fn header(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::Sv => ["Mått", "Täljare", "Nämnare", "Värde"],
        Lang::En => ["Measure", "Numerator", "Denominator", "Value"],
    }
}

/// The header of a group column (HTML) for `--by`.
pub fn group_header(lang: Lang, by: &str) -> &'static str {
    match by {
        "lead" => pick(lang, "Ansvarig verksamhet", "Lead organisation"),
        "principal" => pick(lang, "Huvudman", "Principal"),
        "situation" => pick(lang, "Situation", "Situation"),
        _ => pick(lang, "Grupp", "Group"),
    }
}

/// The title of the report.
pub fn title(lang: Lang) -> &'static str {
    pick(lang, "SIP i siffror", "SIP in numbers")
}

/// "Period 2026-01-01 – 2026-12-31, checked on …, grouped by …".
pub fn period(lang: Lang, from: &str, to: &str, as_of: &str) -> String {
    match lang {
        Lang::Sv => format!("Period {from} – {to}, räknat per {as_of}"),
        Lang::En => format!("Period {from} – {to}, as of {as_of}"),
    }
}

/// How small numbers are shown, for the report's foot.
pub fn suppression(lang: Lang, min_cell: u64) -> String {
    match (lang, min_cell) {
        (Lang::Sv, 0 | 1) => "Små tal visas (ingen maskning).".into(),
        (Lang::En, 0 | 1) => "Small numbers are shown (no suppression).".into(),
        (Lang::Sv, n) => format!(
            "Antal från 1 till {} visas som <{n}, och så även andelar och medianer som räknats på dem.",
            n - 1
        ),
        (Lang::En, n) => format!(
            "Counts of 1 to {} are shown as <{n}, and so are shares and medians computed from them.",
            n - 1
        ),
    }
}

/// Days as a unit after a number.
pub fn days(lang: Lang) -> &'static str {
    pick(lang, "dagar", "days")
}

/// A decimal number as the language writes it (comma in Swedish).
pub fn decimal(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Sv => text.replace('.', ","),
        Lang::En => text.to_string(),
    }
}

/// The lines of the text output's summary: plans counted, and any not counted.
pub fn counted(lang: Lang, plans: u64, not_counted: usize) -> String {
    let mut out = match lang {
        Lang::Sv => format!("{plans} planer räknade"),
        Lang::En => format!("{plans} plan{} counted", if plans == 1 { "" } else { "s" }),
    };
    if not_counted > 0 {
        out.push_str(&match lang {
            Lang::Sv => format!("; {not_counted} inte räknade (se stderr)"),
            Lang::En => format!("; {not_counted} not counted (see stderr)"),
        });
    }
    out
}

/// The note on a chart's missing bar.
pub fn no_value(lang: Lang) -> &'static str {
    pick(lang, "inget värde", "no value")
}

fn pick(lang: Lang, sv: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Sv => sv,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_measure_has_a_name_in_both_languages() {
        for id in crate::stats::output::MEASURES {
            assert!(!measure(Lang::Sv, id).is_empty(), "{id}");
            assert!(!measure(Lang::En, id).is_empty(), "{id}");
        }
        assert_eq!(part(Lang::Sv, "partly"), "delvis");
        assert_eq!(part(Lang::Sv, "Vårdcentralen"), "Vårdcentralen");
    }
}
