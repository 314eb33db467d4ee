//! The shipped scenarios: every one validates, and the Ukraine scenario says what its seed
//! article says (late April 2025).

use dealscope::model::{evaluate, explain, Scenario, Verdict};

use crate::support::ukraine;

#[test]
fn every_shipped_scenario_validates() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        if let Err(problems) = Scenario::from_json(&text) {
            panic!("{} has problems:\n{problems:#?}", path.display());
        }
        n += 1;
    }
    assert!(n >= 1);
}

#[test]
fn the_vocabulary_is_the_contract() {
    let scenario = ukraine();
    let ids = |items: Vec<&str>| items.join(" ");
    assert_eq!(scenario.id, "ukraine-2025");
    assert_eq!(ids(scenario.parties.iter().map(|p| p.id.as_str()).collect()), "ukraine russia united-states europe");
    let levers: Vec<String> = scenario
        .levers
        .iter()
        .map(|lever| {
            let options: Vec<&str> = lever.options.iter().map(|o| o.id.as_str()).collect();
            format!("{}: {}", lever.id, options.join(" "))
        })
        .collect();
    assert_eq!(
        levers,
        [
            "ceasefire: unaddressed partial first on-signing",
            "territory: unaddressed full-withdrawal pre-2022-lines freeze cede-donbas cede-four-regions",
            "recognition: unaddressed deferred de-facto us-de-jure-crimea de-jure-all",
            "nato: unaddressed membership open-door renounced constitutional-ban",
            "army-cap: unaddressed none 800k 600k demilitarized",
            "guarantees: unaddressed none european article5-with-us",
            "foreign-troops: unaddressed european-force monitors-only banned",
            "sanctions: unaddressed kept gradual partial-immediate lifted",
            "frozen-assets: unaddressed reparations joint-fund returned",
            "znpp: unaddressed ukraine us-operated shared russia",
            "elections: unaddressed normal within-100-days",
            "eu-membership: unaddressed fast-track allowed blocked",
            "accountability: unaddressed tribunal amnesty",
            "humanitarian: unaddressed all-for-all",
            "us-russia-economy: unaddressed cooperation",
            "minerals-deal: unaddressed signed",
            "language-church: unaddressed protected",
        ]
    );
}

fn verdicts_for_preset(preset_id: &str) -> Vec<(String, Verdict)> {
    let scenario = ukraine();
    let preset = scenario.preset(preset_id).unwrap();
    let outcome = evaluate(&scenario, &preset.package);
    scenario.parties.iter().map(|p| p.id.clone()).zip(outcome.parties.iter().map(|o| o.verdict)).collect()
}

fn verdict(verdicts: &[(String, Verdict)], party_id: &str) -> Verdict {
    verdicts.iter().find(|(id, _)| id == party_id).unwrap().1
}

#[test]
fn seed_the_us_proposal_is_rejected_by_ukraine_over_crimea_and_by_europe() {
    let scenario = ukraine();
    let preset = scenario.preset("us-framework").unwrap();
    let verdicts = verdicts_for_preset("us-framework");
    assert_eq!(verdict(&verdicts, "ukraine"), Verdict::Reject);
    assert_eq!(verdict(&verdicts, "europe"), Verdict::Reject);

    let ukraine_idx = scenario.party_idx("ukraine").unwrap();
    let explanation = explain(&scenario, ukraine_idx, &preset.package);
    let party = &scenario.parties[ukraine_idx];
    let red_lines: Vec<String> = explanation
        .red_lines_hit
        .iter()
        .map(|&i| {
            let red_line = &party.red_lines[i];
            let lever = &scenario.levers[red_line.lever_idx];
            format!("{}={}", lever.id, lever.options[red_line.option_idx].id)
        })
        .collect();
    assert_eq!(red_lines, ["recognition=us-de-jure-crimea"]);
}

#[test]
fn seed_the_us_proposal_as_described_contains_what_the_article_lists() {
    let scenario = ukraine();
    let preset = scenario.preset("us-framework").unwrap();
    let text = dealscope::model::package_text::format(&scenario, &preset.package, '=');
    for term in ["recognition=us-de-jure-crimea", "nato=renounced", "sanctions=lifted", "guarantees=european"] {
        assert!(text.contains(term), "{term} missing from {text}");
    }
}

#[test]
fn seed_ukraine_and_europes_vision_is_accepted_by_both_and_not_by_russia() {
    let verdicts = verdicts_for_preset("europe-ukraine");
    assert_eq!(verdict(&verdicts, "ukraine"), Verdict::Accept);
    assert_eq!(verdict(&verdicts, "europe"), Verdict::Accept);
    assert_ne!(verdict(&verdicts, "russia"), Verdict::Accept);
}

#[test]
fn seed_the_us_walk_away_threat_is_in_its_reservation_and_said_so() {
    let scenario = ukraine();
    let us = &scenario.parties[scenario.party_idx("united-states").unwrap()];
    assert!(us.reservation.value > 0.0, "walking away must be worth something to the US");
    assert_eq!(scenario.sources[us.reservation.source_idx].id, "rubio-2025-04-18");
    let note = us.reservation.note.as_deref().unwrap();
    assert!(note.contains("move on") && note.contains("within days"), "{note}");
}

#[test]
fn with_every_term_unaddressed_nobody_signs() {
    let scenario = ukraine();
    let outcome = evaluate(&scenario, &scenario.empty_package());
    assert!(outcome.parties.iter().all(|p| p.verdict == Verdict::Reject), "{outcome:?}");
}
