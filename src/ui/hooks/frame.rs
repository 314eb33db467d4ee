//! The embedded frame's side of self-sizing: marks `<html>` with the theme and embed mode, posts
//! the content's height to the host page whenever it changes (Pym.js and AMP formats), and
//! answers Pym's width messages; every other incoming message is ignored. One `cfg` split:
//! off the browser there is no frame.

use yew::prelude::*;

use crate::ui::embed::EmbedOptions;

/// Starts the frame's side of embedding when the app mounts, and stops it when it unmounts.
#[hook]
pub fn use_embed_frame(options: &EmbedOptions) {
    let options = options.clone();
    use_effect_with((), move |_| imp::start(&options));
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use crate::ui::embed::EmbedOptions;

    /// Returns the clean-up to run when the app unmounts.
    pub fn start(options: &EmbedOptions) -> Box<dyn FnOnce()> {
        use crate::ui::embed::Theme;
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;

        let window = gloo::utils::window();
        let root = gloo::utils::document_element();
        match options.theme {
            Theme::Light => drop(root.set_attribute("data-theme", "light")),
            Theme::Dark => drop(root.set_attribute("data-theme", "dark")),
            Theme::Auto => drop(root.remove_attribute("data-theme")),
        }
        if options.embed {
            let _ = root.set_attribute("data-embed", "1");
        }
        let in_frame = window.parent().ok().flatten().is_some_and(|parent| parent != window);
        if !in_frame {
            return Box::new(|| ()) as Box<dyn FnOnce()>;
        }

        let child_id = options.child_id.clone();
        let post_height = move || {
            let window = gloo::utils::window();
            let Some(parent) = window.parent().ok().flatten() else { return };
            let height = gloo::utils::document_element().get_bounding_client_rect().height().ceil() as u32;
            if let Some(id) = &child_id {
                let message = crate::ui::embed::pym_height_message(id, height);
                let _ = parent.post_message(&message.into(), "*");
            }
            let amp = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
            let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
            let _ = js_sys::Reflect::set(&amp, &"height".into(), &height.into());
            let _ = parent.post_message(&amp, "*");
        };
        post_height();

        let on_resize = Closure::<dyn Fn()>::new(post_height.clone());
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(&root);
        }
        let child_id = options.child_id.clone();
        let listener = gloo::events::EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
            let (Some(id), Some(data)) = (&child_id, event.data().as_string()) else { return };
            if crate::ui::embed::pym_width(&data, id).is_some() {
                post_height();
            }
        });
        Box::new(move || {
            if let Some(observer) = observer {
                observer.disconnect();
            }
            drop(on_resize);
            drop(listener);
        }) as Box<dyn FnOnce()>
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use crate::ui::embed::EmbedOptions;

    pub fn start(_options: &EmbedOptions) -> Box<dyn FnOnce()> {
        Box::new(|| ())
    }
}
