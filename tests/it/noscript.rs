//! What `index.html` carries from the model: the no-script fallback (what the model says about
//! the presets) and the share tags (the share image's text equivalent).
//! `UPDATE_EXPECT=1 cargo test` rewrites them after a scenario change.

use dealscope::model::words::en::{noscript_html, share_meta_html};

use crate::support::series;

const START: &str = "<!-- noscript:start: generated from the scenario; refresh with UPDATE_EXPECT=1 cargo test -->\n";
const END: &str = "<!-- noscript:end -->";

#[test]
fn index_html_carries_the_current_noscript_summary() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let html = std::fs::read_to_string(&path).unwrap();
    let start = html.find(START).expect("index.html has the noscript start marker") + START.len();
    let end = start + html[start..].find(END).expect("index.html has the noscript end marker");
    let expected = noscript_html(&series());
    if html[start..end] != expected {
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&path, format!("{}{expected}{}", &html[..start], &html[end..])).unwrap();
        } else {
            panic!("index.html's noscript summary is out of date: run UPDATE_EXPECT=1 cargo test");
        }
    }
}

#[test]
fn index_html_carries_the_current_share_tags() {
    const START: &str = "<!-- share:start: generated from the model; refresh with UPDATE_EXPECT=1 cargo test -->\n";
    const END: &str = "<!-- share:end -->";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let html = std::fs::read_to_string(&path).unwrap();
    let start = html.find(START).expect("index.html has the share start marker") + START.len();
    let end = start + html[start..].find(END).expect("index.html has the share end marker");
    let latest = series().pop().unwrap();
    let expected = share_meta_html(&latest);
    if html[start..end] != expected {
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&path, format!("{}{expected}{}", &html[..start], &html[end..])).unwrap();
        } else {
            panic!("index.html's share tags are out of date: run UPDATE_EXPECT=1 cargo test");
        }
    }
}

#[test]
fn the_share_tags_describe_the_image_in_words() {
    let latest = series().pop().unwrap();
    let tags = share_meta_html(&latest);
    assert!(tags.contains("<meta property=\"og:image\" content=\"cards/default.png\" />"), "{tags}");
    assert!(tags.contains("og:image:alt\" content=\"Dealscope: A Russia–Ukraine peace deal"), "{tags}");
    assert!(tags.contains("Ukraine would likely refuse ("), "the verdicts in words: {tags}");
    assert!(tags.contains("summary_large_image"));
}

#[test]
fn the_noscript_summary_names_each_preset_and_the_verdicts_at_its_own_date() {
    let html = noscript_html(&series());
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
