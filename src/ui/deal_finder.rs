//! `DealFinder`: the nearest package every party accepts, what it would take for each party,
//! and how much room there is. The searches run in slices between frames so the page never
//! freezes; their results are derived from the package and the locks, and only cached here.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::SharedScenario;
use crate::model::room::Room;
use crate::model::search::{Goal, Search, SearchResult};
use crate::model::summary::{big_number, group_digits, percent, share_words};
use crate::model::{Action, Package, Scenario, Verdict};

#[derive(Properties, PartialEq)]
pub struct DealFinderProps {
    pub scenario: SharedScenario,
    pub package: Package,
    pub locked: Vec<bool>,
    pub open: bool,
    pub on_action: Callback<Action>,
}

/// Nodes searched per slice: a few milliseconds of work, then the browser gets a frame.
const NODES_PER_SLICE: u64 = 3_000;
/// Nodes per slice when counting the room exactly, and the most the count may take before the
/// page falls back to sampling.
const COUNT_NODES_PER_SLICE: u64 = 20_000;
const COUNT_NODE_LIMIT: u64 = 5_000_000;
/// Random packages drawn for the room estimate when counting would take too long, and per slice.
const ROOM_SAMPLES: u128 = 20_000;
const ROOM_SAMPLES_PER_SLICE: u64 = 2_000;
/// The fixed seed keeps the room estimate the same on every visit.
const ROOM_SEED: u64 = 2025;

/// What the finder knows so far for one package and set of locks.
#[derive(Clone, PartialEq, Default)]
struct Progress {
    nearest: Option<SearchResult>,
    /// While searching: the number of changes being tried.
    trying: usize,
    /// Time spent searching, not counting the frames in between.
    compute_ms: f64,
    /// For each party that does not accept: its search, once done.
    per_party: Vec<(usize, Option<SearchResult>)>,
}

#[component]
pub fn DealFinder(props: &DealFinderProps) -> Html {
    let progress = use_state(Progress::default);
    let room = use_state(|| RoomProgress::Counting { nodes: 0 });

    // Re-run the searches whenever the package or the locks change while the finder is open.
    use_effect_with((props.open, props.package.clone(), props.locked.clone()), {
        let scenario = props.scenario.clone();
        let progress = progress.setter();
        move |(open, package, locked)| {
            let cancelled = Rc::new(Cell::new(false));
            if *open {
                progress.set(Progress::default());
                run_searches(scenario, package.clone(), locked.clone(), progress, cancelled.clone());
            }
            move || cancelled.set(true)
        }
    });
    // The room does not depend on the package: estimate it once, when the finder first opens.
    use_effect_with(props.open, {
        let scenario = props.scenario.clone();
        let room = room.clone();
        move |open| {
            let cancelled = Rc::new(Cell::new(false));
            if *open && *room == (RoomProgress::Counting { nodes: 0 }) {
                estimate_room(scenario, room.setter(), cancelled.clone());
            }
            move || cancelled.set(true)
        }
    });

    let on_toggle = props.on_action.reform(|_: MouseEvent| Action::ToggleFinder);
    html! {
        <section class="region finder" aria-labelledby="finder-title" data-testid="finder">
            <h2 id="finder-title">{ "Is there a deal everyone signs?" }</h2>
            <p class="muted">
                { "The finder changes as few of your terms as it can until every party would likely sign. Press “Keep” on a term to lock it." }
            </p>
            <button type="button" class="secondary" aria-expanded={props.open.to_string()} data-testid="find-deal" onclick={on_toggle}>
                { if props.open { "Hide the deal finder" } else { "Find a deal everyone signs" } }
            </button>
            if props.open {
                { finder_body(props, &progress, &room) }
            }
        </section>
    }
}

/// Where the room figure has got to.
#[derive(Clone, PartialEq)]
enum RoomProgress {
    /// Counting exactly with the pruned search.
    Counting { nodes: u64 },
    /// Exact, or a sample (finished or still growing).
    Known(Room),
}

fn finder_body(props: &DealFinderProps, progress: &Progress, room: &RoomProgress) -> Html {
    let scenario = &props.scenario;
    let status = match &progress.nearest {
        None => format!("Searching… no deal within {} change(s) so far.", progress.trying.saturating_sub(1)),
        Some(result) => match &result.found {
            Some(found) if found.changes == 0 => "Every party would already likely sign this package.".to_string(),
            Some(found) => format!(
                "Change {} term(s) and all would likely sign (chance all sign: {}).",
                found.changes,
                percent(found.joint_probability)
            ),
            None => "No package that every party would likely sign exists with the locked terms kept. That is certain under this model's assumptions, not a time-out.".to_string(),
        },
    };
    let found = progress.nearest.as_ref().and_then(|r| r.found.as_ref());
    let changes = found.map(|found| changes_list(scenario, &props.package, &found.package, "finder-changes"));
    // A limited agreement leaves the settlement open: say so, so the answer is not read as a peace deal.
    let limited = found.filter(|found| scenario.is_limited(&found.package)).map(|_| {
        html! {
            <p class="muted" data-testid="finder-limited">
                { "This is a limited agreement: it leaves the settlement open, and each party weighs it against the war going on while talks go on." }
            </p>
        }
    });
    let apply = found.filter(|f| f.changes > 0).map(|found| {
        let package = found.package.clone();
        let onclick = props.on_action.reform(move |_: MouseEvent| Action::SetPackage(package.clone()));
        html! { <button type="button" class="preset apply" data-testid="apply-deal" {onclick}>{ "Apply these changes" }</button> }
    });
    let stats = progress.nearest.as_ref().map(|result| {
        html! {
            <p class="muted" data-testid="finder-stats" data-nodes={result.nodes.to_string()} data-compute-ms={format!("{:.3}", progress.compute_ms)}>
                { format!(
                    "Searched {} of {} possible packages in {:.0} ms; the rest were ruled out by bounds.",
                    group_digits(u128::from(result.nodes)),
                    big_number(result.space),
                    progress.compute_ms
                ) }
            </p>
        }
    });

    let per_party = progress.per_party.iter().map(|(party_idx, result)| {
        let party = &scenario.parties[*party_idx];
        let body = match result.as_ref().map(|r| &r.found) {
            None => html! { { "Searching…" } },
            Some(None) => html! { { "No change of the unlocked terms makes it sign without another party moving away." } },
            Some(Some(found)) => html! {
                <>
                    { format!("{} change(s):", found.changes) }
                    { changes_list(scenario, &props.package, &found.package, &format!("take-{}", party.id)) }
                </>
            },
        };
        html! { <li key={party.id.clone()} data-testid={format!("what-it-takes-{}", party.id)}><strong>{ format!("{}: ", party.short_name) }</strong>{ body }</li> }
    });

    html! {
        <div class="finder-body">
            <p class="finder-status" aria-live="polite" data-testid="finder-status">{ status }</p>
            { for changes }
            { for limited }
            { for apply }
            { for stats }
            if progress.nearest.is_some() {
                <h3>{ "What it would take, party by party" }</h3>
                if progress.per_party.is_empty() {
                    <p class="muted">{ "Every party already would likely sign." }</p>
                } else {
                    <p class="muted">{ "The fewest changes that make each party sign while no other party moves further from signing." }</p>
                    <ul class="per-party">{ for per_party }</ul>
                }
            }
            <h3>{ "How much room there is" }</h3>
            { room_view(scenario, room) }
        </div>
    }
}

/// "Term: from → to" for every lever that differs.
fn changes_list(scenario: &Scenario, from: &Package, to: &Package, testid: &str) -> Html {
    let items = scenario.levers.iter().enumerate().filter(|(lever_idx, _)| from.option(*lever_idx) != to.option(*lever_idx)).map(
        |(lever_idx, lever)| {
            html! {
                <li key={lever.id.clone()}>
                    <strong>{ format!("{}: ", lever.title) }</strong>
                    { &lever.options[from.option(lever_idx)].label }{ " → " }{ &lever.options[to.option(lever_idx)].label }
                </li>
            }
        },
    );
    html! { <ul class="changes" data-testid={testid.to_string()}>{ for items }</ul> }
}

fn room_view(scenario: &Scenario, room: &RoomProgress) -> Html {
    let room = match room {
        RoomProgress::Counting { nodes } => {
            return html! { <p class="muted" data-testid="room-progress">{ format!("Counting… {} nodes searched.", group_digits(*nodes as u128)) }</p> };
        }
        RoomProgress::Known(room) => room,
    };
    let space = big_number(scenario.n_packages());
    let sentence = if room.exact {
        format!(
            "Exactly {} of the {space} possible packages would likely be signed by every party: {}.",
            group_digits(u128::from(room.accepted)),
            share_words(room.share())
        )
    } else if room.seen < ROOM_SAMPLES {
        format!("Estimating… {} of {} random packages checked.", group_digits(room.seen), group_digits(ROOM_SAMPLES))
    } else {
        let (low, high) = room.interval();
        format!(
            "An estimate from {} random packages: {} of the {space} possible packages would likely be signed by every party (95% interval: {} to {}).",
            group_digits(room.seen),
            share_words(room.share()),
            share_words(low),
            share_words(high)
        )
    };
    let common = room.most_common_options(5).into_iter().map(|(lever_idx, option_idx, share)| {
        let lever = &scenario.levers[lever_idx];
        html! { <li>{ format!("{}: {} ({:.0}%)", lever.title, lever.options[option_idx].label, share * 100.0) }</li> }
    });
    let done = room.exact || room.seen >= ROOM_SAMPLES;
    html! {
        <>
            <p data-testid="room" data-exact={room.exact.to_string()} data-accepted={room.accepted.to_string()}>{ sentence }</p>
            if done && room.accepted > 0 {
                <p>{ "Terms most often found in those packages:" }</p>
                <ul class="common" data-testid="room-common">{ for common }</ul>
            }
        </>
    }
}

fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    if let Some(performance) = gloo::utils::window().performance() {
        return performance.now();
    }
    0.0
}

/// Lets the browser render a frame before the next slice.
async fn yield_to_browser() {
    #[cfg(target_arch = "wasm32")]
    gloo::timers::future::TimeoutFuture::new(0).await;
}

/// Runs one search in slices, adding its time to `compute_ms`; `None` if cancelled.
async fn run_sliced(
    scenario: &Scenario,
    mut search: Search,
    compute_ms: &mut f64,
    cancelled: &Cell<bool>,
    mut on_slice: impl FnMut(&Search, f64),
) -> Option<SearchResult> {
    loop {
        let started = now_ms();
        let done = search.run(scenario, NODES_PER_SLICE);
        *compute_ms += now_ms() - started;
        if let Some(result) = done {
            return Some(result);
        }
        on_slice(&search, *compute_ms);
        yield_to_browser().await;
        if cancelled.get() {
            return None;
        }
    }
}

fn run_searches(
    scenario: SharedScenario,
    package: Package,
    locked: Vec<bool>,
    set: UseStateSetter<Progress>,
    cancelled: Rc<Cell<bool>>,
) {
    yew::platform::spawn_local(async move {
        let mut progress = Progress::default();
        let search = Search::new(&scenario, &package, &locked, &Goal::all_accept(&scenario));
        let mut compute_ms = 0.0;
        let nearest = run_sliced(&scenario, search, &mut compute_ms, &cancelled, |search, ms| {
            progress.trying = search.changes_tried();
            progress.compute_ms = ms;
            set.set(progress.clone());
        })
        .await;
        let Some(nearest) = nearest else { return };
        progress.compute_ms = compute_ms;
        progress.nearest = Some(nearest);
        progress.per_party = scenario
            .parties
            .iter()
            .enumerate()
            .filter(|(party_idx, _)| scenario.outcome(*party_idx, &package).verdict != Verdict::Accept)
            .map(|(party_idx, _)| (party_idx, None))
            .collect();
        set.set(progress.clone());

        for i in 0..progress.per_party.len() {
            let party_idx = progress.per_party[i].0;
            let goal = Goal::party_accepts(&scenario, &package, party_idx);
            let search = Search::new(&scenario, &package, &locked, &goal);
            let mut ms = 0.0;
            let Some(result) = run_sliced(&scenario, search, &mut ms, &cancelled, |_, _| {}).await else { return };
            progress.per_party[i].1 = Some(result);
            set.set(progress.clone());
        }
    });
}

fn estimate_room(scenario: SharedScenario, set: UseStateSetter<RoomProgress>, cancelled: Rc<Cell<bool>>) {
    yew::platform::spawn_local(async move {
        let room = Room::start(&scenario, ROOM_SEED);
        if room.exact {
            set.set(RoomProgress::Known(room));
            return;
        }
        // Count exactly with the pruned search, if that finishes within the node limit.
        let mut counter = Search::counter(&scenario);
        while counter.nodes() < COUNT_NODE_LIMIT {
            if counter.run(&scenario, COUNT_NODES_PER_SLICE).is_some() {
                if let Some(tally) = counter.tally() {
                    set.set(RoomProgress::Known(Room::from_tally(&scenario, tally)));
                }
                return;
            }
            set.set(RoomProgress::Counting { nodes: counter.nodes() });
            yield_to_browser().await;
            if cancelled.get() {
                return;
            }
        }
        // Too many packages to count here: estimate by sampling.
        let mut room = room;
        while room.seen < ROOM_SAMPLES {
            room.sample(&scenario, ROOM_SAMPLES_PER_SLICE);
            set.set(RoomProgress::Known(room.clone()));
            yield_to_browser().await;
            if cancelled.get() {
                return;
            }
        }
    });
}
