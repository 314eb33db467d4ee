//! `EmbedCode`: the ready-to-paste snippet a newsroom puts in its article.

use yew::prelude::*;

use crate::model::Action;
use crate::ui::embed::embed_snippet;

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
    let onclick = props.on_action.reform(|_: MouseEvent| Action::ToggleEmbedCode);
    let snippet = embed_snippet(&props.page_href, &format!("Dealscope: {}", props.title));
    html! {
        <section class="region embed-code" aria-labelledby="embed-title" data-testid="embed-code">
            <h2 id="embed-title">
                <button type="button" class="disclosure" aria-expanded={props.open.to_string()} data-testid="embed-toggle" {onclick}>
                    { "Embed this on your site" }
                </button>
            </h2>
            if props.open {
                <label for="embed-snippet">{ "Paste this where the graphic should go. It opens on the terms chosen above." }</label>
                <textarea id="embed-snippet" class="snippet" readonly=true rows="5" value={snippet} data-testid="embed-snippet" />
                <p class="muted">
                    { "The script resizes the frame to fit its content. Pages that use Pym.js can embed the same address with pym.Parent instead; AMP pages can use amp-iframe with the resizable attribute. Nothing else is loaded from anywhere." }
                </p>
            }
        </section>
    }
}
