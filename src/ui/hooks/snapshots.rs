//! Loads the snapshots the page does not carry, once, after the first paint: each arrives as
//! its own action, so the date control and the "over time" chart fill in as they come. One `cfg`
//! split: the browser fetches from the page's own origin (`scenarios/<id>.json`, allowed by a
//! strict CSP's `default-src 'self'`), with its translation in another language
//! (`scenarios/<lang>/<id>.json`); off the browser nothing arrives.

use yew::prelude::*;

use crate::model::snapshots::{self, LoadFailure};
use crate::model::translation::Overlay;
use crate::model::{Action, Explorer, Lang};
use crate::ui::hooks::language::translation_path;

pub use imp::fetch;

/// Where the page finds a snapshot's file, relative to itself (Trunk copies
/// `assets/scenarios/` to `scenarios/`).
fn path(id: &str) -> String {
    format!("scenarios/{id}.json")
}

/// Fetches every snapshot in `waiting` (index and id) once, and in a language other than
/// English its translation. A translation that cannot be fetched or read leaves that date's
/// texts in English; the date itself still counts.
#[hook]
pub fn use_snapshot_loader(dispatcher: UseReducerDispatcher<Explorer>, waiting: Vec<(usize, String)>, lang: Lang) {
    use_effect_with((), move |_| {
        for (idx, id) in waiting {
            let dispatcher = dispatcher.clone();
            let translation = (lang != Lang::En).then(|| translation_path(&id, lang));
            imp::fetch_text(
                path(&id),
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

    /// A text file from the page's own origin.
    pub async fn fetch(path: &str) -> Result<String, LoadFailure> {
        let window = gloo::utils::window();
        let response = JsFuture::from(window.fetch_with_str(path)).await.map_err(|_| LoadFailure::Unreachable)?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| LoadFailure::Unreachable)?;
        if !response.ok() {
            return Err(LoadFailure::Status(response.status()));
        }
        let text = response.text().map_err(|_| LoadFailure::Unreachable)?;
        let text = JsFuture::from(text).await.map_err(|_| LoadFailure::Unreachable)?;
        text.as_string().ok_or(LoadFailure::Unreachable)
    }

    pub fn fetch_text(path: String, translation: Option<String>, done: super::Arrived) {
        wasm_bindgen_futures::spawn_local(async move {
            let text = fetch(&path).await;
            let translation = match translation {
                Some(path) => fetch(&path).await.ok(),
                None => None,
            };
            done(text, translation)
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use crate::model::snapshots::LoadFailure;

    pub async fn fetch(_path: &str) -> Result<String, LoadFailure> {
        Err(LoadFailure::Unreachable)
    }

    pub fn fetch_text(_path: String, _translation: Option<String>, done: super::Arrived) {
        drop(done);
    }
}
