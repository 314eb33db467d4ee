//! Evaluation: margins, probabilities, verdict bands, red lines, rules, the joint probability.

use dealscope::model::evaluate::logistic;
use dealscope::model::{evaluate, Verdict};

use crate::support::{package, tiny, ukraine};

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
fn the_order_of_stances_in_the_file_does_not_change_an_evaluation() {
    let scenario = tiny();
    let mut value: serde_json::Value = serde_json::from_str(&crate::support::fixture_text("tiny.json")).unwrap();
    // Rewrite every party's stances with their levers in reverse order.
    for party in value["parties"].as_array_mut().unwrap() {
        let stances = party["stances"].as_object().unwrap().clone();
        let reversed: serde_json::Map<String, serde_json::Value> = stances.into_iter().rev().collect();
        party["stances"] = serde_json::Value::Object(reversed);
    }
    let reordered = dealscope::model::Scenario::from_json(&value.to_string()).unwrap();
    for text in ["truce=later,border=keep", "truce=now,trade=open", "border=move"] {
        let package = package(&scenario, text);
        assert_eq!(evaluate(&scenario, &package), evaluate(&reordered, &package), "{text}");
    }
}

#[test]
fn a_limited_agreement_is_weighed_against_talks_and_anything_more_against_no_settlement() {
    let mut value: serde_json::Value = serde_json::from_str(&crate::support::fixture_text("tiny.json")).unwrap();
    value["levers"][0]["options"][1]["limited"] = true.into();
    for (party, talks) in [(0, -2), (1, 1)] {
        value["parties"][party]["talks"] =
            serde_json::json!({ "value": talks, "source": "s1", "basis": "stated", "note": "Talks go on." });
    }
    let scenario = dealscope::model::Scenario::from_json(&value.to_string()).unwrap();
    // truce=now alone is limited: North 10 - (-2) = 12; South -4 - 1 = -5.
    let truce = package(&scenario, "truce=now");
    assert!(scenario.is_limited(&truce));
    let outcome = evaluate(&scenario, &truce);
    assert_eq!(outcome.parties[0].margin, 12.0);
    assert_eq!(outcome.parties[1].margin, -5.0);
    assert_eq!(outcome.parties[0].against, dealscope::model::WalkAway::Talks);
    // With a settlement term it is judged against no settlement: North 10 + 6 - 5 = 11.
    let settled = package(&scenario, "truce=now,border=keep");
    assert!(!scenario.is_limited(&settled));
    assert_eq!(evaluate(&scenario, &settled).parties[0].margin, 11.0);
    assert_eq!(evaluate(&scenario, &settled).parties[0].against, dealscope::model::WalkAway::Settlement);
    // Nothing addressed is not an agreement at all.
    assert!(!scenario.is_limited(&scenario.empty_package()));
}

#[test]
fn standing_puts_the_verdict_lines_where_the_probabilities_are_and_a_red_line_apart() {
    use dealscope::model::evaluate::{accept_line, Standing, STANDING_RANGE};
    let scenario = ukraine();
    for text in ["nato=renounced", "territory=freeze,guarantees=article5-with-us", "recognition=de-jure-all", ""] {
        let package = package(&scenario, text);
        let outcome = evaluate(&scenario, &package);
        for (party, o) in scenario.parties.iter().zip(&outcome.parties) {
            match o.standing(party) {
                Standing::RedLine => assert!(o.red_line_hit),
                Standing::Scaled(scaled) => {
                    assert!(scaled.abs() <= STANDING_RANGE);
                    // Inside the range, the side of the verdict lines is the verdict.
                    if scaled.abs() < STANDING_RANGE {
                        let expected = if scaled >= accept_line() {
                            Verdict::Accept
                        } else if scaled <= -accept_line() {
                            Verdict::Reject
                        } else {
                            Verdict::Uncertain
                        };
                        assert_eq!(o.verdict, expected, "{} for {text:?} at {scaled}", party.id);
                    }
                }
            }
        }
    }
}
