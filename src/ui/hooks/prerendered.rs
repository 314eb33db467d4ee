//! The first render, in stages behind the prerendered opening view (release builds carry one in
//! `index.html`'s `<div id="prerender">`), then the view taken away. Each stage is its own task,
//! so no single task blocks the page for long while the app starts; until the last one the app's
//! part of the page is hidden (`html[data-starting]`), and the last one shows it and takes the
//! prerendered view away in the same task, before the browser paints, so the reader never sees
//! both, nor half an app. One `cfg` split: off the browser (the server renderer, the prerender,
//! the component tests) every part renders at once and there is no page to change.

use yew::prelude::*;

use crate::ui::hooks::task::next_task;
use crate::ui::App;

/// Mounts the app on the page's `<div id="app">`, beside the prerendered view it replaces, or on
/// `<body>` in a page without one (Yew empties the element it mounts on).
pub fn start() {
    match imp::app_root() {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}

/// The last stage of the first render; `use_start_in_stages` counts up to it.
pub const STAGES: usize = 4;

/// The stage the page has reached: 0 on the app's first render in the browser, up to `STAGES`,
/// a task apart; `STAGES` at once off the browser, or when the page is not `stage_by_stage` (it
/// shows the scenario's problems instead).
#[hook]
pub fn use_start_in_stages(stage_by_stage: bool) -> usize {
    let stage = use_state(|| if stage_by_stage { imp::FIRST_STAGE } else { STAGES });
    use_effect_with(*stage, {
        let set_stage = stage.setter();
        move |&now| {
            if now == imp::FIRST_STAGE && now < STAGES {
                imp::hide_app();
            }
            if now < STAGES {
                yew::platform::spawn_local(async move {
                    next_task().await;
                    set_stage.set(now + 1);
                });
            } else {
                imp::show_app();
            }
        }
    });
    *stage
}

#[cfg(target_arch = "wasm32")]
mod imp {
    pub const FIRST_STAGE: usize = 0;

    const STARTING: &str = "data-starting";

    pub fn app_root() -> Option<web_sys::Element> {
        gloo::utils::document().get_element_by_id("app")
    }

    pub fn hide_app() {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute(STARTING, "");
        }
    }

    pub fn show_app() {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.remove_attribute(STARTING);
        }
        if let Some(prerendered) = gloo::utils::document().get_element_by_id("prerender") {
            prerendered.remove();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub const FIRST_STAGE: usize = super::STAGES;

    /// Off the browser there is no page to mount on.
    pub fn app_root() -> Option<web_sys::Element> {
        None
    }

    pub fn hide_app() {}

    pub fn show_app() {}
}
