//! The page prerendered at build time: what `dealscope prerender` writes into the built page.

use dealscope::ui::prerender::{page, place, without_attribute};

#[test]
fn test_hooks_are_removed_and_nothing_else() {
    let html = "<p data-testid=\"a\" class=\"b\">x</p><i data-testid=\"c\">y</i>";
    assert_eq!(without_attribute(html, "data-testid"), "<p class=\"b\">x</p><i>y</i>");
}

#[test]
fn the_view_fills_the_empty_slot_once_in_either_spelling() {
    for page in ["<body><div id=\"prerender\"></div></body>", "<body><div id=prerender></div></body>"] {
        let filled = place(page, "<main>v</main>").unwrap();
        assert_eq!(filled, "<body><div id=\"prerender\"><main>v</main></div></body>");
        assert!(place(&filled, "<main>v</main>").is_err(), "a filled slot is not filled twice");
    }
    assert!(place("<body></body>", "v").unwrap_err().contains("prerender"));
}

#[test]
fn the_prerendered_page_is_the_opening_view_without_test_hooks_or_hidden_text() {
    let view = page(dealscope::model::Lang::En);
    assert!(view.contains("<main"), "{view}");
    assert!(view.contains("Every term is open."), "the page as it opens");
    assert_eq!(view.matches("class=\"card ").count(), 4, "a card per party");
    assert!(!view.contains("data-testid"), "only the live app carries test hooks");
    // The closed "How this works" panel is there, empty, as in the app.
    assert!(view.contains("<div id=\"method-body\" hidden=\"hidden\" class=\"method-body\"></div>"), "{view}");
    assert!(!view.contains("class=\"sources\""));
}
