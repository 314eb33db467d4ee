//! The reader's language: which one (the link's `lang`, the page's own, the browser's), its words
//! and the opening snapshot in it, and `<html lang>` and the title kept in step. One `cfg` split:
//! the browser reads what the built page carries inline (the opening snapshot's skeleton and its
//! texts in the page's language, see `model::opening`) and fetches the rest from the page's own
//! origin (`i18n/<lang>.ftl`, `scenarios/<lang>/<id>.json`, `scenarios/<id>.json`); off the
//! browser every language and snapshot is compiled in, so server rendering and tests need no fetch.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::lang::LangChoice;
use crate::model::opening::{Needs, Opening};
use crate::model::snapshots::LoadFailure;
use crate::model::translation::Overlay;
use crate::model::{shipped, Lang, Words};
use crate::ui::hooks::snapshots::file_path;

/// Where the page finds a language's messages and a snapshot's translation, relative to itself
/// (Trunk copies `assets/i18n/` and `assets/scenarios/`).
pub fn ftl_path(lang: Lang) -> String {
    format!("i18n/{}.ftl", lang.code())
}

pub fn translation_path(id: &str, lang: Lang) -> String {
    format!("scenarios/{}/{id}.json", lang.code())
}

/// The ids of the inline elements a built page carries its opening snapshot in: its skeleton and
/// its texts in the page's language (`prerender::page_in`).
pub const SKELETON_ID: &str = "dealscope-skeleton";
pub const TEXTS_ID: &str = "dealscope-texts";

/// The language the page shows, once it is here.
#[derive(Clone, Debug, PartialEq)]
pub enum Language {
    /// Still fetching what the page does not carry.
    Loading,
    /// Its words, the opening snapshot in it (none when the app was given its scenario), and the
    /// language asked for when it could not be fetched or read (with why), so this is English.
    Ready { words: Rc<Words>, opening: Option<Rc<Opening>>, failed: Option<(Lang, String)> },
    /// Not even English could be had: the opening snapshot could not be fetched (why).
    Unavailable { why: String },
}

/// Which language to show, from the link, the page and the browser.
pub fn choose() -> LangChoice {
    imp::choose()
}

/// The meta element in which a built page lists the languages the site has a page for
/// (`<meta name="dealscope-pages" content="en uk ru">`, written by `prerender::page_in`).
pub const PAGES_META: &str = "dealscope-pages";

/// The languages the site has a page for, so links can go to the page in the reader's language
/// (`embed::at_language_page`): those the built page lists, none in a page that lists none (a
/// debug build has `index.html` only); every one off the browser, where the prerender builds them.
pub fn pages() -> Vec<Lang> {
    imp::pages()
}

/// Makes `lang` ready, with the opening snapshot when `with_opening`: at once when the page
/// carries both (and off the browser), after fetching what it does not otherwise. With it comes
/// what to call when the page's own copy of the opening snapshot cannot be read (a page whose inline
/// elements were altered on the way): the files are then fetched instead, and the copy never read
/// again.
#[hook]
pub fn use_language(lang: Lang, with_opening: bool) -> (Language, Callback<()>) {
    let state = use_state(|| ready_now(lang, with_opening).unwrap_or(Language::Loading));
    let read_page = use_state(|| true);
    // The same, read when an effect runs: the app's first effect may run after a child already
    // found the copy unreadable, and must then leave the fetch to the effect that follows.
    let reading = use_mut_ref(|| true);
    {
        let state = state.clone();
        let reading = reading.clone();
        use_effect_with((lang, *read_page), move |&(lang, read_page)| {
            if *state == Language::Loading && read_page == *reading.borrow() {
                imp::fetch_language(lang, with_opening, read_page, Box::new(move |language| state.set(language)));
            }
        });
    }
    let fetch_instead = {
        let state = state.clone();
        let read_page = read_page.clone();
        Callback::from(move |()| {
            if std::mem::replace(&mut *reading.borrow_mut(), false) {
                read_page.set(false);
                state.set(Language::Loading);
            }
        })
    };
    ((*state).clone(), fetch_instead)
}

/// The language, when this build and page carry its words and (when asked) its opening snapshot.
fn ready_now(lang: Lang, with_opening: bool) -> Option<Language> {
    let words = Words::bundled(lang)?;
    let opening = match with_opening {
        true => Some(Rc::new(imp::opening_now(lang)?)),
        false => None,
    };
    Some(Language::Ready { words, opening, failed: None })
}

/// A fetched file's text, or why not in a few words (its path, and the server's status).
fn fetched(what: Result<String, LoadFailure>, path: String) -> Result<String, String> {
    what.map_err(|failure| match failure {
        LoadFailure::Status(status) => format!("{path}: {status}"),
        _ => path,
    })
}

/// The language's words from their fetched text (none: this build carries them), or why not.
pub fn words_from(lang: Lang, ftl: Option<Result<String, LoadFailure>>) -> Result<Rc<Words>, String> {
    match ftl {
        None => Words::bundled(lang).ok_or_else(|| ftl_path(lang)),
        Some(ftl) => Words::new(lang, &fetched(ftl, ftl_path(lang))?).map(Rc::new).map_err(|_| ftl_path(lang)),
    }
}

/// The opening snapshot from what was fetched for it (`opening::Needs`), or why not.
pub fn opening_from(
    lang: Lang,
    needs: Needs,
    file: Option<Result<String, LoadFailure>>,
    translation: Option<Result<String, LoadFailure>>,
) -> Result<Opening, String> {
    let id = shipped::DEFAULT.id;
    let translation = match translation {
        None => None,
        Some(text) => Some(Overlay::from_json(&fetched(text, translation_path(id, lang))?).map_err(|problems| {
            let first = problems.first().map(|p| Words::english().problem(p)).unwrap_or_default();
            format!("{}: {first}", translation_path(id, lang))
        })?),
    };
    match (needs, file, translation) {
        (Needs::Nothing(opening), _, _) => Ok(opening),
        (Needs::Translation { skeleton }, _, Some(translation)) => {
            Ok(Opening::Skeleton { json: skeleton, translation })
        }
        (Needs::File { .. }, Some(file), translation) => {
            Ok(Opening::File { json: fetched(file, file_path(id))?, translation })
        }
        _ => Err(file_path(id)),
    }
}

/// Keeps `<html lang>` and the document's title in the language shown.
#[hook]
pub fn use_document_language(words: Rc<Words>) {
    use_effect_with(words, |words| imp::set_document(words.lang().code(), &words.get("page-title")));
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::rc::Rc;

    use super::{ftl_path, opening_from, translation_path, words_from, Language, SKELETON_ID, TEXTS_ID};
    use crate::model::lang::LangChoice;
    use crate::model::opening::{needs, CarriedTexts, Needs, Opening};
    use crate::model::{shipped, Lang};
    use crate::ui::hooks::snapshots::{file_path, start, text_if};

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

    pub fn pages() -> Vec<Lang> {
        let selector = format!("meta[name={}]", super::PAGES_META);
        let listed = gloo::utils::document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"));
        listed.unwrap_or_default().split_whitespace().filter_map(Lang::from_code).collect()
    }

    /// The text of one of the page's inline elements.
    fn inline(id: &str) -> Option<String> {
        gloo::utils::document().get_element_by_id(id)?.text_content()
    }

    /// What the page needs for its opening snapshot in `lang`, from what it carries inline (unless
    /// its copy could not be read: then nothing).
    fn page_needs(lang: Lang, read_page: bool) -> Needs {
        if !read_page {
            return needs(lang, None, None);
        }
        let texts = inline(TEXTS_ID).and_then(|text| CarriedTexts::from_json(&text));
        needs(lang, inline(SKELETON_ID), texts)
    }

    pub fn opening_now(lang: Lang) -> Option<Opening> {
        match page_needs(lang, true) {
            Needs::Nothing(opening) => Some(opening),
            _ => None,
        }
    }

    pub fn fetch_language(lang: Lang, with_opening: bool, read_page: bool, done: Box<dyn FnOnce(Language)>) {
        wasm_bindgen_futures::spawn_local(async move {
            let language = match load(lang, with_opening, read_page).await {
                Ok((words, opening)) => Language::Ready { words, opening, failed: None },
                // Another language failed: English instead, saying why.
                Err(why) if lang != Lang::En => match load(Lang::En, with_opening, read_page).await {
                    Ok((words, opening)) => Language::Ready { words, opening, failed: Some((lang, why)) },
                    Err(why) => Language::Unavailable { why },
                },
                Err(why) => Language::Unavailable { why },
            };
            done(language);
        });
    }

    /// The language's words and its opening snapshot, every request sent at once (`uk.html` has
    /// already asked for its words with a preload link).
    async fn load(
        lang: Lang,
        with_opening: bool,
        read_page: bool,
    ) -> Result<(Rc<crate::model::Words>, Option<Rc<Opening>>), String> {
        let id = shipped::DEFAULT.id;
        let needs = with_opening.then(|| page_needs(lang, read_page));
        let ftl = crate::model::Words::bundled(lang).is_none().then(|| start(&ftl_path(lang)));
        let file = matches!(needs, Some(Needs::File { .. })).then(|| start(&file_path(id)));
        let translation = match &needs {
            Some(Needs::Translation { .. } | Needs::File { translation: true }) => {
                Some(start(&translation_path(id, lang)))
            }
            _ => None,
        };
        let (ftl, file, translation) = (text_if(ftl).await, text_if(file).await, text_if(translation).await);
        let words = words_from(lang, ftl)?;
        let opening = match needs {
            Some(needs) => Some(Rc::new(opening_from(lang, needs, file, translation)?)),
            None => None,
        };
        Ok((words, opening))
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
    use crate::model::opening::Opening;
    use crate::model::{shipped, Lang};

    pub fn choose() -> LangChoice {
        Lang::choose(None, None, [])
    }

    pub fn pages() -> Vec<Lang> {
        Lang::ALL.to_vec()
    }

    /// Off the browser every language and snapshot is compiled in.
    pub fn opening_now(lang: Lang) -> Option<Opening> {
        let json = shipped::DEFAULT.json?.to_string();
        let translation = match lang {
            Lang::En => None,
            _ => Some(shipped::translation(shipped::DEFAULT.id, lang)?.ok()?),
        };
        Some(Opening::File { json, translation })
    }

    pub fn fetch_language(_lang: Lang, _with_opening: bool, _read_page: bool, done: Box<dyn FnOnce(Language)>) {
        drop(done);
    }

    pub fn set_document(_lang: &str, _title: &str) {}
}
