//! The reader's language: which one (the link's `lang`, the page's own, the browser's), its words
//! and the opening snapshot's translation, and `<html lang>` and the title kept in step. One `cfg`
//! split: the browser fetches a language other than English from the page's own origin
//! (`i18n/<lang>.ftl`, `scenarios/<lang>/<id>.json`); off the browser every language is compiled
//! in, so server rendering and tests need no fetch.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::lang::LangChoice;
use crate::model::snapshots::LoadFailure;
use crate::model::translation::Overlay;
use crate::model::{shipped, Lang, Words};

/// Where the page finds a language's messages and a snapshot's translation, relative to itself
/// (Trunk copies `assets/i18n/` and `assets/scenarios/`).
pub fn ftl_path(lang: Lang) -> String {
    format!("i18n/{}.ftl", lang.code())
}

pub fn translation_path(id: &str, lang: Lang) -> String {
    format!("scenarios/{}/{id}.json", lang.code())
}

/// The language the page shows, once it is here.
#[derive(Clone, Debug, PartialEq)]
pub enum Language {
    /// Still fetching a language other than English.
    Loading,
    /// Its words, and the opening snapshot's translation (none for English).
    Ready { words: Rc<Words>, opening: Option<Rc<Overlay>> },
    /// It could not be fetched or read: the page shows English and says why.
    Failed { lang: Lang, why: String },
}

/// Which language to show, from the link, the page and the browser.
pub fn choose() -> LangChoice {
    imp::choose()
}

/// Makes `lang` ready: at once for English (and off the browser), after two fetches otherwise.
#[hook]
pub fn use_language(lang: Lang) -> Language {
    let state = use_state(|| ready_now(lang).unwrap_or(Language::Loading));
    {
        let state = state.clone();
        use_effect_with(lang, move |&lang| {
            if *state == Language::Loading {
                imp::fetch_language(lang, Box::new(move |language| state.set(language)));
            }
        });
    }
    (*state).clone()
}

/// A language this build carries, with its opening translation.
fn ready_now(lang: Lang) -> Option<Language> {
    let words = Words::bundled(lang)?;
    let opening = match lang {
        Lang::En => None,
        _ => Some(Rc::new(shipped::translation(shipped::DEFAULT.id, lang)?.ok()?)),
    };
    Some(Language::Ready { words, opening })
}

/// The language's words and opening translation from their fetched texts, or why not.
pub fn from_texts(
    lang: Lang,
    ftl: Result<String, LoadFailure>,
    overlay: Result<String, LoadFailure>,
) -> Result<Language, String> {
    let english = Words::english();
    let fetched = |what: Result<String, LoadFailure>, path: String| {
        what.map_err(|failure| match failure {
            LoadFailure::Status(status) => format!("{path}: {status}"),
            _ => path,
        })
    };
    let ftl = fetched(ftl, ftl_path(lang))?;
    let words = Words::new(lang, &ftl).map_err(|_| ftl_path(lang))?;
    let overlay = fetched(overlay, translation_path(shipped::DEFAULT.id, lang))?;
    let overlay = Overlay::from_json(&overlay)
        .map_err(|problems| problems.first().map(|p| english.problem(p)).unwrap_or_default())?;
    Ok(Language::Ready { words: Rc::new(words), opening: Some(Rc::new(overlay)) })
}

/// Keeps `<html lang>` and the document's title in the language shown.
#[hook]
pub fn use_document_language(words: Rc<Words>) {
    use_effect_with(words, |words| imp::set_document(words.lang().code(), &words.get("page-title")));
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{from_texts, ftl_path, translation_path, Language};
    use crate::model::lang::LangChoice;
    use crate::model::{shipped, Lang};
    use crate::ui::hooks::snapshots::{start, text_of};

    pub fn choose() -> LangChoice {
        let window = gloo::utils::window();
        let link = window
            .location()
            .search()
            .ok()
            .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
            .and_then(|params| params.get("lang"));
        let document = window.document();
        // A page built for one language says so (`uk.html`: `<meta name="dealscope-lang" content="uk">`).
        let page = document
            .as_ref()
            .and_then(|document| document.query_selector("meta[name=dealscope-lang]").ok().flatten())
            .and_then(|meta| meta.get_attribute("content"));
        let browser: Vec<String> =
            window.navigator().languages().iter().filter_map(|value| value.as_string()).collect();
        Lang::choose(link.as_deref(), page.as_deref(), browser.iter().map(String::as_str))
    }

    pub fn fetch_language(lang: Lang, done: Box<dyn FnOnce(Language)>) {
        // Both requests go out at once (`uk.html` has already asked for both with preload links).
        let (ftl, overlay) = (start(&ftl_path(lang)), start(&translation_path(shipped::DEFAULT.id, lang)));
        wasm_bindgen_futures::spawn_local(async move {
            let (ftl, overlay) = (text_of(ftl).await, text_of(overlay).await);
            done(from_texts(lang, ftl, overlay).unwrap_or_else(|why| Language::Failed { lang, why }));
        });
    }

    pub fn set_document(lang: &str, title: &str) {
        let Some(document) = gloo::utils::window().document() else { return };
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang);
        }
        document.set_title(title);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Language;
    use crate::model::lang::LangChoice;
    use crate::model::Lang;

    pub fn choose() -> LangChoice {
        Lang::choose(None, None, [])
    }

    pub fn fetch_language(_lang: Lang, done: Box<dyn FnOnce(Language)>) {
        drop(done);
    }

    pub fn set_document(_lang: &str, _title: &str) {}
}
