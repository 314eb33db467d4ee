//! `WhatChanged`: between an earlier snapshot and the one shown, party by party, every term
//! whose value or red line moved, with the source of the later position.

use yew::prelude::*;

use crate::model::scenario::SourceLink;
use crate::model::snapshots::Snapshots;
use crate::model::timeline::what_changed;
use crate::model::Action;
use crate::ui::shared::selected_index;
use crate::ui::{cite, use_words};

#[derive(Properties, PartialEq)]
pub struct WhatChangedProps {
    pub snapshots: Snapshots,
    pub shown: usize,
    /// The earlier snapshot to compare with; `None` at the earliest date.
    pub from: Option<usize>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn WhatChanged(props: &WhatChangedProps) -> Html {
    let words = use_words();
    let slots = &props.snapshots.slots;
    let Some(after) = props.snapshots.loaded(props.shown) else { return html! {} };
    let onchange = props.on_action.reform(|event: Event| Action::CompareFrom { idx: selected_index(&event) });
    let choices = slots.iter().enumerate().filter(|&(idx, _)| idx < props.shown).map(|(idx, slot)| {
        html! {
            <option key={slot.id.clone()} value={idx.to_string()} selected={props.from == Some(idx)}>
                { words.human_date(slot.as_of) }
            </option>
        }
    });
    let body = match props.from.map(|idx| (idx, props.snapshots.loaded(idx))) {
        None => html! { <p>{ words.get("earliest-date") }</p> },
        Some((idx, None)) => html! {
            <p>{ words.format("not-here-yet", &[("date", words.human_date(slots[idx].as_of).into())]) }</p>
        },
        Some((_, Some(before))) => {
            let parties = after.parties.iter().enumerate().map(|(party_idx, party)| {
                let moved = what_changed(before, after, party_idx);
                let items = moved.iter().map(|m| {
                    let source = m.source_idx.map(|s| {
                        let citation = cite(&words, after, s);
                        match &after.sources[s].link {
                            SourceLink::Url(url) => {
                                html! { <>{ " (" }<a href={url.clone()} rel="noopener noreferrer">{ citation }</a>{ ")" }</> }
                            }
                            SourceLink::None { .. } => html! { { format!(" ({citation})") } },
                        }
                    });
                    html! { <li>{ words.moved_text(after, m) }{ for source }</li> }
                });
                // One line per party; its list opens beneath it, so the section stays short on a phone.
                html! {
                    <div class="changed-party" key={party.id.clone()} data-testid={format!("changed-{}", party.id)}>
                        if moved.is_empty() {
                            <h3 class="muted">{ words.moved_count(&party.short_name, 0) }</h3>
                        } else {
                            <details>
                                <summary><h3>{ words.moved_count(&party.short_name, moved.len()) }</h3></summary>
                                <ul>{ for items }</ul>
                            </details>
                        }
                    </div>
                }
            });
            html! { <div class="changed-parties">{ for parties }</div> }
        }
    };
    html! {
        <section class="region what-changed" aria-labelledby="what-changed-title" data-testid="what-changed">
            <h2 id="what-changed-title">{ words.get("what-changed-title") }</h2>
            if props.from.is_some() {
                <p class="compare-line">
                    <label for="compare-from">{ words.get("since-positions-as-of") }</label>
                    <select id="compare-from" data-testid="compare-from" {onchange}>{ for choices }</select>
                </p>
            }
            <p class="muted small">{ words.get("what-changed-lede") }</p>
            { body }
        </section>
    }
}
