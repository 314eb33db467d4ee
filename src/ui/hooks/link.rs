//! The link is the state: the page opens on what the address bar says
//! (`?lang=…&as_of=…&preset=…&deal=…`; the language is read by `language.rs`), writes every change of the date or the package back (replacing the entry on first load, pushing one
//! afterwards so Back undoes a change), follows Back and Forward, and copies the link for Share.
//! One `cfg` split: `browser` talks to the address bar; off the browser (server rendering in
//! tests) there is no link, so reads give nothing and writes do nothing.

use yew::prelude::*;

use crate::model::{Action, Explorer, Lang};
use crate::ui::embed::EmbedOptions;

pub use imp::{copy_link, current_href};

/// What the address bar asks for: a date, a preset and a deal, as given (the model decides
/// what they mean).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkParams {
    pub as_of: Option<String>,
    pub preset: Option<String>,
    pub deal: Option<String>,
}

impl LinkParams {
    pub fn into_action(self) -> Action {
        Action::LoadLink { preset: self.preset, deal: self.deal, as_of: self.as_of }
    }
}

/// What the address bar asks for now.
pub fn read() -> LinkParams {
    imp::read()
}

/// The page's embed options, from its address.
pub fn read_embed() -> EmbedOptions {
    let pairs = imp::embed_params();
    EmbedOptions::from_params(pairs.iter().map(|(key, value)| (key.as_str(), value.as_str())))
}

/// Keeps the address bar and the package in step, both ways.
#[hook]
pub fn use_link_sync(
    dispatcher: UseReducerDispatcher<Explorer>,
    deal: String,
    as_of: Option<String>,
    lang: Option<Lang>,
) {
    let first_write = use_mut_ref(|| true);
    use_effect_with((deal, as_of, lang), move |(deal, as_of, lang)| {
        let push = !std::mem::replace(&mut *first_write.borrow_mut(), false);
        imp::write(deal, as_of.as_deref(), *lang, push);
    });
    use_effect_with((), move |_| {
        imp::on_history_change(Box::new(move |params: LinkParams| dispatcher.dispatch(params.into_action())))
    });
}

/// Copies the page's link to the clipboard and reports whether it worked to the reducer.
pub fn share(dispatcher: UseReducerDispatcher<Explorer>) {
    copy_link(Box::new(move |copied| dispatcher.dispatch(Action::Shared { copied })));
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::LinkParams;
    use crate::model::Lang;
    use crate::ui::embed::EMBED_PARAMS;

    fn params() -> Option<web_sys::UrlSearchParams> {
        let search = gloo::utils::window().location().search().ok()?;
        web_sys::UrlSearchParams::new_with_str(&search).ok()
    }

    pub fn read() -> LinkParams {
        params().map_or(LinkParams::default(), |params| LinkParams {
            as_of: params.get("as_of"),
            preset: params.get("preset"),
            deal: params.get("deal"),
        })
    }

    pub fn embed_params() -> Vec<(String, String)> {
        let Some(params) = params() else { return Vec::new() };
        EMBED_PARAMS.iter().filter_map(|key| params.get(key).map(|value| (key.to_string(), value))).collect()
    }

    /// The address bar as it is (its deal may lag a change behind: see `embed::link_with_deal`).
    pub fn current_href() -> String {
        gloo::utils::window().location().href().unwrap_or_default()
    }

    /// Puts the language, the date and `deal` in the address bar, keeping every other parameter
    /// (embed options, say). All are written as they are, unencoded: codes, dates and ids are
    /// URL-safe, and readable links matter.
    pub fn write(deal: &str, as_of: Option<&str>, lang: Option<Lang>, push: bool) {
        let Some(params) = params() else { return };
        let location = gloo::utils::window().location();
        let now = location.pathname().unwrap_or_default();
        // The page built in the language, when the site has one (`embed::at_language_page`).
        let path = crate::ui::embed::at_language_page(&now, lang, &crate::ui::hooks::language::pages());
        let same_deal = params.get("deal").unwrap_or_default() == deal && params.get("preset").is_none();
        let same_lang = params.get("lang").as_deref() == lang.map(Lang::code);
        if same_deal && same_lang && params.get("as_of").as_deref() == as_of && path == now {
            return;
        }
        for key in crate::ui::embed::LINK_PARAMS {
            params.delete(key);
        }
        let mut query: String = params.to_string().into();
        let mut add = |key: &str, value: &str| {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(key);
            query.push('=');
            query.push_str(value);
        };
        if let Some(lang) = lang {
            add("lang", lang.code());
        }
        if let Some(as_of) = as_of {
            add("as_of", as_of);
        }
        if !deal.is_empty() {
            add("deal", deal);
        }
        let window = gloo::utils::window();
        let hash = location.hash().unwrap_or_default();
        let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
        if let Ok(history) = window.history() {
            let state = wasm_bindgen::JsValue::NULL;
            let _ = if push {
                history.push_state_with_url(&state, "", Some(&url))
            } else {
                history.replace_state_with_url(&state, "", Some(&url))
            };
        }
    }

    /// Calls `on_change` with what the link asks for after every Back or Forward; the
    /// returned closure stops listening.
    pub fn on_history_change(on_change: Box<dyn Fn(LinkParams)>) -> impl FnOnce() {
        let listener = gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            on_change(read());
        });
        move || drop(listener)
    }

    /// Copies the page's address to the clipboard, then tells `done` whether it worked.
    pub fn copy_link(done: Box<dyn FnOnce(bool)>) {
        wasm_bindgen_futures::spawn_local(async move {
            let window = gloo::utils::window();
            let href = window.location().href().unwrap_or_default();
            let promise = window.navigator().clipboard().write_text(&href);
            done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::LinkParams;

    pub fn read() -> LinkParams {
        LinkParams::default()
    }

    pub fn embed_params() -> Vec<(String, String)> {
        Vec::new()
    }

    pub fn current_href() -> String {
        String::new()
    }

    pub fn write(_deal: &str, _as_of: Option<&str>, _lang: Option<crate::model::Lang>, _push: bool) {}

    pub fn on_history_change(on_change: Box<dyn Fn(LinkParams)>) -> impl FnOnce() {
        move || drop(on_change)
    }

    pub fn copy_link(done: Box<dyn FnOnce(bool)>) {
        done(false);
    }
}
