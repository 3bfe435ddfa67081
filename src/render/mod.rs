//! `sip render`: a plan as the document that is printed, signed and handed
//! to the person. The plan becomes a view ([`context::build`]) that a
//! minijinja template (HTML, Markdown, plain text or Typst; built in, or the
//! plan repository's own) turns into the document; the Typst source becomes a
//! PDF in process ([`pdf`], the `pdf` feature). Labels come from the language's
//! catalogue (`templates/labels/*.ftl`, [`crate::i18n`]); templates spell none out.

mod context;
pub mod letter;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod typst;

use serde_json::Value;

use crate::error::Result;
use crate::i18n::Catalogue;
use crate::template::Template;

/// The output formats and the template each uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One self-contained HTML file with print styles for A4
    Html,
    /// Markdown
    Md,
    /// Plain text
    Txt,
    /// A tagged PDF/UA-1 and PDF/A-2a file for A4, made in process with Typst
    /// (builds with the `pdf` feature)
    Pdf,
}

impl Format {
    /// The letter's template (`sip render --letter`).
    pub fn letter_template(self) -> &'static str {
        match self {
            Format::Html => "letter.html",
            Format::Md => "letter.md",
            Format::Txt => "letter.txt",
            Format::Pdf => "letter.typ",
        }
    }

    pub fn template(self) -> &'static str {
        match self {
            Format::Html => "plan.html",
            Format::Md => "plan.md",
            Format::Txt => "plan.txt",
            Format::Pdf => "plan.typ",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Md => "md",
            Format::Txt => "txt",
            Format::Pdf => "pdf",
        }
    }
}

/// Renders `plan` (a parsed plan value) with `template` (the repository's
/// own or a built-in one, [`Template::load`]) in the language of
/// `catalogue`. `errors` are shown in a banner at the top; `printed` is the
/// date printed on the document.
pub fn render(
    template: &Template,
    plan: &Value,
    errors: &[String],
    catalogue: &Catalogue,
    printed: &str,
) -> Result<String> {
    let mut context = context::build(plan, &labels(catalogue), catalogue, errors, printed);
    context["lang"] = Value::String(catalogue.code().to_owned());
    context["dir"] = Value::String(if catalogue.rtl() { "rtl" } else { "ltr" }.to_owned());
    template.render(context)
}

/// Whether this sip can write PDF (built with the `pdf` feature).
pub const PDF: bool = cfg!(feature = "pdf");

/// Renders `plan` as a PDF: `template` (`plan.typ`, the repository's own or
/// the built-in one) makes the Typst source, which Typst compiles to a
/// tagged PDF/UA-1 and PDF/A-2a document with the fonts built into sip.
/// Without the `pdf` feature, an error that says how to build it.
pub fn render_pdf(
    template: &Template,
    plan: &Value,
    errors: &[String],
    catalogue: &Catalogue,
    printed: &str,
) -> Result<Vec<u8>> {
    pdf_built()?;
    let source = render(template, plan, errors, catalogue, printed)?;
    typst_pdf(
        &source,
        &template.origin(),
        printed,
        &ident(plan, catalogue),
    )
}

/// The PDF of Typst `source` made by a template (`origin`, for errors), such
/// as the letter's (`letter.typ`); `ident` names the document stably.
pub fn typst_pdf(source: &str, origin: &str, printed: &str, ident: &str) -> Result<Vec<u8>> {
    pdf_built()?;
    #[cfg(feature = "pdf")]
    {
        pdf::compile(source, origin, printed, ident)
    }
    #[cfg(not(feature = "pdf"))]
    {
        let _ = (source, origin, printed, ident);
        unreachable!("pdf_built said no")
    }
}

/// The PDF's stable name: the plan id and the language (only its hash is
/// written into the PDF).
pub fn ident(plan: &Value, catalogue: &Catalogue) -> String {
    format!(
        "sip-{}-{}",
        crate::plan::view::text(&plan["id"]).unwrap_or_default(),
        catalogue.code()
    )
}

/// Whether this sip writes PDF; if not, the error that says how to build it.
fn pdf_built() -> Result<()> {
    if PDF {
        Ok(())
    } else {
        Err(crate::error::Error::Unsupported {
            what: crate::i18n::Message::new("error-pdf-not-built"),
            hint: crate::i18n::Message::new("hint-pdf-not-built"),
        })
    }
}

/// The render labels of a catalogue (`render-<label>` and
/// `render-<table>-<value>`) as the table templates read: `l.title`,
/// `l.status.draft`.
pub fn labels(catalogue: &Catalogue) -> Value {
    prefixed(catalogue, "render-")
}

/// The messages of a catalogue whose ids start with `prefix`, as a label
/// table (`letter-weekday-1` → `weekday.1` for the prefix `letter-`).
pub fn prefixed(catalogue: &Catalogue, prefix: &str) -> Value {
    let mut table = serde_json::Map::new();
    for id in catalogue.ids() {
        let Some(key) = id.strip_prefix(prefix) else {
            continue;
        };
        let text = Value::String(catalogue.text(id));
        match key.split_once('-') {
            None => {
                table.insert(key.to_owned(), text);
            }
            Some((group, value)) => {
                let entry = table
                    .entry(group.to_owned())
                    .or_insert_with(|| Value::Object(serde_json::Map::new()));
                if let Value::Object(map) = entry {
                    map.insert(value.to_owned(), text);
                }
            }
        }
    }
    Value::Object(table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Lang;

    #[test]
    fn labels_nest_tables_and_both_languages_have_the_same() {
        let sv = labels(Catalogue::built_in(Lang::Sv));
        let en = labels(Catalogue::built_in(Lang::En));
        assert_eq!(sv["status"]["draft"], "Utkast");
        assert_eq!(en["title"], "Coordinated individual plan");
        let keys = |v: &Value| {
            let mut k: Vec<String> = Vec::new();
            for (key, value) in v.as_object().unwrap() {
                match value {
                    Value::Object(m) => k.extend(m.keys().map(|s| format!("{key}.{s}"))),
                    _ => k.push(key.clone()),
                }
            }
            k.sort();
            k
        };
        assert_eq!(keys(&sv), keys(&en));
        assert!(keys(&sv).len() > 80);
    }
}
