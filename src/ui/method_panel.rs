//! `MethodPanel`: the "How this works" disclosure: the model in plain words, what it assumes,
//! that it is an editorial estimate, and every source with its outlet and date.

use yew::prelude::*;

use crate::model::scenario::Date;
use crate::model::scenario::SourceLink;
use crate::model::words::en::{human_date, list_and};
use crate::ui::SharedScenario;

#[derive(Properties, PartialEq)]
pub struct MethodPanelProps {
    pub scenario: SharedScenario,
    /// Every date positions are recorded at, oldest first.
    #[prop_or_default]
    pub dates: Vec<Date>,
    pub open: bool,
    pub on_toggle: Callback<()>,
}

/// The source's title, linked to its public address, or with the reason it has none.
fn source_title(link: &SourceLink, title: &str) -> Html {
    match link {
        SourceLink::Url(url) => html! { <a href={url.clone()} rel="noopener noreferrer">{ title }</a> },
        SourceLink::None { why } => html! { <>{ title }<span class="muted">{ format!(" (no link: {why})") }</span></> },
    }
}

#[component]
pub fn MethodPanel(props: &MethodPanelProps) -> Html {
    let onclick = props.on_toggle.reform(|_: MouseEvent| ());
    let scenario = &props.scenario;
    let dates: Vec<String> = props.dates.iter().map(|&date| human_date(date)).collect();
    let sources = scenario.sources.iter().map(|source| {
        html! {
            <li key={source.id.clone()}>
                <span class="source-outlet">{ &source.outlet }</span>{ ", " }
                <time datetime={source.date.to_string()}>{ human_date(source.date) }</time>{ ": " }
                { source_title(&source.link, &source.title) }
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
            // The body is built only while open: its list of sources is a third of the page's
            // elements, and nobody reads it closed. The element stays, for `aria-controls`.
            <div id="method-body" class="method-body" hidden={!props.open} data-testid="method-body">
                if props.open {
                    <p>
                        { "This is an editorial estimate of each party's public positions as of " }
                        { human_date(scenario.as_of) }
                        { ", not a forecast. Every position below cites its source." }
                    </p>
                    <ul>
                        if props.dates.len() > 1 {
                            <li data-testid="method-dates">
                                <strong>{ "Dates. " }</strong>
                                { "Positions are recorded as of " }{ list_and(&dates.iter().map(String::as_str).collect::<Vec<_>>()) }
                                { ". Each date cites only what was said by then; a position moves only where a dated source shows it moved. Proposals stay on the list at later dates, so you can see how they would fare then." }
                            </li>
                        }
                        <li><strong>{ "Values. " }</strong>{ "Each party gives a number of points to the terms it cares about: positive for a gain, negative for a cost. A term on which a party had stated no view by this date counts as zero, and its card says so." }</li>
                        <li><strong>{ "Stated or inferred. " }</strong>{ "A stated position is one the cited source says. An inferred one is our reading of a principle the source states; the page marks it \"our inference from\" and writes the reasoning out." }</li>
                        <li><strong>{ "Who concedes. " }</strong>{ "An option is a party's concession when it is worth less to that party than leaving the term out, or crosses its red line. It is worked out from the values, never listed by hand." }</li>
                        <li><strong>{ "Red lines. " }</strong>{ "Some terms make a party refuse whatever else it gets." }</li>
                        <li><strong>{ "Walking away. " }</strong>{ "A package that settles terms must beat what no settlement, the war going on, is worth to each party. A limited agreement (a ceasefire alone, a partial truce, a prisoner exchange, aid during a ceasefire) leaves the settlement open, so it is weighed against the war going on while talks go on, which each party values on its own sourced terms." }</li>
                        <li><strong>{ "Uncertainty. " }</strong>{ "The further a package is above or below that point, the surer the answer. At 60% or more we say a party would likely sign; at 40% or less, likely refuse; between, undecided." }</li>
                        <li><strong>{ "All sign. " }</strong>{ "The chance that every party accepts multiplies their chances, which assumes they decide independently. In reality their decisions are linked." }</li>
                    </ul>
                    <h3>{ "Sources" }</h3>
                    <ul class="sources" data-testid="sources">{ for sources }</ul>
                }
            </div>
        </section>
    }
}
