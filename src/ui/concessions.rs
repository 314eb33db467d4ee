//! `Concessions`: every lever and its options as native controls, grouped by term or by the
//! side that would concede them. One tap changes one term; "Not addressed" is always one tap away.

use yew::prelude::*;

use crate::model::words::effect_symbol;
use crate::model::{Action, ConcessionView, Package, Scenario, Words};
use crate::ui::{use_words, SharedScenario};

#[derive(Properties, PartialEq)]
pub struct ConcessionsProps {
    pub scenario: SharedScenario,
    pub package: Package,
    /// Terms the reader has locked against the deal finder.
    pub locked: Vec<bool>,
    pub view: ConcessionView,
    pub on_action: Callback<Action>,
}

/// What an option does for each party, before the reader chooses it: a mark per party (its
/// abbreviation and ▲ gains, ▼ loses, = neither, ⊘ red line, · no stated view), and the same in
/// words for screen readers.
fn effects(words: &Words, scenario: &Scenario, lever_idx: usize, option_idx: usize) -> Html {
    let marks = scenario.parties.iter().enumerate().map(|(party_idx, party)| {
        let effect = scenario.effect(party_idx, lever_idx, option_idx);
        html! { <span class={classes!("effect", effect.id())}>{ &party.abbr }{ effect_symbol(effect) }</span> }
    });
    html! {
        <>
            <span class="effects" aria-hidden="true">{ for marks }</span>
            <span class="visually-hidden">{ words.effects_words(scenario, lever_idx, option_idx) }</span>
        </>
    }
}

#[component]
pub fn Concessions(props: &ConcessionsProps) -> Html {
    let words = use_words();
    let view_button = |view: ConcessionView, label: String, testid: &'static str| {
        let onclick = props.on_action.reform(move |_: MouseEvent| Action::SetView(view));
        html! {
            <button type="button" class="toggle" aria-pressed={(props.view == view).to_string()} data-testid={testid} {onclick}>
                { label }
            </button>
        }
    };
    let body = match props.view {
        ConcessionView::ByTerm => by_term(props),
        ConcessionView::BySide => by_side(&words, props),
    };
    html! {
        <section class="region concessions" aria-labelledby="concessions-title" data-testid="concessions">
            <h2 id="concessions-title">{ words.get("terms-title") }</h2>
            <div class="view-switch" role="group" aria-label={words.get("group-terms")}>
                { view_button(ConcessionView::ByTerm, words.get("view-by-term"), "view-by-term") }
                { view_button(ConcessionView::BySide, words.get("view-by-side"), "view-by-side") }
            </div>
            { body }
        </section>
    }
}

fn by_term(props: &ConcessionsProps) -> Html {
    let levers = props.scenario.levers.iter().enumerate().map(|(lever_idx, lever)| {
        html! {
            <LeverGroup
                key={lever.id.clone()}
                scenario={props.scenario.clone()}
                {lever_idx}
                chosen={props.package.option(lever_idx)}
                locked={props.locked.get(lever_idx).copied().unwrap_or(false)}
                on_action={props.on_action.clone()}
            />
        }
    });
    html! { <div class="levers">{ for levers }</div> }
}

#[derive(Properties, PartialEq)]
struct LeverGroupProps {
    scenario: SharedScenario,
    lever_idx: usize,
    chosen: usize,
    locked: bool,
    on_action: Callback<Action>,
}

/// One lever as a radio group. Its own component, so a click re-renders only the lever it changed.
///
/// On a phone the group folds to one row (the term, the chosen option and its marks) that opens
/// the options; from 56rem wide the options are always shown and the row is not rendered (CSS).
/// Whether a row is open is presentation only, so it lives here, not in the page state.
#[component]
fn LeverGroup(props: &LeverGroupProps) -> Html {
    let open = use_state(|| false);
    let words = use_words();
    let scenario = &props.scenario;
    let lever_idx = props.lever_idx;
    let lever = &scenario.levers[lever_idx];
    let options = lever.options.iter().enumerate().map(|(option_idx, option)| {
        let onchange = props.on_action.reform(move |_: Event| Action::Choose { lever_idx, option_idx });
        let input_id = format!("opt-{}-{}", lever.id, option.id);
        html! {
            <div class="option" key={option.id.clone()}>
                <input
                    type="radio"
                    id={input_id.clone()}
                    name={format!("lever-{}", lever.id)}
                    value={option.id.clone()}
                    checked={props.chosen == option_idx}
                    data-testid={input_id.clone()}
                    {onchange}
                />
                <label for={input_id}>
                    <span class="option-label">{ &option.label }</span>
                    if option_idx > 0 {
                        { effects(&words, scenario, lever_idx, option_idx) }
                    }
                </label>
            </div>
        }
    });
    let body_id = format!("lever-body-{}", lever.id);
    let desc_id = format!("lever-desc-{}", lever.id);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <fieldset
            class={classes!("lever", (*open).then_some("open"))}
            aria-describedby={desc_id.clone()}
            data-testid={format!("lever-{}", lever.id)}
        >
            <legend class="lever-title">{ &lever.title }</legend>
            <button
                type="button"
                class="lever-row"
                aria-expanded={open.to_string()}
                aria-controls={body_id.clone()}
                data-testid={format!("open-{}", lever.id)}
                onclick={on_toggle}
            >
                <span class="lever-row-title">{ &lever.title }</span>
                <span class="lever-row-chosen">
                    { &lever.options[props.chosen].label }
                    if props.chosen > 0 { { effects(&words, scenario, lever_idx, props.chosen) } }
                    if props.locked { <span class="kept-tag">{ words.get("kept") }</span> }
                </span>
            </button>
            <div class="lever-body" id={body_id}>
                <p class="lever-desc" id={desc_id}>{ &lever.description }</p>
                <button
                    type="button"
                    class="lock"
                    aria-pressed={props.locked.to_string()}
                    aria-label={words.format("keep-label", &[("lever", (&lever.title).into())])}
                    data-testid={format!("lock-{}", lever.id)}
                    onclick={props.on_action.reform(move |_: MouseEvent| Action::ToggleLock { lever_idx })}
                >
                    <span aria-hidden="true">{ words.get(if props.locked { "kept" } else { "keep" }) }</span>
                </button>
                <div class="options">{ for options }</div>
                <p class="option-desc">{ &lever.options[props.chosen].description }</p>
            </div>
        </fieldset>
    }
}

fn by_side(words: &Words, props: &ConcessionsProps) -> Html {
    let scenario = &props.scenario;
    let buttons = |keep: &dyn Fn(&[usize]) -> bool, group: &str| -> Vec<Html> {
        let mut items = Vec::new();
        for (lever_idx, lever) in scenario.levers.iter().enumerate() {
            for (option_idx, option) in lever.options.iter().enumerate().skip(1) {
                if !keep(&scenario.conceded_by(lever_idx, option_idx)) {
                    continue;
                }
                let pressed = props.package.option(lever_idx) == option_idx;
                // Pressing a chosen concession takes it back: the lever returns to "Not addressed".
                let target = if pressed { 0 } else { option_idx };
                let onclick =
                    props.on_action.reform(move |_: MouseEvent| Action::Choose { lever_idx, option_idx: target });
                items.push(html! {
                    <li key={format!("{}-{}", lever.id, option.id)}>
                        <button
                            type="button"
                            class="concession"
                            aria-pressed={pressed.to_string()}
                            data-testid={format!("side-{group}-{}-{}", lever.id, option.id)}
                            {onclick}
                        >
                            <span class="concession-lever">{ &lever.title }{ ": " }</span>
                            <span class="option-label">{ &option.label }</span>
                        </button>
                    </li>
                });
            }
        }
        items
    };
    let sides = scenario.parties.iter().enumerate().map(|(party_idx, party)| {
        let items = buttons(&|by: &[usize]| by.contains(&party_idx), &party.id);
        let heading_id = format!("side-{}", party.id);
        html! {
            <section class="side" key={party.id.clone()} aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id}>{ words.format("could-concede", &[("party", (&party.short_name).into())]) }</h3>
                <ul class="concession-list">{ for items }</ul>
            </section>
        }
    });
    let nobody = buttons(&|by: &[usize]| by.is_empty(), "none");
    html! {
        <div class="sides">
            <p class="hint">{ words.get("concede-hint") }</p>
            { for sides }
            if !nobody.is_empty() {
                <section class="side" aria-labelledby="side-none">
                    <h3 id="side-none">{ words.get("concede-none") }</h3>
                    <ul class="concession-list">{ for nobody }</ul>
                </section>
            }
        </div>
    }
}
