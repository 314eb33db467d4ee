//! The Yew shell: one reducer in `App`, components that render what the model derives.
//!
//! All I/O (URL, storage, messages to a host page) lives in `app.rs`; components never decide.

mod app;
mod method_panel;

pub use app::App;
pub use method_panel::{MethodPanel, MethodPanelProps};

use std::rc::Rc;
use yew::Reducible;

use crate::model::{Action, Explorer};

/// The Yew adapter for the model's reducer: clone, apply, and hand back the same `Rc`
/// when nothing changed so Yew skips the re-render.
impl Reducible for Explorer {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.apply(action) {
            Rc::new(next)
        } else {
            self
        }
    }
}
