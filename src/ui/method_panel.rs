//! `MethodPanel`: the "How this works" disclosure: the model in plain words, what it assumes,
//! that it is an editorial estimate, and every source with its outlet and date.

use yew::prelude::*;

use crate::model::scenario::Date;
use crate::model::scenario::{Source, SourceLink};
use crate::model::translation::SCENARIO_LANG;
use crate::model::{Lang, Words};
use crate::ui::{use_words, SharedScenario};

#[derive(Properties, PartialEq)]
pub struct MethodPanelProps {
    pub scenario: SharedScenario,
    /// Every date positions are recorded at, oldest first.
    #[prop_or_default]
    pub dates: Vec<Date>,
    pub open: bool,
    pub on_toggle: Callback<()>,
}

/// The source's title, linked to its public address, or with the reason it has none. A title
/// stays as published, so it says its language (`lang`) for screen readers.
fn source_title(words: &Words, source: &Source) -> Html {
    let lang = source.title_lang.clone().unwrap_or_else(|| SCENARIO_LANG.code().to_string());
    let title = html! { <span {lang}>{ &source.title }</span> };
    match &source.link {
        SourceLink::Url(url) => html! { <a href={url.clone()} rel="noopener noreferrer">{ title }</a> },
        SourceLink::None { why } => {
            html! { <>{ title }<span class="muted">{ format!(" ({})", words.format("no-link", &[("why", why.into())])) }</span></> }
        }
    }
}

/// The points of the method, in order: each a message with its `-title`.
const METHOD: [&str; 7] = [
    "method-values",
    "method-basis",
    "method-concedes",
    "method-red-lines",
    "method-walk-away",
    "method-uncertainty",
    "method-all-sign",
];

#[component]
pub fn MethodPanel(props: &MethodPanelProps) -> Html {
    let words = use_words();
    let onclick = props.on_toggle.reform(|_: MouseEvent| ());
    let scenario = &props.scenario;
    let dates: Vec<String> = props.dates.iter().map(|&date| words.human_date(date)).collect();
    let sources = scenario.sources.iter().map(|source| {
        html! {
            <li key={source.id.clone()}>
                <span class="source-outlet" translate="no">{ &source.outlet }</span>{ ", " }
                <time datetime={source.date.to_string()}>{ words.human_date(source.date) }</time>{ ": " }
                { source_title(&words, source) }
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
                    { words.get("method-title") }
                </button>
            </h2>
            // The body is built only while open: its list of sources is a third of the page's
            // elements, and nobody reads it closed. The element stays, for `aria-controls`.
            <div id="method-body" class="method-body" hidden={!props.open} data-testid="method-body">
                if props.open {
                    <p>
                        { words.format("method-intro", &[("date", words.human_date(scenario.as_of).into())]) }
                    </p>
                    <ul>
                        if props.dates.len() > 1 {
                            <li data-testid="method-dates">
                                <strong>{ words.get("method-dates-title") }{ " " }</strong>
                                { words.format("method-dates", &[("dates", words.list_and(&dates.iter().map(String::as_str).collect::<Vec<_>>()).into())]) }
                            </li>
                        }
                        { for METHOD.iter().map(|id| html! {
                            <li><strong>{ words.get(&format!("{id}-title")) }{ " " }</strong>{ words.get(id) }</li>
                        }) }
                        if words.lang() != Lang::En {
                            <li><strong>{ words.get("method-translation-title") }{ " " }</strong>{ words.get("method-translation") }</li>
                        }
                    </ul>
                    <h3>{ words.get("sources") }</h3>
                    <ul class="sources" data-testid="sources">{ for sources }</ul>
                }
            </div>
        </section>
    }
}
