//! Loading: one fixture per kind of broken scenario, each with every problem and its path.
//! The fixtures live in `tests/fixtures/broken/`; `UPDATE_EXPECT=1 cargo test` refreshes snapshots.

use dealscope::model::Scenario;
use expect_test::{expect, Expect};

use crate::support::{fixture_text, tiny};

fn check(fixture: &str, expect: Expect) {
    let problems =
        Scenario::from_json(&fixture_text(&format!("broken/{fixture}"))).expect_err("a broken fixture must not load");
    let listed: Vec<String> = problems.iter().map(|p| dealscope::model::Words::english().problem(p)).collect();
    expect.assert_eq(&(listed.join("\n") + "\n"));
}

#[test]
fn the_tiny_fixture_loads_with_indexes_resolved() {
    let scenario = tiny();
    assert_eq!(scenario.parties.len(), 2);
    assert_eq!(scenario.levers.len(), 3);
    let north = &scenario.parties[0];
    assert_eq!(north.values[0][1].as_ref().unwrap().value, 10.0);
    assert_eq!(north.values[0][0], None, "no stance on 'unaddressed'");
    assert_eq!(north.red_lines[0].choice, dealscope::model::Choice { lever_idx: 1, option_idx: 2 });
    assert_eq!(scenario.conceded_by(0, 1), [1], "South values a truce now at -4: its concession");
    assert_eq!(scenario.presets[0].package.choices, [1, 1, 0]);
    assert_eq!(scenario.n_packages(), 3 * 3 * 2);
}

#[test]
fn not_json() {
    check(
        "not-json.json",
        expect![[r#"
            not valid JSON at line 2, column 0: control character (\u0000-\u001F) found while parsing a string
        "#]],
    );
}

#[test]
fn wrong_types() {
    check(
        "wrong-types.json",
        expect![[r#"
        expected an object, found a list
    "#]],
    );
}

#[test]
fn unknown_lever_or_option() {
    check(
        "unknown-lever-or-option.json",
        expect![[r#"
        parties[0].stances.truce.never: unknown option 'never' for lever 'truce' (options: unaddressed, now, later)
        parties[1].stances.weather: unknown lever 'weather' (levers: truce, border, trade)
    "#]],
    );
}

#[test]
fn unknown_party() {
    check(
        "unknown-party.json",
        expect![[r#"
            presets[0].proposed_by[0]: unknown party 'east'
        "#]],
    );
}

#[test]
fn duplicate_ids() {
    check(
        "duplicate-ids.json",
        expect![[r#"
            sources[2].id: duplicate source id 's1'
            levers[1].options[3].id: duplicate option id 'move'
            levers[3].id: duplicate lever id 'trade'
            parties[2].id: duplicate party id 'south'
            presets[1].id: duplicate preset id 'north-plan'
        "#]],
    );
}

#[test]
fn unaddressed_not_first() {
    check(
        "unaddressed-not-first.json",
        expect![[r#"
        levers[1].options[0].id: the first option must be 'unaddressed', found 'move'
        parties[0].red_lines[0].option: 'unaddressed' cannot be a red line (say what the package must include instead)
    "#]],
    );
}

#[test]
fn missing_source() {
    check(
        "missing-source.json",
        expect![[r#"
        parties[0].stances.border.keep.source: cites 's9', which is not in sources
        parties[1].red_lines[0].source: cites 'missing', which is not in sources
    "#]],
    );
}

#[test]
fn preset_unknown_option() {
    check(
        "preset-unknown-option.json",
        expect![[r#"
        presets[0].package.trade: unknown option 'closed' for lever 'trade' (options: unaddressed, open)
        presets[0].package.weather: unknown lever 'weather' (levers: truce, border, trade)
    "#]],
    );
}

#[test]
fn non_finite_number() {
    check(
        "non-finite-number.json",
        expect![[r#"
        parties[0].stances.truce.now.value: expected a number, found a string
        parties[1].uncertainty: must be greater than 0
    "#]],
    );
}

#[test]
fn number_out_of_range() {
    check(
        "number-out-of-range.json",
        expect![[r#"
            not valid JSON at line 123, column 22: number out of range
        "#]],
    );
}

#[test]
fn typos_and_formats() {
    check(
        "typos-and-formats.json",
        expect![[r#"
            id: 'Tiny Scenario' is not a valid id (use lowercase letters, digits and hyphens)
            sources[0].date: '1 April 2025' is not a date (use YYYY-MM-DD)
            parties[0].stance: unknown field (expected one of: id, name, short_name, abbr, reservation, talks, uncertainty, stances, red_lines, rules)
            parties[0].stances: missing
        "#]],
    );
}

#[test]
fn bad_red_line_and_rule() {
    check(
        "bad-red-line-and-rule.json",
        expect![[r#"
        parties[0].red_lines[1].option: 'unaddressed' cannot be a red line (say what the package must include instead)
        parties[0].rules[2].when: a rule needs at least one condition
        parties[0].rules[2]: a rule needs a value, a ratification, or both
    "#]],
    );
}

#[test]
fn source_after_as_of() {
    check(
        "source-after-as-of.json",
        expect![[r#"
        sources[1].date: 2025-05-02 is after the scenario's as_of date 2025-04-30
    "#]],
    );
}

#[test]
fn every_broken_fixture_has_a_test() {
    let dir = crate::support::fixture_path("broken");
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|entry| entry.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    let source = include_str!("load.rs");
    let untested: Vec<&String> = names.iter().filter(|name| !source.contains(&format!("\"{name}\""))).collect();
    assert!(untested.is_empty(), "fixtures without a test: {untested:?}");
}

#[test]
fn editorial() {
    check(
        "editorial.json",
        expect![[r#"
            sources[0].title_lang: 'Russian' is not a language code (use two or three lowercase letters, such as uk or ru)
            sources[0].url: missing: give the source's public https:// address, or say in no_url why there is none
            sources[1].no_url: give either url or no_url, not both
            levers[0].options[2].conceded_by: unknown field (expected one of: id, label, description, limited)
            parties[0].stances.truce.later.basis: 'guessed' is not a basis (use stated or inferred)
            parties[0].stances.truce.now.basis: missing
            parties[0].stances.truce.now.note: missing
            parties[1].talks: missing: the scenario has limited options, so each party needs a talks stance
        "#]],
    );
}

#[test]
fn a_party_abbreviation_is_one_to_three_capitals_and_defaults_to_its_short_name() {
    assert_eq!(tiny().parties[0].abbr, "N", "from the short name when the file gives none");
    let mut value: serde_json::Value = serde_json::from_str(&fixture_text("tiny.json")).unwrap();
    value["parties"][0]["abbr"] = "NTH".into();
    assert_eq!(Scenario::from_json(&value.to_string()).unwrap().parties[0].abbr, "NTH");
    value["parties"][0]["abbr"] = "north".into();
    let problems = Scenario::from_json(&value.to_string()).unwrap_err();
    let lines: Vec<String> = problems.iter().map(|p| dealscope::model::Words::english().problem(p)).collect();
    assert_eq!(lines, ["parties[0].abbr: 'north' is not an abbreviation (use one to three capital letters or digits)"]);
}

#[test]
fn a_default_abbreviation_is_always_one_the_file_could_have_given() {
    let mut value: serde_json::Value = serde_json::from_str(&fixture_text("tiny.json")).unwrap();
    let id = value["parties"][0]["id"].as_str().unwrap().to_string();
    let abbr_of = |value: &serde_json::Value| Scenario::from_json(&value.to_string()).unwrap().parties[0].abbr.clone();
    value["parties"][0]["short_name"] = "eu 27".into();
    assert_eq!(abbr_of(&value), "EU", "capitals, spaces skipped");
    // A short name without Latin letters (a newsroom's file in Ukrainian) takes its id's, not
    // Cyrillic capitals that no file may give.
    value["parties"][0]["short_name"] = "Україна".into();
    let expected: String = id.chars().filter(char::is_ascii_alphanumeric).take(2).collect::<String>().to_uppercase();
    assert_eq!(abbr_of(&value), expected);
    assert!(!expected.is_empty());
}
