//! `sip render --format pdf` (the `pdf` feature): the Typst source that
//! `templates/plan.typ` makes is compiled in process by Typst as a library
//! and exported as a tagged PDF that declares, and Typst enforces, PDF/UA-1
//! (accessible) and PDF/A-2a (archivable).
//!
//! sip is its own Typst `World`, the leanest there is: one source file, the
//! fonts built into the binary (DejaVu Sans: Latin with å, ä and ö, Greek,
//! Cyrillic, Arabic and Hebrew; `fonts/`), no other files, no packages, no
//! network, no system fonts, and "today" is the date printed on the plan.

use std::sync::OnceLock;

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::error::{Error, Result};

/// The family every built-in template names (`#set text(font: …)`).
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// The font files built into sip: regular, bold, and oblique (italic).
const FONT_FILES: &[&[u8]] = &[
    include_bytes!("../../fonts/DejaVuSans.ttf"),
    include_bytes!("../../fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../../fonts/DejaVuSans-Oblique.ttf"),
];

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    library: LazyHash<Library>,
}

/// Parsed once per run: the fonts and Typst's standard library (with the
/// accessibility extras: `pdf.header-cell` for row headers).
fn shared() -> &'static Fonts {
    static SHARED: OnceLock<Fonts> = OnceLock::new();
    SHARED.get_or_init(|| {
        let fonts: Vec<Font> = FONT_FILES
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        let library = Library::builder()
            .with_features([Feature::A11yExtras].into_iter().collect())
            .build();
        Fonts {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            library: LazyHash::new(library),
        }
    })
}

struct SipWorld {
    source: Source,
    today: Option<Datetime>,
}

impl World for SipWorld {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
    }

    fn main(&self) -> FileId {
        self.source.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.source.id() {
            Ok(self.source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    /// No files: a template cannot read the disk (`read`, `image`) or a package.
    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        shared().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}

/// The PDF of `source` (Typst markup, from `origin`: the template's name, for
/// errors). `printed` (YYYY-MM-DD) is the document's date; `ident` names the
/// document stably (its hash becomes the PDF's identifier).
pub fn compile(source: &str, origin: &str, printed: &str, ident: &str) -> Result<Vec<u8>> {
    let (world, document) = typeset(source, origin, printed)?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1, PdfStandard::A_2a])
        .expect("PDF/UA-1 and PDF/A-2a go together");
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_owned()),
        creator: Smart::Custom(Some(format!("sip {}", env!("CARGO_PKG_VERSION")))),
        timestamp: world.today.map(Timestamp::new_utc),
        standards,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|e| world.fail(origin, &e))
}

/// `source` laid out in pages, and the world it was laid out in.
fn typeset(source: &str, origin: &str, printed: &str) -> Result<(SipWorld, PagedDocument)> {
    missing_glyphs(source)?;
    let world = SipWorld {
        source: Source::detached(source),
        today: parse_date(printed),
    };
    let document = typst::compile(&world)
        .output
        .map_err(|e| world.fail(origin, &e))?;
    Ok((world, document))
}

impl SipWorld {
    /// Typst's first error as sip's: the template, the line of the Typst
    /// source, the message and its hints.
    fn fail(&self, origin: &str, diagnostics: &[SourceDiagnostic]) -> Error {
        let first = diagnostics
            .iter()
            .find(|d| d.severity == Severity::Error)
            .or(diagnostics.first());
        Error::Template {
            origin: format!("{origin} (Typst)"),
            line: first
                .and_then(|d| self.range(d.span))
                .and_then(|r| self.source.lines().byte_to_line(r.start))
                .map(|l| l + 1),
            message: first.map_or_else(|| "Typst failed".to_owned(), describe),
        }
    }
}

/// A diagnostic's message and its hints, on one line.
fn describe(d: &SourceDiagnostic) -> String {
    let mut text = d.message.to_string();
    for hint in &d.hints {
        text.push_str("; ");
        text.push_str(&hint.v);
    }
    text
}

fn parse_date(printed: &str) -> Option<Datetime> {
    let mut parts = printed.splitn(3, '-').map(str::parse::<u32>);
    let (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    Datetime::from_ymd(
        i32::try_from(y).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(d).ok()?,
    )
}

/// A clear error, before Typst fails on it (PDF/A forbids a character
/// without a glyph), when the text has characters no built-in font draws:
/// each named with its code point, and the font that lacks them.
fn missing_glyphs(source: &str) -> Result<()> {
    let fonts = &shared().fonts;
    let mut missing: Vec<char> = Vec::new();
    for c in source.chars() {
        if c.is_whitespace() || c.is_control() || ignorable(c) || missing.contains(&c) {
            continue;
        }
        if !fonts
            .iter()
            .any(|f| f.info().coverage.contains(u32::from(c)))
        {
            missing.push(c);
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let chars: Vec<String> = missing
        .iter()
        .take(8)
        .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
        .collect();
    Err(Error::MissingGlyphs {
        font: FONT_FAMILY.to_owned(),
        chars: chars.join(", "),
    })
}

/// Characters drawn as nothing (joiners, direction marks, variation
/// selectors, the soft hyphen), which no font needs a glyph for.
fn ignorable(c: char) -> bool {
    matches!(u32::from(c),
        0xAD | 0x34F | 0x61C | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFE00..=0xFE0F
        | 0xFEFF | 0xE0000..=0xE0FFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pdf(body: &str) -> Result<Vec<u8>> {
        let source = format!(
            "#set document(title: [Test])\n#set text(font: \"{FONT_FAMILY}\", lang: \"sv\")\n= Rubrik\n{body}\n"
        );
        compile(&source, "test.typ", "2026-02-01", "test")
    }

    #[test]
    fn a_tagged_archivable_pdf_with_swedish_and_arabic() {
        let out = pdf("Åsa, Östen och Ärla. مرحبا").unwrap();
        assert!(out.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("/StructTreeRoot"), "tagged");
        assert!(text.contains("pdfuaid"), "PDF/UA identification");
        assert!(text.contains("pdfaid"), "PDF/A identification");
    }

    #[test]
    fn a_character_without_a_glyph_is_named_with_the_font() {
        let err = pdf("漢字").unwrap_err();
        let said = err.to_string();
        assert!(
            said.contains("U+6F22") && said.contains(FONT_FAMILY),
            "{said}"
        );
    }

    #[test]
    fn typst_errors_name_the_template_and_line() {
        let err = pdf("#nonexistent()").unwrap_err();
        let said = err.to_string();
        assert!(
            said.contains("test.typ (Typst)") && said.contains("line 4"),
            "{said}"
        );
    }

    #[test]
    fn no_file_can_be_read() {
        let err = pdf("#read(\"/etc/passwd\")").unwrap_err();
        assert!(matches!(err, Error::Template { .. }), "{err}");
    }

    /// The text laid out in the pages' bodies (not the headers and footers
    /// in the 20 mm margins), in page order, whitespace removed (a line may
    /// wrap anywhere).
    fn laid_out(document: &PagedDocument) -> String {
        use typst::layout::{Abs, Frame, FrameItem};
        fn walk(frame: &Frame, y: Abs, body: (Abs, Abs), out: &mut String) {
            for (pos, item) in frame.items() {
                let y = y + pos.y;
                match item {
                    FrameItem::Group(g) => walk(&g.frame, y, body, out),
                    FrameItem::Text(t) if y > body.0 && y < body.1 => out.push_str(&t.text),
                    _ => {}
                }
            }
        }
        let mut out = String::new();
        for page in document.pages() {
            let body = (Abs::mm(20.0), page.frame.height() - Abs::mm(20.0));
            walk(&page.frame, Abs::zero(), body, &mut out);
        }
        out.split_whitespace().collect()
    }

    /// Every string in the plan, each field its own, full of what Typst reads
    /// as markup or code, through the built-in `plan.typ`: each is laid out
    /// exactly as written, and nothing is evaluated.
    #[test]
    fn plan_text_in_every_field_is_shown_as_written() {
        const NASTY: &str = "#let x = 1 $x^2$ *fet* _kursiv_ @ref <etikett> `kod` \\ \\\\ // ej /* ej */ = - + 1. ~ ... --- 'a' \"b\" [c] {d} (e) https://x.se #{1+1} #read(\"/etc/passwd\") åäö";
        let mut plan =
            crate::source::parse_value(include_str!("../../tests/fixtures/base.sip.yaml")).unwrap();
        let mut texts = Vec::new();
        let mut paths = Vec::new();
        fn fill(
            v: &mut serde_json::Value,
            path: &str,
            texts: &mut Vec<String>,
            paths: &mut Vec<String>,
        ) {
            match v {
                serde_json::Value::String(s) => {
                    *s = format!("{}¤ {NASTY}\n- ingen lista", texts.len());
                    texts.push(s.clone());
                    paths.push(path.to_owned());
                }
                serde_json::Value::Array(a) => {
                    for (i, x) in a.iter_mut().enumerate() {
                        fill(x, &format!("{path}/{i}"), texts, paths);
                    }
                }
                serde_json::Value::Object(m) => {
                    for (k, x) in m.iter_mut() {
                        fill(x, &format!("{path}/{k}"), texts, paths);
                    }
                }
                _ => {}
            }
        }
        fill(&mut plan, "", &mut texts, &mut paths);
        assert!(texts.len() > 40, "{}", texts.len());
        for lang in [crate::config::Lang::Sv, crate::config::Lang::En] {
            let catalogue = crate::i18n::Catalogue::built_in(lang);
            let template = crate::template::Template::built_in("plan.typ");
            let source =
                crate::render::render(&template, &plan, &texts[..1], catalogue, "2026-02-01")
                    .unwrap();
            let (_, document) = typeset(&source, "plan.typ", "2026-02-01").unwrap();
            let shown = laid_out(&document);
            // Every field the plain-text rendering shows as written (the
            // oracle: plan.txt escapes nothing), the PDF shows as written.
            let txt = crate::template::Template::built_in("plan.txt");
            let txt: String =
                crate::render::render(&txt, &plan, &texts[..1], catalogue, "2026-02-01")
                    .unwrap()
                    .split_whitespace()
                    .collect();
            let squeeze = |t: &String| t.split_whitespace().collect::<String>();
            let expected: Vec<&String> =
                texts.iter().filter(|t| txt.contains(&squeeze(t))).collect();
            assert!(
                expected.len() > 20,
                "{lang:?}: plan.txt shows {}",
                expected.len()
            );
            let missing: Vec<&String> = texts
                .iter()
                .zip(&paths)
                .filter(|(t, _)| txt.contains(&squeeze(t)) && !shown.contains(&squeeze(t)))
                .map(|(_, p)| p)
                .collect();
            assert!(missing.is_empty(), "{lang:?}: {missing:#?}");
            assert!(!shown.contains("root:"), "nothing read from the disk");
        }
    }

    #[test]
    fn dates() {
        assert!(parse_date("2026-02-01").is_some());
        assert!(parse_date("not a date").is_none());
        assert!(parse_date("2026-13-01").is_none());
    }
}
