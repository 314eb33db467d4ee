//! `ScenarioProblems`: shown instead of the explorer when the scenario fails to load.

use yew::prelude::*;

use crate::model::Problem;
use crate::ui::use_words;

#[derive(Properties, PartialEq)]
pub struct ScenarioProblemsProps {
    pub problems: Vec<Problem>,
}

#[component]
pub fn ScenarioProblems(props: &ScenarioProblemsProps) -> Html {
    let words = use_words();
    let items = props.problems.iter().map(|problem| {
        let path = if problem.path.is_empty() { words.get("whole-file") } else { problem.path.clone() };
        html! { <li><code>{ path }</code>{ ": " }{ words.problem_kind(&problem.kind) }</li> }
    });
    html! {
        <section class="region error-panel" role="alert" data-testid="scenario-problems">
            <h2>{ words.get("scenario-not-loaded") }</h2>
            <p>{ words.format("scenario-problems", &[("n", props.problems.len().into())]) }</p>
            <ul>{ for items }</ul>
        </section>
    }
}
