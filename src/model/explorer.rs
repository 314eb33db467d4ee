//! The explorer state and the one reducer that changes it.
//!
//! `Explorer::apply` is the whole update logic of the page; the Yew shell only adapts it.
//! No I/O and no web types here.

/// Everything the page shows is derived from this value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Explorer {
    /// Whether the "How this works" panel is open.
    pub method_open: bool,
}

/// Everything a reader (or the page's I/O) can do to the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    ToggleMethod,
}

impl Explorer {
    /// Applies `action`; returns whether anything changed, so the shell can skip a re-render.
    pub fn apply(&mut self, action: Action) -> bool {
        match action {
            Action::ToggleMethod => {
                self.method_open = !self.method_open;
                true
            }
        }
    }
}
