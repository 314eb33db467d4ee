//! `LanguageSwitch`: the page in each language it speaks, one link each, named in its own
//! language. A link, not a button: it works without JavaScript, opens in a new tab, and the
//! language is in the address, so it survives a reload and a share.

use yew::prelude::*;

use crate::model::words::endonym;
use crate::model::Lang;
use crate::ui::use_words;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// Each language with the link to this page in it.
    pub links: Vec<(Lang, String)>,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let words = use_words();
    let items = props.links.iter().map(|(lang, href)| {
        let current = *lang == words.lang();
        html! {
            <li key={lang.code()}>
                <a
                    href={href.clone()}
                    lang={lang.code()}
                    hreflang={lang.code()}
                    aria-current={current.then_some("true")}
                    data-testid={format!("lang-{}", lang.code())}
                >
                    { endonym(*lang) }
                </a>
            </li>
        }
    });
    html! {
        <nav class="languages" aria-label={words.get("switch-language")} data-testid="languages">
            <ul>{ for items }</ul>
        </nav>
    }
}
