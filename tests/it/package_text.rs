//! Packages as text: round trips, and what is ignored (with reasons) in untrusted input.

use dealscope::model::package_text::{apply_strict, format, parse_lenient, shown, IgnoredWhy};
use dealscope::model::Words;

use crate::support::{package, tiny};

#[test]
fn a_package_round_trips_through_link_text() {
    let scenario = tiny();
    let original = package(&scenario, "truce=later,trade=open");
    let text = format(&scenario, &original, ':');
    assert_eq!(text, "truce:later,trade:open");
    assert_eq!(parse_lenient(&scenario, &text), (original, vec![]));
}

#[test]
fn the_empty_package_is_empty_text() {
    let scenario = tiny();
    assert_eq!(format(&scenario, &scenario.empty_package(), ':'), "");
    assert_eq!(parse_lenient(&scenario, ""), (scenario.empty_package(), vec![]));
}

#[test]
fn garbage_is_ignored_with_a_reason_and_the_valid_part_applied() {
    let scenario = tiny();
    let (package_got, ignored) =
        parse_lenient(&scenario, "foo:bar,\u{0}, <script>,truce:now,border:sideways,truce:later,,");
    assert_eq!(package_got, package(&scenario, "truce=now"));
    let listed: Vec<String> =
        ignored.iter().map(|i| format!("{} | {}", i.part, Words::english().ignored_reason(&i.why))).collect();
    assert_eq!(
        listed,
        [
            "foo:bar | no term called 'foo'",
            "\u{FFFD} | not in the form lever:option or lever=option",
            "<script> | not in the form lever:option or lever=option",
            "border:sideways | 'sideways' is not an option of 'border'",
            "truce:later | 'truce' was already given; the first one is kept",
        ]
    );
}

#[test]
fn strict_parsing_overrides_a_base_and_rejects_any_unknown_part() {
    let scenario = tiny();
    let base = package(&scenario, "truce=now,border=keep");
    assert_eq!(apply_strict(&scenario, &base, "border=move"), Ok(package(&scenario, "truce=now,border=move")));
    let err = apply_strict(&scenario, &base, "border:move,trade=shut").unwrap_err();
    assert_eq!(err.len(), 1);
    assert_eq!(err[0].why, IgnoredWhy::UnknownOption { option: "shut".into(), lever: "trade".into() });
}

#[test]
fn shown_text_is_short_and_free_of_control_characters() {
    assert_eq!(shown("a\u{7}b"), "a\u{FFFD}b");
    let long = "x".repeat(100);
    assert_eq!(shown(&long).chars().count(), 41);
    assert!(shown(&long).ends_with('…'));
}

#[test]
fn one_parser_reads_both_separators() {
    let scenario = tiny();
    let (mixed, ignored) = parse_lenient(&scenario, "truce:now, border=keep");
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(mixed, package(&scenario, "truce=now,border=keep"));
}
