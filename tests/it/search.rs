//! The deal finder against brute force on many small random scenarios, its determinism, and
//! what it says about the shipped scenario.

use dealscope::model::room::Room;
use dealscope::model::scenario::Scenario;
use dealscope::model::search::{brute_force, nearest, Goal, Search};
use dealscope::model::{evaluate, Package, Verdict};
use proptest::prelude::*;

use crate::support::ukraine;

// The benchmark's generator; its seeded numbers serve the growth curve only.
#[allow(dead_code)]
#[path = "../../benches/support/generated.rs"]
mod generated;
use generated::scenario_from;

fn random_case() -> impl Strategy<Value = (Scenario, Package, Vec<bool>)> {
    (2usize..4, proptest::collection::vec(2usize..5, 2..6), proptest::collection::vec(any::<i8>(), 64), any::<u64>())
        .prop_map(|(n_parties, option_counts, numbers, seed)| {
            let scenario = scenario_from(n_parties, &option_counts, &numbers);
            let mut bits = seed;
            let mut package = scenario.empty_package();
            let mut locked = vec![false; scenario.levers.len()];
            for (lever_idx, lever) in scenario.levers.iter().enumerate() {
                package.choices[lever_idx] = (bits % lever.options.len() as u64) as u8;
                bits /= 5;
                locked[lever_idx] = bits % 4 == 0;
                bits /= 4;
            }
            (scenario, package, locked)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn the_nearest_all_accept_package_is_what_brute_force_finds((scenario, from, locked) in random_case()) {
        let goal = Goal::all_accept(&scenario);
        let result = nearest(&scenario, &from, &locked, &goal);
        prop_assert_eq!(result.found, brute_force(&scenario, &from, &locked, &goal));
    }

    #[test]
    fn what_it_would_take_for_each_party_is_what_brute_force_finds((scenario, from, locked) in random_case()) {
        for party_idx in 0..scenario.parties.len() {
            let goal = Goal::party_accepts(&scenario, &from, party_idx);
            let result = nearest(&scenario, &from, &locked, &goal);
            prop_assert_eq!(result.found, brute_force(&scenario, &from, &locked, &goal));
        }
    }

    #[test]
    fn the_room_share_is_exact_on_small_scenarios((scenario, _from, _locked) in random_case()) {
        let room = Room::enumerate(&scenario);
        prop_assert!(room.exact);
        let mut accepted = 0u64;
        let mut seen = 0u128;
        dealscope::model::search::for_each_package(&scenario, |package| {
            seen += 1;
            if evaluate(&scenario, package).all_accept() {
                accepted += 1;
            }
        });
        prop_assert_eq!((room.seen, room.accepted), (seen, accepted));
        prop_assert_eq!(room.interval(), (room.share(), room.share()));
        // The pruned count agrees with enumeration, option by option.
        let counted = Room::count_exact(&scenario, u64::MAX).unwrap();
        prop_assert_eq!(counted.accepted, room.accepted);
        prop_assert_eq!(&counted.option_counts, &room.option_counts);
    }
}

#[test]
fn the_answer_and_the_nodes_visited_do_not_depend_on_the_slice_size() {
    use dealscope::model::search::Search;
    let scenario = ukraine();
    let from = scenario.preset("us-framework").unwrap().package.clone();
    let locked = vec![false; scenario.levers.len()];
    let goal = Goal::all_accept(&scenario);
    let whole = nearest(&scenario, &from, &locked, &goal);
    for slice in [1, 37, 4_096] {
        let mut search = Search::new(&scenario, &from, &locked, &goal);
        let sliced = loop {
            if let Some(result) = search.run(&scenario, slice) {
                break result;
            }
        };
        assert_eq!(sliced, whole, "slices of {slice} nodes");
    }
}

#[test]
fn from_each_preset_the_finder_returns_a_package_every_party_accepts_and_prunes_hard() {
    let scenario = ukraine();
    let locked = vec![false; scenario.levers.len()];
    let goal = Goal::all_accept(&scenario);
    let starts = std::iter::once(scenario.empty_package()).chain(scenario.presets.iter().map(|p| p.package.clone()));
    for from in starts {
        let result = nearest(&scenario, &from, &locked, &goal);
        let found = result.found.expect("the shipped scenario has room for a deal");
        let outcome = evaluate(&scenario, &found.package);
        assert!(outcome.parties.iter().all(|p| p.verdict == Verdict::Accept));
        assert_eq!(found.changes, found.package.distance(&from));
        assert!(u128::from(result.nodes) * 1000 < result.space, "{} nodes of {}", result.nodes, result.space);
    }
}

#[test]
fn locking_a_red_line_proves_that_no_deal_exists() {
    let scenario = ukraine();
    let us = scenario.preset("us-framework").unwrap().package.clone();
    let mut locked = vec![false; scenario.levers.len()];
    locked[scenario.lever_idx("recognition").unwrap()] = true;
    let result = nearest(&scenario, &us, &locked, &Goal::all_accept(&scenario));
    assert_eq!(result.found, None, "US recognition of Crimea is a red line for Ukraine and Europe");
}

#[test]
fn the_room_for_the_shipped_scenario_is_counted_exactly_by_pruning() {
    let scenario = ukraine();
    let room = Room::count_exact(&scenario, 10_000_000).expect("the pruned count finishes");
    assert!(room.exact);
    assert_eq!(room.seen, scenario.n_packages());
    assert!(room.accepted > 0, "there is room for a deal");
    // Every package the finder returns is among those counted: the count cannot be zero for an
    // option the finder uses.
    let from = scenario.empty_package();
    let locked = vec![false; scenario.levers.len()];
    let found = nearest(&scenario, &from, &locked, &Goal::all_accept(&scenario)).found.unwrap();
    for (lever_idx, counts) in room.option_counts.iter().enumerate() {
        assert!(counts[found.package.option(lever_idx)] > 0);
        assert_eq!(counts.iter().sum::<u64>(), room.accepted);
    }
    assert!(Room::count_exact(&scenario, 1_000).is_none(), "a node limit is respected");
}

#[test]
fn the_room_estimate_for_the_shipped_scenario_is_sampled_and_bracketed() {
    let scenario = ukraine();
    let mut room = Room::sampler(&scenario, 7);
    assert!(!room.exact);
    room.sample(&scenario, 20_000);
    let (low, high) = room.interval();
    assert!(low <= room.share() && room.share() <= high && high - low < 0.05);
    let again = {
        let mut other = Room::sampler(&scenario, 7);
        other.sample(&scenario, 20_000);
        other
    };
    assert_eq!(room, again, "same seed, same estimate");
}

#[test]
fn the_random_cases_include_both_answers_and_proofs_of_none() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut found, mut none) = (0, 0);
    for _ in 0..200 {
        let (scenario, from, locked) = random_case().new_tree(&mut runner).unwrap().current();
        match nearest(&scenario, &from, &locked, &Goal::all_accept(&scenario)).found {
            Some(_) => found += 1,
            None => none += 1,
        }
    }
    assert!(found >= 20 && none >= 20, "found {found}, none {none}: the property tests would be one-sided");
}

#[test]
fn the_random_cases_count_some_subtrees_at_once_and_visit_others_one_by_one() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut at_once, mut one_by_one) = (0, 0);
    for _ in 0..200 {
        let (scenario, _, _) = random_case().new_tree(&mut runner).unwrap().current();
        let mut counter = Search::counter(&scenario);
        while counter.run(&scenario, u64::MAX).is_none() {}
        if counter.subtrees_at_once() > 0 {
            at_once += 1;
        } else if counter.tally().unwrap().accepted > 0 {
            one_by_one += 1;
        }
    }
    assert!(
        at_once >= 20 && one_by_one >= 20,
        "at once {at_once}, one by one {one_by_one}: the exact-count property would be one-sided"
    );
}

#[test]
fn a_search_run_in_slices_gives_the_same_answer_as_one_run() {
    use dealscope::model::search::Search;
    let scenario = ukraine();
    let from = scenario.preset("europe-ukraine").unwrap().package.clone();
    let locked = vec![false; scenario.levers.len()];
    let goal = Goal::all_accept(&scenario);
    let whole = nearest(&scenario, &from, &locked, &goal);
    let mut search = Search::new(&scenario, &from, &locked, &goal);
    let mut slices = 0;
    let sliced = loop {
        slices += 1;
        if let Some(result) = search.run(&scenario, 500) {
            break result;
        }
        assert!(search.nodes() > 0);
    };
    assert_eq!(sliced, whole);
    assert!(slices > 10, "the search really ran in {slices} slices");
}
