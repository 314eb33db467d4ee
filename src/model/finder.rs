//! The deal finder's sequencing: which searches run, in which order, and how the room is sized.
//!
//! A resumable state machine: `step` does at most a given number of nodes of work and returns,
//! so a page can give it time in slices and stop and resume it at will (closing the finder and
//! opening it again resumes where it stopped). First the nearest package every party accepts,
//! then what it would take for each party that does not, then the room: enumerated when the space
//! is small, counted exactly by the pruned search when that fits in `COUNT_NODE_LIMIT` nodes, and
//! sampled otherwise. This is the one place that decides between counting and sampling. Pure.

use super::room::{Room, EXACT_UP_TO};
use super::scenario::{Package, Scenario};
use super::search::{Goal, Search, SearchResult};
use super::Verdict;

/// The most nodes an exact count of the room may take before the finder samples instead
/// (`Finder::with_count_node_limit` changes it).
pub const COUNT_NODE_LIMIT: u64 = 5_000_000;
/// Random packages drawn for the room estimate when counting would take too long.
pub const ROOM_SAMPLES: u128 = 20_000;
/// The fixed seed keeps the room estimate the same on every visit.
pub const ROOM_SEED: u64 = 2025;

/// Where the finder has got to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    NotStarted,
    /// The nearest deal, then what it would take for each party that does not sign.
    Searching,
    /// Counting the room exactly with the pruned search.
    Counting,
    /// Estimating the room from a uniform sample.
    Sampling,
    Done,
}

/// What is known of the room so far.
#[derive(Debug, Clone, PartialEq)]
pub enum RoomStatus {
    NotStarted,
    Counting {
        nodes: u64,
    },
    /// A sample still growing.
    Sampling(Room),
    /// Exact, or the finished sample.
    Known(Room),
}

/// Everything a view needs: plain data, derived from the machine.
#[derive(Debug, Clone, PartialEq)]
pub struct FinderStatus {
    pub phase: Phase,
    pub nearest: Option<SearchResult>,
    /// While the nearest search runs: the number of changes it is trying.
    pub trying: usize,
    /// For each party that does not accept the package: its search, once done.
    pub per_party: Vec<(usize, Option<SearchResult>)>,
    pub room: RoomStatus,
}

/// The finder for one package and set of locks; the room is kept across packages, since it does
/// not depend on them.
#[derive(Debug, Clone)]
pub struct Finder {
    from: Package,
    locked: Vec<bool>,
    /// Set by the first step: the finder has started once its nearest search exists.
    nearest_search: Option<Search>,
    nearest: Option<SearchResult>,
    per_party: Vec<(usize, Option<SearchResult>)>,
    party_search: Option<Search>,
    room: RoomWork,
    count_node_limit: u64,
}

#[derive(Debug, Clone)]
enum RoomWork {
    NotStarted,
    /// Counted ahead: shown once the searches are done, as a counted room would be.
    Ahead(Room),
    Counting(Box<Search>),
    Sampling(Room),
    Done(Room),
}

impl Finder {
    pub fn new(from: Package, locked: Vec<bool>) -> Finder {
        Finder {
            from,
            locked,
            nearest_search: None,
            nearest: None,
            per_party: Vec::new(),
            party_search: None,
            room: RoomWork::NotStarted,
            count_node_limit: COUNT_NODE_LIMIT,
        }
    }

    /// The same finder with another limit on the exact count (`COUNT_NODE_LIMIT` by default).
    pub fn with_count_node_limit(mut self, limit: u64) -> Finder {
        self.count_node_limit = limit;
        self
    }

    /// The same finder with the room already known (counted ahead, see `room::CountedRoom`): it is
    /// shown once the searches are done, as a counted one would be.
    pub fn with_room(mut self, room: Option<Room>) -> Finder {
        if let Some(room) = room {
            self.room = RoomWork::Ahead(room);
        }
        self
    }

    /// Points the finder at another package or set of locks. Returns false, and keeps every
    /// result, when they are the same; otherwise the searches start again and the room is kept.
    pub fn restart(&mut self, from: &Package, locked: &[bool]) -> bool {
        if self.from == *from && self.locked == locked {
            return false;
        }
        let room = std::mem::replace(&mut self.room, RoomWork::NotStarted);
        *self = Finder::new(from.clone(), locked.to_vec()).with_count_node_limit(self.count_node_limit);
        self.room = room;
        true
    }

    pub fn phase(&self) -> Phase {
        if self.nearest_search.is_none() {
            Phase::NotStarted
        } else if self.nearest.is_none() || self.per_party.iter().any(|(_, result)| result.is_none()) {
            Phase::Searching
        } else {
            match self.room {
                RoomWork::NotStarted | RoomWork::Counting(_) => Phase::Counting,
                RoomWork::Sampling(_) => Phase::Sampling,
                RoomWork::Done(_) | RoomWork::Ahead(_) => Phase::Done,
            }
        }
    }

    /// Does at most about `budget` nodes (or sampled packages) of work. Returns the phase after it.
    pub fn step(&mut self, scenario: &Scenario, budget: u64) -> Phase {
        let budget = budget.max(1);
        if self.nearest_search.is_none() {
            let goal = Goal::all_accept(scenario);
            self.nearest_search = Some(Search::new(scenario, &self.from, &self.locked, &goal));
        }
        if self.nearest.is_none() {
            self.step_nearest(scenario, budget);
        } else if let Some(i) = self.per_party.iter().position(|(_, result)| result.is_none()) {
            self.step_party(scenario, i, budget);
        } else {
            self.step_room(scenario, budget);
        }
        // A room counted ahead is known from here on, like a counted one (kept across packages).
        if self.phase() == Phase::Done {
            if let RoomWork::Ahead(room) = &self.room {
                self.room = RoomWork::Done(room.clone());
            }
        }
        self.phase()
    }

    /// Whether the nearest package (or the proof that there is none) is known yet.
    pub fn has_nearest(&self) -> bool {
        self.nearest.is_some()
    }

    /// How many searches have their answer: the nearest, then each party's. A view shows a new
    /// answer at once and mere progress less often.
    pub fn answers_known(&self) -> usize {
        usize::from(self.nearest.is_some()) + self.per_party.iter().filter(|(_, result)| result.is_some()).count()
    }

    /// The machine's state as plain data for a view.
    pub fn status(&self) -> FinderStatus {
        FinderStatus {
            phase: self.phase(),
            nearest: self.nearest.clone(),
            trying: self.nearest_search.as_ref().map_or(0, Search::changes_tried),
            per_party: self.per_party.clone(),
            room: match &self.room {
                // The searches are done and the count starts with the next step.
                RoomWork::NotStarted if self.phase() == Phase::Counting => RoomStatus::Counting { nodes: 0 },
                RoomWork::NotStarted => RoomStatus::NotStarted,
                RoomWork::Counting(counter) => RoomStatus::Counting { nodes: counter.nodes() },
                RoomWork::Sampling(room) => RoomStatus::Sampling(room.clone()),
                // Known once the searches are done (`step` makes it `Done` then).
                RoomWork::Ahead(_) => RoomStatus::NotStarted,
                RoomWork::Done(room) => RoomStatus::Known(room.clone()),
            },
        }
    }

    fn step_nearest(&mut self, scenario: &Scenario, budget: u64) {
        let Some(search) = self.nearest_search.as_mut() else { return };
        let Some(result) = search.run(scenario, budget) else { return };
        self.nearest = Some(result);
        self.per_party = (0..scenario.parties.len())
            .filter(|&party_idx| scenario.outcome(party_idx, &self.from).verdict != Verdict::Accept)
            .map(|party_idx| (party_idx, None))
            .collect();
    }

    fn step_party(&mut self, scenario: &Scenario, i: usize, budget: u64) {
        let party_idx = self.per_party[i].0;
        let (from, locked) = (&self.from, &self.locked);
        let search = self.party_search.get_or_insert_with(|| {
            Search::new(scenario, from, locked, &Goal::party_accepts(scenario, from, party_idx))
        });
        if let Some(result) = search.run(scenario, budget) {
            self.per_party[i].1 = Some(result);
            self.party_search = None;
        }
    }

    fn step_room(&mut self, scenario: &Scenario, budget: u64) {
        self.room = match std::mem::replace(&mut self.room, RoomWork::NotStarted) {
            RoomWork::NotStarted if scenario.n_packages() <= EXACT_UP_TO => RoomWork::Done(Room::enumerate(scenario)),
            RoomWork::NotStarted => RoomWork::Counting(Box::new(Search::counter(scenario))),
            RoomWork::Counting(mut counter) => {
                let left = self.count_node_limit.saturating_sub(counter.nodes());
                match (counter.run(scenario, budget.min(left)), counter.tally()) {
                    (Some(_), Some(tally)) => RoomWork::Done(Room::from_tally(scenario, tally)),
                    _ if counter.nodes() >= self.count_node_limit => {
                        RoomWork::Sampling(Room::sampler(scenario, ROOM_SEED))
                    }
                    _ => RoomWork::Counting(counter),
                }
            }
            RoomWork::Sampling(mut room) => {
                let left = u64::try_from(ROOM_SAMPLES.saturating_sub(room.seen)).unwrap_or(u64::MAX);
                room.sample(scenario, budget.min(left));
                if room.seen >= ROOM_SAMPLES {
                    RoomWork::Done(room)
                } else {
                    RoomWork::Sampling(room)
                }
            }
            RoomWork::Ahead(room) => RoomWork::Done(room),
            done @ RoomWork::Done(_) => done,
        };
    }
}
