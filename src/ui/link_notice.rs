//! `LinkNotice`: names the parts of a link that were ignored, politely, until dismissed.

use yew::prelude::*;

use crate::model::package_text::Ignored;
use crate::model::Action;
use crate::ui::use_words;

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    pub ignored: Vec<Ignored>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn LinkNotice(props: &LinkNoticeProps) -> Html {
    let words = use_words();
    if props.ignored.is_empty() {
        return html! {};
    }
    let items = props.ignored.iter().map(|ignored| {
        html! { <li><code>{ &ignored.part }</code>{ ": " }{ words.ignored_reason(&ignored.why) }</li> }
    });
    let on_dismiss = props.on_action.reform(|_: MouseEvent| Action::DismissNotice);
    html! {
        <div class="notice" role="status" data-testid="link-notice">
            <p>{ words.get("link-notice") }</p>
            <ul>{ for items }</ul>
            <button type="button" class="secondary" onclick={on_dismiss}>{ words.get("dismiss") }</button>
        </div>
    }
}
