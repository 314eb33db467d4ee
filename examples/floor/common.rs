//! What every rung of the size floor shares: one stateful component, a button and a line of text
//! that changes when it is pressed, mounted on `<body>`. Each rung only says how the line is worded.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub words: Callback<u32, String>,
}

#[function_component]
fn Counter(props: &Props) -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <main><button {onclick}>{ "+1" }</button><p>{ props.words.emit(*count) }</p></main> }
}

/// Mounts the counter, its line worded by `words`.
pub fn mount(words: fn(u32) -> String) {
    yew::Renderer::<Counter>::with_props(Props { words: Callback::from(words) }).render();
}

/// The text of one of the page's elements (empty when it has none). The first rung reads nothing.
#[allow(dead_code)]
pub fn inline(id: &str) -> String {
    gloo::utils::document().get_element_by_id(id).and_then(|element| element.text_content()).unwrap_or_default()
}
