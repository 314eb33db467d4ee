//! The no-script fallback in `index.html` says what the model says about the presets.
//! `UPDATE_EXPECT=1 cargo test` rewrites it after a scenario change.

use dealscope::model::words::en::noscript_html;

use crate::support::ukraine;

const START: &str = "<!-- noscript:start: generated from the scenario; refresh with UPDATE_EXPECT=1 cargo test -->\n";
const END: &str = "<!-- noscript:end -->";

#[test]
fn index_html_carries_the_current_noscript_summary() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let html = std::fs::read_to_string(&path).unwrap();
    let start = html.find(START).expect("index.html has the noscript start marker") + START.len();
    let end = start + html[start..].find(END).expect("index.html has the noscript end marker");
    let expected = noscript_html(&ukraine());
    if html[start..end] != expected {
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&path, format!("{}{expected}{}", &html[..start], &html[end..])).unwrap();
        } else {
            panic!("index.html's noscript summary is out of date: run UPDATE_EXPECT=1 cargo test");
        }
    }
}

#[test]
fn the_noscript_summary_names_each_preset_and_the_verdicts() {
    let html = noscript_html(&ukraine());
    assert!(html.contains("<strong>US framework</strong> (17 April 2025): Ukraine would likely refuse;"), "{html}");
    assert!(html.contains("European–Ukrainian counter-proposal"));
    assert!(html.contains("an editorial estimate, not a forecast"));
    assert!(html.contains("href=\"./\""));
    assert!(!html.contains("<script"));
}
