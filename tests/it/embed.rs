//! Embedding: query options and the Pym.js message formats.

use dealscope::ui::embed::{link_with_deal, pym_height_message, pym_width, EmbedOptions, Theme};

fn options(query: &[(&str, &str)]) -> EmbedOptions {
    EmbedOptions::from_params(query.iter().copied())
}

#[test]
fn embed_options_are_validated_and_unknown_ones_ignored() {
    let plain = options(&[]);
    assert_eq!(plain, EmbedOptions { embed: false, theme: Theme::Auto, child_id: None });
    let embedded = options(&[("embed", "1"), ("theme", "dark"), ("childId", "graphic-1"), ("colour", "red")]);
    assert_eq!(embedded, EmbedOptions { embed: true, theme: Theme::Dark, child_id: Some("graphic-1".into()) });
    assert!(!options(&[("embed", "yes")]).embed);
    assert_eq!(options(&[("theme", "purple")]).theme, Theme::Auto);
    assert_eq!(options(&[("theme", "light")]).theme, Theme::Light);
    assert_eq!(options(&[("childId", "x\"><script>")]).child_id, None);
    assert_eq!(options(&[("childId", "")]).child_id, None);
}

#[test]
fn pym_messages_are_written_and_read_exactly() {
    assert_eq!(pym_height_message("graphic", 812), "pymxPYMxgraphicxPYMxheightxPYMx812");
    assert_eq!(pym_width("pymxPYMxgraphicxPYMxwidthxPYMx640", "graphic"), Some(640));
    assert_eq!(pym_width("pymxPYMxotherxPYMxwidthxPYMx640", "graphic"), None, "another frame's message");
    assert_eq!(pym_width("pymxPYMxgraphicxPYMxheightxPYMx640", "graphic"), None, "not a width");
    assert_eq!(pym_width("pymxPYMxgraphicxPYMxwidthxPYMx-5", "graphic"), None);
    assert_eq!(pym_width("pymxPYMxgraphicxPYMxwidthxPYMx99999999", "graphic"), None);
    assert_eq!(pym_width("{\"sentinel\":\"amp\"}", "graphic"), None);
}

#[test]
fn the_embed_snippet_is_a_titled_lazy_iframe_and_the_loader() {
    use dealscope::ui::embed::embed_snippet;
    let snippet = embed_snippet(
        "https://news.example/graphics/dealscope/index.html?deal=nato:renounced#x",
        "Dealscope: \"A\" & B",
    );
    assert_eq!(
        snippet,
        "<iframe src=\"https://news.example/graphics/dealscope/index.html?embed=1&amp;deal=nato:renounced\" \
         title=\"Dealscope: &quot;A&quot; &amp; B\" width=\"100%\" height=\"1400\" loading=\"lazy\" style=\"border:0\"></iframe>\n\
         <script src=\"https://news.example/graphics/dealscope/embed.js\" async></script>"
    );
    assert!(
        embed_snippet("https://news.example/d/", "T").starts_with("<iframe src=\"https://news.example/d/?embed=1\"")
    );
}

#[test]
fn links_are_built_from_the_deal_given_not_from_the_address_bar() {
    let bar = "https://example.org/ds/?embed=1&theme=dark&childId=x&deal=nato:renounced&preset=us-framework&lang=en#card-ukraine";
    assert_eq!(
        link_with_deal(bar, None, "recognition:deferred,nato:renounced", None, true),
        "https://example.org/ds/?deal=recognition:deferred,nato:renounced"
    );
    assert_eq!(
        link_with_deal(bar, None, "nato:open-door", None, false),
        "https://example.org/ds/?embed=1&theme=dark&childId=x&deal=nato:open-door"
    );
    assert_eq!(
        link_with_deal("https://example.org/ds/?deal=nato:renounced", None, "", None, true),
        "https://example.org/ds/"
    );
    assert_eq!(link_with_deal("", None, "nato:renounced", None, true), "?deal=nato:renounced");
}

#[test]
fn links_carry_the_date_shown_and_replace_the_old_one() {
    let bar = "https://example.org/ds/?as_of=2025-04-30&embed=1&deal=nato:renounced";
    assert_eq!(
        link_with_deal(bar, Some("2025-06-02"), "nato:renounced", None, true),
        "https://example.org/ds/?as_of=2025-06-02&deal=nato:renounced"
    );
    assert_eq!(
        link_with_deal(bar, None, "", None, false),
        "https://example.org/ds/?embed=1",
        "no date: the latest, so the old date goes"
    );
}

#[test]
fn a_link_in_a_language_goes_to_the_page_built_in_it_when_the_site_has_one() {
    use dealscope::model::Lang::{self, En, Ru, Uk};
    use dealscope::ui::embed::at_language_page;
    let all = Lang::ALL;
    let cases: [(&str, Option<Lang>, &str); 9] = [
        (
            "https://example.org/ds/?lang=uk&deal=nato:renounced",
            Some(Uk),
            "https://example.org/ds/uk.html?lang=uk&deal=nato:renounced",
        ),
        ("https://example.org/ds/index.html#top", Some(Ru), "https://example.org/ds/ru.html#top"),
        ("https://example.org/ds/uk.html?lang=ru", Some(Ru), "https://example.org/ds/ru.html?lang=ru"),
        ("https://example.org/ds/uk.html?lang=en", Some(En), "https://example.org/ds/index.html?lang=en"),
        // The folder is the English page already; a page of its own is kept.
        ("https://example.org/ds/?lang=en", Some(En), "https://example.org/ds/?lang=en"),
        ("https://example.org/ds/uk.html", Some(Uk), "https://example.org/ds/uk.html"),
        // A page served under another name keeps it; no language named, no move.
        ("https://example.org/ds/dealscope.html?lang=uk", Some(Uk), "https://example.org/ds/dealscope.html?lang=uk"),
        ("https://example.org/ds/uk.html?deal=a:b", None, "https://example.org/ds/uk.html?deal=a:b"),
        // A path alone, as the address bar's, and the prerender's page name.
        ("/ds/", Some(Uk), "/ds/uk.html"),
    ];
    for (href, lang, expected) in cases {
        assert_eq!(at_language_page(href, lang, &all), expected, "{href} {lang:?}");
    }
    assert_eq!(at_language_page("index.html", Some(Ru), &all), "ru.html");
    // A site with no page per language (a debug build): every link stays on the page it is on.
    assert_eq!(at_language_page("https://example.org/ds/?lang=uk", Some(Uk), &[]), "https://example.org/ds/?lang=uk");
    assert_eq!(at_language_page("https://example.org/ds/", Some(Ru), &[En, Uk]), "https://example.org/ds/");
}

#[test]
fn links_carry_the_language_shown_and_replace_the_old_one() {
    use dealscope::model::Lang;
    let bar = "https://example.org/ds/?lang=ru&embed=1&deal=nato:renounced";
    assert_eq!(
        link_with_deal(bar, Some("2025-06-02"), "nato:renounced", Some(Lang::Uk), true),
        "https://example.org/ds/?lang=uk&as_of=2025-06-02&deal=nato:renounced"
    );
    assert_eq!(
        link_with_deal(bar, None, "", Some(Lang::En), false),
        "https://example.org/ds/?embed=1&lang=en",
        "English named when the reader chose it, so their browser's languages do not override it"
    );
    let snippet = dealscope::ui::embed::embed_snippet(
        &link_with_deal(bar, None, "nato:renounced", Some(Lang::Uk), true),
        "Dealscope",
    );
    assert!(snippet.contains("?embed=1&amp;lang=uk&amp;deal=nato:renounced"), "{snippet}");
}
