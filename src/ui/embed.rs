//! Embedding on news pages: the `?embed=1` options, and the messages a self-sizing frame sends
//! its host page (Pym.js and AMP formats). The parsing here is pure, so it is tested natively;
//! the browser calls are in `app.rs`.

use crate::model::words::escape_html;
use crate::model::Lang;

/// Colour scheme asked for by the embedding page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follow the reader's system setting.
    Auto,
}

/// What the query string asks of an embedded page. Anything not understood is ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    pub embed: bool,
    pub theme: Theme,
    /// Pym.js's id for this frame (`childId`), when a Pym parent embedded us.
    pub child_id: Option<String>,
}

/// Query parameters that only the embedding page needs; the full page's link drops them.
pub const EMBED_PARAMS: &[&str] = &["embed", "theme", "childId", "initialWidth", "parentTitle", "parentUrl"];

/// The parameters the page writes from its state: the language, the date, the package (and a
/// preset, which a link may name but the page never writes back).
pub const LINK_PARAMS: [&str; 4] = ["lang", "as_of", "deal", "preset"];

impl EmbedOptions {
    /// Reads the options from query parameters (already decoded).
    pub fn from_params<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> EmbedOptions {
        let mut options = EmbedOptions { embed: false, theme: Theme::Auto, child_id: None };
        for (key, value) in params {
            match key {
                "embed" => options.embed = matches!(value, "1" | "true"),
                "theme" => {
                    options.theme = match value {
                        "light" => Theme::Light,
                        "dark" => Theme::Dark,
                        _ => Theme::Auto,
                    }
                }
                "childId" if is_safe_id(value) => options.child_id = Some(value.to_string()),
                _ => {}
            }
        }
        options
    }
}

/// Pym ids go into messages and patterns: letters, digits, `-` and `_` only, and short.
fn is_safe_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

const PYM_SEPARATOR: &str = "xPYMx";

/// Pym.js's height message: `pymxPYMx<childId>xPYMxheightxPYMx<pixels>`.
pub fn pym_height_message(child_id: &str, height: u32) -> String {
    format!("pym{PYM_SEPARATOR}{child_id}{PYM_SEPARATOR}height{PYM_SEPARATOR}{height}")
}

/// The width Pym.js's parent sends this frame, if `data` is exactly such a message for `child_id`.
/// Every other message is ignored.
pub fn pym_width(data: &str, child_id: &str) -> Option<u32> {
    let rest = data.strip_prefix("pym")?.strip_prefix(PYM_SEPARATOR)?;
    let rest = rest.strip_prefix(child_id)?.strip_prefix(PYM_SEPARATOR)?;
    let width = rest.strip_prefix("width")?.strip_prefix(PYM_SEPARATOR)?;
    if width.is_empty() || width.len() > 6 || !width.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    width.parse().ok()
}

/// `href` with its language set to `lang` (none: left out, so the reader's own languages choose),
/// its date to `as_of` (none: the latest) and its deal to `deal` (all written as they are: codes,
/// dates and ids are URL-safe and a readable link matters), its preset and fragment dropped, and, when `full_page`, the parameters only an embedding page needs dropped too. Built
/// from the state, so a link never lags a change behind the address bar, which is written after
/// rendering.
pub fn link_with_deal(href: &str, as_of: Option<&str>, deal: &str, lang: Option<Lang>, full_page: bool) -> String {
    let href = href.split('#').next().unwrap_or(href);
    let (base, query) = href.split_once('?').unwrap_or((href, ""));
    let mut parts: Vec<&str> = query
        .split('&')
        .filter(|part| !part.is_empty())
        .filter(|part| {
            let key = part.split('=').next().unwrap_or(part);
            !(LINK_PARAMS.contains(&key) || full_page && EMBED_PARAMS.contains(&key))
        })
        .collect();
    let lang_part = format!("lang={}", lang.map_or("", Lang::code));
    if lang.is_some() {
        parts.push(&lang_part);
    }
    let date_part = format!("as_of={}", as_of.unwrap_or_default());
    if as_of.is_some() {
        parts.push(&date_part);
    }
    let deal_part = format!("deal={deal}");
    if !deal.is_empty() {
        parts.push(&deal_part);
    }
    if parts.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", parts.join("&"))
    }
}

/// `href` moved to the page built in `lang` (`index.html`, `uk.html`, `ru.html`) when `pages`, the
/// languages the site has a page for, includes it and `href` is one of those pages or their folder;
/// otherwise as it is (a page served under another name keeps its name). A link to the page in a
/// reader's language then shares with that language's title, summary and image, which a preview
/// reads without running the app.
pub fn at_language_page(href: &str, lang: Option<Lang>, pages: &[Lang]) -> String {
    let Some(lang) = lang.filter(|lang| pages.contains(lang)) else {
        return href.to_string();
    };
    let cut = href.find(['?', '#']).unwrap_or(href.len());
    let (path, rest) = href.split_at(cut);
    let (folder, name) = path.rsplit_once('/').map_or(("", path), |(folder, name)| (folder, name));
    let ours = name.is_empty() || Lang::ALL.iter().any(|&lang| name == page_name(lang));
    let same = name == page_name(lang) || (name.is_empty() && lang == Lang::En);
    if !ours || same {
        return href.to_string();
    }
    let slash = if path.contains('/') { "/" } else { "" };
    format!("{folder}{slash}{}{rest}", page_name(lang))
}

/// The file the site's page in `lang` is built as.
pub fn page_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "index.html",
        Lang::Uk => "uk.html",
        Lang::Ru => "ru.html",
    }
}

/// The embed code for a news page: an iframe of `page_href` in embed mode, and our loader
/// script (`embed.js`, beside the page) that sizes the frame to its content.
pub fn embed_snippet(page_href: &str, title: &str) -> String {
    let page_href = page_href.split('#').next().unwrap_or(page_href);
    let (base, query) = match page_href.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (page_href, None),
    };
    let src = match query.filter(|q| !q.is_empty()) {
        Some(query) => format!("{base}?embed=1&{query}"),
        None => format!("{base}?embed=1"),
    };
    let folder = base.rsplit_once('/').map_or(base, |(folder, _)| folder);
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"1400\" loading=\"lazy\" style=\"border:0\"></iframe>\n<script src=\"{}/embed.js\" async></script>",
        escape_html(&src),
        escape_html(title),
        escape_html(folder)
    )
}
