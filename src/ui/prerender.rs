//! The page as it opens (latest snapshot, every term open), rendered at
//! build time by the same components with Yew's server renderer, for `dealscope prerender` to
//! write into the built `index.html`, so a reader sees the headline, the terms and the verdicts before any script runs.
//! The app takes it away once it has rendered (`hooks/prerendered.rs`); a link to another view hides it first
//! (`assets/prerender-gate.js`), so it never shows the wrong package.

use crate::ui::{App, AppProps};
use futures::executor::block_on;
use yew::LocalServerRenderer;

/// The empty element the page leaves for the prerendered view, as written and as minified.
const SLOTS: [&str; 2] = ["<div id=\"prerender\"></div>", "<div id=prerender></div>"];

/// The page as it opens, without test hooks: only the live app carries `data-testid`, so a test
/// waiting for one waits for the app, not for this picture of it.
pub fn page() -> String {
    let html = block_on(LocalServerRenderer::<App>::with_props(AppProps::default()).hydratable(false).render());
    without_attribute(&html, "data-testid")
}

/// `html` with the prerendered view in its empty slot, or why it cannot be placed.
pub fn place(html: &str, view: &str) -> Result<String, String> {
    let Some(slot) = SLOTS.iter().find(|slot| html.contains(**slot)) else {
        return Err("no empty <div id=\"prerender\"></div> to fill (already filled, or missing)".to_string());
    };
    Ok(html.replacen(slot, &format!("<div id=\"prerender\">{view}</div>"), 1))
}

/// Every `name="…"` attribute removed (Yew escapes quotes inside attribute values).
pub fn without_attribute(html: &str, name: &str) -> String {
    let needle = format!(" {name}=\"");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(&needle) {
        out.push_str(&rest[..at]);
        let value = &rest[at + needle.len()..];
        rest = value.find('"').map_or("", |end| &value[end + 1..]);
    }
    out.push_str(rest);
    out
}
