//! `DealFinder`: the nearest package every party accepts, what it would take for each party,
//! and how much room there is. The sequencing lives in the model (`model::finder::Finder`) and
//! the driver that gives it time in `hooks/finder.rs`; this file holds the views only
//! (`FinderView` renders any `FinderStatus`).

use yew::prelude::*;

use crate::model::finder::{FinderStatus, RoomStatus, ROOM_SAMPLES};
use crate::model::room::Room;
use crate::model::{Action, Choice, Package, Scenario, Words};
use crate::ui::hooks::finder::use_finder;
use crate::ui::{use_words, SharedScenario};

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
    let words = use_words();
    let (status, compute_ms) = use_finder(&props.scenario, props.open, &props.package, &props.locked);
    let on_toggle = props.on_action.reform(|_: MouseEvent| Action::ToggleFinder);
    html! {
        <section class="region finder" aria-labelledby="finder-title" data-testid="finder">
            <h2 id="finder-title">{ words.get("finder-title") }</h2>
            <p class="muted">
                { words.get("finder-lede") }
            </p>
            <button type="button" class="secondary" aria-expanded={props.open.to_string()} data-testid="find-deal" onclick={on_toggle}>
                { words.get(if props.open { "finder-hide" } else { "finder-open" }) }
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
    let words = use_words();
    finder_body(&words, props, &props.status)
}

fn finder_body(words: &Words, props: &FinderViewProps, progress: &FinderStatus) -> Html {
    let scenario = &props.scenario;
    let status = match &progress.nearest {
        None => words.format("finder-searching-within", &[("n", progress.trying.saturating_sub(1).into())]),
        Some(result) => match &result.found {
            Some(found) if found.changes == 0 => words.get("finder-already"),
            Some(found) => words.format(
                "finder-change",
                &[("n", found.changes.into()), ("chance", words.percent(found.joint_probability).into())],
            ),
            None => words.get("finder-impossible"),
        },
    };
    let found = progress.nearest.as_ref().and_then(|r| r.found.as_ref());
    let changes = found.map(|found| changes_list(scenario, &props.package, &found.package, "finder-changes"));
    // A limited agreement leaves the settlement open: say so, so the answer is not read as a peace deal.
    let limited = found.filter(|found| scenario.is_limited(&found.package)).map(|_| {
        html! {
            <p class="muted" data-testid="finder-limited">
                { words.get("finder-limited") }
            </p>
        }
    });
    let apply = found.filter(|f| f.changes > 0).map(|found| {
        let package = found.package.clone();
        let onclick = props.on_action.reform(move |_: MouseEvent| Action::SetPackage(package.clone()));
        html! { <button type="button" class="preset apply" data-testid="apply-deal" {onclick}>{ words.get("finder-apply") }</button> }
    });
    let stats = progress.nearest.as_ref().map(|result| {
        html! {
            <p class="muted" data-testid="finder-stats" data-nodes={result.nodes.to_string()} data-compute-ms={format!("{:.3}", props.compute_ms)}>
                { words.format("finder-stats", &[
                    ("nodes", words.group_digits(u128::from(result.nodes)).into()),
                    ("space", words.big_number(result.space).into()),
                    ("ms", format!("{:.0}", props.compute_ms).into()),
                ]) }
            </p>
        }
    });

    let per_party = progress.per_party.iter().map(|(party_idx, result)| {
        let party = &scenario.parties[*party_idx];
        let body = match result.as_ref().map(|r| &r.found) {
            None => html! { { words.get("searching") } },
            Some(None) => html! { { words.get("finder-party-impossible") } },
            Some(Some(found)) => html! {
                <>
                    { words.format("finder-party-changes", &[("n", found.changes.into())]) }
                    { changes_list(scenario, &props.package, &found.package, &format!("take-{}", party.id)) }
                </>
            },
        };
        html! { <li key={party.id.clone()} data-testid={format!("what-it-takes-{}", party.id)}><strong>{ words.format("party-label", &[("party", (&party.short_name).into())]) }</strong>{ body }</li> }
    });

    html! {
        <div class="finder-body">
            <p class="finder-status" aria-live="polite" data-testid="finder-status">{ status }</p>
            { for changes }
            { for limited }
            { for apply }
            { for stats }
            if progress.nearest.is_some() {
                <h3>{ words.get("per-party-title") }</h3>
                if progress.per_party.is_empty() {
                    <p class="muted">{ words.get("per-party-all") }</p>
                } else {
                    <p class="muted">{ words.get("per-party-lede") }</p>
                    <ul class="per-party">{ for per_party }</ul>
                }
            }
            <h3>{ words.get("room-title") }</h3>
            { room_view(words, scenario, &progress.room) }
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

fn room_view(words: &Words, scenario: &Scenario, room: &RoomStatus) -> Html {
    let room: &Room = match room {
        RoomStatus::NotStarted => {
            return html! { <p class="muted" data-testid="room-progress">{ words.get("room-waiting") }</p> };
        }
        RoomStatus::Counting { nodes } => {
            return html! { <p class="muted" data-testid="room-progress">{ words.format("room-counting", &[("nodes", words.group_digits(*nodes as u128).into())]) }</p> };
        }
        RoomStatus::Sampling(room) | RoomStatus::Known(room) => room,
    };
    let space = words.big_number(scenario.n_packages());
    let sentence = if room.exact {
        words.format(
            "room-exact",
            &[
                ("accepted", words.group_digits(u128::from(room.accepted)).into()),
                ("space", (&space).into()),
                ("share", words.share_words(room.share()).into()),
            ],
        )
    } else if room.seen < ROOM_SAMPLES {
        words.format(
            "room-sampling",
            &[("seen", words.group_digits(room.seen).into()), ("total", words.group_digits(ROOM_SAMPLES).into())],
        )
    } else {
        let (low, high) = room.interval();
        words.format(
            "room-estimate",
            &[
                ("seen", words.group_digits(room.seen).into()),
                ("share", words.share_words(room.share()).into()),
                ("space", (&space).into()),
                ("low", words.share_words(low).into()),
                ("high", words.share_words(high).into()),
            ],
        )
    };
    let common = room.most_common_options(5).into_iter().map(|(lever_idx, option_idx, share)| {
        html! { <li>{ words.format("room-common-item", &[("term", words.term(scenario, Choice { lever_idx, option_idx }).into()), ("pct", format!("{:.0}", share * 100.0).into())]) }</li> }
    });
    let done = room.exact || room.seen >= ROOM_SAMPLES;
    html! {
        <>
            <p data-testid="room" data-exact={room.exact.to_string()} data-accepted={room.accepted.to_string()}>{ sentence }</p>
            if done && room.accepted > 0 {
                <p>{ words.get("room-common") }</p>
                <ul class="common" data-testid="room-common">{ for common }</ul>
            }
        </>
    }
}
