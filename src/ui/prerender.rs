//! The page as it opens (latest snapshot, every term open), rendered at
//! build time by the same components with Yew's server renderer, for `dealscope prerender` to
//! write into the built `index.html`, so a reader sees the headline, the terms and the verdicts before any script runs.
//! The app takes it away once it has rendered (`hooks/prerendered.rs`); a link to another view hides it first
//! (`assets/prerender-gate.js`), so it never shows the wrong package.

use crate::model::words::escape_html;
use crate::model::{Lang, Scenario, Words};
use crate::ui::hooks::language::{ftl_path, translation_path};
use crate::ui::{App, AppProps};
use futures::executor::block_on;
use yew::LocalServerRenderer;

/// The empty element the page leaves for the prerendered view, as written and as minified.
const SLOTS: [&str; 2] = ["<div id=\"prerender\"></div>", "<div id=prerender></div>"];

/// The page as it opens, without test hooks: only the live app carries `data-testid`, so a test
/// waiting for one waits for the app, not for this picture of it.
pub fn page(lang: Lang) -> String {
    let props = AppProps { lang: Some(lang), ..AppProps::default() };
    let html = block_on(LocalServerRenderer::<App>::with_props(props).hydratable(false).render());
    without_attribute(&html, "data-testid")
}

/// The built English page (`index.html`, its slot still empty) made into the same page in another
/// language (`uk.html`): its `<html lang>`, title, description and share tags, the language it is
/// for (`<meta name="dealscope-lang">`, which the app and the gate read), the summary without
/// JavaScript, and its opening view. `snapshots` are the series in that language, oldest first.
pub fn language_page(html: &str, words: &Words, snapshots: &[Scenario]) -> Result<String, String> {
    let lang = words.lang().code();
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    // Drop the English description and share tags; the language's own go after the title.
    while let Some(at) = rest.find("<meta ") {
        let end = rest[at..].find('>').map(|end| at + end + 1).ok_or("a <meta> tag is not closed")?;
        let tag = &rest[at..end];
        out.push_str(&rest[..at]);
        let english_only = [
            "property=og:",
            "property=\"og:",
            "name=twitter:",
            "name=\"twitter:",
            "name=description",
            "name=\"description\"",
        ]
        .iter()
        .any(|marker| tag.contains(marker));
        if !english_only {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    let root =
        ["<html lang=en>", "<html lang=\"en\">"].iter().find(|root| out.contains(**root)).ok_or("no <html lang=en>")?;
    let out = out.replacen(root, &format!("<html lang={lang}>"), 1);
    let (title_at, title_end) = match (out.find("<title>"), out.find("</title>")) {
        (Some(at), Some(end)) if at < end => (at, end + "</title>".len()),
        _ => return Err("no <title>".to_string()),
    };
    let latest = snapshots.last().ok_or("no snapshot")?;
    let head = format!(
        "<title>{}</title>\n    <meta name=\"description\" content=\"{}\" />\n    <meta name=\"dealscope-lang\" content=\"{lang}\" />\n{}{}",
        escape_html(&words.get("page-title")),
        escape_html(&words.get("page-description")),
        words.share_meta_html(latest),
        // The app fetches the language's words and the opening translation first thing: ask for
        // them now, beside the wasm, not after it.
        [ftl_path(words.lang()), translation_path(&latest.id, words.lang())]
            .iter()
            .map(|href| format!("    <link rel=\"preload\" href=\"{href}\" as=\"fetch\" crossorigin />\n"))
            .collect::<String>()
    );
    let out = format!("{}{head}{}", &out[..title_at], &out[title_end..]);
    let (script_at, script_end) = match (out.find("<noscript>"), out.find("</noscript>")) {
        (Some(at), Some(end)) if at < end => (at + "<noscript>".len(), end),
        _ => return Err("no <noscript>".to_string()),
    };
    let out = format!("{}{}{}", &out[..script_at], words.noscript_html(snapshots), &out[script_end..]);
    place(&out, &page(words.lang()))
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
