//! `DealFinder`: the nearest package every party accepts, what it would take for each party,
//! and how much room there is. The sequencing lives in the model (`model::finder::Finder`) and
//! the driver that gives it time in `hooks/finder.rs`; this file holds the views only
//! (`FinderView` renders any `FinderStatus`).

use yew::prelude::*;

use crate::model::finder::{FinderStatus, RoomStatus, ROOM_SAMPLES};
use crate::model::room::Room;
use crate::model::words::en::{big_number, group_digits, percent, share_words, term};
use crate::model::{Action, Choice, Package, Scenario};
use crate::ui::hooks::finder::use_finder;
use crate::ui::SharedScenario;

#[derive(Properties, PartialEq)]
pub struct DealFinderProps {
    pub scenario: SharedScenario,
    pub package: Package,
    pub locked: Vec<bool>,
    pub open: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn DealFinder(props: &DealFinderProps) -> Html {
    let (status, compute_ms) = use_finder(&props.scenario, props.open, &props.package, &props.locked);
    let on_toggle = props.on_action.reform(|_: MouseEvent| Action::ToggleFinder);
    html! {
        <section class="region finder" aria-labelledby="finder-title" data-testid="finder">
            <h2 id="finder-title">{ "Is there a deal everyone signs?" }</h2>
            <p class="muted">
                { "Changes as few of your terms as it can until every party would likely sign; “Keep” locks a term." }
            </p>
            <button type="button" class="secondary" aria-expanded={props.open.to_string()} data-testid="find-deal" onclick={on_toggle}>
                { if props.open { "Hide the deal finder" } else { "Find a deal everyone signs" } }
            </button>
            if props.open {
                <FinderView
                    scenario={props.scenario.clone()}
                    package={props.package.clone()}
                    {status}
                    {compute_ms}
                    on_action={props.on_action.clone()}
                />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct FinderViewProps {
    pub scenario: SharedScenario,
    pub package: Package,
    pub status: FinderStatus,
    /// Time spent on the nearest search so far, not counting the frames in between.
    pub compute_ms: f64,
    pub on_action: Callback<Action>,
}

/// The open finder, for any state of the machine.
#[component]
pub fn FinderView(props: &FinderViewProps) -> Html {
    finder_body(props, &props.status)
}

fn finder_body(props: &FinderViewProps, progress: &FinderStatus) -> Html {
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
            <p class="muted" data-testid="finder-stats" data-nodes={result.nodes.to_string()} data-compute-ms={format!("{:.3}", props.compute_ms)}>
                { format!(
                    "Searched {} of {} possible packages in {:.0} ms; the rest were ruled out by bounds.",
                    group_digits(u128::from(result.nodes)),
                    big_number(result.space),
                    props.compute_ms
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
            { room_view(scenario, &progress.room) }
        </div>
    }
}

/// "Term: from → to" for every lever that differs.
fn changes_list(scenario: &Scenario, from: &Package, to: &Package, testid: &str) -> Html {
    let items = from.changes_to(to).map(|(lever_idx, before, after)| {
        let lever = &scenario.levers[lever_idx];
        html! {
            <li key={lever.id.clone()}>
                <strong>{ format!("{}: ", lever.title) }</strong>
                { &lever.options[before].label }{ " → " }{ &lever.options[after].label }
            </li>
        }
    });
    html! { <ul class="changes" data-testid={testid.to_string()}>{ for items }</ul> }
}

fn room_view(scenario: &Scenario, room: &RoomStatus) -> Html {
    let room: &Room = match room {
        RoomStatus::NotStarted => {
            return html! { <p class="muted" data-testid="room-progress">{ "Waiting for the searches above." }</p> };
        }
        RoomStatus::Counting { nodes } => {
            return html! { <p class="muted" data-testid="room-progress">{ format!("Counting… {} nodes searched.", group_digits(*nodes as u128)) }</p> };
        }
        RoomStatus::Sampling(room) | RoomStatus::Known(room) => room,
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
        html! { <li>{ format!("{} ({:.0}%)", term(scenario, Choice { lever_idx, option_idx }), share * 100.0) }</li> }
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
