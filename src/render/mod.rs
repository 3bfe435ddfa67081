//! `sip render`: a plan as the document that is printed, signed and handed
//! to the person. The plan becomes a view ([`context::build`]) that a
//! minijinja template (HTML, Markdown or plain text; built in, or the plan
//! repository's own) turns into the document. Labels come from one table per
//! language (`templates/labels/*.toml`); templates spell none out.

mod context;

use serde_json::Value;
use std::sync::LazyLock;

use crate::config::Lang;
use crate::error::Result;
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
}

impl Format {
    pub fn template(self) -> &'static str {
        match self {
            Format::Html => "plan.html",
            Format::Md => "plan.md",
            Format::Txt => "plan.txt",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Md => "md",
            Format::Txt => "txt",
        }
    }
}

/// Renders `plan` (a parsed plan value) with `template` (the repository's
/// own or a built-in one, [`Template::load`]). `errors` are shown in a banner
/// at the top; `printed` is the date printed on the document.
pub fn render(
    template: &Template,
    plan: &Value,
    errors: &[String],
    lang: Lang,
    printed: &str,
) -> Result<String> {
    let context = context::build(plan, &labels(lang), errors, printed);
    let mut context = context;
    context["lang"] = Value::String(
        match lang {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
        .into(),
    );
    template.render(context)
}

/// The label table of a language, parsed once.
pub fn labels(lang: Lang) -> Value {
    static SV: LazyLock<Value> =
        LazyLock::new(|| parse(include_str!("../../templates/labels/sv.toml")));
    static EN: LazyLock<Value> =
        LazyLock::new(|| parse(include_str!("../../templates/labels/en.toml")));
    match lang {
        Lang::Sv => SV.clone(),
        Lang::En => EN.clone(),
    }
}

fn parse(text: &str) -> Value {
    let table: toml::Table =
        toml::from_str(text).expect("the built-in label tables are valid TOML");
    serde_json::to_value(table).expect("TOML values are JSON values")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key path of a label table, sorted.
    fn keys(v: &Value, prefix: &str, out: &mut Vec<String>) {
        if let Value::Object(map) = v {
            for (k, v) in map {
                let path = format!("{prefix}{k}");
                out.push(path.clone());
                keys(v, &format!("{path}."), out);
            }
        }
    }

    #[test]
    fn both_languages_have_the_same_labels() {
        let (mut sv, mut en) = (Vec::new(), Vec::new());
        keys(&labels(Lang::Sv), "", &mut sv);
        keys(&labels(Lang::En), "", &mut en);
        sv.sort();
        en.sort();
        assert_eq!(sv, en);
        assert!(sv.len() > 80, "{}", sv.len());
    }
}
