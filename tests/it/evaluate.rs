//! Evaluation: margins, probabilities, verdict bands, red lines, rules, the joint probability.

use dealscope::model::evaluate::logistic;
use dealscope::model::{evaluate, Verdict};

use crate::support::{package, tiny};

#[test]
fn margin_is_values_plus_rules_minus_reservation() {
    let scenario = tiny();
    // North: truce=now 10, trade=open -3, rule (now + open) +4, reservation 5 => 6.
    let outcome = evaluate(&scenario, &package(&scenario, "truce=now,trade=open"));
    let north = outcome.parties[0];
    assert_eq!(north.margin, 10.0 - 3.0 + 4.0 - 5.0);
    assert_eq!(north.probability, logistic(6.0 / 4.0));
    assert_eq!(north.verdict, Verdict::Accept);
    assert!(!north.red_line_hit);
    // South: now -4, open 7, reservation 3 => 0: exactly even.
    let south = outcome.parties[1];
    assert_eq!(south.margin, 0.0);
    assert_eq!(south.probability, 0.5);
    assert_eq!(south.verdict, Verdict::Uncertain);
    assert_eq!(outcome.all_accept_probability, north.probability * 0.5);
}

#[test]
fn a_rule_applies_only_when_all_its_conditions_hold() {
    let scenario = tiny();
    let without = evaluate(&scenario, &package(&scenario, "truce=now")).parties[0].margin;
    let with_trade = evaluate(&scenario, &package(&scenario, "truce=now,trade=open")).parties[0].margin;
    assert_eq!(with_trade - without, -3.0 + 4.0);
    let later = evaluate(&scenario, &package(&scenario, "truce=later,trade=open")).parties[0].margin;
    assert_eq!(later, 2.0 - 3.0 - 5.0, "no rule bonus without truce=now");
}

#[test]
fn a_red_line_forces_rejection_whatever_the_margin() {
    let scenario = tiny();
    let outcome = evaluate(&scenario, &package(&scenario, "truce=now,border=move,trade=open"));
    let north = outcome.parties[0];
    assert!(north.red_line_hit);
    assert_eq!(north.probability, 0.0);
    assert_eq!(north.verdict, Verdict::Reject);
    assert_eq!(outcome.all_accept_probability, 0.0);
}

#[test]
fn verdict_bands_are_inclusive_at_sixty_and_forty_percent() {
    assert_eq!(Verdict::from_probability(0.6), Verdict::Accept);
    assert_eq!(Verdict::from_probability(0.5999), Verdict::Uncertain);
    assert_eq!(Verdict::from_probability(0.4001), Verdict::Uncertain);
    assert_eq!(Verdict::from_probability(0.4), Verdict::Reject);
}

#[test]
fn evaluation_is_deterministic() {
    let scenario = tiny();
    let package = package(&scenario, "truce=later,border=keep");
    assert_eq!(evaluate(&scenario, &package), evaluate(&scenario, &package));
}
