//! Explanations: why a party would accept or refuse a package, and what single change would
//! move it. Derived from the scenario and the package on demand; never stored.

use super::evaluate::{PartyOutcome, Verdict};
use super::scenario::{Basis, Choice, Package, Scenario};

#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    pub party_idx: usize,
    pub outcome: PartyOutcome,
    /// Every non-zero contribution, largest magnitude first (ties in scenario order).
    pub contributions: Vec<Contribution>,
    /// Indexes into the party's `red_lines` that the package hits.
    pub red_lines_hit: Vec<usize>,
    /// Indexes into the party's `rules` that hold and ask for ratification.
    pub ratification: Vec<usize>,
    /// Every single-lever change that would move this party to another verdict.
    pub flips: Vec<Flip>,
    /// Terms the package addresses on which the party had stated no view by the scenario's date
    /// (we inferred none, and they are not its red lines): they count as nothing for it.
    pub unstated: Vec<Choice>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cause {
    /// The party's value for the option chosen on this lever.
    Option(Choice),
    /// A rule of the party's that holds for this package.
    Rule { rule_idx: usize },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    pub cause: Cause,
    pub value: f64,
    pub source_idx: usize,
    pub basis: Basis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flip {
    pub choice: Choice,
    pub verdict: Verdict,
}

impl Explanation {
    /// The flips, those that move the verdict furthest first (for a refusing party, what would
    /// make it sign), in scenario order otherwise.
    pub fn flips_furthest_first(&self) -> Vec<Flip> {
        let mut flips = self.flips.clone();
        let verdict = self.outcome.verdict as i32;
        flips.sort_by_key(|flip| std::cmp::Reverse((flip.verdict as i32 - verdict).abs()));
        flips
    }
}

/// Every party's explanation, in scenario order.
pub fn explain_all(scenario: &Scenario, package: &Package) -> Vec<Explanation> {
    (0..scenario.parties.len()).map(|party_idx| explain(scenario, party_idx, package)).collect()
}

pub fn explain(scenario: &Scenario, party_idx: usize, package: &Package) -> Explanation {
    let party = &scenario.parties[party_idx];
    let outcome = scenario.outcome(party_idx, package);

    let mut contributions: Vec<Contribution> = party
        .values
        .iter()
        .enumerate()
        .filter_map(|(lever_idx, by_option)| {
            let option_idx = package.option(lever_idx);
            let stance = by_option[option_idx].as_ref()?;
            Some(Contribution {
                cause: Cause::Option(Choice { lever_idx, option_idx }),
                value: stance.value,
                source_idx: stance.source_idx,
                basis: stance.basis,
            })
        })
        .chain(party.rules.iter().enumerate().filter(|(_, rule)| rule.holds(package)).map(|(rule_idx, rule)| {
            Contribution {
                cause: Cause::Rule { rule_idx },
                value: rule.value,
                source_idx: rule.source_idx,
                basis: rule.basis,
            }
        }))
        .filter(|contribution| contribution.value != 0.0)
        .collect();
    // A stable sort keeps scenario order among equal magnitudes, so output is deterministic.
    contributions.sort_by(|a, b| b.value.abs().total_cmp(&a.value.abs()));

    let red_lines_hit = party
        .red_lines
        .iter()
        .enumerate()
        .filter(|(_, red_line)| package.holds(red_line.choice))
        .map(|(idx, _)| idx)
        .collect();
    let ratification = party
        .rules
        .iter()
        .enumerate()
        .filter(|(_, rule)| rule.ratification.is_some() && rule.holds(package))
        .map(|(idx, _)| idx)
        .collect();
    let flips = flips(scenario, party_idx, package, outcome.verdict);
    let unstated = (0..scenario.levers.len())
        .map(|lever_idx| Choice { lever_idx, option_idx: package.option(lever_idx) })
        .filter(|choice| {
            choice.option_idx != 0
                && party.values[choice.lever_idx][choice.option_idx].is_none()
                && !party.has_red_line(*choice)
        })
        .collect();

    Explanation { party_idx, outcome, contributions, red_lines_hit, ratification, flips, unstated }
}

fn flips(scenario: &Scenario, party_idx: usize, package: &Package, verdict: Verdict) -> Vec<Flip> {
    let mut flips = Vec::new();
    let mut probe = package.clone();
    for (lever_idx, lever) in scenario.levers.iter().enumerate() {
        let current = package.option(lever_idx);
        for option_idx in (0..lever.options.len()).filter(|&o| o != current) {
            probe.choices[lever_idx] = option_idx as u8;
            let next = scenario.outcome(party_idx, &probe).verdict;
            if next != verdict {
                flips.push(Flip { choice: Choice { lever_idx, option_idx }, verdict: next });
            }
        }
        probe.choices[lever_idx] = current as u8;
    }
    flips
}
