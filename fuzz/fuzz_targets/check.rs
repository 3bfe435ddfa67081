//! YAML text → `sip check` findings: never a panic, every finding located
//! at a real line and column of the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sip::check::{CheckOptions, Checker};
use sip::source::FileInput;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let checker = Checker::new(CheckOptions::with_defaults("2026-11-27".parse().unwrap()));
    let input = FileInput {
        path: "plans/fuzz.sip.yaml".into(),
        display: "plans/fuzz.sip.yaml".into(),
    };
    // Lines as YAML (and editors) count them: `\r\n`, `\n` and a lone `\r`
    // each end one. (The first crash found was this target counting only
    // `\n`: sip was right.)
    let lines = text.replace("\r\n", "\n").matches(['\n', '\r']).count() as u32 + 2;
    for d in checker.check_source(text, &input) {
        assert!(d.line >= 1 && d.column >= 1, "{d:?}");
        assert!(d.line <= lines, "line {} of {lines}: {d:?}", d.line);
        assert!(!d.message.is_empty(), "{d:?}");
    }
});
