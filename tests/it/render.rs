//! Components rendered to HTML with Yew's server renderer, asserted on their markup.

use dealscope::ui::{App, MethodPanel, MethodPanelProps};
use futures::executor::block_on;
use yew::{Callback, LocalServerRenderer};

fn render_app() -> String {
    block_on(LocalServerRenderer::<App>::new().hydratable(false).render())
}

fn render_method_panel(open: bool) -> String {
    let props = MethodPanelProps {
        open,
        on_toggle: Callback::noop(),
    };
    block_on(
        LocalServerRenderer::<MethodPanel>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

#[test]
fn app_has_the_page_landmarks_in_order() {
    let html = render_app();
    let positions: Vec<usize> = [
        "<header",
        "<h1>",
        "<main",
        "data-testid=\"concessions\"",
        "data-testid=\"verdicts\"",
        "data-testid=\"method\"",
        "<footer",
    ]
    .iter()
    .map(|needle| {
        html.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing from {html}"))
    })
    .collect();
    assert!(
        positions.windows(2).all(|pair| pair[0] < pair[1]),
        "landmarks out of order: {html}"
    );
    assert!(html.contains("Would they sign?"));
    assert!(
        html.contains("datetime=\"2025-04\""),
        "the as-of date is machine-readable"
    );
    assert!(
        html.contains("aria-live=\"polite\""),
        "verdicts are announced"
    );
}

#[test]
fn method_panel_hides_its_body_when_closed() {
    let closed = render_method_panel(false);
    assert!(closed.contains("aria-expanded=\"false\""), "{closed}");
    assert!(closed.contains(" hidden"), "{closed}");

    let open = render_method_panel(true);
    assert!(open.contains("aria-expanded=\"true\""), "{open}");
    assert!(!open.contains(" hidden"), "{open}");
}
