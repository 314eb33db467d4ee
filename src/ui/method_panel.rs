//! `MethodPanel`: the "How this works" disclosure: the model in plain words, what it assumes,
//! that it is an editorial estimate, and every source with its outlet and date.

use yew::prelude::*;

use super::SharedScenario;
use crate::model::summary::human_date;

#[derive(Properties, PartialEq)]
pub struct MethodPanelProps {
    pub scenario: SharedScenario,
    pub open: bool,
    pub on_toggle: Callback<()>,
}

#[component]
pub fn MethodPanel(props: &MethodPanelProps) -> Html {
    let onclick = props.on_toggle.reform(|_: MouseEvent| ());
    let scenario = &props.scenario;
    let sources = scenario.sources.iter().map(|source| {
        html! {
            <li key={source.id.clone()}>
                <span class="source-outlet">{ &source.outlet }</span>{ ", " }
                <time datetime={source.date.clone()}>{ human_date(&source.date) }</time>{ ": " }
                if let Some(url) = &source.url {
                    <a href={url.clone()} rel="noopener noreferrer">{ &source.title }</a>
                } else {
                    { &source.title }
                }
                if let Some(note) = &source.note { <span class="muted">{ format!(" {note}") }</span> }
            </li>
        }
    });
    html! {
        <section class="region method" aria-labelledby="method-title" data-testid="method">
            <h2 id="method-title">
                <button
                    type="button"
                    class="disclosure"
                    aria-expanded={props.open.to_string()}
                    aria-controls="method-body"
                    data-testid="method-toggle"
                    {onclick}
                >
                    { "How this works" }
                </button>
            </h2>
            <div id="method-body" class="method-body" hidden={!props.open} data-testid="method-body">
                <p>
                    { "This is an editorial estimate of each party's public positions as of " }
                    { human_date(&scenario.as_of) }
                    { ", not a forecast. Every position below cites its source." }
                </p>
                <ul>
                    <li><strong>{ "Values. " }</strong>{ "Each party gives a number of points to the terms it cares about: positive for a gain, negative for a cost. Terms it has no stated position on count as zero." }</li>
                    <li><strong>{ "Red lines. " }</strong>{ "Some terms make a party refuse whatever else it gets." }</li>
                    <li><strong>{ "Reservation. " }</strong>{ "What no deal, the war going on, is worth to each party. A package must beat it." }</li>
                    <li><strong>{ "Uncertainty. " }</strong>{ "The further a package is above or below a party's reservation, the surer its answer. At 60% or more we say it would likely sign; at 40% or less, likely refuse; between, undecided." }</li>
                    <li><strong>{ "All sign. " }</strong>{ "The chance that every party accepts multiplies their chances, which assumes they decide independently. In reality their decisions are linked." }</li>
                </ul>
                <h3>{ "Sources" }</h3>
                <ul class="sources" data-testid="sources">{ for sources }</ul>
            </div>
        </section>
    }
}
