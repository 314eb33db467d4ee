//! `App`: owns the one reducer and lays out the page's landmarks.

use yew::prelude::*;

use super::MethodPanel;
use crate::model::{Action, Explorer};

#[component]
pub fn App() -> Html {
    let state = use_reducer(Explorer::default);
    let on_toggle_method = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: ()| dispatcher.dispatch(Action::ToggleMethod))
    };

    html! {
        <>
            <header class="masthead">
                <p class="kicker">{ "Dealscope" }</p>
                <h1>{ "Would they sign? A Russia–Ukraine peace deal" }</h1>
                <p class="lede">
                    { "Choose what each side concedes and see, party by party, who would likely accept the deal, and why." }
                </p>
                <p class="as-of">
                    { "Positions as of " }<time datetime="2025-04">{ "April 2025" }</time>
                    { ". An editorial estimate, not a forecast." }
                </p>
            </header>
            <main id="main">
                <section class="region" aria-labelledby="concessions-title" data-testid="concessions">
                    <h2 id="concessions-title">{ "Concessions" }</h2>
                    <p class="placeholder">{ "The terms each side could concede will appear here." }</p>
                </section>
                <section class="region" aria-labelledby="verdicts-title" data-testid="verdicts">
                    <h2 id="verdicts-title">{ "Who would sign" }</h2>
                    <p class="placeholder" aria-live="polite">
                        { "Each party's likely answer will appear here." }
                    </p>
                </section>
                <MethodPanel open={state.method_open} on_toggle={on_toggle_method} />
            </main>
            <footer class="colophon" data-testid="sources">
                <h2>{ "Sources" }</h2>
                <p>{ "Every position in the model cites its source and date." }</p>
            </footer>
        </>
    }
}
