//! How long the nearest-deal search takes on the shipped scenario, from the empty package and
//! from each preset, how far pruning gets from brute force (nodes visited versus packages in
//! the space), what counting the room costs at every dated snapshot, and how the search grows on
//! generated scenarios of growing size (seeded, the same on every machine). Run with
//! `cargo bench --bench search`.

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/generated.rs"]
mod generated;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::Instant;

    use crate::generated::{scenario_from, seeded_numbers};

    use criterion::Criterion;
    use dealscope::model::search::{nearest, Goal, Search};
    use dealscope::model::{shipped, Package, Scenario};

    /// The most nodes one generated case may visit before the curve stops there.
    const GROWTH_NODE_CAP: u64 = 20_000_000;
    /// Generated cases per size: hardness varies from one scenario to the next.
    const GROWTH_SEEDS: u64 = 5;

    /// The nearest package every party signs, from nothing, on generated scenarios of 8 parties
    /// with 6 options per lever, 10 to 40 levers, five seeds each: the median and the largest
    /// count of nodes and time, so the growth is visible. Stops at the first size where a case
    /// passes the cap.
    fn growth_curve() {
        for n_levers in [10, 15, 20, 25, 30, 35, 40] {
            let mut runs = Vec::new();
            let mut capped = false;
            for seed in 1..=GROWTH_SEEDS {
                let scenario = scenario_from(8, &vec![6; n_levers], &seeded_numbers(seed, 16_384));
                let locked = vec![false; n_levers];
                let goal = Goal::all_accept(&scenario);
                let mut search = Search::new(&scenario, &scenario.empty_package(), &locked, &goal);
                let started = Instant::now();
                capped |= search.run(&scenario, GROWTH_NODE_CAP).is_none();
                runs.push((search.nodes(), started.elapsed().as_secs_f64() * 1000.0));
            }
            runs.sort_by_key(|run| run.0);
            let (median, max) = (runs[runs.len() / 2], runs[runs.len() - 1]);
            println!(
                "growth: {n_levers} levers × 6 options × 8 parties ({GROWTH_SEEDS} seeds): median {} nodes ({:.0} ms), most {} nodes ({:.0} ms){}",
                median.0,
                median.1,
                max.0,
                max.1,
                if capped { "; a case passed the cap of 20 million nodes, so the curve stops here" } else { "" }
            );
            if capped {
                break;
            }
        }
    }

    pub fn benches(c: &mut Criterion) {
        growth_curve();
        let scenario =
            Scenario::from_json(shipped::UKRAINE_2025.json.expect("compiled in")).expect("valid shipped scenario");
        let locked = vec![false; scenario.levers.len()];
        let goal = Goal::all_accept(&scenario);
        let starts: Vec<(String, Package)> = std::iter::once(("empty package".to_string(), scenario.empty_package()))
            .chain(scenario.presets.iter().map(|p| (format!("preset {}", p.id), p.package.clone())))
            .collect();
        for (name, from) in &starts {
            let result = nearest(&scenario, from, &locked, &goal);
            println!(
                "pruning from {name}: {} nodes visited of {} packages ({:.2e} of the space), {} change(s)",
                result.nodes,
                result.space,
                result.nodes as f64 / result.space as f64,
                result.found.as_ref().map_or(0, |f| f.changes)
            );
            c.bench_function(&format!("nearest all-accept deal from the {name} (ukraine-2025)"), |b| {
                b.iter(|| nearest(black_box(&scenario), black_box(from), &locked, &goal))
            });
        }
        // The room at every dated snapshot: later dates value more terms, so the count grows.
        for snapshot in shipped::DEFAULT_SERIES.snapshots {
            let scenario = Scenario::from_json(snapshot.json.expect("compiled in")).expect("valid shipped snapshot");
            let mut counter = Search::counter(&scenario);
            let started = Instant::now();
            while counter.run(&scenario, u64::MAX).is_none() {}
            let accepted = counter.tally().map_or(0, |tally| tally.accepted);
            println!(
                "room as of {} counted exactly: {accepted} of {} packages every party would sign, {} nodes visited ({} subtrees counted at once), {:.0} ms",
                scenario.as_of,
                scenario.n_packages(),
                counter.nodes(),
                counter.subtrees_at_once(),
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group! {
    name = search_benches;
    config = criterion::Criterion::default().sample_size(10);
    targets = native::benches
}
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(search_benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
