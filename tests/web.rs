//! Browser tests: the real app mounted in headless Chromium through wasm-bindgen-test.
//! Run with `cargo test --target wasm32-unknown-unknown --test web` (scripts/test.sh does).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element to mount into, so tests do not see each other's DOM. The page carries the
/// opening snapshot inline, as a page built by `dealscope prerender` does (`carry_opening`).
fn mount_point() -> Element {
    carry_opening(true);
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Puts the opening snapshot in the page as a built page carries it (its skeleton and its English
/// texts, in inline JSON elements), or takes it away.
fn carry_opening(carry: bool) {
    use dealscope::model::opening::{skeleton, CarriedTexts};
    use dealscope::ui::hooks::language::{SKELETON_ID, TEXTS_ID};
    let document = gloo::utils::document();
    let json = include_str!("../assets/scenarios/ukraine-2026-02-18.json");
    let blocks = || {
        let scenario = dealscope::model::Scenario::from_json(json).unwrap();
        let texts = CarriedTexts::of(&scenario, dealscope::model::Lang::En).to_json();
        [(SKELETON_ID, skeleton(json).unwrap()), (TEXTS_ID, texts)]
    };
    let carried = document.get_element_by_id(SKELETON_ID);
    match (carry, carried) {
        (true, None) => {
            for (id, text) in blocks() {
                let script = document.create_element("script").unwrap();
                script.set_attribute("type", "application/json").unwrap();
                script.set_id(id);
                script.set_text_content(Some(&text));
                document.body().unwrap().append_child(&script).unwrap();
            }
        }
        (false, Some(_)) => {
            for id in [SKELETON_ID, TEXTS_ID] {
                document.get_element_by_id(id).unwrap().remove();
            }
        }
        _ => {}
    }
}

/// Waits until Yew has finished every pending render, and the page every stage of its first
/// render (each stage is a task, and `html[data-starting]` is there until the last one). No timer
/// is involved: each turn waits for the task the page queued.
async fn settle() {
    yew::scheduler::flush().await;
    while gloo::utils::document().document_element().is_some_and(|html| html.has_attribute("data-starting")) {
        dealscope::ui::hooks::task::next_task().await;
        yew::scheduler::flush().await;
    }
}

/// The page of problems' text, once a fetch the page started has failed and it shows it (task by
/// task, no timer; a bounded number of turns, so a page that never shows it fails the test).
async fn problems_shown(root: &Element) -> String {
    let mut turns = 0;
    while find(root, "[data-testid=scenario-problems]").is_none() && turns < 10_000 {
        dealscope::ui::hooks::task::next_task().await;
        yew::scheduler::flush().await;
        turns += 1;
    }
    text(root, "[data-testid=scenario-problems]")
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn button(root: &Element, selector: &str) -> HtmlElement {
    find(root, selector).unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap()
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_the_method_toggle_opens_its_panel() {
    let root = mount_point();
    yew::Renderer::<dealscope::ui::App>::with_root(root.clone()).render();
    settle().await;

    let heading = find(&root, "h1").expect("the title is rendered");
    assert!(heading.text_content().unwrap().contains("Russia–Ukraine peace deal"));

    let body = find(&root, "[data-testid=method-body]").unwrap();
    assert!(body.has_attribute("hidden"), "the panel starts closed");

    let toggle = button(&root, "[data-testid=method-toggle]");
    toggle.click();
    settle().await;
    assert!(!body.has_attribute("hidden"), "the panel opened");
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("true"));

    toggle.click();
    settle().await;
    assert!(body.has_attribute("hidden"), "the panel closed again");
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn a_click_on_a_preset_changes_the_verdicts_and_the_link() {
    let root = mount_point();
    yew::Renderer::<dealscope::ui::App>::with_root(root.clone()).render();
    settle().await;
    assert!(text(&root, "[data-testid=headline]").starts_with("Every term is open"));

    button(&root, "[data-testid=preset-us-framework]").click();
    settle().await;
    let card = find(&root, "[data-testid=card-ukraine]").unwrap();
    assert_eq!(text(&card, "[data-testid=verdict]"), "Would likely refuse");
    assert!(text(&card, "[data-testid=red-lines]").contains("US recognises Crimea"));
    assert!(text(&root, "[data-testid=announcement]").starts_with("Ukraine likely no"));
    let search = gloo::utils::window().location().search().unwrap();
    assert!(search.contains("deal=ceasefire:on-signing,territory:freeze"), "{search}");

    // One tap on "Not addressed" takes a term back out.
    button(&root, "#opt-recognition-unaddressed").click();
    settle().await;
    assert!(find(&card, "[data-testid=red-lines]").is_none(), "the red line is gone");
    let search = gloo::utils::window().location().search().unwrap();
    assert!(!search.contains("recognition"), "{search}");

    button(&root, "[data-testid=reset]").click();
    settle().await;
    assert_eq!(gloo::utils::window().location().search().unwrap(), "");
}

#[wasm_bindgen_test]
fn the_panic_panel_shows_a_message_as_text() {
    dealscope::ui::show_panic_panel("boom <b>not html</b>");
    let panel = gloo::utils::document().query_selector("[data-testid=panic-panel]").unwrap().unwrap();
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert!(panel.text_content().unwrap().contains("Something went wrong"));
    assert!(panel.query_selector("b").unwrap().is_none(), "the message is text, never markup");
    panel.remove();
}

#[wasm_bindgen_test]
async fn the_panic_panel_speaks_the_language_shown() {
    use std::rc::Rc;

    use dealscope::model::{Lang, Words};
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    struct Props {
        words: Rc<Words>,
    }
    #[function_component]
    fn Speaks(props: &Props) -> Html {
        dealscope::ui::hooks::panic::use_panic_words(props.words.clone());
        html! {}
    }
    let panel_after = |words: Rc<Words>| async move {
        let root = gloo::utils::document().create_element("div").unwrap();
        yew::Renderer::<Speaks>::with_root_and_props(root, Props { words }).render();
        yew::scheduler::flush().await;
        dealscope::ui::show_panic_panel("boom");
        let panel = gloo::utils::document().query_selector("[data-testid=panic-panel]").unwrap().unwrap();
        let text = panel.query_selector("h2").unwrap().unwrap().text_content().unwrap();
        panel.remove();
        text
    };
    let ukrainian = Rc::new(Words::new(Lang::Uk, include_str!("../assets/i18n/uk.ftl")).unwrap());
    let expected = ukrainian.get("panic-title");
    assert_ne!(expected, Words::english().get("panic-title"));
    assert_eq!(panel_after(ukrainian).await, expected);
    // English again, for the other tests.
    assert_eq!(panel_after(Words::english()).await, Words::english().get("panic-title"));
}

#[wasm_bindgen_test]
async fn the_first_view_is_built_in_stages_hidden_and_shown_whole() {
    let html = gloo::utils::document().document_element().unwrap();
    let root = mount_point();
    yew::Renderer::<dealscope::ui::App>::with_root(root.clone()).render();
    // The first task: the scenario is read, the app hidden, nothing of it shown yet.
    yew::scheduler::flush().await;
    assert!(html.has_attribute("data-starting"), "hidden while it starts");
    assert!(find(&root, "[data-testid=concessions]").is_none(), "the terms come in a later task");
    // Task by task, every part arrives; the last one shows the app.
    let mut tasks = 0;
    while html.has_attribute("data-starting") {
        dealscope::ui::hooks::task::next_task().await;
        yew::scheduler::flush().await;
        tasks += 1;
        assert!(tasks <= dealscope::ui::hooks::prerendered::STAGES, "shown after its last stage");
    }
    for part in ["headline", "card-ukraine", "concessions", "over-time", "method"] {
        assert!(find(&root, &format!("[data-testid={part}]")).is_some(), "{part}");
    }
}

#[wasm_bindgen_test]
async fn a_broken_scenario_shows_its_problems_at_once() {
    let html = gloo::utils::document().document_element().unwrap();
    let root = mount_point();
    let props = dealscope::ui::AppProps { scenario_json: Some("{\"id\": 1}".into()), lang: None };
    yew::Renderer::<dealscope::ui::App>::with_root_and_props(root.clone(), props).render();
    // Shown at once, and not hidden again by stages a page of problems does not have.
    for _ in 0..=dealscope::ui::hooks::prerendered::STAGES {
        yew::scheduler::flush().await;
        assert!(!html.has_attribute("data-starting"), "not hidden");
        dealscope::ui::hooks::task::next_task().await;
    }
    assert!(find(&root, "[data-testid=scenario-problems]").is_some());
}

#[wasm_bindgen_test]
async fn a_page_that_carries_no_opening_snapshot_fetches_it_and_names_the_file_it_could_not_get() {
    let root = mount_point();
    carry_opening(false);
    yew::Renderer::<dealscope::ui::App>::with_root(root.clone()).render();
    // The test server has no `scenarios/` folder: the fetch fails, and the page says which file.
    let problems = problems_shown(&root).await;
    carry_opening(true);
    assert!(problems.contains("scenarios/ukraine-2026-02-18.json"), "{}", root.inner_html());
}

#[wasm_bindgen_test]
async fn a_page_whose_own_copy_of_the_opening_snapshot_was_altered_fetches_the_file_instead() {
    use dealscope::ui::hooks::language::SKELETON_ID;
    let root = mount_point();
    // Cut short on the way (a CMS, a proxy): the copy no longer reads as a scenario.
    let skeleton = gloo::utils::document().get_element_by_id(SKELETON_ID).unwrap();
    let whole = skeleton.text_content().unwrap();
    skeleton.set_text_content(Some(&whole[..whole.len() / 2]));
    yew::Renderer::<dealscope::ui::App>::with_root(root.clone()).render();
    // The test server has no `scenarios/` folder: the file's fetch fails too, and only then does
    // the page show a problem, naming the file rather than the copy's broken JSON.
    let problems = problems_shown(&root).await;
    skeleton.set_text_content(Some(&whole));
    assert!(problems.contains("scenarios/ukraine-2026-02-18.json"), "{}", root.inner_html());
}
