//! `WhatChanged`: between an earlier snapshot and the one shown, party by party, every term
//! whose value or red line moved, with the source of the later position.

use yew::prelude::*;

use crate::model::scenario::SourceLink;
use crate::model::snapshots::Snapshots;
use crate::model::timeline::what_changed;
use crate::model::words::en::{human_date, moved_count, moved_text};
use crate::model::Action;
use crate::ui::cite;
use crate::ui::shared::selected_index;

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
    let slots = &props.snapshots.slots;
    let Some(after) = props.snapshots.loaded(props.shown) else { return html! {} };
    let onchange = props.on_action.reform(|event: Event| Action::CompareFrom { idx: selected_index(&event) });
    let choices = slots.iter().enumerate().filter(|&(idx, _)| idx < props.shown).map(|(idx, slot)| {
        html! {
            <option key={slot.id.clone()} value={idx.to_string()} selected={props.from == Some(idx)}>
                { human_date(slot.as_of) }
            </option>
        }
    });
    let body = match props.from.map(|idx| (idx, props.snapshots.loaded(idx))) {
        None => html! { <p>{ "This is the earliest date: there is nothing earlier to compare with." }</p> },
        Some((idx, None)) => html! {
            <p>{ format!("The positions as of {} are not here yet.", human_date(slots[idx].as_of)) }</p>
        },
        Some((_, Some(before))) => {
            let parties = after.parties.iter().enumerate().map(|(party_idx, party)| {
                let moved = what_changed(before, after, party_idx);
                let items = moved.iter().map(|m| {
                    let source = m.source_idx.map(|s| {
                        let citation = cite(after, s);
                        match &after.sources[s].link {
                            SourceLink::Url(url) => {
                                html! { <>{ " (" }<a href={url.clone()} rel="noopener noreferrer">{ citation }</a>{ ")" }</> }
                            }
                            SourceLink::None { .. } => html! { { format!(" ({citation})") } },
                        }
                    });
                    html! { <li>{ moved_text(after, m) }{ for source }</li> }
                });
                // One line per party; its list opens beneath it, so the section stays short on a phone.
                html! {
                    <div class="changed-party" key={party.id.clone()} data-testid={format!("changed-{}", party.id)}>
                        if moved.is_empty() {
                            <h3 class="muted">{ moved_count(&party.short_name, 0) }</h3>
                        } else {
                            <details>
                                <summary><h3>{ moved_count(&party.short_name, moved.len()) }</h3></summary>
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
            <h2 id="what-changed-title">{ "What changed" }</h2>
            if props.from.is_some() {
                <p class="compare-line">
                    <label for="compare-from">{ "Since the positions as of" }</label>
                    <select id="compare-from" data-testid="compare-from" {onchange}>{ for choices }</select>
                </p>
            }
            <p class="muted small">{ "Points for or against a term; each change cites the later source." }</p>
            { body }
        </section>
    }
}
