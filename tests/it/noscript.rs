//! What `index.html` carries from the model: the no-script fallback (what the model says about
//! the presets) and the share tags (the share image's text equivalent).
//! `UPDATE_EXPECT=1 cargo test` rewrites them after a scenario change.

use dealscope::model::Words;

use crate::support::series;

const START: &str = "<!-- noscript:start: generated from the scenario; refresh with UPDATE_EXPECT=1 cargo test -->\n";
const END: &str = "<!-- noscript:end -->";

/// Keeps the block of `index.html` between `start` and `end` equal to `expected`, or rewrites
/// it under `UPDATE_EXPECT=1`.
fn check_block(start: &str, end: &str, expected: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let html = std::fs::read_to_string(&path).unwrap();
    let from = html.find(start).unwrap_or_else(|| panic!("index.html has the marker {start}")) + start.len();
    let to = from + html[from..].find(end).unwrap_or_else(|| panic!("index.html has the marker {end}"));
    if html[from..to] != *expected {
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&path, format!("{}{expected}{}", &html[..from], &html[to..])).unwrap();
        } else {
            panic!("index.html is out of date after {start}: run UPDATE_EXPECT=1 cargo test");
        }
    }
}

#[test]
fn index_html_carries_the_current_noscript_summary() {
    check_block(START, END, &Words::english().noscript_html(&series()));
}

#[test]
fn index_html_carries_the_current_share_tags() {
    let latest = series().pop().unwrap();
    check_block(
        "<!-- share:start: generated from the model; refresh with UPDATE_EXPECT=1 cargo test -->\n",
        "<!-- share:end -->",
        &Words::english().share_meta_html(&latest),
    );
}

#[test]
fn the_share_tags_describe_the_image_in_words() {
    let latest = series().pop().unwrap();
    let tags = Words::english().share_meta_html(&latest);
    assert!(tags.contains("<meta property=\"og:image\" content=\"cards/default.png\" />"), "{tags}");
    assert!(tags.contains("og:image:alt\" content=\"Dealscope: A Russia–Ukraine peace deal"), "{tags}");
    assert!(tags.contains("Ukraine would likely refuse ("), "the verdicts in words: {tags}");
    assert!(tags.contains("summary_large_image"));
}

#[test]
fn the_noscript_summary_names_each_preset_and_the_verdicts_at_its_own_date() {
    let html = Words::english().noscript_html(&series());
    let april = html.find("<h2>As of 30 April 2025</h2>").expect("a heading for the first date");
    let june = html.find("<h2>As of 2 June 2025</h2>").expect("a heading for a later date");
    let us = html.find("<strong>US framework</strong> (17 April 2025): Ukraine would likely refuse;").expect("{html}");
    let memo = html.find("<strong>Russia's Istanbul memorandum</strong> (2 June 2025)").expect("{html}");
    assert!(april < us && us < june && june < memo, "each proposal under the first date that has it: {html}");
    assert_eq!(html.matches("<strong>US framework</strong>").count(), 1, "each proposal once");
    assert!(html.contains("European–Ukrainian counter-proposal"));
    assert!(html.contains("an editorial estimate, not a forecast"));
    assert!(html.contains("href=\"./\""));
    assert!(!html.contains("<script"));
}
