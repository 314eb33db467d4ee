//! The page as it opens (latest snapshot, every term open), rendered at
//! build time by the same components with Yew's server renderer, for `dealscope prerender` to
//! write into the built `index.html`, so a reader sees the headline, the terms and the verdicts before any script runs.
//! The app takes it away once it has rendered (`hooks/prerendered.rs`); a link to another view hides it first
//! (`assets/prerender-gate.js`), so it never shows the wrong package.

use crate::model::opening::CarriedTexts;
use crate::model::words::escape_html;
use crate::model::{opening, shipped, Lang, Scenario, Words};
use crate::ui::hooks::language::{ftl_path, PAGES_META, SKELETON_ID, TEXTS_ID};
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
    // The app fetches the language's words first thing: ask for them now, beside the wasm, not
    // after it. The opening snapshot's texts are in the page (`page_in`).
    let head = format!(
        "<title>{}</title>\n    <meta name=\"description\" content=\"{}\" />\n    <meta name=\"dealscope-lang\" content=\"{lang}\" />\n{}    <link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin />\n",
        escape_html(&words.get("page-title")),
        escape_html(&words.get("page-description")),
        words.share_meta_html(latest),
        ftl_path(words.lang())
    );
    let out = format!("{}{head}{}", &out[..title_at], &out[title_end..]);
    let (script_at, script_end) = match (out.find("<noscript>"), out.find("</noscript>")) {
        (Some(at), Some(end)) if at < end => (at + "<noscript>".len(), end),
        _ => return Err("no <noscript>".to_string()),
    };
    let out = format!("{}{}{}", &out[..script_at], words.noscript_html(snapshots), &out[script_end..]);
    page_in(&out, latest, words.lang())
}

/// `html` with the prerendered view in its empty slot and `after` right after it, or why they
/// cannot be placed.
pub fn place(html: &str, view: &str, after: &str) -> Result<String, String> {
    let Some(slot) = SLOTS.iter().find(|slot| html.contains(**slot)) else {
        return Err("no empty <div id=\"prerender\"></div> to fill (already filled, or missing)".to_string());
    };
    Ok(html.replacen(slot, &format!("<div id=\"prerender\">{view}</div>{after}"), 1))
}

/// The page in `lang` as it is written out: its view placed (`place`) and, after it, the opening
/// snapshot as that page carries it: the skeleton and its texts in `lang` (`opening`, the snapshot
/// already in that language), each in an inline JSON element, which a strict CSP allows since it
/// never runs (`model::opening`; the app reads them, `hooks::language`). A page in Ukrainian so
/// carries no English scenario text. The page also lists the languages the site is built in
/// (`hooks::language::PAGES_META`), so its links go to the page in the reader's language.
pub fn page_in(html: &str, opening: &Scenario, lang: Lang) -> Result<String, String> {
    let json = shipped::DEFAULT.json.ok_or("this build does not carry the opening snapshot")?;
    let skeleton = opening::skeleton(json).map_err(|err| format!("{}: no skeleton ({err:?})", shipped::DEFAULT.id))?;
    let texts = CarriedTexts::of(opening, lang);
    let inline = |id: &str, json: &str| {
        // `<` only occurs inside JSON strings, where `\u003c` means the same; so `</script>` cannot.
        format!("<script type=\"application/json\" id=\"{id}\">{}</script>", json.replace('<', "\\u003c"))
    };
    let codes: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    let meta = format!("<meta name=\"{PAGES_META}\" content=\"{}\" />\n", codes.join(" "));
    let at = html.find("</head>").ok_or("no </head> to list the language pages in")?;
    let html = format!("{}{meta}{}", &html[..at], &html[at..]);
    place(&html, &page(lang), &(inline(SKELETON_ID, &skeleton) + &inline(TEXTS_ID, &texts.to_json())))
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
