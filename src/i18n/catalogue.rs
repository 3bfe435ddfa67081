//! One language's catalogue: sip's built-in file for it (if any) with the
//! repository's own file over it.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

use super::{Arg, Message};
use crate::config::Lang;

const SV: &str = include_str!("../../templates/labels/sv.ftl");
const EN: &str = include_str!("../../templates/labels/en.ftl");

/// The languages written right to left, by their primary language subtag.
const RTL: [&str; 8] = ["ar", "fa", "he", "ku", "ps", "sd", "ur", "yi"];

/// The messages of one language.
pub struct Catalogue {
    code: String,
    bundle: FluentBundle<FluentResource>,
    /// Every message id, in the order of the files (built-in first).
    ids: Vec<String>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("code", &self.code)
            .finish()
    }
}

/// A repository catalogue that cannot be used.
#[derive(Debug)]
pub enum LoadError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Not valid Fluent: the line and what is wrong there.
    Syntax {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

impl Catalogue {
    /// sip's own catalogue of a command language.
    pub fn built_in(lang: Lang) -> &'static Catalogue {
        static SV_CAT: LazyLock<Catalogue> = LazyLock::new(|| {
            Catalogue::from_sources("sv", &[SV]).expect("the built-in Swedish catalogue parses")
        });
        static EN_CAT: LazyLock<Catalogue> = LazyLock::new(|| {
            Catalogue::from_sources("en", &[EN]).expect("the built-in English catalogue parses")
        });
        match lang {
            Lang::Sv => &SV_CAT,
            Lang::En => &EN_CAT,
        }
    }

    /// sip's built-in file for a language code, if it ships one.
    pub fn built_in_source(code: &str) -> Option<&'static str> {
        match code {
            "sv" => Some(SV),
            "en" => Some(EN),
            _ => None,
        }
    }

    /// The catalogue for `code` (a BCP 47 tag such as `sv`, `ar`, `fi`): the
    /// repository's `dir/<code>.ftl` over sip's own file for the language, or
    /// over `fallback`'s when sip ships none (so a partial translation still
    /// says everything). `None` when neither sip nor the repository has the
    /// language.
    pub fn load(dir: &Path, code: &str, fallback: Lang) -> Result<Option<Catalogue>, LoadError> {
        let code = code.trim();
        let safe = !code.is_empty()
            && code.len() <= 35
            && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !safe {
            return Ok(None);
        }
        let path = dir.join(format!("{code}.ftl"));
        let own = match std::fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(source) => return Err(LoadError::Io { path, source }),
        };
        let base = Catalogue::built_in_source(code);
        let (base, own) = match (base, own) {
            (None, None) => return Ok(None),
            (Some(base), own) => (base, own),
            (None, Some(own)) => (
                Catalogue::built_in_source(fallback.code()).unwrap_or(SV),
                Some(own),
            ),
        };
        let mut sources = vec![base.to_owned()];
        sources.extend(own);
        let refs: Vec<&str> = sources.iter().map(String::as_str).collect();
        Catalogue::from_sources(code, &refs)
            .map(Some)
            .map_err(|(line, message)| LoadError::Syntax {
                path,
                line,
                message,
            })
    }

    /// A catalogue from Fluent texts, later ones overriding earlier ones.
    /// A syntax error is `(line, what)`, the line counted in its own text.
    fn from_sources(code: &str, sources: &[&str]) -> Result<Catalogue, (usize, String)> {
        let langid: LanguageIdentifier = code
            .parse()
            .unwrap_or_else(|_| "und".parse().expect("und is a language id"));
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks only where the script runs right to left.
        bundle.set_use_isolating(is_rtl(code));
        let mut ids: Vec<String> = Vec::new();
        for source in sources {
            let resource =
                FluentResource::try_new((*source).to_owned()).map_err(|(_, errors)| {
                    let first = &errors[0];
                    let start = first.slice.as_ref().map_or(first.pos.start, |s| s.start);
                    let line = source[..start.min(source.len())].matches('\n').count() + 1;
                    (line, format!("{:?}", first.kind))
                })?;
            for id in message_ids(source) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            bundle.add_resource_overriding(resource);
        }
        Ok(Catalogue {
            code: code.to_owned(),
            bundle,
            ids,
        })
    }

    /// The language tag: `sv`, `en`, `ar`.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// Written right to left (Arabic, Persian, Hebrew…).
    pub fn rtl(&self) -> bool {
        is_rtl(&self.code)
    }

    /// Whether the catalogue has a message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message without variables, if the catalogue has it.
    pub fn get(&self, id: &str) -> Option<String> {
        self.has(id).then(|| self.text(id))
    }

    /// An enumerated value in words (`value-<field>-<value>`: "kommun" for
    /// `principal` `municipality`); `None` when the catalogue has no word
    /// for it (free text, or a value of a plan that breaks the schema).
    pub fn value(&self, field: &str, value: &str) -> Option<String> {
        self.get(&format!("value-{field}-{value}"))
    }

    /// Every message id.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// A message without variables. A missing message shows its id, so a
    /// gap is visible rather than silent (tests keep the catalogues whole).
    pub fn text(&self, id: &str) -> String {
        self.format(id, None, None)
    }

    /// A message with its variables.
    pub fn message(&self, message: &Message) -> String {
        self.format(message.id, None, Some(&message.args))
    }

    /// An attribute of a message (`.hint`), with the message's variables.
    pub fn attribute(&self, message: &Message, attribute: &str) -> Option<String> {
        let msg = self.bundle.get_message(message.id)?;
        msg.get_attribute(attribute)?;
        Some(self.format(message.id, Some(attribute), Some(&message.args)))
    }

    /// "8 dagar sedan", "om 3 dagar", "i dag"; "ej planerad" without a date.
    pub fn relative_days(&self, days: Option<i64>) -> String {
        match days {
            None => self.text("days-none"),
            Some(0) => self.text("days-today"),
            Some(1) => self.text("days-tomorrow"),
            Some(-1) => self.text("days-yesterday"),
            Some(n) if n > 0 => self.with("days-ahead", &[("count", n.into())]),
            Some(n) => self.with("days-ago", &[("count", n.saturating_neg().into())]),
        }
    }

    /// `true`/`false` as a word.
    pub fn yes_no(&self, yes: bool) -> String {
        self.text(if yes { "word-yes" } else { "word-no" })
    }

    /// `text` with `args` given inline: `cat.with("due-summary", &[("overdue", 2.into())])`.
    pub fn with(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        self.format(id, None, Some(args))
    }

    fn format(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&[(&'static str, Arg)]>,
    ) -> String {
        let Some(msg) = self.bundle.get_message(id) else {
            return id.to_owned();
        };
        let pattern = match attribute {
            Some(name) => msg.get_attribute(name).map(|a| a.value()),
            None => msg.value(),
        };
        let Some(pattern) = pattern else {
            return id.to_owned();
        };
        let fluent_args = args.map(|args| {
            let mut out = FluentArgs::new();
            for (name, value) in args {
                match value {
                    Arg::Text(s) => out.set(*name, FluentValue::from(s.as_str())),
                    Arg::Number(n) => out.set(*name, FluentValue::from(*n)),
                    Arg::Message(id) => out.set(*name, FluentValue::from(self.text(id))),
                }
            }
            out
        });
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
            .into_owned()
    }
}

fn is_rtl(code: &str) -> bool {
    let primary = code.split(['-', '_']).next().unwrap_or_default();
    RTL.contains(&primary.to_ascii_lowercase().as_str())
}

/// The ids of the messages in a Fluent text: lines that start with an
/// identifier followed by `=`.
fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| {
            let (id, _) = l.split_once('=')?;
            let id = id.trim_end();
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                .then(|| id.to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_every_message() {
        let sv = Catalogue::built_in(Lang::Sv);
        let en = Catalogue::built_in(Lang::En);
        let missing_en: Vec<&String> = sv.ids().iter().filter(|id| !en.has(id)).collect();
        let missing_sv: Vec<&String> = en.ids().iter().filter(|id| !sv.has(id)).collect();
        assert!(missing_en.is_empty(), "missing in en.ftl: {missing_en:?}");
        assert!(missing_sv.is_empty(), "missing in sv.ftl: {missing_sv:?}");
        assert!(sv.ids().len() > 100, "{}", sv.ids().len());
    }

    #[test]
    fn relative_days_in_both_languages() {
        let sv = Catalogue::built_in(Lang::Sv);
        let en = Catalogue::built_in(Lang::En);
        assert_eq!(sv.relative_days(Some(-8)), "8 dagar sedan");
        assert_eq!(sv.relative_days(Some(3)), "om 3 dagar");
        assert_eq!(sv.relative_days(Some(0)), "i dag");
        assert_eq!(en.relative_days(Some(-8)), "8 days ago");
        assert_eq!(en.relative_days(Some(1)), "tomorrow");
        assert_eq!(en.relative_days(None), "not planned");
    }

    #[test]
    fn plurals_for_zero_one_and_two_in_each_language() {
        let plans =
            |lang, n: usize| Catalogue::built_in(lang).with("count-plans", &[("count", n.into())]);
        assert_eq!(plans(Lang::Sv, 0), "0 planer");
        assert_eq!(plans(Lang::Sv, 1), "1 plan");
        assert_eq!(plans(Lang::Sv, 2), "2 planer");
        assert_eq!(plans(Lang::En, 0), "0 plans");
        assert_eq!(plans(Lang::En, 1), "1 plan");
        assert_eq!(plans(Lang::En, 2), "2 plans");
        let overdue = |lang, n: usize| {
            Catalogue::built_in(lang).with("count-overdue", &[("count", n.into())])
        };
        assert_eq!(overdue(Lang::Sv, 0), "0 försenade");
        assert_eq!(overdue(Lang::Sv, 1), "1 försenad");
        assert_eq!(overdue(Lang::Sv, 2), "2 försenade");
        assert_eq!(overdue(Lang::En, 1), "1 overdue");
    }

    #[test]
    fn a_repository_language_falls_back_and_may_be_rtl() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("ar.ftl"),
            "render-title = خطة فردية منسقة\n",
        )
        .unwrap();
        let ar = Catalogue::load(dir.path(), "ar", Lang::Sv)
            .unwrap()
            .unwrap();
        assert!(ar.rtl());
        assert_eq!(ar.text("render-title"), "خطة فردية منسقة");
        // What the file leaves out is said in the repository's language.
        assert_eq!(ar.text("render-short_title"), "SIP");
        assert!(
            Catalogue::load(dir.path(), "fi", Lang::Sv)
                .unwrap()
                .is_none()
        );
        assert!(
            Catalogue::load(dir.path(), "../x", Lang::Sv)
                .unwrap()
                .is_none()
        );
        std::fs::write(dir.path().join("fi.ftl"), "ok = fine\nbroken = {\n").unwrap();
        match Catalogue::load(dir.path(), "fi", Lang::Sv) {
            Err(LoadError::Syntax { line, .. }) => assert_eq!(line, 2),
            other => panic!("{other:?}"),
        }
    }
}
