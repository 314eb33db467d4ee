//! Loads the snapshots the page does not carry, once, after the first paint: each arrives as
//! its own action, so the date control and the "over time" chart fill in as they come. One `cfg`
//! split: the browser fetches from the page's own origin (`scenarios/<id>.json`, allowed by a
//! strict CSP's `default-src 'self'`); off the browser nothing arrives.

use yew::prelude::*;

use crate::model::snapshots::{self, LoadFailure};
use crate::model::{Action, Explorer};

/// Where the page finds a snapshot's file, relative to itself (Trunk copies
/// `assets/scenarios/` to `scenarios/`).
fn path(id: &str) -> String {
    format!("scenarios/{id}.json")
}

/// Fetches every snapshot in `waiting` (index and id) once.
#[hook]
pub fn use_snapshot_loader(dispatcher: UseReducerDispatcher<Explorer>, waiting: Vec<(usize, String)>) {
    use_effect_with((), move |_| {
        for (idx, id) in waiting {
            let dispatcher = dispatcher.clone();
            imp::fetch_text(
                path(&id),
                Box::new(move |text: Result<String, LoadFailure>| {
                    let result = text.and_then(|text| snapshots::parse(&text));
                    dispatcher.dispatch(Action::SnapshotArrived { idx, result });
                }),
            );
        }
    });
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    use crate::model::snapshots::LoadFailure;

    async fn fetch(path: &str) -> Result<String, LoadFailure> {
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

    pub fn fetch_text(path: String, done: Box<dyn FnOnce(Result<String, LoadFailure>)>) {
        wasm_bindgen_futures::spawn_local(async move { done(fetch(&path).await) });
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use crate::model::snapshots::LoadFailure;

    pub fn fetch_text(_path: String, done: Box<dyn FnOnce(Result<String, LoadFailure>)>) {
        drop(done);
    }
}
