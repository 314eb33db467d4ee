//! `EmbedCode`: the ready-to-paste snippet a newsroom puts in its article.

use yew::prelude::*;

use crate::model::Action;
use crate::ui::embed::embed_snippet;
use crate::ui::use_words;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub title: String,
    /// The full page's link, current deal included, so the embed opens on this package.
    pub page_href: AttrValue,
    pub open: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let words = use_words();
    let onclick = props.on_action.reform(|_: MouseEvent| Action::ToggleEmbedCode);
    let snippet =
        embed_snippet(&props.page_href, &words.format("embed-frame-title", &[("title", (&props.title).into())]));
    html! {
        <section class="region embed-code" aria-labelledby="embed-title" data-testid="embed-code">
            <h2 id="embed-title">
                <button type="button" class="disclosure" aria-expanded={props.open.to_string()} data-testid="embed-toggle" {onclick}>
                    { words.get("embed-open") }
                </button>
            </h2>
            if props.open {
                <label for="embed-snippet">{ words.get("embed-paste") }</label>
                <textarea id="embed-snippet" class="snippet" readonly=true rows="5" value={snippet} data-testid="embed-snippet" />
                <p class="muted">
                    { words.get("embed-how") }
                </p>
            }
        </section>
    }
}
