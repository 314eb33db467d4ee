//! How much room there is: the share of all packages that every party accepts, and which
//! options appear most often in them: enumerated, counted by the pruned search
//! (`Search::counter`), or estimated from a uniform sample with a 95% interval. Which of the three
//! to use is decided in one place, `finder.rs`. Sampling runs in slices so a page can show
//! progress, and the same seed gives the same estimate. Pure; no I/O.

use serde::Serialize;
use serde_json::Value;

use super::fnv::Fnv;

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
        Room::exact(scenario, tally.accepted, tally.option_counts.clone())
    }

    /// The whole space counted: `accepted` of its packages, holding the options as counted.
    fn exact(scenario: &Scenario, accepted: u64, option_counts: Vec<Vec<u64>>) -> Room {
        Room { seen: scenario.n_packages(), accepted, exact: true, option_counts, rng: SplitMix64(0) }
    }

    /// The exact room counted ahead for a scenario with these numbers (see `CountedRoom`), if
    /// `counted` has one that fits the scenario's shape.
    pub fn counted(scenario: &Scenario, counted: &[CountedRoom]) -> Option<Room> {
        let numbers = fingerprint(scenario);
        let room = counted.iter().find(|room| room.fingerprint == numbers)?;
        let fits = room.option_counts.len() == scenario.levers.len()
            && room.option_counts.iter().zip(&scenario.levers).all(|(counts, lever)| {
                counts.len() == lever.options.len() && counts.iter().sum::<u64>() == room.accepted
            });
        fits.then(|| Room::exact(scenario, room.accepted, room.option_counts.clone()))
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

/// An exact room counted ahead, when the site is built (`dealscope rooms` writes
/// `assets/rooms.json`), so a reader's phone does not count the same packages again. It is used
/// only for a scenario whose numbers have its `fingerprint`; any other is counted live.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountedRoom {
    /// The scenarios it was counted for (those with the same numbers), for a reader of the file.
    pub scenarios: Vec<String>,
    pub fingerprint: String,
    pub accepted: u64,
    pub option_counts: Vec<Vec<u64>>,
}

impl CountedRoom {
    /// Counts the room exactly, or `None` past `max_nodes` nodes.
    pub fn count(scenario: &Scenario, max_nodes: u64) -> Option<CountedRoom> {
        let room = Room::count_exact(scenario, max_nodes)?;
        Some(CountedRoom {
            scenarios: vec![scenario.id.clone()],
            fingerprint: fingerprint(scenario),
            accepted: room.accepted,
            option_counts: room.option_counts,
        })
    }

    /// The records of a `rooms.json`; `None` when it is not a list of them. (Read by hand from a
    /// JSON value: a derived reader would add to the page's download for four fields.)
    pub fn from_json(text: &str) -> Option<Vec<CountedRoom>> {
        let value: Value = serde_json::from_str(text).ok()?;
        value.as_array()?.iter().map(CountedRoom::from_value).collect()
    }

    fn from_value(value: &Value) -> Option<CountedRoom> {
        let strings = |value: &Value| -> Option<Vec<String>> {
            value.as_array()?.iter().map(|id| id.as_str().map(str::to_string)).collect()
        };
        let numbers = |value: &Value| -> Option<Vec<u64>> { value.as_array()?.iter().map(Value::as_u64).collect() };
        let object = value.as_object()?;
        if object.len() != 4 {
            return None;
        }
        Some(CountedRoom {
            scenarios: strings(object.get("scenarios")?)?,
            fingerprint: object.get("fingerprint")?.as_str()?.to_string(),
            accepted: object.get("accepted")?.as_u64()?,
            option_counts: object.get("option_counts")?.as_array()?.iter().map(numbers).collect::<Option<_>>()?,
        })
    }
}

/// A fingerprint of every number and choice a verdict reads (options and which are limited, each
/// party's values, red lines, rules, walk-away points and uncertainty), and of nothing else: a
/// translation or a corrected note leaves it as it is.
pub fn fingerprint(scenario: &Scenario) -> String {
    let mut numbers = Fnv::default();
    for lever in &scenario.levers {
        numbers.mark(b'L');
        lever.options.iter().for_each(|option| numbers.mark(if option.limited { b'l' } else { b's' }));
    }
    for party in &scenario.parties {
        numbers.mark(b'P');
        numbers.number(Some(party.reservation.value));
        numbers.number(party.talks.as_ref().map(|talks| talks.value));
        numbers.number(Some(party.uncertainty));
        for by_option in &party.values {
            numbers.mark(b'V');
            by_option.iter().for_each(|stance| numbers.number(stance.as_ref().map(|stance| stance.value)));
        }
        for red_line in &party.red_lines {
            numbers.mark(b'R');
            numbers.index(red_line.choice.lever_idx);
            numbers.index(red_line.choice.option_idx);
        }
        for rule in &party.rules {
            numbers.mark(b'U');
            numbers.number(Some(rule.value));
            for condition in &rule.when {
                numbers.mark(b'W');
                numbers.index(condition.lever_idx);
                condition.option_idxs.iter().for_each(|&option_idx| numbers.index(option_idx));
            }
        }
    }
    numbers.hex()
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
