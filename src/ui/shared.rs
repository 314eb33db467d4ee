//! What the components share: the scenario and the reader's language by reference, the Yew
//! adapter for the model's reducer, how a source is cited on the page, and which index a select
//! was changed to.

use std::ops::Deref;
use std::rc::Rc;

use yew::{hook, use_context, Reducible};

use crate::model::{Action, Explorer, Scenario, Words};

/// The Yew adapter for the model's reducer: clone, apply, and hand back the same `Rc`
/// when nothing changed so Yew skips the re-render.
impl Reducible for Explorer {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.apply(action) {
            Rc::new(next)
        } else {
            self
        }
    }
}

/// A scenario shared by reference. Props compare it by pointer: a scenario never changes once
/// loaded, so comparing its contents on every render would be wasted work.
#[derive(Clone, Debug)]
pub struct SharedScenario(pub Rc<Scenario>);

impl PartialEq for SharedScenario {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedScenario {
    type Target = Scenario;

    fn deref(&self) -> &Scenario {
        &self.0
    }
}

/// The reader's language, shared through a context by `App`; compared by language (a language's
/// words are made once).
#[derive(Clone, Debug, PartialEq)]
pub struct SharedWords(pub Rc<Words>);

/// The words of the language shown (English where no `App` provides one, as in component tests).
#[hook]
pub fn use_words() -> Rc<Words> {
    use_context::<SharedWords>().map_or_else(Words::english, |words| words.0)
}

/// "Reuters, 25 April 2025": how a source is cited on the page.
pub fn cite(words: &Words, scenario: &Scenario, source_idx: usize) -> String {
    let source = &scenario.sources[source_idx];
    format!("{}, {}", source.outlet, words.human_date(source.date))
}

/// A citation that says whether the source states the position or we inferred it:
/// "Reuters, 25 April 2025" or "our inference from Reuters, 25 April 2025".
pub fn cite_as(words: &Words, scenario: &Scenario, source_idx: usize, basis: crate::model::Basis) -> String {
    match basis {
        crate::model::Basis::Stated => cite(words, scenario, source_idx),
        crate::model::Basis::Inferred => {
            words.format("cite-inferred", &[("source", cite(words, scenario, source_idx).into())])
        }
    }
}

/// The index a `<select>` of indexes was changed to; out of range (ignored by the reducer) if
/// it cannot be read.
pub fn selected_index(event: &yew::Event) -> usize {
    use yew::TargetCast;
    event
        .target_dyn_into::<web_sys::HtmlSelectElement>()
        .and_then(|select| select.value().parse().ok())
        .unwrap_or(usize::MAX)
}
