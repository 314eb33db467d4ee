//! How long the nearest-deal search takes on the shipped scenario, from the empty package and
//! from each preset, how far pruning gets from brute force (nodes visited versus packages in
//! the space), and what counting the room costs at every dated snapshot. Run with
//! `cargo bench --bench search`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::Criterion;
    use dealscope::model::search::{nearest, Goal, Search};
    use dealscope::model::{shipped, Package, Scenario};

    pub fn benches(c: &mut Criterion) {
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
            let started = std::time::Instant::now();
            while counter.run(&scenario, u64::MAX).is_none() {}
            let accepted = counter.tally().map_or(0, |tally| tally.accepted);
            println!(
                "room as of {} counted exactly: {accepted} of {} packages every party would sign, {} nodes visited, {:.0} ms",
                scenario.as_of,
                scenario.n_packages(),
                counter.nodes(),
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
