//! Explanations, as snapshots: `UPDATE_EXPECT=1 cargo test` refreshes them after a deliberate change.

use dealscope::model::{explain, Cause, Explanation, Scenario};
use expect_test::{expect, Expect};

use crate::support::{package, tiny, ukraine};

/// Renders an explanation in plain lines, with ids instead of indexes, so snapshots read well.
fn render(scenario: &Scenario, e: &Explanation) -> String {
    let party = &scenario.parties[e.party_idx];
    let name = |lever_idx: usize, option_idx: usize| {
        let lever = &scenario.levers[lever_idx];
        format!("{}={}", lever.id, lever.options[option_idx].id)
    };
    let mut out = format!(
        "{}: {} p={:.3} margin={:+.1}\n",
        party.id,
        e.outcome.verdict.id(),
        e.outcome.probability,
        e.outcome.margin
    );
    for c in &e.contributions {
        let what = match c.cause {
            Cause::Option(dealscope::model::Choice { lever_idx, option_idx }) => name(lever_idx, option_idx),
            Cause::Rule { rule_idx } => format!("rule: {}", party.rules[rule_idx].reason),
        };
        out.push_str(&format!("  {:+.1} {what} [{}]\n", c.value, scenario.sources[c.source_idx].id));
    }
    for &idx in &e.red_lines_hit {
        let red_line = &party.red_lines[idx];
        out.push_str(&format!(
            "  red line {}: {}\n",
            name(red_line.choice.lever_idx, red_line.choice.option_idx),
            red_line.reason
        ));
    }
    for &idx in &e.ratification {
        out.push_str(&format!("  needs {}\n", party.rules[idx].ratification.as_deref().unwrap()));
    }
    for flip in &e.flips {
        out.push_str(&format!(
            "  flip {} -> {}\n",
            name(flip.choice.lever_idx, flip.choice.option_idx),
            flip.verdict.id()
        ));
    }
    out
}

fn check(scenario: &Scenario, party_id: &str, package_text: &str, expect: Expect) {
    let party_idx = scenario.party_idx(party_id).unwrap();
    let explanation = explain(scenario, party_idx, &package(scenario, package_text));
    expect.assert_eq(&render(scenario, &explanation));
}

#[test]
fn tiny_north_with_a_rule_and_flips() {
    check(
        &tiny(),
        "north",
        "truce=now,trade=open",
        expect![[r#"
            north: accept p=0.818 margin=+6.0
              +10.0 truce=now [s1]
              +4.0 rule: Trade is worth more to North once the guns are quiet. [s2]
              -3.0 trade=open [s2]
              flip truce=unaddressed -> reject
              flip truce=later -> reject
              flip border=move -> reject
        "#]],
    );
}

#[test]
fn tiny_north_red_line_and_ratification() {
    check(
        &tiny(),
        "north",
        "border=move",
        expect![[r#"
            north: reject p=0.000 margin=-13.0
              -8.0 border=move [s1]
              red line border=move: North will not give up land.
              needs A referendum in North.
              flip border=keep -> uncertain
        "#]],
    );
}

#[test]
fn ukraine_on_the_us_framework() {
    let scenario = ukraine();
    let us = scenario.preset("us-framework").unwrap();
    let text = dealscope::model::package_text::format(&scenario, &us.package, '=');
    check(
        &scenario,
        "ukraine",
        &text,
        expect![[r#"
            ukraine: reject p=0.000 margin=-35.0
              -25.0 nato=renounced [tykhyi-2025-04-25]
              +15.0 guarantees=european [reuters-2025-04-25]
              -15.0 sanctions=lifted [reuters-2025-04-25]
              -10.0 territory=freeze [reuters-2025-04-25]
              +8.0 eu-membership=allowed [reuters-2025-04-25]
              +5.0 ceasefire=on-signing [zelensky-2025-04-22]
              +5.0 znpp=us-operated [reuters-2025-04-25]
              -5.0 us-russia-economy=cooperation [reuters-2025-04-25]
              +5.0 dnipro-kinburn=to-ukraine [reuters-2025-04-25]
              +2.0 minerals-deal=signed [upi-2025-04-30]
              red line recognition=us-de-jure-crimea: Zelensky said on 22 April, as reports said the US plan would recognise Crimea as Russian: 'There is nothing to talk about. This violates our Constitution.'
              needs Ratification by the Verkhovna Rada before the agreement takes effect.
        "#]],
    );
}

#[test]
fn flips_furthest_first_puts_the_biggest_moves_first() {
    let scenario = tiny();
    // North refuses at border=move (red line); moving border away makes it sign or stay undecided.
    let explanation = explain(&scenario, 0, &package(&scenario, "truce=now,trade=open,border=move"));
    let ordered = explanation.flips_furthest_first();
    assert!(!ordered.is_empty());
    assert_eq!(ordered.len(), explanation.flips.len());
    let distance = |f: &dealscope::model::Flip| (f.verdict as i32 - explanation.outcome.verdict as i32).abs();
    assert!(ordered.windows(2).all(|pair| distance(&pair[0]) >= distance(&pair[1])));
    assert!(ordered.iter().all(|flip| explanation.flips.contains(flip)));
}
