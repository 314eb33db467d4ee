//! `DateControl`: "Positions as of", one choice per dated snapshot, and a live line saying
//! what the link's date meant, which date is still loading, or why one could not be loaded.

use yew::prelude::*;

use crate::model::snapshots::{DateNotice, SlotState, Snapshots};
use crate::model::Action;
use crate::ui::shared::selected_index;
use crate::ui::use_words;

#[derive(Properties, PartialEq)]
pub struct DateControlProps {
    pub snapshots: Snapshots,
    /// The snapshot shown, and the one asked for if it has not arrived yet.
    pub shown: usize,
    pub wanted: Option<usize>,
    pub notice: Option<DateNotice>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn DateControl(props: &DateControlProps) -> Html {
    let words = use_words();
    let slots = &props.snapshots.slots;
    let selected = props.wanted.unwrap_or(props.shown);
    let latest = slots.len().saturating_sub(1);
    let options = slots.iter().enumerate().map(|(idx, slot)| {
        let label = match (&slot.state, idx == latest) {
            (SlotState::Failed(_), _) => {
                words.format("date-option-unavailable", &[("date", words.human_date(slot.as_of).into())])
            }
            (_, true) => words.format("date-option-latest", &[("date", words.human_date(slot.as_of).into())]),
            _ => words.human_date(slot.as_of),
        };
        html! { <option key={slot.id.clone()} value={idx.to_string()} selected={idx == selected}>{ label }</option> }
    });
    let onchange = props.on_action.reform(|event: Event| Action::ChooseDate { idx: selected_index(&event) });
    let status = match (props.wanted.and_then(|idx| slots.get(idx)), &props.notice) {
        (Some(slot), _) => words.format("date-loading", &[("date", words.human_date(slot.as_of).into())]),
        (None, Some(notice)) => words.date_notice(notice),
        (None, None) => String::new(),
    };
    let failures = slots.iter().filter_map(|slot| match &slot.state {
        SlotState::Failed(failure) => {
            Some(html! { <li key={slot.id.clone()}>{ words.load_failure(slot.as_of, failure) }</li> })
        }
        _ => None,
    });
    let has_failures = slots.iter().any(|slot| matches!(slot.state, SlotState::Failed(_)));
    html! {
        <div class="date-control" data-testid="date-control" data-shown={slots.get(props.shown).map(|slot| slot.as_of.to_string())}>
            <label for="as-of">{ words.get("date-label") }</label>
            <select id="as-of" data-testid="as-of" disabled={slots.len() < 2} {onchange}>{ for options }</select>
            <p class="date-status" role="status" data-testid="date-status">{ status }</p>
            if has_failures {
                <ul class="date-failures" data-testid="date-failures">{ for failures }</ul>
            }
        </div>
    }
}
