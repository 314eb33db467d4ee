//! Takes away the prerendered opening view (release builds carry one in `index.html`'s
//! `<div id="prerender">`) once the app has rendered in its place. Effects run right after the
//! app's first render, before the browser paints, so the reader never sees both. One `cfg`
//! split: off the browser there is no page to take it from.

use yew::prelude::*;

/// Removes the prerendered view once, when the app mounts.
#[hook]
pub fn use_take_away_prerendered() {
    use_effect_with((), |_| imp::take_away());
}

#[cfg(target_arch = "wasm32")]
mod imp {
    pub fn take_away() {
        if let Some(prerendered) = gloo::utils::document().get_element_by_id("prerender") {
            prerendered.remove();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn take_away() {}
}
