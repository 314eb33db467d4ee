//! Reader-facing words: headlines, announcements, percentages, dates.

use dealscope::model::{evaluate, explain_all, Words};
use expect_test::{expect, Expect};

use crate::support::{package, ukraine};

fn check_headline(package_text: &str, expect: Expect) {
    let scenario = ukraine();
    let package = package(&scenario, package_text);
    let outcome = evaluate(&scenario, &package);
    expect.assert_eq(&Words::english().headline(&scenario, &package, &outcome, &explain_all(&scenario, &package)));
}

fn preset_text(id: &str) -> String {
    let scenario = ukraine();
    let preset = scenario.preset(id).unwrap();
    dealscope::model::package_text::format(&scenario, &preset.package, '=')
}

#[test]
fn headline_invites_the_reader_when_every_term_is_open() {
    check_headline("", expect!["Every term is open. Choose what each side concedes, or start from a real proposal."]);
}

#[test]
fn headline_names_who_blocks_the_us_framework_and_why() {
    check_headline(
        &preset_text("us-framework"),
        expect!["Ukraine and Europe would likely refuse; Ukraine mainly over its red line on “US recognises Crimea”. Chance that all four sign: 0%."],
    );
}

#[test]
fn headline_for_the_counter_proposal() {
    check_headline(
        &preset_text("europe-ukraine"),
        expect![
            "Russia would likely refuse, mainly over its red line on “European force”. Chance that all four sign: 0%."
        ],
    );
}

#[test]
fn headline_for_a_single_blocker_without_a_red_line() {
    check_headline(
        "ceasefire=first",
        expect!["Russia would likely refuse, mainly over “Ceasefire: Ceasefire first”. Chance that all four sign: 9%."],
    );
}

#[test]
fn announcement_is_one_short_sentence() {
    let scenario = ukraine();
    let package = package(&scenario, &preset_text("us-framework"));
    let text = Words::english().announcement(&scenario, &evaluate(&scenario, &package));
    assert_eq!(text, "Ukraine likely no, Russia undecided, US likely yes, Europe likely no; all sign: 0%.");
}

#[test]
fn percentages_never_round_to_a_false_certainty() {
    assert_eq!(Words::english().percent(0.0), "0%");
    assert_eq!(Words::english().percent(0.004), "under 1%");
    assert_eq!(Words::english().percent(0.625), "63%");
    assert_eq!(Words::english().percent(0.996), "over 99%");
    assert_eq!(Words::english().percent(1.0), "100%");
}

#[test]
fn dates_and_lists_read_naturally() {
    let date = |text: &str| dealscope::model::scenario::Date::parse(text);
    assert_eq!(Words::english().human_date(date("2025-04-30").unwrap()), "30 April 2025");
    assert_eq!(Words::english().human_date(date("2026-01-09").unwrap()), "9 January 2026");
    // Only valid dates exist as `Date`s: these are refused when read.
    for bad in ["2025-13-01", "2025-04-32", "soon", "2025-4-30", "२०२५-04-30"] {
        assert_eq!(date(bad), None, "{bad}");
    }
    assert!(date("2025-04-30") < date("2025-05-01") && date("2024-12-31") < date("2025-01-01"));
    assert_eq!(date("2025-04-30").unwrap().to_string(), "2025-04-30");
    assert_eq!(Words::english().list_and(&["A"]), "A");
    assert_eq!(Words::english().list_and(&["A", "B", "C"]), "A, B and C");
}

#[test]
fn headline_when_nobody_would_sign() {
    check_headline("nato=renounced", expect!["None of the four would likely sign; Ukraine mainly over “NATO: Renounced”. Chance that all four sign: under 1%."]);
}

#[test]
fn big_numbers_and_small_shares_read_naturally() {
    assert_eq!(Words::english().group_digits(0), "0");
    assert_eq!(Words::english().group_digits(1_234_567), "1,234,567");
    assert_eq!(Words::english().big_number(2_764_800_000), "2.8 billion");
    assert_eq!(Words::english().big_number(999), "999");
    assert_eq!(Words::english().share_words(0.0), "none");
    assert_eq!(Words::english().share_words(0.25), "25.0%");
    assert_eq!(Words::english().share_words(1.0 / 1_462_000.0), "about 1 in 1.5 million");
}
