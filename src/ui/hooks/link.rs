//! The link is the state: the page opens on what the address bar says (`?preset=…&deal=…`),
//! writes every change of the package back (replacing the entry on first load, pushing one
//! afterwards so Back undoes a change), follows Back and Forward, and copies the link for Share.
//! One `cfg` split: `browser` talks to the address bar; off the browser (server rendering in
//! tests) there is no link, so reads give nothing and writes do nothing.

use yew::prelude::*;

use crate::model::{Action, Explorer};
use crate::ui::embed::EmbedOptions;

pub use imp::{copy_link, current_href};

/// What the address bar asks for when the page opens: a preset and a deal, as given (the model
/// decides what they mean).
pub fn read() -> (Option<String>, Option<String>) {
    imp::read()
}

/// The page's embed options, from its address.
pub fn read_embed() -> EmbedOptions {
    let pairs = imp::embed_params();
    EmbedOptions::from_params(pairs.iter().map(|(key, value)| (key.as_str(), value.as_str())))
}

/// Keeps the address bar and the package in step, both ways.
#[hook]
pub fn use_link_sync(dispatcher: UseReducerDispatcher<Explorer>, deal: String) {
    let first_write = use_mut_ref(|| true);
    use_effect_with(deal, move |deal| {
        let push = !std::mem::replace(&mut *first_write.borrow_mut(), false);
        imp::write(deal, push);
    });
    use_effect_with((), move |_| {
        imp::on_history_change(Box::new(move |preset, deal| dispatcher.dispatch(Action::LoadLink { preset, deal })))
    });
}

/// Copies the page's link to the clipboard and reports whether it worked to the reducer.
pub fn share(dispatcher: UseReducerDispatcher<Explorer>) {
    copy_link(Box::new(move |copied| dispatcher.dispatch(Action::Shared { copied })));
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use crate::ui::embed::EMBED_PARAMS;

    fn params() -> Option<web_sys::UrlSearchParams> {
        let search = gloo::utils::window().location().search().ok()?;
        web_sys::UrlSearchParams::new_with_str(&search).ok()
    }

    pub fn read() -> (Option<String>, Option<String>) {
        params().map_or((None, None), |params| (params.get("preset"), params.get("deal")))
    }

    pub fn embed_params() -> Vec<(String, String)> {
        let Some(params) = params() else { return Vec::new() };
        EMBED_PARAMS.iter().filter_map(|key| params.get(key).map(|value| (key.to_string(), value))).collect()
    }

    /// The address bar as it is (its deal may lag a change behind: see `embed::link_with_deal`).
    pub fn current_href() -> String {
        gloo::utils::window().location().href().unwrap_or_default()
    }

    /// Puts `deal` in the address bar, keeping every other parameter (embed options, say). The
    /// deal is written as it is, unencoded: its ids are URL-safe, and readable links matter.
    pub fn write(deal: &str, push: bool) {
        let Some(params) = params() else { return };
        if params.get("deal").unwrap_or_default() == deal && params.get("preset").is_none() {
            return;
        }
        params.delete("deal");
        params.delete("preset");
        let mut query: String = params.to_string().into();
        if !deal.is_empty() {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str("deal=");
            query.push_str(deal);
        }
        let window = gloo::utils::window();
        let location = window.location();
        let path = location.pathname().unwrap_or_default();
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

    /// Calls `on_change` with the link's preset and deal after every Back or Forward; the
    /// returned closure stops listening.
    pub fn on_history_change(on_change: Box<dyn Fn(Option<String>, Option<String>)>) -> impl FnOnce() {
        let listener = gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            let (preset, deal) = read();
            on_change(preset, deal);
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
    pub fn read() -> (Option<String>, Option<String>) {
        (None, None)
    }

    pub fn embed_params() -> Vec<(String, String)> {
        Vec::new()
    }

    pub fn current_href() -> String {
        String::new()
    }

    pub fn write(_deal: &str, _push: bool) {}

    pub fn on_history_change(on_change: Box<dyn Fn(Option<String>, Option<String>)>) -> impl FnOnce() {
        move || drop(on_change)
    }

    pub fn copy_link(done: Box<dyn FnOnce(bool)>) {
        done(false);
    }
}
