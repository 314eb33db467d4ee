//! Browser tests: the real app mounted in headless Chromium through wasm-bindgen-test.
//! Run with `cargo test --target wasm32-unknown-unknown --test web` (scripts/test.sh does).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element to mount into, so tests do not see each other's DOM.
fn mount_point() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Waits until Yew has finished every pending render. No timer is involved.
async fn settle() {
    yew::scheduler::flush().await;
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn button(root: &Element, selector: &str) -> HtmlElement {
    find(root, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_the_method_toggle_opens_its_panel() {
    let root = mount_point();
    yew::Renderer::<dealscope::ui::App>::with_root(root.clone()).render();
    settle().await;

    let heading = find(&root, "h1").expect("the title is rendered");
    assert!(heading.text_content().unwrap().contains("Would they sign?"));

    let body = find(&root, "[data-testid=method-body]").unwrap();
    assert!(body.has_attribute("hidden"), "the panel starts closed");

    let toggle = button(&root, "[data-testid=method-toggle]");
    toggle.click();
    settle().await;
    assert!(!body.has_attribute("hidden"), "the panel opened");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );

    toggle.click();
    settle().await;
    assert!(body.has_attribute("hidden"), "the panel closed again");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
}
