//! Loads the snapshots the page does not carry, once, when the page has shown itself: each arrives as
//! its own action, so the date control and the "over time" chart fill in as they come. One `cfg`
//! split: the browser fetches from the page's own origin (`scenarios/<id>.json`, allowed by a
//! strict CSP's `default-src 'self'`), with its translation in another language
//! (`scenarios/<lang>/<id>.json`); off the browser nothing arrives.

use yew::prelude::*;

use crate::model::snapshots::{self, LoadFailure};
use crate::model::translation::Overlay;
use crate::model::{Action, Explorer, Lang};
use crate::ui::hooks::language::translation_path;

#[cfg(target_arch = "wasm32")]
pub use imp::{start, text_if};

/// Where the page finds a snapshot's file, relative to itself (Trunk copies
/// `assets/scenarios/` to `scenarios/`).
pub fn file_path(id: &str) -> String {
    format!("scenarios/{id}.json")
}

/// Fetches every snapshot in `waiting` (index and id) once, when `page_shown` first holds, and
/// in a language other than English its translation. A translation that
/// cannot be fetched or read leaves that date's texts in English; the date itself still counts.
#[hook]
pub fn use_snapshot_loader(
    dispatcher: UseReducerDispatcher<Explorer>,
    waiting: Vec<(usize, String)>,
    lang: Lang,
    page_shown: bool,
) {
    use_effect_with(page_shown, move |&page_shown| {
        if !page_shown {
            return;
        }
        for (idx, id) in waiting {
            let dispatcher = dispatcher.clone();
            let translation = (lang != Lang::En).then(|| translation_path(&id, lang));
            imp::fetch_text(
                file_path(&id),
                translation,
                Box::new(move |text: Result<String, LoadFailure>, translation: Option<String>| {
                    let overlay = translation.and_then(|text| Overlay::from_json(&text).ok());
                    let result = text.and_then(|text| snapshots::parse(&text)).map(|scenario| match &overlay {
                        Some(overlay) => overlay.apply(&scenario),
                        None => scenario,
                    });
                    dispatcher.dispatch(Action::SnapshotArrived { idx, result });
                }),
            );
        }
    });
}

/// What `fetch_text` hands back: the snapshot's text or why not, and its translation's text.
type Arrived = Box<dyn FnOnce(Result<String, LoadFailure>, Option<String>)>;

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    use crate::model::snapshots::LoadFailure;

    /// Starts fetching a file from the page's own origin at once (the request goes out now), to read with `text_of`, so
    /// several files are fetched side by side.
    pub fn start(path: &str) -> JsFuture {
        JsFuture::from(gloo::utils::window().fetch_with_str(path))
    }

    /// The text of a fetch started with `start`, or why there is none.
    pub async fn text_of(request: JsFuture) -> Result<String, LoadFailure> {
        let response = request.await.map_err(|_| LoadFailure::Unreachable)?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| LoadFailure::Unreachable)?;
        if !response.ok() {
            return Err(LoadFailure::Status(response.status()));
        }
        let text = response.text().map_err(|_| LoadFailure::Unreachable)?;
        let text = JsFuture::from(text).await.map_err(|_| LoadFailure::Unreachable)?;
        text.as_string().ok_or(LoadFailure::Unreachable)
    }

    /// The text of a fetch if one was started.
    pub async fn text_if(request: Option<JsFuture>) -> Option<Result<String, LoadFailure>> {
        match request {
            Some(request) => Some(text_of(request).await),
            None => None,
        }
    }

    pub fn fetch_text(path: String, translation: Option<String>, done: super::Arrived) {
        let (text, translation) = (start(&path), translation.as_deref().map(start));
        wasm_bindgen_futures::spawn_local(async move {
            let text = text_of(text).await;
            done(text, text_if(translation).await.and_then(Result::ok))
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn fetch_text(_path: String, _translation: Option<String>, done: super::Arrived) {
        drop(done);
    }
}
