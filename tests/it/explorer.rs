//! The reducer: what each action does to the explorer state.

use dealscope::model::{Action, Explorer};

#[test]
fn toggling_the_method_panel_opens_then_closes_it() {
    let mut explorer = Explorer::default();
    assert!(!explorer.method_open, "the panel starts closed");
    assert!(explorer.apply(Action::ToggleMethod));
    assert!(explorer.method_open);
    assert!(explorer.apply(Action::ToggleMethod));
    assert!(!explorer.method_open);
}
