//! The shapes of stats.md's output: JSON (`"version": 1`), CSV, text tables
//! and the HTML report (the template `stats.html`). Small numbers are
//! suppressed here, once, for every format ([`shown`]).

use comfy_table::Cell as TableCell;
use serde::Serialize;
use serde_json::{Map, Value as Json, json};

use super::measures::{By, Counts, Measure, Ratio, TOTAL, Value};
use super::words;
use crate::config::Lang;

/// Every measure id, in stats.md's order.
pub const MEASURES: [&str; 22] = [
    "S1", "S1a", "S1b", "S1c", "S1d", "S2", "S2a", "S3", "S4", "S4a", "S5", "S5a", "S6", "S7",
    "S7a", "S8", "S8a", "S9", "S9a", "S10", "S11", "S12",
];

/// One number as it may be published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Not part of this row (a count has no denominator).
    Blank,
    /// A count of 1 to `min_cell` − 1, or what was computed from one.
    Suppressed,
    /// Nothing to compute from (no values, a zero denominator).
    Missing,
    Int(i64),
    /// A share in thousandths, rounded half up.
    Share(u64),
}

/// A count as it may be shown: suppressed when 1 ≤ count < `min_cell`.
pub fn shown(count: u64, min_cell: u64) -> Cell {
    if count >= 1 && count < min_cell {
        Cell::Suppressed
    } else {
        Cell::Int(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

/// Numerator, denominator and share of a ratio, suppressed as stats.md says.
pub fn ratio_cells(r: Ratio, min_cell: u64) -> [Cell; 3] {
    let (num, den) = (shown(r.num, min_cell), shown(r.den, min_cell));
    let share = if num == Cell::Suppressed || den == Cell::Suppressed {
        Cell::Suppressed
    } else if r.den == 0 {
        Cell::Missing
    } else {
        Cell::Share((r.num * 2000 + r.den) / (2 * r.den))
    };
    [num, den, share]
}

/// A value computed from `n` values (a median): suppressed with `n`.
fn computed(n: Cell, value: Option<i64>) -> Cell {
    match (n, value) {
        (Cell::Suppressed, _) => Cell::Suppressed,
        (_, None) => Cell::Missing,
        (_, Some(v)) => Cell::Int(v),
    }
}

impl Cell {
    fn json(self) -> Json {
        match self {
            Cell::Int(n) => json!(n),
            // Thousandths to a number with at most 3 decimals.
            Cell::Share(t) => json!(t as f64 / 1000.0),
            Cell::Blank | Cell::Suppressed | Cell::Missing => Json::Null,
        }
    }

    fn csv(self) -> String {
        match self {
            Cell::Int(n) => n.to_string(),
            Cell::Share(t) => format!("{}.{:03}", t / 1000, t % 1000),
            Cell::Blank | Cell::Suppressed | Cell::Missing => String::new(),
        }
    }

    /// For people: shares as percentages, `<5` for a suppressed number.
    pub fn text(self, lang: Lang, min_cell: u64) -> String {
        match self {
            Cell::Blank => String::new(),
            Cell::Suppressed => format!("<{min_cell}"),
            Cell::Missing => "–".into(),
            Cell::Int(n) => n.to_string(),
            Cell::Share(t) => words::decimal(lang, &format!("{}.{} %", t / 10, t % 10)),
        }
    }
}

/// One line of a measure: a part (a situation, a kind, `median`), and its numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub part: Option<String>,
    pub numerator: Cell,
    pub denominator: Cell,
    pub value: Cell,
}

/// The rows of a measure. Days give a `median` row (denominator: how many
/// values) and for S2 a `p90` row.
pub fn rows(measure: &Measure, min_cell: u64) -> Vec<Row> {
    value_rows(&measure.value, None, min_cell)
}

fn value_rows(value: &Value, part: Option<&str>, min_cell: u64) -> Vec<Row> {
    let row = |part: Option<&str>, numerator, denominator, value| Row {
        part: part.map(str::to_string),
        numerator,
        denominator,
        value,
    };
    match value {
        Value::Count(n) => vec![row(part, Cell::Blank, Cell::Blank, shown(*n, min_cell))],
        Value::Ratio(r) => {
            let [num, den, share] = ratio_cells(*r, min_cell);
            vec![row(part, num, den, share)]
        }
        Value::Days { n, median, p90 } => {
            let n = shown(*n, min_cell);
            let mut out = vec![row(
                Some(part.unwrap_or("median")),
                Cell::Blank,
                n,
                computed(n, *median),
            )];
            if let Some(p90) = p90 {
                out.push(row(
                    Some(part.unwrap_or("p90")),
                    Cell::Blank,
                    n,
                    computed(n, *p90),
                ));
            }
            out
        }
        Value::Parts(parts) => parts
            .iter()
            .flat_map(|(name, v)| value_rows(v, Some(name), min_cell))
            .collect(),
    }
}

/// The JSON document of stats.md.
pub fn json(counts: &Counts, min_cell: u64) -> crate::output::shapes::StatsOutput {
    use crate::output::shapes::{StatsGroup, StatsOutput, VERSION};
    let p = &counts.period;
    let groups: Vec<StatsGroup> = counts
        .groups()
        .into_iter()
        .map(|(name, tally)| {
            let mut measures = Map::new();
            for m in tally.measures() {
                measures.insert(m.id.to_string(), measure_json(&m, min_cell));
            }
            StatsGroup {
                group: name.to_string(),
                measures,
            }
        })
        .collect();
    StatsOutput {
        version: VERSION,
        as_of: p.as_of,
        from: p.from,
        to: p.to,
        by: counts.by.as_str().to_owned(),
        min_cell,
        groups,
    }
}

fn measure_json(m: &Measure, min_cell: u64) -> Json {
    match &m.value {
        Value::Count(n) => json!({"value": shown(*n, min_cell).json()}),
        Value::Ratio(r) => ratio_json(*r, min_cell),
        Value::Days { n, median, p90 } => {
            let n = shown(*n, min_cell);
            let mut out = Map::new();
            out.insert("n".into(), n.json());
            out.insert("median".into(), computed(n, *median).json());
            if let Some(p90) = p90 {
                out.insert("p90".into(), computed(n, *p90).json());
            }
            Json::Object(out)
        }
        Value::Parts(parts) => {
            let mut out = Map::new();
            for (name, v) in parts {
                let value = match v {
                    // S1d: the count per situation.
                    Value::Ratio(r) if m.id == "S1d" => shown(r.num, min_cell).json(),
                    Value::Ratio(r) => ratio_json(*r, min_cell),
                    Value::Count(n) => shown(*n, min_cell).json(),
                    other => measure_json(
                        &Measure {
                            id: m.id,
                            value: other.clone(),
                        },
                        min_cell,
                    ),
                };
                out.insert(name.clone(), value);
            }
            Json::Object(out)
        }
    }
}

fn ratio_json(r: Ratio, min_cell: u64) -> Json {
    let [num, den, share] = ratio_cells(r, min_cell);
    json!({"numerator": num.json(), "denominator": den.json(), "share": share.json()})
}

/// `group,measure,part,numerator,denominator,value`, one row per group,
/// measure and part.
pub fn csv(counts: &Counts, min_cell: u64) -> String {
    let mut rows_out = Vec::new();
    for (group, tally) in counts.groups() {
        for m in tally.measures() {
            for row in rows(&m, min_cell) {
                rows_out.push(vec![
                    group.to_string(),
                    m.id.to_string(),
                    row.part.unwrap_or_default(),
                    row.numerator.csv(),
                    row.denominator.csv(),
                    row.value.csv(),
                ]);
            }
        }
    }
    crate::output::csv::to_csv(&CSV_HEADER, &rows_out)
}

/// The rows of [`csv`] as an Excel workbook: counts, shares and days as numbers.
pub fn xlsx(counts: &Counts, min_cell: u64) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use crate::output::xlsx::XCell;
    let cell = |c: Cell| match c {
        Cell::Int(n) => XCell::Number(n as f64),
        Cell::Share(t) => XCell::Number(t as f64 / 1000.0),
        Cell::Blank | Cell::Suppressed | Cell::Missing => XCell::Empty,
    };
    let mut rows_out = Vec::new();
    for (group, tally) in counts.groups() {
        for m in tally.measures() {
            for row in rows(&m, min_cell) {
                rows_out.push(vec![
                    XCell::text(group.to_string()),
                    XCell::text(m.id.to_string()),
                    XCell::text(row.part.unwrap_or_default()),
                    cell(row.numerator),
                    cell(row.denominator),
                    cell(row.value),
                ]);
            }
        }
    }
    crate::output::xlsx::workbook("stats", &CSV_HEADER, &rows_out)
}

const CSV_HEADER: [&str; 6] = [
    "group",
    "measure",
    "part",
    "numerator",
    "denominator",
    "value",
];

/// The name of a group for people: the total, a principal or a situation in
/// words; an organisation as it is written.
pub fn group_name(lang: Lang, name: &str, by: By) -> String {
    match by {
        _ if name == TOTAL => words::total(lang).to_string(),
        By::Principal | By::Situation => words::part(lang, name),
        By::None | By::Lead => name.to_string(),
    }
}

/// The text table of one group: measure, numerator, denominator, value;
/// days as `median / p90`.
pub fn text_rows(measures: &[Measure], lang: Lang, min_cell: u64) -> Vec<Vec<TableCell>> {
    let mut out = Vec::new();
    for m in measures {
        let rows = rows(m, min_cell);
        let name = format!("{} {}", m.id, words::measure(lang, m.id));
        match &m.value {
            Value::Days { .. } => {
                let value = rows
                    .iter()
                    .map(|r| r.value.text(lang, min_cell))
                    .collect::<Vec<_>>()
                    .join(" / ");
                let n = rows[0].denominator.text(lang, min_cell);
                out.push(cells([name, String::new(), n, value]));
            }
            Value::Parts(_) => {
                out.push(cells([name, String::new(), String::new(), String::new()]));
                for r in rows {
                    let part = words::part(lang, r.part.as_deref().unwrap_or_default());
                    out.push(cells([
                        format!("      {part}"),
                        r.numerator.text(lang, min_cell),
                        r.denominator.text(lang, min_cell),
                        r.value.text(lang, min_cell),
                    ]));
                }
            }
            _ => {
                let r = &rows[0];
                out.push(cells([
                    name,
                    r.numerator.text(lang, min_cell),
                    r.denominator.text(lang, min_cell),
                    r.value.text(lang, min_cell),
                ]));
            }
        }
    }
    out
}

fn cells(texts: [String; 4]) -> Vec<TableCell> {
    texts.into_iter().map(TableCell::new).collect()
}

/// What `templates/stats.html` is given: every word and number already
/// formatted, bars already measured.
#[derive(Serialize)]
pub struct HtmlContext {
    pub lang: &'static str,
    pub title: &'static str,
    pub period: String,
    pub suppression: String,
    pub counted: String,
    pub header: [&'static str; 4],
    pub group_header: &'static str,
    pub grouped: bool,
    pub sections: Vec<Section>,
}

/// One measure: its table and its bar chart.
#[derive(Serialize)]
pub struct Section {
    pub id: &'static str,
    pub name: &'static str,
    /// What the bars show (a share in %, a count, days).
    pub unit: String,
    pub rows: Vec<HtmlRow>,
    /// The chart's height in SVG units.
    pub height: u32,
}

#[derive(Serialize)]
pub struct HtmlRow {
    pub group: String,
    pub part: String,
    /// The row's name in the chart: group and part, shortened to fit.
    pub label: String,
    pub numerator: String,
    pub denominator: String,
    pub value: String,
    /// The bar's length in SVG units (0–200); `None`: no bar (suppressed or none).
    pub bar: Option<u32>,
    /// The top of the row in the chart.
    pub y: u32,
}

/// Width of the longest bar, and one row's height (its name above its
/// bar), in SVG units; names longer than `LABEL_MAX` characters are shortened.
const BAR_MAX: u32 = 300;
const ROW_HEIGHT: u32 = 30;
const LABEL_MAX: usize = 64;

fn label(grouped: bool, group: &str, part: &str) -> String {
    let full = match (grouped, part.is_empty()) {
        (true, true) => group.to_string(),
        (true, false) => format!("{group} – {part}"),
        (false, _) => part.to_string(),
    };
    if full.chars().count() > LABEL_MAX {
        let short: String = full.chars().take(LABEL_MAX - 1).collect();
        format!("{}…", short.trim_end())
    } else {
        full
    }
}

pub fn html_context(counts: &Counts, min_cell: u64, lang: Lang, counted: String) -> HtmlContext {
    let p = &counts.period;
    let groups: Vec<(String, Vec<Measure>)> = counts
        .groups()
        .into_iter()
        .map(|(name, tally)| (group_name(lang, name, counts.by), tally.measures()))
        .collect();
    let grouped = groups.len() > 1;
    let mut sections = Vec::new();
    for (index, id) in MEASURES.iter().enumerate() {
        let mut rows_out: Vec<HtmlRow> = Vec::new();
        let mut kind = &Value::Count(0);
        for (group, measures) in &groups {
            let m = &measures[index];
            kind = &m.value;
            let mut rows_of = rows(m, min_cell);
            if rows_of.is_empty() {
                // No part at all (no situation, no kind): one row that says so.
                rows_of.push(Row {
                    part: None,
                    numerator: Cell::Blank,
                    denominator: Cell::Blank,
                    value: Cell::Missing,
                });
            }
            for r in rows_of {
                let part = match (&m.value, r.part.as_deref()) {
                    (Value::Days { .. }, Some("median")) => "median".to_string(),
                    (Value::Days { .. }, Some("p90")) => "p90".to_string(),
                    (_, Some(part)) => words::part(lang, part),
                    (_, None) => String::new(),
                };
                rows_out.push(HtmlRow {
                    group: group.clone(),
                    label: label(grouped, group, &part),
                    part,
                    numerator: r.numerator.text(lang, min_cell),
                    denominator: r.denominator.text(lang, min_cell),
                    value: r.value.text(lang, min_cell),
                    bar: None,
                    y: 0,
                });
                if let Some(last) = rows_out.last_mut() {
                    last.bar = match r.value {
                        Cell::Share(t) => Some(u32::try_from(t).unwrap_or(1000)),
                        Cell::Int(n) => Some(u32::try_from(n.max(0)).unwrap_or(u32::MAX)),
                        _ => None,
                    };
                }
            }
        }
        // Shares against 100 %, counts and days against the largest.
        let is_share = !matches!(kind, Value::Count(_) | Value::Days { .. });
        let top = if is_share {
            1000
        } else {
            rows_out
                .iter()
                .filter_map(|r| r.bar)
                .max()
                .unwrap_or(0)
                .max(1)
        };
        for (i, r) in rows_out.iter_mut().enumerate() {
            r.bar = r.bar.map(|b| {
                u32::try_from(u64::from(b) * u64::from(BAR_MAX) / u64::from(top)).unwrap_or(BAR_MAX)
            });
            r.y = u32::try_from(i).unwrap_or(0) * ROW_HEIGHT;
        }
        let unit = match kind {
            Value::Days { .. } => words::days(lang).to_string(),
            Value::Count(_) => String::new(),
            _ => "%".to_string(),
        };
        sections.push(Section {
            id,
            name: words::measure(lang, id),
            unit,
            height: u32::try_from(rows_out.len().max(1)).unwrap_or(1) * ROW_HEIGHT,
            rows: rows_out,
        });
    }
    HtmlContext {
        lang: match lang {
            Lang::Sv => "sv",
            Lang::En => "en",
        },
        title: words::title(lang),
        period: words::period(
            lang,
            &p.from.to_string(),
            &p.to.to_string(),
            &p.as_of.to_string(),
        ),
        suppression: words::suppression(lang, min_cell),
        counted,
        header: words::header(lang),
        group_header: words::group_header(lang, counts.by.as_str()),
        grouped,
        sections,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_numbers_are_suppressed_zero_is_not() {
        assert_eq!(shown(0, 5), Cell::Int(0));
        assert_eq!(shown(1, 5), Cell::Suppressed);
        assert_eq!(shown(4, 5), Cell::Suppressed);
        assert_eq!(shown(5, 5), Cell::Int(5));
        assert_eq!(shown(1, 0), Cell::Int(1));
        let r = |num, den| Ratio { num, den };
        assert_eq!(
            ratio_cells(r(3, 10), 5),
            [Cell::Suppressed, Cell::Int(10), Cell::Suppressed]
        );
        assert_eq!(
            ratio_cells(r(0, 10), 5),
            [Cell::Int(0), Cell::Int(10), Cell::Share(0)]
        );
        assert_eq!(
            ratio_cells(r(0, 0), 5),
            [Cell::Int(0), Cell::Int(0), Cell::Missing]
        );
        // Rounded half up to thousandths: 1/8 = 0.125, 2/3 = 0.667.
        assert_eq!(ratio_cells(r(1, 8), 0)[2], Cell::Share(125));
        assert_eq!(ratio_cells(r(2, 3), 0)[2], Cell::Share(667));
        assert_eq!(ratio_cells(r(1, 2000), 0)[2], Cell::Share(1));
    }

    #[test]
    fn a_median_goes_with_its_count() {
        assert_eq!(computed(Cell::Suppressed, Some(4)), Cell::Suppressed);
        assert_eq!(computed(Cell::Int(0), None), Cell::Missing);
        assert_eq!(Cell::Share(667).text(Lang::Sv, 5), "66,7 %");
        assert_eq!(Cell::Suppressed.text(Lang::En, 5), "<5");
        assert_eq!(Cell::Share(50).csv(), "0.050");
    }
}
