//! minijinja templates: built-in ones embedded in the binary, each
//! overridable by a file of the same name in the plan repository's templates
//! folder (`templates_dir` in `sip.toml`, `templates/` by default).

use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;
use std::path::PathBuf;

use crate::error::{Error, Result};
use std::path::Path;

/// The built-in templates, by name.
const BUILT_IN: &[(&str, &str)] = &[
    ("plan.sip.yaml", include_str!("../templates/plan.sip.yaml")),
    ("plan.html", include_str!("../templates/plan.html")),
    ("plan.md", include_str!("../templates/plan.md")),
    ("plan.txt", include_str!("../templates/plan.txt")),
    ("plan.typ", include_str!("../templates/plan.typ")),
    ("stats.html", include_str!("../templates/stats.html")),
    ("letter.html", include_str!("../templates/letter.html")),
    ("letter.md", include_str!("../templates/letter.md")),
    ("letter.txt", include_str!("../templates/letter.txt")),
    ("letter.typ", include_str!("../templates/letter.typ")),
];

/// A template's text and where it came from.
pub struct Template {
    pub name: String,
    pub source: String,
    /// The repository file it was read from; `None` for a built-in one.
    pub path: Option<PathBuf>,
}

impl Template {
    /// The repository's own template (in its templates folder, `dir`) if it
    /// has one, else the built-in one.
    pub fn load(dir: &Path, name: &str) -> Result<Template> {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(source) => {
                return Ok(Template {
                    name: name.to_string(),
                    source,
                    path: Some(path),
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(Error::Io { path, source }),
        }
        Ok(Template::built_in(name))
    }

    /// The template built into sip. Panics for a name sip does not ship.
    pub fn built_in(name: &str) -> Template {
        let source = BUILT_IN
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| (*s).to_string())
            .expect("every template sip asks for is built in");
        Template {
            name: name.to_string(),
            source,
            path: None,
        }
    }

    /// Where the template came from, for messages.
    pub fn origin(&self) -> String {
        match &self.path {
            Some(path) => path.display().to_string(),
            None => format!("the built-in {}", self.name),
        }
    }

    /// Renders with `context`. An undefined variable is an error, so a typo in
    /// a repository's template is caught rather than rendered as nothing.
    /// Every value is escaped for the output format the template's name
    /// ends in: HTML for `.html`, Markdown for `.md`, Typst markup for `.typ`
    /// (the PDF's source, [`crate::render::typst`]); `| safe` opts out.
    pub fn render(&self, context: impl Serialize) -> Result<String> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // A text file ends with a line break (`sip new`'s plans did not).
        env.set_syntax(
            minijinja::syntax::SyntaxConfig::builder()
                .keep_trailing_newline(true)
                .build()
                .expect("the default syntax with trailing newlines kept"),
        );
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else if name.ends_with(".md") {
                AutoEscape::Custom("markdown".into())
            } else if name.ends_with(".typ") {
                AutoEscape::Custom("typst".into())
            } else {
                AutoEscape::None
            }
        });
        env.set_formatter(|out, state, value| match state.auto_escape() {
            AutoEscape::Custom(name)
                if name == "markdown" && !value.is_safe() && !value.is_none() =>
            {
                out.write_str(&crate::output::markdown::escape(&value.to_string()))
                    .map_err(|_| {
                        minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "write failed")
                    })
            }
            AutoEscape::Custom(name) if name == "typst" && !value.is_safe() => {
                // `none` too: a Typst template shows an absent value as
                // nothing, never as the word.
                let text = if value.is_none() || value.is_undefined() {
                    String::new()
                } else {
                    value.to_string()
                };
                out.write_str(&crate::render::typst::escape_markup(&text))
                    .map_err(|_| {
                        minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "write failed")
                    })
            }
            _ => minijinja::escape_formatter(out, state, value),
        });
        env.add_filter("yaml", yaml_string);
        // The language for Typst's `text(lang: …)`: the primary subtag of a
        // language tag (`sv` of `sv-FI`), as a string literal.
        env.add_filter("typst_lang", |value: String| {
            let primary = value.split(['-', '_']).next().unwrap_or_default();
            let primary = if (2..=3).contains(&primary.len())
                && primary.chars().all(|c| c.is_ascii_alphabetic())
            {
                primary.to_ascii_lowercase()
            } else {
                "und".to_owned()
            };
            minijinja::value::Value::from_safe_string(crate::render::typst::string_literal(
                &primary,
            ))
        });
        // A Typst string literal for code (`lang: {{ lang | typst_str }}`).
        env.add_filter("typst_str", |value: String| {
            minijinja::value::Value::from_safe_string(crate::render::typst::string_literal(&value))
        });
        let fail = |e: minijinja::Error| Error::Template {
            origin: self.origin(),
            line: e.line(),
            message: e
                .detail()
                .map_or_else(|| e.kind().to_string(), str::to_string),
        };
        env.add_template(&self.name, &self.source).map_err(fail)?;
        let template = env.get_template(&self.name).map_err(fail)?;
        template
            .render(minijinja::value::Value::from(minijinja::value::Serde(
                &context,
            )))
            .map_err(fail)
    }
}

/// A YAML double-quoted string: JSON's string syntax is valid YAML, and it
/// escapes quotes, backslashes and line breaks.
fn yaml_string(value: String) -> String {
    serde_json::to_string(&value).expect("a string serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_yaml_filter_quotes_and_escapes() {
        assert_eq!(
            yaml_string("Ann \"A\"\nB: c".into()),
            "\"Ann \\\"A\\\"\\nB: c\""
        );
    }
}
