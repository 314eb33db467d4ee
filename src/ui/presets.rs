//! `PresetBar`: the real proposals, one tap each (the chosen one's source and modelling notes
//! below them), a reset, and the Share button.

use yew::prelude::*;

use crate::model::{Action, ShareStatus};
use crate::ui::{cite, use_words, SharedScenario};

#[derive(Properties, PartialEq)]
pub struct PresetBarProps {
    pub scenario: SharedScenario,
    /// The preset whose package is exactly the current one.
    pub active: Option<usize>,
    pub is_empty: bool,
    pub share: ShareStatus,
    /// The link to show when the clipboard refuses it.
    pub link: AttrValue,
    pub on_action: Callback<Action>,
    pub on_share: Callback<()>,
}

#[component]
pub fn PresetBar(props: &PresetBarProps) -> Html {
    let words = use_words();
    let scenario = &props.scenario;
    let presets = scenario.presets.iter().enumerate().map(|(preset_idx, preset)| {
        let onclick = props.on_action.reform(move |_: MouseEvent| Action::ApplyPreset { preset_idx });
        let pressed = props.active == Some(preset_idx);
        html! {
            <li key={preset.id.clone()}>
                <button
                    type="button"
                    class="preset"
                    aria-pressed={pressed.to_string()}
                    data-testid={format!("preset-{}", preset.id)}
                    {onclick}
                >
                    <span class="preset-name">{ &preset.name }</span>
                    <span class="preset-meta">{ words.human_date(preset.date) }</span>
                </button>
            </li>
        }
    });
    let on_reset = props.on_action.reform(|_: MouseEvent| Action::Reset);
    let on_share = props.on_share.reform(|_: MouseEvent| ());
    let share_status = match props.share {
        ShareStatus::Idle => html! {},
        ShareStatus::Copied => html! { { words.get("link-copied") } },
        ShareStatus::Failed => html! {
            <>
                <label for="share-link">{ words.get("copy-this-link") }</label>
                <input id="share-link" class="share-link" type="text" readonly=true value={props.link.clone()} />
            </>
        },
    };
    html! {
        <section class="presets" aria-labelledby="presets-title" data-testid="presets">
            <h2 id="presets-title" class="small-heading">{ words.get("proposals-title") }</h2>
            <ul class="preset-list">{ for presets }</ul>
            // Only the chosen proposal's note is shown, so the list stays short on a phone.
            <p class="preset-source" data-testid="preset-description">
                if let Some(preset) = props.active.and_then(|idx| scenario.presets.get(idx)) {
                    <strong>{ &preset.name }{ ". " }</strong>
                    { &preset.description }{ " " }{ words.format("preset-source", &[("source", cite(&words, scenario, preset.source_idx).into())]) }
                } else {
                    { words.get("preset-hint") }
                }
            </p>
            <div class="actions">
                <button type="button" class="secondary" data-testid="reset" disabled={props.is_empty} onclick={on_reset}>
                    { words.get("reset") }
                </button>
                <button type="button" class="secondary" data-testid="share" onclick={on_share}>
                    { words.get("share") }
                </button>
                <p class="share-status" role="status" data-testid="share-status">{ share_status }</p>
            </div>
        </section>
    }
}
