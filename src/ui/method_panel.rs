//! `MethodPanel`: the "How this works" disclosure that says what the model is and is not.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MethodPanelProps {
    pub open: bool,
    pub on_toggle: Callback<()>,
}

#[component]
pub fn MethodPanel(props: &MethodPanelProps) -> Html {
    let onclick = props.on_toggle.reform(|_: MouseEvent| ());
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
            <div id="method-body" class="method-body" hidden={!props.open} data-testid="method-body">
                <p>
                    { "Each party gives every term a value. A package is likely acceptable to a party when \
                       its total beats what that party expects from no deal. Some terms are red lines: \
                       they sink the package for that party whatever else it gets." }
                </p>
                <p>{ "These values are the newsroom's editorial estimate from public statements, not a forecast." }</p>
            </div>
        </section>
    }
}
