//! Positions over time: a series of dated snapshots of one scenario that share one vocabulary
//! (parties, levers and option ids, in order), so a package means the same at every date. Pure.

use super::evaluate::{evaluate, Outcome};
use super::load::{Item, Problem, ProblemKind};
use super::scenario::{Choice, Date, Package, Scenario};

/// The snapshot to use for `date` (snapshots given by their dates): the latest on or before it, or the earliest when `date` is
/// before all of them. `None` only for an empty series. Snapshots must be in date order.
pub fn pick(dates: &[Date], date: Date) -> Option<usize> {
    if dates.is_empty() {
        return None;
    }
    Some(dates.iter().rposition(|&as_of| as_of <= date).unwrap_or(0))
}

/// How every snapshot sees one package, oldest first.
pub fn timeline(snapshots: &[Scenario], package: &Package) -> Vec<(Date, Outcome)> {
    snapshots.iter().map(|snapshot| (snapshot.as_of, evaluate(snapshot, package))).collect()
}

/// Everything that keeps `snapshot` from sharing `first`'s vocabulary, and a snapshot out of
/// date order. Paths name the snapshot's own fields.
pub fn vocabulary_problems(first: &Scenario, snapshot: &Scenario) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut differ = |path: String, what: Item, expected: Vec<String>, found: Vec<String>| {
        if expected != found {
            problems.push(Problem { path, kind: ProblemKind::VocabularyDiffers { what, expected, found } });
        }
    };
    let ids = |items: &mut dyn Iterator<Item = &String>| items.cloned().collect::<Vec<_>>();
    differ(
        "parties".into(),
        Item::Party,
        ids(&mut first.parties.iter().map(|p| &p.id)),
        ids(&mut snapshot.parties.iter().map(|p| &p.id)),
    );
    differ(
        "levers".into(),
        Item::Lever,
        ids(&mut first.levers.iter().map(|l| &l.id)),
        ids(&mut snapshot.levers.iter().map(|l| &l.id)),
    );
    for (lever_i, (a, b)) in first.levers.iter().zip(&snapshot.levers).enumerate() {
        differ(
            format!("levers[{lever_i}].options"),
            Item::Option,
            ids(&mut a.options.iter().map(|o| &o.id)),
            ids(&mut b.options.iter().map(|o| &o.id)),
        );
    }
    problems
}

/// The problems of a whole series: shared vocabulary, and dates strictly in order.
pub fn series_problems(snapshots: &[Scenario]) -> Vec<(usize, Problem)> {
    let mut problems = Vec::new();
    let Some(first) = snapshots.first() else { return problems };
    for (i, snapshot) in snapshots.iter().enumerate().skip(1) {
        problems.extend(vocabulary_problems(first, snapshot).into_iter().map(|p| (i, p)));
        if snapshot.as_of <= snapshots[i - 1].as_of {
            let kind = ProblemKind::OutOfOrder {
                date: snapshot.as_of.to_string(),
                previous: snapshots[i - 1].as_of.to_string(),
            };
            problems.push((i, Problem { path: "as_of".into(), kind }));
        }
    }
    problems
}

/// How one party's position on one term moved between two snapshots.
#[derive(Debug, Clone, PartialEq)]
pub struct Moved {
    pub choice: Choice,
    /// The value before and after (`None`: no stance at that date).
    pub before: Option<f64>,
    pub after: Option<f64>,
    /// The source the later position rests on, if any: a new red line's own, else the stance's.
    pub source_idx: Option<usize>,
    /// Whether the option became, or stopped being, a red line.
    pub red_line: (bool, bool),
}

/// Every term on which `party_idx`'s value or red line differs between `before` and `after`
/// (two snapshots of one series), in vocabulary order. A stance re-sourced without moving is not
/// a change.
pub fn what_changed(before: &Scenario, after: &Scenario, party_idx: usize) -> Vec<Moved> {
    let mut moved = Vec::new();
    for (lever_idx, lever) in after.levers.iter().enumerate() {
        for option_idx in 1..lever.options.len() {
            let choice = Choice { lever_idx, option_idx };
            let value = |snapshot: &Scenario| snapshot.stance(party_idx, lever_idx, option_idx).map(|s| s.value);
            let red = |snapshot: &Scenario| snapshot.parties[party_idx].has_red_line(choice);
            let (was, is) = (value(before), value(after));
            let red_line = (red(before), red(after));
            if was != is || red_line.0 != red_line.1 {
                // A new red line rests on its own source; anything else on the later stance's.
                let red_source = after.parties[party_idx].red_lines.iter().find(|r| r.choice == choice);
                let source_idx = match (red_line, red_source) {
                    ((false, true), Some(red)) => Some(red.source_idx),
                    _ => after.stance(party_idx, lever_idx, option_idx).map(|s| s.source_idx),
                };
                moved.push(Moved { choice, before: was, after: is, source_idx, red_line });
            }
        }
    }
    moved
}
