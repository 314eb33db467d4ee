//! How long evaluating one package for every party takes, natively (aim: under 1 µs), with a
//! full explanation and loading for comparison. Run with `cargo bench --bench evaluate`.
//! Natively only: on wasm32 this compiles to an empty program so `clippy --all-targets` passes.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::Criterion;
    use dealscope::model::{evaluate, explain, shipped, Scenario};

    pub fn benches(c: &mut Criterion) {
        let scenario =
            Scenario::from_json(shipped::UKRAINE_2025.json.expect("compiled in")).expect("valid shipped scenario");
        let package = scenario.preset("us-framework").expect("preset").package.clone();
        c.bench_function("evaluate one package, all parties (ukraine-2025)", |b| {
            b.iter(|| evaluate(black_box(&scenario), black_box(&package)))
        });
        c.bench_function("explain one party, with flips (ukraine-2025)", |b| {
            b.iter(|| explain(black_box(&scenario), 0, black_box(&package)))
        });
        c.bench_function("load and validate the shipped scenario", |b| {
            b.iter(|| Scenario::from_json(black_box(shipped::UKRAINE_2025.json.expect("compiled in"))))
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(evaluate_benches, native::benches);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(evaluate_benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
