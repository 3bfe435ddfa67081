//! Any plan that parses → every render format in both languages: never a
//! panic or a template error, and in HTML nothing from the plan becomes markup.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sip::config::Lang;
use sip::render::{Format, render};
use sip::template::Template;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(plan) = sip::source::parse_value(text) else {
        return;
    };
    let errors = vec!["<b>an error</b> & more".to_owned()];
    for format in [Format::Html, Format::Md, Format::Txt] {
        let template = Template::built_in(format.template());
        for lang in [Lang::Sv, Lang::En] {
            let catalogue = sip::i18n::Catalogue::built_in(lang);
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
