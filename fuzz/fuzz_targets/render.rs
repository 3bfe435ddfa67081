//! Any plan that parses → every render format in both languages: never a
//! panic or a template error, in HTML nothing from the plan becomes markup,
//! and the PDF (Typst, the `pdf` feature) is a PDF or, for characters the
//! built-in font lacks, the error that names them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sip::config::Lang;
use sip::error::Error;
use sip::i18n::Catalogue;
use sip::render::{Format, render, render_pdf};
use sip::template::Template;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(plan) = sip::source::parse_value(text) else {
        return;
    };
    let errors = vec!["<b>an error</b> & more #$*_@<`\\".to_owned()];
    for format in [Format::Html, Format::Md, Format::Txt, Format::Pdf] {
        let template = Template::built_in(format.template());
        for lang in [Lang::Sv, Lang::En] {
            let catalogue = Catalogue::built_in(lang);
            if format == Format::Pdf {
                match render_pdf(&template, &plan, &errors, catalogue, "2026-11-27") {
                    Ok(pdf) => assert!(pdf.starts_with(b"%PDF-")),
                    Err(Error::MissingGlyphs { .. }) => {}
                    Err(e) => panic!("{format:?} {lang:?}: {e}"),
                }
                continue;
            }
            let out = render(&template, &plan, &errors, catalogue, "2026-11-27")
                .unwrap_or_else(|e| panic!("{format:?} {lang:?}: {e}"));
            if format == Format::Html {
                // The only tags are the template's own.
                assert!(!out.contains("<script"), "{out}");
                assert!(!out.contains("<b>"), "{out}");
            }
        }
    }
});
