//! The deal finder: the nearest package that meets a goal (every party accepts, or one party
//! accepts while the others stay where they are), exact over the whole space of packages.
//!
//! Branch and bound with iterative deepening on the number of changed levers: options that
//! would cross a red line of a party that must not refuse are removed up front, and a branch is
//! cut as soon as some party could not reach its threshold even with the best remaining options.
//! "None" is therefore a proof under the model's assumptions, not a time-out. Pure; no I/O.

use super::evaluate::{logistic, Verdict, WalkAway};
use super::scenario::{Choice, Package, Scenario};

/// What a package must achieve: the lowest verdict each party may give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal {
    pub min_verdict: Vec<Verdict>,
}

impl Goal {
    pub fn all_accept(scenario: &Scenario) -> Goal {
        Goal { min_verdict: vec![Verdict::Accept; scenario.parties.len()] }
    }

    /// `party_idx` accepts; every other party stays at least where it is under `from`.
    pub fn party_accepts(scenario: &Scenario, from: &Package, party_idx: usize) -> Goal {
        let mut min_verdict: Vec<Verdict> =
            (0..scenario.parties.len()).map(|party_idx| scenario.outcome(party_idx, from).verdict).collect();
        min_verdict[party_idx] = Verdict::Accept;
        Goal { min_verdict }
    }

    pub fn is_met(&self, scenario: &Scenario, package: &Package) -> bool {
        let outcome = crate::model::evaluate::evaluate(scenario, package);
        outcome.parties.iter().zip(&self.min_verdict).all(|(party, min)| party.verdict >= *min)
    }
}

/// The best package found: fewest changes from the start, then the highest joint probability,
/// then the smallest option indexes lever by lever (so the answer is unique).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub package: Package,
    pub changes: usize,
    pub joint_probability: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SearchResult {
    /// `None` proves that no package meets the goal with the locked levers kept.
    pub found: Option<Found>,
    /// Search nodes visited, to compare with `space`.
    pub nodes: u64,
    /// Packages in the whole space.
    pub space: u128,
}

/// The joint probability the finder ranks by: the product of every party's probability.
pub fn joint_probability(scenario: &Scenario, package: &Package) -> f64 {
    crate::model::evaluate::evaluate(scenario, package).all_accept_probability
}

/// The nearest package to `from` that meets `goal`, changing no lever where `locked` is true.
pub fn nearest(scenario: &Scenario, from: &Package, locked: &[bool], goal: &Goal) -> SearchResult {
    let mut search = Search::new(scenario, from, locked, goal);
    loop {
        if let Some(result) = search.run(scenario, u64::MAX) {
            return result;
        }
    }
}

/// Every package, checked one by one: the reference the search is tested against.
/// Only for small scenarios.
pub fn brute_force(scenario: &Scenario, from: &Package, locked: &[bool], goal: &Goal) -> Option<Found> {
    let mut best: Option<Found> = None;
    for_each_package(scenario, |package| {
        let keeps_locks = locked
            .iter()
            .enumerate()
            .all(|(lever_idx, &lock)| !lock || package.option(lever_idx) == from.option(lever_idx));
        if keeps_locks && goal.is_met(scenario, package) {
            let candidate = Found {
                package: package.clone(),
                changes: package.distance(from),
                joint_probability: joint_probability(scenario, package),
            };
            if best.as_ref().is_none_or(|best| better(&candidate, best)) {
                best = Some(candidate);
            }
        }
    });
    best
}

/// Calls `visit` with every package of the scenario, in lexicographic order of option indexes.
pub fn for_each_package(scenario: &Scenario, mut visit: impl FnMut(&Package)) {
    let mut package = scenario.empty_package();
    loop {
        visit(&package);
        // Advance like an odometer, last lever fastest.
        let mut lever_idx = scenario.levers.len();
        loop {
            if lever_idx == 0 {
                return;
            }
            lever_idx -= 1;
            let next = package.option(lever_idx) + 1;
            if next < scenario.levers[lever_idx].options.len() {
                package.choices[lever_idx] = next as u8;
                break;
            }
            package.choices[lever_idx] = 0;
        }
    }
}

/// The finder's order: fewer changes, then higher joint probability, then smaller indexes.
fn better(candidate: &Found, best: &Found) -> bool {
    (candidate.changes, -candidate.joint_probability, &candidate.package.choices)
        .partial_cmp(&(best.changes, -best.joint_probability, &best.package.choices))
        .is_some_and(|order| order.is_lt())
}

/// Slack on thresholds in bounds, so rounding in running sums never prunes a real answer.
/// Leaves are always checked exactly with the model.
const SLACK: f64 = 1e-9;

/// Relative slack before the joint bound prunes, so rounding in weighted sums never prunes a
/// real answer.
const JOINT_SLACK: f64 = 1e-6;

/// The joint bound is used for scenarios of at most this many parties (its surpluses sit in a
/// fixed array, so the bound allocates nothing per node).
const MAX_JOINT_PARTIES: usize = 16;

/// Extra room a worst case must clear before a whole subtree is counted without visiting it:
/// running sums are added in another order than the model's, so a package exactly at a
/// threshold is always checked by the model itself.
const WORST_CASE_SLACK: f64 = 1e-6;

/// A search that can run in slices: `run` visits at most a given number of nodes and picks up
/// where it stopped, so a page can search without freezing. It keeps no reference to the
/// scenario; pass the same scenario to every call.
#[derive(Debug, Clone)]
pub struct Search {
    from: Package,
    locked: Vec<bool>,
    goal: Goal,
    /// Levers in search order: most decisive first.
    order: Vec<usize>,
    /// Allowed options per lever (the start's option first when allowed).
    domain: Vec<Vec<usize>>,
    /// `suffix_base[party][k]`: what the levers `order[k..]` add for the party if each keeps its
    /// start option (or, where it must change, takes the party's best allowed option).
    suffix_base: Vec<Vec<f64>>,
    /// `suffix_worst[party][k]`: the least the levers `order[k..]` can add for the party, each at
    /// its worst allowed option (for counting: a subtree every package of which is accepted).
    suffix_worst: Vec<Vec<f64>>,
    /// Weights over the constrained parties (each pair, and all of them together), for a joint
    /// bound: if every party is to meet its threshold, any weighted sum of their surpluses is
    /// non-negative, and the free levers add at most, lever by lever, their best weighted option.
    /// Each as (party, weight) for the parties it weighs, in party order.
    weights: Vec<Vec<(usize, f64)>>,
    /// `joint_suffix[w][k]`: what the levers `order[k..]` can add at most to the weighted sum
    /// `weights[w]`, each lever at its best allowed option for that sum.
    joint_suffix: Vec<Vec<f64>>,
    /// `top_gains[party][k][f]`: the sum of the `f` largest gains among the levers `order[k..]`,
    /// largest first, where a lever's gain is what changing it to the party's best allowed option
    /// would add over keeping it (0 where the lever must change anyway, or cannot).
    top_gains: Vec<Vec<Vec<f64>>>,
    /// `suffix_best[party][k]`: the most the levers `order[k..]` can add for the party with no
    /// limit on changes (`suffix_base` plus every gain).
    suffix_best: Vec<Vec<f64>>,
    /// `must_change[k]`: how many of the levers `order[k..]` hold a start option that is not allowed.
    must_change: Vec<usize>,
    /// Every party's value for every option, flat and party-fastest, read at each node:
    /// `table[value_at[lever_idx] + option_idx * parties + party_idx]`.
    table: Vec<f64>,
    value_at: Vec<usize>,
    /// Each party's rules with every condition's depth in `order` and the options that meet it.
    rules: Vec<Vec<DepthRule>>,
    /// `settles[lever_idx][option_idx]`: the option settles something (addressed, not limited).
    settles: Vec<Vec<bool>>,
    /// Each party's walk-away points while nothing settles yet: the lower and the higher of its
    /// reservation and the value of talks going on (once something settles, its reservation).
    walk_unsettled: Vec<(f64, f64)>,
    /// The margin each party needs: its lowest allowed verdict's threshold.
    needed: Vec<Option<f64>>,
    /// The package being built; levers not yet assigned hold the start's option.
    current: Package,
    /// Running option sums per party, for the levers assigned so far.
    sums: Vec<f64>,
    /// How many levers assigned so far hold an option that settles something (addressed and not
    /// limited): while there is none, a limited agreement may still lie below this node, and
    /// bounds must allow for the lower walk-away point of talks going on.
    settling: usize,
    nodes: u64,
    best: Option<Found>,
    /// The depth-first stack of the current pass; empty between passes.
    stack: Vec<Frame>,
    /// The most levers the current pass may change (iterative deepening).
    budget: usize,
    /// Set when the search is over.
    result: Option<SearchResult>,
    /// When counting (see `Search::counter`): every package that meets the goal, tallied.
    tally: Option<Tally>,
    /// When counting: subtrees tallied at once, every package in them meeting the goal.
    subtrees_at_once: u64,
}

/// How many packages meet the goal, and how often each option appears in them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub accepted: u64,
    /// `option_counts[lever_idx][option_idx]`.
    pub option_counts: Vec<Vec<u64>>,
}

/// A rule as the bounds read it: its value, and each condition as the depth of its lever in the
/// search order with, per option, whether that option meets it.
#[derive(Debug, Clone)]
struct DepthRule {
    value: f64,
    when: Vec<(usize, usize, Vec<bool>)>,
}

/// What `Search::bound` knows of the packages below a node that some of them could meet the goal.
#[derive(Debug, Clone, Copy)]
struct Bound {
    /// The most their joint probability could be (1 until there is an answer to beat).
    joint: f64,
    /// When counting: every one of them meets the goal, by each constrained party's worst case
    /// (the least the free levers and undecided rules can add, against the higher walk-away point
    /// it could be weighed against; red lines are already out of the domains). Conservative: near
    /// a threshold it says no, and the packages are visited one by one.
    all_meet_goal: bool,
}

/// One level of the depth-first search: the lever at depth `k` and the next option to try.
#[derive(Debug, Clone, Copy)]
struct Frame {
    k: usize,
    budget: usize,
    next: usize,
    assigned: Option<usize>,
}

impl Search {
    pub fn new(scenario: &Scenario, from: &Package, locked: &[bool], goal: &Goal) -> Search {
        let n_parties = scenario.parties.len();
        let mut search = Search {
            from: from.clone(),
            locked: locked.to_vec(),
            goal: goal.clone(),
            order: Vec::new(),
            domain: Vec::new(),
            suffix_base: Vec::new(),
            suffix_worst: Vec::new(),
            weights: Vec::new(),
            joint_suffix: Vec::new(),
            top_gains: Vec::new(),
            suffix_best: Vec::new(),
            must_change: Vec::new(),
            table: Vec::new(),
            value_at: Vec::new(),
            rules: Vec::new(),
            settles: Vec::new(),
            walk_unsettled: Vec::new(),
            needed: vec![None; n_parties],
            current: from.clone(),
            sums: vec![0.0; n_parties],
            settling: 0,
            nodes: 0,
            best: None,
            stack: Vec::new(),
            budget: 0,
            result: None,
            tally: None,
            subtrees_at_once: 0,
        };
        match search.prepare(scenario) {
            Some(min_changes) => {
                search.budget = min_changes;
                search.start_pass(scenario);
            }
            None => search.finish(scenario, None),
        }
        search
    }

    /// A search that visits every package every party accepts, pruning the rest, and tallies
    /// them: an exact count over the whole space. See `tally` once `run` returns a result.
    pub fn counter(scenario: &Scenario) -> Search {
        let from = scenario.empty_package();
        let locked = vec![false; scenario.levers.len()];
        let mut search = Search::new(scenario, &from, &locked, &Goal::all_accept(scenario));
        search.tally = Some(Tally {
            accepted: 0,
            option_counts: scenario.levers.iter().map(|l| vec![0; l.options.len()]).collect(),
        });
        if search.result.is_none() {
            // One pass with no limit on changes: every package is reachable.
            search.budget = scenario.levers.len();
            search.start_pass(scenario);
        }
        search
    }

    /// What a counter has tallied so far (complete once `run` has returned a result).
    pub fn tally(&self) -> Option<&Tally> {
        self.tally.as_ref()
    }

    /// Nodes visited so far.
    pub fn nodes(&self) -> u64 {
        self.nodes
    }

    /// When counting: how many subtrees were tallied at once, without visiting their packages.
    pub fn subtrees_at_once(&self) -> u64 {
        self.subtrees_at_once
    }

    /// How many changes the search is trying now: it has proved that fewer cannot work.
    pub fn changes_tried(&self) -> usize {
        self.budget
    }

    /// Visits at most `max_nodes` more nodes. Returns the result once the search is over.
    pub fn run(&mut self, scenario: &Scenario, max_nodes: u64) -> Option<SearchResult> {
        let limit = self.nodes.saturating_add(max_nodes);
        while self.result.is_none() && self.nodes < limit {
            if !self.step(scenario) {
                // This pass is over: stop at the first distance that has an answer.
                if self.best.is_some() || self.tally.is_some() || self.budget >= scenario.levers.len() {
                    let best = self.best.take();
                    self.finish(scenario, best);
                } else {
                    self.budget += 1;
                    self.start_pass(scenario);
                }
            }
        }
        self.result.clone()
    }

    fn finish(&mut self, scenario: &Scenario, found: Option<Found>) {
        self.stack.clear();
        self.result = Some(SearchResult { found, nodes: self.nodes, space: scenario.n_packages() });
    }

    /// Starts a depth-first pass over packages at most `budget` changes away.
    fn start_pass(&mut self, scenario: &Scenario) {
        self.best = None;
        self.current = self.from.clone();
        self.sums.iter_mut().for_each(|sum| *sum = 0.0);
        self.settling = 0;
        self.stack.clear();
        self.nodes += 1;
        if self.bound(scenario, 0, self.budget).is_some() {
            if self.order.is_empty() {
                self.leaf(scenario);
            } else {
                self.stack.push(Frame { k: 0, budget: self.budget, next: 0, assigned: None });
            }
        }
    }

    /// Advances the pass by one node. Returns false when the pass is over.
    fn step(&mut self, scenario: &Scenario) -> bool {
        let Some(&frame) = self.stack.last() else { return false };
        let top = self.stack.len() - 1;
        let lever_idx = self.order[frame.k];
        let start = self.from.option(lever_idx);
        if let Some(option_idx) = frame.assigned {
            self.assign(lever_idx, option_idx, -1.0);
            self.stack[top].assigned = None;
        }
        // The next option this level can afford.
        let domain = &self.domain[lever_idx];
        let next = (frame.next..domain.len()).find(|&i| usize::from(domain[i] != start) <= frame.budget);
        let Some(i) = next else {
            self.current.choices[lever_idx] = start as u8;
            self.stack.pop();
            return true;
        };
        let option_idx = domain[i];
        let child_budget = frame.budget - usize::from(option_idx != start);
        self.stack[top].next = i + 1;
        self.stack[top].assigned = Some(option_idx);
        self.assign(lever_idx, option_idx, 1.0);

        self.nodes += 1;
        let child_k = frame.k + 1;
        let Some(bound) = self.bound(scenario, child_k, child_budget) else { return true };
        if self.best.as_ref().is_some_and(|best| bound.joint < best.joint_probability) {
            return true;
        }
        if child_k == self.order.len() {
            self.leaf(scenario);
        } else if bound.all_meet_goal {
            self.tally_subtree(child_k);
        } else {
            self.stack.push(Frame { k: child_k, budget: child_budget, next: 0, assigned: None });
        }
        true
    }

    /// When counting: tallies every package below this node at once (all meet the goal): their
    /// number is the product of the free levers' domain sizes, and each allowed option of a free
    /// lever appears in an equal share of them.
    fn tally_subtree(&mut self, k: usize) {
        let free = &self.order[k..];
        let packages = free.iter().fold(1u64, |n, &lever_idx| n.saturating_mul(self.domain[lever_idx].len() as u64));
        let Some(tally) = &mut self.tally else { return };
        self.subtrees_at_once += 1;
        tally.accepted = tally.accepted.saturating_add(packages);
        for &lever_idx in &self.order[..k] {
            tally.option_counts[lever_idx][self.current.option(lever_idx)] += packages;
        }
        for &lever_idx in free {
            let share = packages / self.domain[lever_idx].len() as u64;
            for &option_idx in &self.domain[lever_idx] {
                tally.option_counts[lever_idx][option_idx] += share;
            }
        }
    }

    /// Builds domains, order and bounds. Returns the fewest changes any answer needs, or `None`
    /// when a locked lever holds an option that a party that must not refuse has as a red line.
    fn prepare(&mut self, scenario: &Scenario) -> Option<usize> {
        let ln_1_5 = (1.5f64).ln();
        for (party_idx, party) in scenario.parties.iter().enumerate() {
            self.needed[party_idx] = match self.goal.min_verdict[party_idx] {
                Verdict::Reject => None,
                // p > 0.4 exactly when margin > -u ln 1.5; p >= 0.6 when margin >= u ln 1.5.
                Verdict::Uncertain => Some(-party.uncertainty * ln_1_5),
                Verdict::Accept => Some(party.uncertainty * ln_1_5),
            };
        }
        let mut min_changes = 0;
        for (lever_idx, lever) in scenario.levers.iter().enumerate() {
            let start = self.from.option(lever_idx);
            let allowed = |option_idx: usize| {
                scenario.parties.iter().enumerate().all(|(party_idx, party)| {
                    self.needed[party_idx].is_none() || !party.has_red_line(Choice { lever_idx, option_idx })
                })
            };
            let mut domain: Vec<usize> = Vec::new();
            if allowed(start) {
                domain.push(start);
            } else if self.locked.get(lever_idx).copied().unwrap_or(false) {
                return None;
            } else {
                min_changes += 1;
            }
            if !self.locked.get(lever_idx).copied().unwrap_or(false) {
                // Promising options first (by what they are worth to every party, scaled by its
                // uncertainty), so good answers are found early and prune the rest.
                let mut others: Vec<usize> = (0..lever.options.len()).filter(|&o| o != start && allowed(o)).collect();
                let appeal = |o: usize| -> f64 {
                    scenario.parties.iter().map(|party| value(party, lever_idx, o) / party.uncertainty).sum()
                };
                others.sort_by(|&a, &b| appeal(b).total_cmp(&appeal(a)).then(a.cmp(&b)));
                domain.extend(others);
            }
            if domain.is_empty() {
                return None;
            }
            self.domain.push(domain);
        }

        // Most decisive levers first: those whose options matter most to the constrained parties.
        let spread = |lever_idx: usize| -> f64 {
            scenario
                .parties
                .iter()
                .enumerate()
                .filter(|(party_idx, _)| self.needed[*party_idx].is_some())
                .map(|(_, party)| {
                    let values = self.domain[lever_idx].iter().map(|&o| value(party, lever_idx, o));
                    let (lo, hi) =
                        values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
                    hi - lo
                })
                .sum()
        };
        let mut order: Vec<usize> = (0..scenario.levers.len()).collect();
        let spreads: Vec<f64> = order.iter().map(|&l| spread(l)).collect();
        order.sort_by(|&a, &b| spreads[b].total_cmp(&spreads[a]).then(a.cmp(&b)));
        // `position[lever_idx]`: where the lever is in `order`.
        let mut position = vec![0; order.len()];
        for (k, &lever_idx) in order.iter().enumerate() {
            position[lever_idx] = k;
        }
        let n = order.len();
        let starts_allowed: Vec<bool> = order
            .iter()
            .map(|&lever_idx| self.domain[lever_idx].first() == Some(&self.from.option(lever_idx)))
            .collect();
        self.must_change = vec![0; n + 1];
        for k in (0..n).rev() {
            self.must_change[k] = self.must_change[k + 1] + usize::from(!starts_allowed[k]);
        }
        self.suffix_base.clear();
        self.suffix_worst.clear();
        self.suffix_best.clear();
        self.top_gains.clear();
        for party in &scenario.parties {
            let mut suffix = vec![0.0; n + 1];
            let mut worst_suffix = vec![0.0; n + 1];
            let mut best_suffix = vec![0.0; n + 1];
            let mut gains = vec![0.0; n];
            for k in (0..n).rev() {
                let lever_idx = order[k];
                let values = self.domain[lever_idx].iter().map(|&o| value(party, lever_idx, o));
                let (worst, best) =
                    values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
                let base = if starts_allowed[k] { value(party, lever_idx, self.from.option(lever_idx)) } else { best };
                suffix[k] = suffix[k + 1] + base;
                worst_suffix[k] = worst_suffix[k + 1] + worst;
                best_suffix[k] = best_suffix[k + 1] + best;
                gains[k] = best - base;
            }
            self.suffix_base.push(suffix);
            self.suffix_worst.push(worst_suffix);
            self.suffix_best.push(best_suffix);
            // For each suffix, its gains largest first (built from the last lever back) and their
            // running sums.
            let mut sorted: Vec<f64> = Vec::with_capacity(n);
            let mut top_gains = vec![Vec::new(); n + 1];
            for k in (0..=n).rev() {
                if k < n {
                    let gain = gains[k];
                    sorted.insert(sorted.partition_point(|&larger| larger >= gain), gain);
                }
                let mut sum = 0.0;
                top_gains[k] = std::iter::once(0.0)
                    .chain(sorted.iter().map(|&gain| {
                        sum += gain;
                        sum
                    }))
                    .collect();
            }
            self.top_gains.push(top_gains);
        }
        self.prepare_tables(scenario, &position);
        self.prepare_joint_bound(scenario, &order);
        self.order = order;
        Some(min_changes)
    }

    /// The flat value table, which options settle, the walk-away points and the rules by depth
    /// (`position[lever_idx]`: the lever's depth in the search order).
    fn prepare_tables(&mut self, scenario: &Scenario, position: &[usize]) {
        let n_parties = scenario.parties.len();
        self.value_at.clear();
        self.table.clear();
        for (lever_idx, lever) in scenario.levers.iter().enumerate() {
            self.value_at.push(self.table.len());
            for option_idx in 0..lever.options.len() {
                self.table.extend(scenario.parties.iter().map(|party| value(party, lever_idx, option_idx)));
            }
        }
        debug_assert_eq!(self.table.len() % n_parties.max(1), 0);
        self.settles = scenario
            .levers
            .iter()
            .map(|lever| (0..lever.options.len()).map(|option_idx| lever.settles(option_idx)).collect())
            .collect();
        // While nothing settles, a package below may be a limited agreement (weighed against talks
        // going on) or not (against no settlement): either walk-away point, as the model picks it.
        self.walk_unsettled = scenario
            .parties
            .iter()
            .map(|party| {
                let talks = party.walk_away(WalkAway::Talks).1.value;
                let settlement = party.walk_away(WalkAway::Settlement).1.value;
                (talks.min(settlement), talks.max(settlement))
            })
            .collect();
        self.rules = scenario
            .parties
            .iter()
            .map(|party| {
                party
                    .rules
                    .iter()
                    .map(|rule| DepthRule {
                        value: rule.value,
                        when: rule
                            .when
                            .iter()
                            .map(|condition| {
                                let options = scenario.levers[condition.lever_idx].options.len();
                                let meets = (0..options).map(|o| condition.option_idxs.contains(&o)).collect();
                                (position[condition.lever_idx], condition.lever_idx, meets)
                            })
                            .collect(),
                    })
                    .collect()
            })
            .collect();
    }

    /// Weights for the joint bound (see `weights`): every pair of constrained parties and all of
    /// them, each party scaled by its uncertainty; and what the free levers can add to each sum.
    fn prepare_joint_bound(&mut self, scenario: &Scenario, order: &[usize]) {
        let constrained: Vec<usize> = (0..scenario.parties.len()).filter(|&p| self.needed[p].is_some()).collect();
        self.weights.clear();
        self.joint_suffix.clear();
        if constrained.len() < 2 || scenario.parties.len() > MAX_JOINT_PARTIES {
            return;
        }
        let weight = |p: usize| (p, 1.0 / scenario.parties[p].uncertainty);
        for (i, &p) in constrained.iter().enumerate() {
            for &q in &constrained[i + 1..] {
                self.weights.push(vec![weight(p), weight(q)]);
            }
        }
        if constrained.len() > 2 {
            self.weights.push(constrained.iter().map(|&p| weight(p)).collect());
        }
        for w in &self.weights {
            let mut suffix = vec![0.0; order.len() + 1];
            for k in (0..order.len()).rev() {
                let lever_idx = order[k];
                let best = self.domain[lever_idx]
                    .iter()
                    .map(|&o| w.iter().map(|&(p, w)| w * value(&scenario.parties[p], lever_idx, o)).sum())
                    .fold(f64::NEG_INFINITY, f64::max);
                suffix[k] = suffix[k + 1] + best;
            }
            self.joint_suffix.push(suffix);
        }
    }

    /// The most and the least a party's rules can add given the levers assigned before depth `k`:
    /// a rule that already holds adds its value, one that can no longer hold nothing, and one
    /// still undecided its value or nothing, whichever is more (for the most) or less.
    fn rules_range(&self, party_idx: usize, k: usize) -> (f64, f64) {
        let (mut most, mut least) = (0.0, 0.0);
        'rules: for rule in &self.rules[party_idx] {
            let mut decided = true;
            for (depth, lever_idx, meets) in &rule.when {
                if *depth < k {
                    if !meets.get(self.current.option(*lever_idx)).copied().unwrap_or(false) {
                        continue 'rules;
                    }
                } else {
                    decided = false;
                }
            }
            if decided {
                most += rule.value;
                least += rule.value;
            } else {
                most += rule.value.max(0.0);
                least += rule.value.min(0.0);
            }
        }
        (most, least)
    }

    /// The most the levers `order[k..]` can add for a party when at most `free_changes` of them
    /// change (beyond those that must): the start options, plus the largest gains.
    fn levers_bound(&self, party_idx: usize, k: usize, free_changes: usize) -> f64 {
        let top = &self.top_gains[party_idx][k];
        if free_changes + 1 >= top.len() {
            return self.suffix_best[party_idx][k];
        }
        self.suffix_base[party_idx][k] + top[free_changes]
    }

    /// Whether some package below this node could still meet the goal with at most `budget`
    /// more changes (`None` when none could), and what else is known of them (see `Bound`).
    fn bound(&self, scenario: &Scenario, k: usize, budget: usize) -> Option<Bound> {
        let free_changes = budget.checked_sub(self.must_change[k])?;
        let mut joint = 1.0;
        let mut all_meet_goal = self.tally.is_some();
        // Each constrained party's surplus before the free levers: what it has, what its rules
        // can still add, less its lowest walk-away point and the margin it needs.
        let mut surplus = [0.0f64; MAX_JOINT_PARTIES];
        for (party_idx, party) in scenario.parties.iter().enumerate() {
            // The lowest and the highest walk-away point a package below this node can be weighed against.
            let (walk_away, walk_away_high) = match self.settling {
                0 => self.walk_unsettled[party_idx],
                _ => (party.reservation.value, party.reservation.value),
            };
            let (rules, rules_worst) = self.rules_range(party_idx, k);
            let best_margin = self.sums[party_idx] + self.levers_bound(party_idx, k, free_changes) + rules - walk_away;
            if let Some(needed) = self.needed[party_idx] {
                if best_margin < needed - SLACK * (1.0 + needed.abs()) {
                    return None;
                }
                if let Some(slot) = surplus.get_mut(party_idx) {
                    *slot = self.sums[party_idx] + rules - walk_away - needed;
                }
                if all_meet_goal {
                    // The worst case, against the higher walk-away point it could be weighed against.
                    let worst_margin =
                        self.sums[party_idx] + self.suffix_worst[party_idx][k] + rules_worst - walk_away_high;
                    all_meet_goal = worst_margin >= needed + SLACK * (1.0 + needed.abs()) + WORST_CASE_SLACK;
                }
            }
            // The joint bound only matters once there is an answer to beat.
            if self.best.is_some() {
                joint *= logistic(best_margin / party.uncertainty + SLACK);
            }
        }
        for (w, suffix) in self.weights.iter().zip(&self.joint_suffix) {
            let total: f64 = w.iter().map(|&(p, w)| w * surplus[p]).sum::<f64>() + suffix[k];
            if total < -JOINT_SLACK * (1.0 + total.abs()) {
                return None;
            }
        }
        Some(Bound { joint, all_meet_goal })
    }

    fn assign(&mut self, lever_idx: usize, option_idx: usize, sign: f64) {
        self.current.choices[lever_idx] = option_idx as u8;
        if self.settles[lever_idx][option_idx] {
            if sign > 0.0 {
                self.settling += 1;
            } else {
                self.settling -= 1;
            }
        }
        let n_parties = self.sums.len();
        let at = self.value_at[lever_idx] + option_idx * n_parties;
        for (sum, value) in self.sums.iter_mut().zip(&self.table[at..at + n_parties]) {
            *sum += sign * value;
        }
    }

    fn leaf(&mut self, scenario: &Scenario) {
        if !self.goal.is_met(scenario, &self.current) {
            return;
        }
        if let Some(tally) = &mut self.tally {
            tally.accepted += 1;
            for (lever_idx, counts) in tally.option_counts.iter_mut().enumerate() {
                counts[self.current.option(lever_idx)] += 1;
            }
            return;
        }
        let candidate = Found {
            package: self.current.clone(),
            changes: self.current.distance(&self.from),
            joint_probability: joint_probability(scenario, &self.current),
        };
        if self.best.as_ref().is_none_or(|best| better(&candidate, best)) {
            self.best = Some(candidate);
        }
    }
}

fn value(party: &crate::model::scenario::Party, lever_idx: usize, option_idx: usize) -> f64 {
    party.values[lever_idx][option_idx].as_ref().map_or(0.0, |stance| stance.value)
}
