//! Shared helpers: fixtures and packages written as text.

use std::fs;
use std::path::PathBuf;

use dealscope::model::{package_text, shipped, Package, Scenario};

pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

pub fn fixture_text(name: &str) -> String {
    fs::read_to_string(fixture_path(name)).unwrap_or_else(|err| panic!("fixture {name}: {err}"))
}

/// The two-party, three-lever scenario in `tests/fixtures/tiny.json`.
pub fn tiny() -> Scenario {
    Scenario::from_json(&fixture_text("tiny.json")).expect("tiny.json is valid")
}

pub fn ukraine() -> Scenario {
    Scenario::from_json(shipped::UKRAINE_2025.json.expect("compiled in")).expect("the shipped scenario is valid")
}

/// Every dated snapshot of the shipped series, oldest first.
pub fn series() -> Vec<Scenario> {
    shipped::DEFAULT_SERIES
        .snapshots
        .iter()
        .map(|s| Scenario::from_json(s.json.expect("compiled in")).expect("every shipped snapshot is valid"))
        .collect()
}

/// A package written as `lever=option,...`; panics on a typo, so tests fail loudly.
pub fn package(scenario: &Scenario, text: &str) -> Package {
    package_text::apply_strict(scenario, &scenario.empty_package(), text)
        .unwrap_or_else(|ignored| panic!("bad package in test: {ignored:?}"))
}
