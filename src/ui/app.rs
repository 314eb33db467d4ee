//! `App`: loads the scenario, owns the one reducer, and lays out what the model derives. Its
//! browser I/O (the link, the embedded frame, the panic panel, the snapshots fetched later) is
//! in `hooks/`.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::words::en::{announcement, headline, human_date, percent, verdict_icon};
use crate::model::{evaluate, explain_all, shipped, Action, Explorer, Scenario};
use crate::ui::embed::link_with_deal;
use crate::ui::hooks::frame::use_embed_frame;
use crate::ui::hooks::link::{self, use_link_sync};
use crate::ui::hooks::panic::use_panic_panel;
use crate::ui::hooks::prerendered::use_take_away_prerendered;
use crate::ui::hooks::snapshots::use_snapshot_loader;
use crate::ui::{
    Concessions, DateControl, DealFinder, EmbedCode, LinkNotice, MethodPanel, OverTime, PartyCard, PresetBar,
    ScenarioProblems, SharedScenario, Standing, WhatChanged,
};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A scenario to open on its own, as JSON; the shipped series, dated snapshots, when not given.
    #[prop_or_default]
    pub scenario_json: Option<AttrValue>,
}

/// The state to open with, before the link is read; compared by pointer (made once).
#[derive(Clone)]
struct Start(Rc<Explorer>);

impl PartialEq for Start {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let loaded = use_memo(props.scenario_json.clone(), |json| match json {
        Some(json) => Scenario::from_json(json).map(|scenario| Rc::new(Explorer::new(Rc::new(scenario)))),
        None => Explorer::shipped(shipped::DEFAULT_SERIES).map(Rc::new),
    });
    use_panic_panel();
    use_take_away_prerendered();
    match &*loaded {
        Ok(start) => html! { <Loaded start={Start(start.clone())} /> },
        Err(problems) => html! {
            <>
                <header class="masthead">
                    <p class="kicker">{ "Dealscope" }</p>
                    <h1>{ "Would they sign?" }</h1>
                </header>
                <main id="main">
                    <ScenarioProblems problems={problems.clone()} />
                </main>
            </>
        },
    }
}

#[derive(Properties, PartialEq)]
struct LoadedProps {
    start: Start,
}

#[component]
fn Loaded(props: &LoadedProps) -> Html {
    let state = use_reducer({
        let start = props.start.0.clone();
        move || {
            let mut explorer = (*start).clone();
            explorer.apply(link::read().into_action());
            explorer
        }
    });
    // A memoised callback keeps its identity across renders, so children re-render only when
    // what they show changes.
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let on_toggle_method =
        use_callback(state.dispatcher(), |_: (), dispatcher| dispatcher.dispatch(Action::ToggleMethod));
    let on_share = use_callback(state.dispatcher(), |_: (), dispatcher| link::share(dispatcher.clone()));

    // The link is the state, both ways.
    let deal = state.deal_text();
    let as_of = state.date_text();
    use_link_sync(state.dispatcher(), deal.clone(), as_of.clone());

    // The other dates arrive after the first paint.
    let waiting: Vec<(usize, String)> =
        state.snapshots.waiting().into_iter().map(|idx| (idx, state.snapshots.slots[idx].id.clone())).collect();
    use_snapshot_loader(state.dispatcher(), waiting);

    // Embedding: read once; theme and compact layout on <html>; report our height to the host.
    let embed = use_memo((), |_| link::read_embed());
    use_embed_frame(&embed);

    let scenario = &SharedScenario(state.scenario().clone());
    // The embed code and the embed's link to the full page pin the date shown.
    let pinned = state.date().to_string();
    let outcome = evaluate(scenario, &state.package);
    let explanations = explain_all(scenario, &state.package);
    let scoreboard = scenario.parties.iter().zip(&outcome.parties).map(|(party, o)| {
        html! {
            <li class={classes!("chip", o.verdict.id())} key={party.id.clone()}>
                <a href={format!("#card-{}", party.id)}>
                    <span class="icon" aria-hidden="true">{ verdict_icon(o.verdict) }</span>
                    { " " }{ &party.short_name }{ " " }
                    <span class="chip-pct">{ percent(o.probability) }</span>
                </a>
            </li>
        }
    });
    // One explanation per party, derived once: the headline and the cards share them.
    let headline_text = headline(scenario, &state.package, &outcome, &explanations);
    let cards = explanations.into_iter().map(|explanation| {
        let id = scenario.parties[explanation.party_idx].id.clone();
        html! {
            <div class="card-slot" id={format!("card-{id}")} key={id.clone()}>
                <PartyCard scenario={scenario.clone()} {explanation} />
            </div>
        }
    });

    html! {
        <>
            if !embed.embed {
                <header class="masthead">
                    <p class="kicker">{ "Dealscope · Would they sign?" }</p>
                    <h1>{ &scenario.title }</h1>
                    <p class="lede">{ &scenario.description }</p>
                    <p class="as-of">
                        { "Positions as of " }
                        <time datetime={scenario.as_of.to_string()}>{ human_date(scenario.as_of) }</time>
                        { ". An editorial estimate, not a forecast." }
                    </p>
                </header>
            }
            <main id="main">
                if embed.embed {
                    <h1 class="embed-title">{ "Would they sign? " }{ &scenario.title }</h1>
                }
                <DateControl
                    snapshots={state.snapshots.clone()}
                    shown={state.shown}
                    wanted={state.wanted}
                    notice={state.date_notice.clone()}
                    on_action={on_action.clone()}
                />
                <LinkNotice ignored={state.link_notice.clone()} on_action={on_action.clone()} />
                <section class="summary" aria-label="Summary">
                    <p class="headline" data-testid="headline">{ headline_text }</p>
                    <p class="visually-hidden" aria-live="polite" data-testid="announcement">
                        { announcement(scenario, &outcome) }
                    </p>
                </section>
                <PresetBar
                    scenario={scenario.clone()}
                    active={state.active_preset()}
                    is_empty={state.is_empty()}
                    share={state.share}
                    link={link_with_deal(&link::current_href(), as_of.as_deref(), &deal, false)}
                    on_action={on_action.clone()}
                    {on_share}
                />
                <DealFinder
                    key={scenario.id.clone()}
                    scenario={scenario.clone()}
                    package={state.package.clone()}
                    locked={state.locked.clone()}
                    open={state.finder_open}
                    on_action={on_action.clone()}
                />
                <div class="workspace">
                    <ol class="scoreboard" aria-label="Verdicts at a glance" data-testid="scoreboard">{ for scoreboard }</ol>
                    <Concessions
                        scenario={scenario.clone()}
                        package={state.package.clone()}
                        locked={state.locked.clone()}
                        view={state.view}
                        on_action={on_action.clone()}
                    />
                    <section class="region verdicts" aria-labelledby="verdicts-title" data-testid="verdicts">
                        <h2 id="verdicts-title">{ "Who would sign" }</h2>
                        <Standing scenario={scenario.clone()} outcome={outcome.clone()} />
                        <p class="hint swipe-hint" aria-hidden="true">{ "Each party's card, side by side: swipe sideways." }</p>
                        <div class="cards">{ for cards }</div>
                    </section>
                </div>
                if state.snapshots.slots.len() > 1 {
                    <OverTime snapshots={state.snapshots.clone()} package={state.package.clone()} shown={state.shown} />
                    <WhatChanged
                        snapshots={state.snapshots.clone()}
                        shown={state.shown}
                        from={state.compared_with()}
                        on_action={on_action.clone()}
                    />
                }
                <MethodPanel scenario={scenario.clone()} dates={state.snapshots.dates()} open={state.method_open} on_toggle={on_toggle_method} />
                if embed.embed {
                    <p class="attribution">
                        <a href={link_with_deal(&link::current_href(), Some(&pinned), &deal, true)} target="_blank" rel="noopener">
                            { "Dealscope, an editorial estimate as of " }{ human_date(scenario.as_of) }{ ". Open the full page (new tab)" }
                        </a>
                    </p>
                } else {
                    <EmbedCode
                        title={scenario.title.clone()}
                        page_href={link_with_deal(&link::current_href(), Some(&pinned), &deal, true)}
                        open={state.embed_code_open}
                        on_action={on_action.clone()}
                    />
                }
            </main>
            if !embed.embed {
                <footer class="colophon">
                    <p>
                        { "Dealscope. An editorial estimate of public positions as of " }
                        { human_date(scenario.as_of) }
                        { "; every value cites its source under “How this works”." }
                    </p>
                </footer>
            }
        </>
    }
}
