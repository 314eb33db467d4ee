//! The browser's clock and task queue, for work spread over several tasks (the deal finder's
//! slices, the first render's stages). One `cfg` split: off the browser no time passes and
//! nothing waits.

#[cfg(target_arch = "wasm32")]
mod imp {
    pub fn now_ms() -> f64 {
        gloo::utils::window().performance().map_or(0.0, |performance| performance.now())
    }

    /// Gives the browser a turn (input, and a frame when one is due) before going on: a message
    /// to ourselves on a fresh channel, which queues a task at once, where a zero-delay timer
    /// would be held back 4 ms once timers nest.
    pub async fn next_task() {
        // The channel is held until the message arrives.
        if let Some((_channel, delivered)) = message_to_self() {
            let _ = wasm_bindgen_futures::JsFuture::from(delivered).await;
        } else {
            gloo::timers::future::TimeoutFuture::new(0).await;
        }
    }

    /// A fresh channel and a promise settled when the message posted on it arrives, or `None` if
    /// the browser refuses the channel.
    fn message_to_self() -> Option<(web_sys::MessageChannel, js_sys::Promise)> {
        let channel = web_sys::MessageChannel::new().ok()?;
        let delivered = js_sys::Promise::new(&mut |resolve, _reject| channel.port1().set_onmessage(Some(&resolve)));
        channel.port2().post_message(&wasm_bindgen::JsValue::NULL).ok()?;
        Some((channel, delivered))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn now_ms() -> f64 {
        0.0
    }

    pub async fn next_task() {}
}

pub use imp::{next_task, now_ms};
