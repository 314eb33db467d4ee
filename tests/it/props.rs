//! Property tests for untrusted input (scenario files, links) and for evaluation over any package.

use dealscope::model::package_text::parse_lenient;
use dealscope::model::{evaluate, explain, Package, Scenario, Verdict};
use proptest::prelude::*;
use serde_json::Value;

use crate::support::{fixture_text, ukraine};

/// A random package for `scenario`, from one random number per lever.
fn package_from(scenario: &Scenario, seeds: &[u16]) -> Package {
    Package {
        choices: scenario
            .levers
            .iter()
            .zip(seeds)
            .map(|(lever, seed)| (usize::from(*seed) % lever.options.len()) as u8)
            .collect(),
    }
}

fn assert_sane(scenario: &Scenario, package: &Package) {
    let outcome = evaluate(scenario, package);
    for party in &outcome.parties {
        assert!((0.0..=1.0).contains(&party.probability), "{party:?}");
        assert!(party.margin.is_finite());
        assert_eq!(party.verdict, Verdict::from_probability(party.probability));
    }
    assert!((0.0..=1.0).contains(&outcome.all_accept_probability));
}

/// Replaces the value at a random place in `value` (chosen by `path_seeds`) with `replacement`.
fn replace_somewhere(value: &mut Value, path_seeds: &[usize], replacement: Value) {
    match (value, path_seeds.split_first()) {
        (Value::Object(map), Some((seed, rest))) if !map.is_empty() => {
            let key = map.keys().nth(seed % map.len()).unwrap().clone();
            replace_somewhere(map.get_mut(&key).unwrap(), rest, replacement);
        }
        (Value::Array(items), Some((seed, rest))) if !items.is_empty() => {
            let len = items.len();
            replace_somewhere(&mut items[seed % len], rest, replacement);
        }
        (node, _) => *node = replacement,
    }
}

fn any_json() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        any::<f64>().prop_map(|x| serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)),
        ".{0,12}".prop_map(Value::String),
        Just(Value::Array(vec![])),
        Just(Value::Object(Default::default())),
        Just(Value::String("unaddressed".into())),
    ]
}

proptest! {
    #[test]
    fn any_package_of_the_shipped_scenario_gives_probabilities_in_range(
        seeds in proptest::collection::vec(any::<u16>(), 32)
    ) {
        let scenario = ukraine();
        let package = package_from(&scenario, &seeds);
        assert_sane(&scenario, &package);
        for party_idx in 0..scenario.parties.len() {
            let explanation = explain(&scenario, party_idx, &package);
            for flip in &explanation.flips {
                let moved = package.with(flip.choice);
                prop_assert_eq!(evaluate(&scenario, &moved).parties[party_idx].verdict, flip.verdict);
            }
        }
    }

    #[test]
    fn a_scenario_file_with_bytes_mutated_never_panics(
        at in any::<prop::sample::Index>(),
        cut in 0usize..40,
        insert in ".{0,8}",
    ) {
        let text = fixture_text("tiny.json");
        let start = at.index(text.len());
        let end = (start + cut).min(text.len());
        if text.is_char_boundary(start) && text.is_char_boundary(end) {
            let mutated = format!("{}{}{}", &text[..start], insert, &text[end..]);
            if let Ok(scenario) = Scenario::from_json(&mutated) {
                assert_sane(&scenario, &scenario.empty_package());
            }
        }
    }

    #[test]
    fn a_scenario_with_any_value_replaced_never_panics(
        path in proptest::collection::vec(any::<usize>(), 1..7),
        replacement in any_json(),
        seeds in proptest::collection::vec(any::<u16>(), 3),
    ) {
        let mut value: Value = serde_json::from_str(&fixture_text("tiny.json")).unwrap();
        replace_somewhere(&mut value, &path, replacement);
        match Scenario::from_json(&value.to_string()) {
            Ok(scenario) => assert_sane(&scenario, &package_from(&scenario, &seeds)),
            Err(problems) => prop_assert!(!problems.is_empty()),
        }
    }

    #[test]
    fn any_link_text_gives_a_valid_package_and_safe_notices(text in "\\PC{0,80}|[a-z:,=-]{0,80}") {
        let scenario = ukraine();
        let (package, ignored) = parse_lenient(&scenario, &text);
        prop_assert_eq!(package.choices.len(), scenario.levers.len());
        for (lever, &choice) in scenario.levers.iter().zip(&package.choices) {
            prop_assert!(usize::from(choice) < lever.options.len());
        }
        for notice in ignored {
            prop_assert!(notice.part.chars().count() <= 41);
            prop_assert!(!notice.part.chars().any(char::is_control));
        }
    }
}
