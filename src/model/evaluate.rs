//! Evaluation: for any package, each party's margin, probability of accepting, and verdict.
//!
//! A pure, deterministic function of (scenario, package); it allocates only the per-party list.

use super::scenario::{Package, Party, Rule, Scenario, Stance};

/// A party is likely to accept at or above this probability.
pub const ACCEPT_AT: f64 = 0.6;
/// A party is likely to reject at or below this probability.
pub const REJECT_AT: f64 = 0.4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    Reject,
    Uncertain,
    Accept,
}

impl Verdict {
    pub fn from_probability(probability: f64) -> Verdict {
        if probability >= ACCEPT_AT {
            Verdict::Accept
        } else if probability <= REJECT_AT {
            Verdict::Reject
        } else {
            Verdict::Uncertain
        }
    }

    /// The id used in JSON output and links.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Accept => "accept",
            Verdict::Uncertain => "uncertain",
            Verdict::Reject => "reject",
        }
    }
}

/// What a package is weighed against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WalkAway {
    /// No settlement: the war goes on (`Party::reservation`).
    Settlement,
    /// The war goes on while talks go on (`Party::talks`): for a limited agreement.
    Talks,
}

impl WalkAway {
    /// The id used in JSON output.
    pub fn id(self) -> &'static str {
        match self {
            WalkAway::Settlement => "no-settlement",
            WalkAway::Talks => "talks-go-on",
        }
    }
}

/// How one party sees one package.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PartyOutcome {
    /// Sum of option values and rules that hold, minus the walk-away value.
    pub margin: f64,
    /// What the package was weighed against.
    pub against: WalkAway,
    /// logistic(margin / uncertainty), or 0 when a red line is hit.
    pub probability: f64,
    pub verdict: Verdict,
    pub red_line_hit: bool,
}

/// Where a party stands on the scale "how far from signing": its margin in units of its own
/// uncertainty, so 0 is its walk-away point (50%), and the verdict zones are the same for every
/// party; or past a red line, which no margin outweighs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Standing {
    RedLine,
    /// The scaled margin, clipped to `-STANDING_RANGE..=STANDING_RANGE`.
    Scaled(f64),
}

/// How far either side of the walk-away point the scale reaches (about 2% to 98%).
pub const STANDING_RANGE: f64 = 4.0;

/// The scaled margin at which a party turns from undecided to likely to sign (60%); its
/// negative is where it turns to likely to refuse (40%).
pub fn accept_line() -> f64 {
    (ACCEPT_AT / (1.0 - ACCEPT_AT)).ln()
}

impl PartyOutcome {
    /// Where the party stands on the "how far from signing" scale.
    pub fn standing(&self, party: &Party) -> Standing {
        if self.red_line_hit {
            Standing::RedLine
        } else {
            Standing::Scaled((self.margin / party.uncertainty).clamp(-STANDING_RANGE, STANDING_RANGE))
        }
    }
}

/// How every party sees one package.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub parties: Vec<PartyOutcome>,
    /// The product of the parties' probabilities: assumes their decisions are independent.
    pub all_accept_probability: f64,
}

impl Outcome {
    pub fn all_accept(&self) -> bool {
        self.parties.iter().all(|party| party.verdict == Verdict::Accept)
    }
}

pub fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

impl Rule {
    pub fn holds(&self, package: &Package) -> bool {
        self.when.iter().all(|condition| condition.option_idxs.contains(&package.option(condition.lever_idx)))
    }
}

impl Party {
    /// The value of `package` to this party before the reservation: options plus rules that hold.
    pub fn total(&self, package: &Package) -> f64 {
        let options: f64 = self
            .values
            .iter()
            .enumerate()
            .filter_map(|(lever_idx, by_option)| by_option[package.option(lever_idx)].as_ref())
            .map(|stance| stance.value)
            .sum();
        let rules: f64 = self.rules.iter().filter(|rule| rule.holds(package)).map(|rule| rule.value).sum();
        options + rules
    }

    pub fn hits_red_line(&self, package: &Package) -> bool {
        self.red_lines.iter().any(|red_line| package.holds(red_line.choice))
    }

    /// The walk-away point a package is weighed against, and its stance. A party without a `talks`
    /// stance weighs everything against no settlement.
    pub fn walk_away(&self, against: WalkAway) -> (WalkAway, &Stance) {
        match (against, &self.talks) {
            (WalkAway::Talks, Some(talks)) => (WalkAway::Talks, talks),
            _ => (WalkAway::Settlement, &self.reservation),
        }
    }

    /// How the party sees the package, weighed against `against` (see `Scenario::walk_away`).
    pub fn outcome(&self, package: &Package, against: WalkAway) -> PartyOutcome {
        let (against, walk_away) = self.walk_away(against);
        let margin = self.total(package) - walk_away.value;
        let red_line_hit = self.hits_red_line(package);
        let probability = if red_line_hit { 0.0 } else { logistic(margin / self.uncertainty) };
        PartyOutcome { margin, against, probability, verdict: Verdict::from_probability(probability), red_line_hit }
    }
}

impl Scenario {
    /// What every party weighs this package against: the war going on while talks go on for a
    /// limited agreement, no settlement otherwise.
    pub fn walk_away(&self, package: &Package) -> WalkAway {
        if self.is_limited(package) {
            WalkAway::Talks
        } else {
            WalkAway::Settlement
        }
    }

    /// How one party sees one package.
    pub fn outcome(&self, party_idx: usize, package: &Package) -> PartyOutcome {
        self.parties[party_idx].outcome(package, self.walk_away(package))
    }
}

pub fn evaluate(scenario: &Scenario, package: &Package) -> Outcome {
    let against = scenario.walk_away(package);
    let parties: Vec<PartyOutcome> = scenario.parties.iter().map(|party| party.outcome(package, against)).collect();
    let all_accept_probability = parties.iter().map(|party| party.probability).product();
    Outcome { parties, all_accept_probability }
}
