//! The dated snapshots the page can show. Every date is known from the start (from the
//! registry); a snapshot's positions arrive when the shell has loaded its file. Pure: the shell
//! fetches, this decides what a date in a link means and whether a loaded file may join.

use std::rc::Rc;

use super::evaluate::{evaluate, Outcome};
use super::load::{Problem, ProblemKind};
use super::scenario::{Date, Package, Scenario};
use super::shipped::Series;
use super::timeline;

/// One dated snapshot: its id, its date and how far it has arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    pub id: String,
    pub as_of: Date,
    pub state: SlotState,
}

#[derive(Debug, Clone)]
pub enum SlotState {
    /// Not here yet: the shell is to load it.
    Waiting,
    Loaded(Rc<Scenario>),
    Failed(LoadFailure),
}

/// A loaded snapshot never changes, so two are the same when they are the same allocation:
/// comparing props stays cheap however many snapshots there are.
impl PartialEq for SlotState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (SlotState::Waiting, SlotState::Waiting) => true,
            (SlotState::Loaded(a), SlotState::Loaded(b)) => Rc::ptr_eq(a, b),
            (SlotState::Failed(a), SlotState::Failed(b)) => a == b,
            _ => false,
        }
    }
}

/// Why a snapshot could not join; `Words::load_failure` puts it into words.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadFailure {
    /// The server answered with this status.
    Status(u16),
    /// No answer (offline, blocked).
    Unreachable,
    /// The file is not a valid scenario; its first problem.
    Invalid(Problem),
    /// The file is valid but dated otherwise than the registry says.
    WrongDate { found: Date },
    /// The file does not share the series' levers and options; its first difference.
    OtherVocabulary(Problem),
}

/// What the link's date turned out to mean, when it was not simply a snapshot's date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateNotice {
    /// Not a `YYYY-MM-DD` date (the text, made safe to show); the latest snapshot is shown.
    NotADate(String),
    /// No snapshot on that date: the latest one before it is shown.
    Earlier { asked: Date, shown: Date },
    /// Before every snapshot: the earliest is shown.
    BeforeAll { asked: Date, shown: Date },
}

/// A snapshot file's text as a scenario, or why it cannot be one (its first problem).
pub fn parse(text: &str) -> Result<Scenario, LoadFailure> {
    Scenario::from_json(text).map_err(|problems| {
        let first = problems.into_iter().next();
        LoadFailure::Invalid(first.unwrap_or(Problem { path: String::new(), kind: ProblemKind::Unreadable }))
    })
}

/// Every snapshot of the series, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshots {
    pub slots: Vec<Slot>,
}

impl Snapshots {
    /// A shipped series as this build carries it: the snapshots compiled in are parsed, the
    /// others wait to be loaded. The latest's problems, all of them, if it is not valid.
    pub fn shipped(series: Series) -> Result<Snapshots, Vec<Problem>> {
        Snapshots::shipped_in(series, None)
    }

    /// The same, with the latest snapshot given (in the page's language) rather than read from
    /// this build, which may not carry it: the web build does not, the page does (`opening`).
    pub fn shipped_in(series: Series, mut latest_given: Option<Scenario>) -> Result<Snapshots, Vec<Problem>> {
        let latest = series.snapshots.len().saturating_sub(1);
        let mut slots = Vec::with_capacity(series.snapshots.len());
        for (idx, snapshot) in series.snapshots.iter().enumerate() {
            let given = if idx == latest { latest_given.take() } else { None };
            let state = match (given, snapshot.json) {
                (Some(scenario), _) => SlotState::Loaded(Rc::new(scenario)),
                (None, None) => SlotState::Waiting,
                (None, Some(json)) if idx == latest => SlotState::Loaded(Rc::new(Scenario::from_json(json)?)),
                (None, Some(json)) => match parse(json) {
                    Ok(scenario) => SlotState::Loaded(Rc::new(scenario)),
                    Err(failure) => SlotState::Failed(failure),
                },
            };
            slots.push(Slot { id: snapshot.id.to_string(), as_of: snapshot.as_of, state });
        }
        Ok(Snapshots { slots })
    }

    /// A series of one, already loaded: a scenario that stands alone.
    pub fn single(scenario: Rc<Scenario>) -> Snapshots {
        let slot = Slot { id: scenario.id.clone(), as_of: scenario.as_of, state: SlotState::Loaded(scenario) };
        Snapshots { slots: vec![slot] }
    }

    pub fn dates(&self) -> Vec<Date> {
        self.slots.iter().map(|slot| slot.as_of).collect()
    }

    pub fn loaded(&self, idx: usize) -> Option<&Rc<Scenario>> {
        match &self.slots.get(idx)?.state {
            SlotState::Loaded(scenario) => Some(scenario),
            _ => None,
        }
    }

    /// How every snapshot sees one package, oldest first: `None` for a date not loaded (yet).
    pub fn outcomes(&self, package: &Package) -> Vec<Option<Outcome>> {
        (0..self.slots.len()).map(|idx| self.loaded(idx).map(|scenario| evaluate(scenario, package))).collect()
    }

    /// The snapshots still to load.
    pub fn waiting(&self) -> Vec<usize> {
        (0..self.slots.len()).filter(|&idx| self.slots[idx].state == SlotState::Waiting).collect()
    }

    /// The snapshot a link's `as_of` text asks for, and what to tell the reader about it.
    /// `None` (no date in the link) means the latest.
    pub fn resolve(&self, as_of: Option<&str>) -> (usize, Option<DateNotice>) {
        let latest = self.slots.len().saturating_sub(1);
        let Some(text) = as_of else { return (latest, None) };
        let Some(asked) = Date::parse(text.trim()) else {
            return (latest, Some(DateNotice::NotADate(super::package_text::shown(text))));
        };
        let idx = timeline::pick(&self.dates(), asked).unwrap_or(latest);
        let shown = self.slots[idx].as_of;
        let notice = if shown == asked {
            None
        } else if shown > asked {
            Some(DateNotice::BeforeAll { asked, shown })
        } else {
            Some(DateNotice::Earlier { asked, shown })
        };
        (idx, notice)
    }

    /// Records a loaded file for slot `idx`, or why it cannot join: it must be dated as the
    /// registry says and share the vocabulary of `reference` (any snapshot already loaded).
    pub fn arrive(&mut self, idx: usize, result: Result<Scenario, LoadFailure>, reference: &Scenario) -> bool {
        let Some(slot) = self.slots.get_mut(idx) else { return false };
        if matches!(slot.state, SlotState::Loaded(_)) {
            return false;
        }
        slot.state = match result {
            Err(failure) => SlotState::Failed(failure),
            Ok(scenario) if scenario.as_of != slot.as_of => {
                SlotState::Failed(LoadFailure::WrongDate { found: scenario.as_of })
            }
            Ok(scenario) => match timeline::vocabulary_problems(reference, &scenario).into_iter().next() {
                Some(problem) => SlotState::Failed(LoadFailure::OtherVocabulary(problem)),
                None => SlotState::Loaded(Rc::new(scenario)),
            },
        };
        true
    }
}
