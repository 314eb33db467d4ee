//! How much room there is: the share of all packages that every party accepts, and which
//! options appear most often in them: enumerated, counted by the pruned search
//! (`Search::counter`), or estimated from a uniform sample with a 95% interval. Which of the three
//! to use is decided in one place, `finder.rs`. Sampling runs in slices so a page can show
//! progress, and the same seed gives the same estimate. Pure; no I/O.

use super::scenario::{Package, Scenario};
use super::search::{for_each_package, Search, Tally};

/// Scenarios with at most this many packages are enumerated (see `finder.rs`).
pub const EXACT_UP_TO: u128 = 100_000;

/// A count of packages (all of them, or a sample) and of those every party accepts.
#[derive(Debug, Clone, PartialEq)]
pub struct Room {
    /// Packages looked at (the whole space when exact).
    pub seen: u128,
    /// Of those, how many every party accepts.
    pub accepted: u64,
    /// True when `seen` is the whole space, so `share` is exact.
    pub exact: bool,
    /// `option_counts[lever_idx][option_idx]`: how many accepted packages hold that option.
    pub option_counts: Vec<Vec<u64>>,
    rng: SplitMix64,
}

impl Room {
    /// An empty sample, to grow with `sample`.
    pub fn sampler(scenario: &Scenario, seed: u64) -> Room {
        Room {
            seen: 0,
            accepted: 0,
            exact: false,
            option_counts: scenario.levers.iter().map(|lever| vec![0; lever.options.len()]).collect(),
            rng: SplitMix64(seed),
        }
    }

    /// The exact room from every package, one by one: only for small spaces.
    pub fn enumerate(scenario: &Scenario) -> Room {
        let mut room = Room::sampler(scenario, 0);
        for_each_package(scenario, |package| room.count(scenario, package));
        room.exact = true;
        room
    }

    /// The exact room from a finished counter's tally.
    pub fn from_tally(scenario: &Scenario, tally: &Tally) -> Room {
        Room {
            seen: scenario.n_packages(),
            accepted: tally.accepted,
            exact: true,
            option_counts: tally.option_counts.clone(),
            rng: SplitMix64(0),
        }
    }

    /// The exact room by pruned counting, or `None` if that needs more than `max_nodes` nodes.
    pub fn count_exact(scenario: &Scenario, max_nodes: u64) -> Option<Room> {
        let mut counter = Search::counter(scenario);
        counter.run(scenario, max_nodes)?;
        counter.tally().map(|tally| Room::from_tally(scenario, tally))
    }

    /// Draws `n` more packages uniformly at random (nothing to do when exact).
    pub fn sample(&mut self, scenario: &Scenario, n: u64) {
        if self.exact {
            return;
        }
        let mut package = scenario.empty_package();
        for _ in 0..n {
            for (lever_idx, lever) in scenario.levers.iter().enumerate() {
                package.choices[lever_idx] = self.rng.below(lever.options.len() as u64) as u8;
            }
            self.count(scenario, &package);
        }
    }

    fn count(&mut self, scenario: &Scenario, package: &Package) {
        self.seen += 1;
        let all_accept = crate::model::evaluate::evaluate(scenario, package).all_accept();
        if all_accept {
            self.accepted += 1;
            for (lever_idx, counts) in self.option_counts.iter_mut().enumerate() {
                counts[package.option(lever_idx)] += 1;
            }
        }
    }

    /// The share of packages every party accepts (exact, or the sample's).
    pub fn share(&self) -> f64 {
        if self.seen == 0 {
            0.0
        } else {
            self.accepted as f64 / self.seen as f64
        }
    }

    /// The 95% Wilson interval for the share; a single point when exact.
    pub fn interval(&self) -> (f64, f64) {
        if self.exact || self.seen == 0 {
            return (self.share(), self.share());
        }
        let n = self.seen as f64;
        let p = self.share();
        let z = 1.959_963_984_540_054_f64;
        let centre = (p + z * z / (2.0 * n)) / (1.0 + z * z / n);
        let half = z * ((p * (1.0 - p) + z * z / (4.0 * n)) / n).sqrt() / (1.0 + z * z / n);
        ((centre - half).max(0.0), (centre + half).min(1.0))
    }

    /// Options that are not `unaddressed`, by how often they appear in accepted packages,
    /// most often first: (lever, option, share of accepted packages).
    pub fn most_common_options(&self, n: usize) -> Vec<(usize, usize, f64)> {
        if self.accepted == 0 {
            return Vec::new();
        }
        let mut all: Vec<(usize, usize, f64)> = self
            .option_counts
            .iter()
            .enumerate()
            .flat_map(|(lever_idx, counts)| {
                counts.iter().enumerate().skip(1).map(move |(option_idx, &count)| (lever_idx, option_idx, count))
            })
            .map(|(lever_idx, option_idx, count)| (lever_idx, option_idx, count as f64 / self.accepted as f64))
            .collect();
        all.sort_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
        all.truncate(n);
        all
    }
}

/// A small, fast, well-mixed generator (Steele, Lea and Flood's SplitMix64): deterministic
/// sampling without a dependency.
#[derive(Debug, Clone, PartialEq)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0), without modulo bias.
    fn below(&mut self, n: u64) -> u64 {
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let x = self.next();
            if x < zone {
                return x % n;
            }
        }
    }
}
