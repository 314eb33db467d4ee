//! The panic panel: after a panic, a plain panel over the page instead of a frozen or blank one.
//! Built with DOM calls and text nodes only, since Yew may be in no state to render. One `cfg`
//! split: off the browser there is no page to show it on.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::Words;

pub use imp::show_panic_panel;

thread_local! {
    /// The words the panel shows: the reader's language once it is here, English until then.
    static PANIC_WORDS: RefCell<Option<Rc<Words>>> = const { RefCell::new(None) };
}

/// Installs the panic hook once, when the app mounts.
#[hook]
pub fn use_panic_panel() {
    use_effect_with((), |_| imp::install_panic_hook());
}

/// Makes the panel speak the language shown.
#[hook]
pub fn use_panic_words(words: Rc<Words>) {
    use_effect_with(words, |words| PANIC_WORDS.with(|cell| *cell.borrow_mut() = Some(words.clone())));
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use crate::model::Words;

    /// The panel's heading and text in the language shown.
    fn panic_words() -> (String, String) {
        let words = super::PANIC_WORDS.with(|cell| cell.borrow().clone()).unwrap_or_else(Words::english);
        (words.get("panic-title"), words.get("panic-body"))
    }

    pub fn show_panic_panel(message: &str) {
        let document = gloo::utils::document();
        let Ok(panel) = document.create_element("div") else {
            return;
        };
        panel.set_class_name("panic-panel");
        let _ = panel.set_attribute("role", "alert");
        let _ = panel.set_attribute("data-testid", "panic-panel");
        let (title, body) = panic_words();
        for (tag, text) in [("h2", title.as_str()), ("p", body.as_str()), ("pre", message)] {
            if let Ok(element) = document.create_element(tag) {
                element.set_text_content(Some(text));
                let _ = panel.append_child(&element);
            }
        }
        if let Some(body) = document.body() {
            let _ = body.prepend_with_node_1(&panel);
        }
    }

    pub fn install_panic_hook() {
        std::panic::set_hook(Box::new(|info| {
            let message = info.to_string();
            web_sys::console::error_1(&message.as_str().into());
            show_panic_panel(&message);
        }));
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn show_panic_panel(_message: &str) {}

    pub fn install_panic_hook() {}
}
