//! `LinkNotice`: names the parts of a link that were ignored, politely, until dismissed.

use yew::prelude::*;

use crate::model::package_text::Ignored;
use crate::model::words::en::ignored_reason;
use crate::model::Action;

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    pub ignored: Vec<Ignored>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn LinkNotice(props: &LinkNoticeProps) -> Html {
    if props.ignored.is_empty() {
        return html! {};
    }
    let items = props.ignored.iter().map(|ignored| {
        html! { <li><code>{ &ignored.part }</code>{ ": " }{ ignored_reason(&ignored.why) }</li> }
    });
    let on_dismiss = props.on_action.reform(|_: MouseEvent| Action::DismissNotice);
    html! {
        <div class="notice" role="status" data-testid="link-notice">
            <p>{ "Part of this link could not be used and was ignored. The rest was applied." }</p>
            <ul>{ for items }</ul>
            <button type="button" class="secondary" onclick={on_dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
