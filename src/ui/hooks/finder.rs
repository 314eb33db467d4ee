//! The deal finder's driver: gives the model's state machine (`model::finder::Finder`) time in
//! slices of about 12 ms while the finder is open, and publishes its status for the view after each.
//! The browser's clock and task queue are `task`'s.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::model::finder::{Finder, FinderStatus, Phase};
use crate::model::room::Room;
use crate::model::shipped;
use crate::model::Package;
use crate::ui::hooks::task::{next_task, now_ms};
use crate::ui::SharedScenario;

/// Nodes of work per step while searching: well under a millisecond, so a slice can stop close
/// to its time budget.
const NODES_PER_STEP: u64 = 1_000;
/// Nodes (or sampled packages) per step while sizing the room, whose nodes are cheaper.
const ROOM_NODES_PER_STEP: u64 = 5_000;
/// How long one slice may run before the browser gets the main thread back: short enough that a
/// click during the search is answered within a frame or so, long enough that yielding and the
/// status render between slices do not dominate.
const SLICE_MS: f64 = 12.0;
/// How often progress is shown while nothing but the counts change: each status is a render
/// (and a layout) that the count would otherwise wait behind, and a reader cannot follow a
/// figure that changes faster than this.
const PROGRESS_MS: f64 = 150.0;

/// Gives the finder time while it is open, a slice at a time, until it is done. Closing the
/// finder stops the slices and keeps the machine where it was, so opening it again resumes; a new
/// package or new locks restart the searches and keep the room.
#[hook]
pub fn use_finder(scenario: &SharedScenario, open: bool, package: &Package, locked: &[bool]) -> (FinderStatus, f64) {
    // A shipped snapshot's room was counted when the site was built; any other is counted here.
    let finder = use_mut_ref(|| {
        let counted = Room::counted(scenario, &shipped::counted_rooms());
        Finder::new(package.clone(), locked.to_vec()).with_room(counted)
    });
    let compute_ms = use_mut_ref(|| 0.0);
    let status = use_state(|| finder.borrow().status());
    use_effect_with((open, package.clone(), locked.to_vec()), {
        let scenario = scenario.clone();
        let finder = finder.clone();
        let compute_ms = compute_ms.clone();
        let set_status = status.setter();
        move |(open, package, locked)| {
            let cancelled = Rc::new(Cell::new(false));
            if finder.borrow_mut().restart(package, locked) {
                *compute_ms.borrow_mut() = 0.0;
                set_status.set(finder.borrow().status());
            }
            if *open {
                drive(scenario, finder, compute_ms, set_status, cancelled.clone());
            }
            move || cancelled.set(true)
        }
    });
    let compute_ms = *compute_ms.borrow();
    ((*status).clone(), compute_ms)
}

/// Steps the machine a slice at a time, publishing its status after each, until it is done or
/// the slices are cancelled.
fn drive(
    scenario: SharedScenario,
    finder: Rc<RefCell<Finder>>,
    compute_ms: Rc<RefCell<f64>>,
    set_status: UseStateSetter<FinderStatus>,
    cancelled: Rc<Cell<bool>>,
) {
    yew::platform::spawn_local(async move {
        // What the view last showed (the phase and how many answers) and when.
        let (mut shown_phase, mut shown_answers, mut shown_at) =
            (finder.borrow().phase(), finder.borrow().answers_known(), now_ms());
        while !cancelled.get() && finder.borrow().phase() != Phase::Done {
            // Steps until the slice's time is up, the phase changes or the nearest answer arrives
            // (so it is shown at once); then one status for the view, and the browser gets a turn.
            let slice_started = now_ms();
            let phase = finder.borrow().phase();
            loop {
                // Only the nearest search's own time is reported; room nodes are cheaper, so bigger steps.
                let timing_nearest = !finder.borrow().has_nearest();
                let sizing_room = matches!(phase, Phase::Counting | Phase::Sampling);
                let budget = if sizing_room { ROOM_NODES_PER_STEP } else { NODES_PER_STEP };
                let started = now_ms();
                let now_phase = finder.borrow_mut().step(&scenario, budget);
                let ended = now_ms();
                if timing_nearest {
                    *compute_ms.borrow_mut() += ended - started;
                }
                let answered = timing_nearest && finder.borrow().has_nearest();
                if now_phase != phase || answered || ended - slice_started >= SLICE_MS {
                    break;
                }
            }
            // A new phase or answer is shown at once; progress within a phase at most every `PROGRESS_MS`.
            let (phase, answers, at) = (finder.borrow().phase(), finder.borrow().answers_known(), now_ms());
            if (phase, answers) != (shown_phase, shown_answers) || at - shown_at >= PROGRESS_MS {
                set_status.set(finder.borrow().status());
                (shown_phase, shown_answers, shown_at) = (phase, answers, at);
            }
            next_task().await;
        }
    });
}
