//! Two plans → semantic diff: a plan compared with itself has no changes,
//! and diff(B, A) is diff(A, B) reversed; every change can be said in words.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sip::config::Lang;
use sip::diff::{Change, compare, describe};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Two documents separated by a line `---`.
    let (a, b) = text.split_once("\n---\n").unwrap_or((text, ""));
    let (Ok(a), Ok(b)) = (sip::source::parse_value(a), sip::source::parse_value(b)) else {
        return;
    };
    assert!(compare(&a, &a).is_empty());
    let forward = compare(&a, &b);
    let mut reversed: Vec<Change> = forward.iter().map(Change::reversed).collect();
    let mut backward = compare(&b, &a);
    let key = |c: &Change| (c.pointer.clone(), serde_json::to_string(c).unwrap());
    reversed.sort_by_key(key);
    backward.sort_by_key(key);
    assert_eq!(reversed, backward);
    for change in &forward {
        for lang in [Lang::Sv, Lang::En] {
            let line = describe(lang, change);
            assert!(
                !line.what.is_empty() || change.pointer.is_empty(),
                "{change:?}"
            );
        }
    }
});
