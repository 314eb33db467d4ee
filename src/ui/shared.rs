//! What the components share: the scenario by reference, the Yew adapter for the model's
//! reducer, how a source is cited on the page, and which index a select was changed to.

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use crate::model::{Action, Explorer, Scenario};

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

/// "Reuters, 25 April 2025": how a source is cited on the page.
pub fn cite(scenario: &Scenario, source_idx: usize) -> String {
    let source = &scenario.sources[source_idx];
    format!("{}, {}", source.outlet, crate::model::words::en::human_date(source.date))
}

/// A citation that says whether the source states the position or we inferred it:
/// "Reuters, 25 April 2025" or "our inference from Reuters, 25 April 2025".
pub fn cite_as(scenario: &Scenario, source_idx: usize, basis: crate::model::Basis) -> String {
    match basis {
        crate::model::Basis::Stated => cite(scenario, source_idx),
        crate::model::Basis::Inferred => format!("our inference from {}", cite(scenario, source_idx)),
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
