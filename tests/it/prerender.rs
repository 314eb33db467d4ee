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
        let filled = place(page, "<main>v</main>", "").unwrap();
        assert_eq!(filled, "<body><div id=\"prerender\"><main>v</main></div></body>");
        assert!(place(&filled, "<main>v</main>", "").is_err(), "a filled slot is not filled twice");
    }
    assert!(place("<body></body>", "v", "").unwrap_err().contains("prerender"));
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

/// The text of the inline element with this id in a built page.
fn inline<'a>(page: &'a str, id: &str) -> &'a str {
    let open = format!("<script type=\"application/json\" id=\"{id}\">");
    let at = page.find(&open).unwrap_or_else(|| panic!("no {id}")) + open.len();
    &page[at..at + page[at..].find("</script>").unwrap()]
}

#[test]
fn each_page_carries_the_opening_snapshot_in_its_own_language_and_no_other() {
    use dealscope::model::opening::{CarriedTexts, Opening};
    use dealscope::model::translation::texts;
    use dealscope::model::{shipped, Lang, Scenario};
    use dealscope::ui::hooks::language::{SKELETON_ID, TEXTS_ID};
    use dealscope::ui::prerender::page_in;
    let english = Scenario::from_json(shipped::DEFAULT.json.unwrap()).unwrap();
    let built =
        "<html lang=en><head><title>t</title></head><body><noscript></noscript><div id=prerender></div></body></html>";
    for lang in Lang::ALL {
        let expected = match lang {
            Lang::En => english.clone(),
            _ => shipped::translation(shipped::DEFAULT.id, lang).unwrap().unwrap().apply(&english),
        };
        let page = page_in(built, &expected, lang).unwrap();
        let skeleton = inline(&page, SKELETON_ID).to_string();
        let texts_in = CarriedTexts::from_json(inline(&page, TEXTS_ID)).unwrap();
        assert_eq!(texts_in.lang, lang);
        let scenario = Opening::Carried { json: skeleton, texts: texts_in }.scenario().unwrap();
        assert_eq!(scenario, expected, "{lang:?}");
        assert!(page.find("</div><script type=\"application/json\"").is_some(), "right after the view");
        // It lists the pages the site is built in, so its links can go to them.
        assert!(page.contains("<meta name=\"dealscope-pages\" content=\"en uk ru\" />\n</head>"), "{lang:?}");
        if lang != Lang::En {
            // Not one English note or description anywhere in the page's opening snapshot.
            let carried = &page[page.find(&format!("id=\"{SKELETON_ID}\"")).unwrap()..];
            for (id, text) in
                texts(&english).into_iter().filter(|(id, _)| id.ends_with("note") || id.ends_with("description"))
            {
                assert!(!carried.contains(&text), "{lang:?}: {id} in English");
            }
        }
    }
}
