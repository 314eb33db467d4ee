//! `ScenarioProblems`: shown instead of the explorer when the scenario fails to load.

use yew::prelude::*;

use crate::model::words::en::problem_kind;
use crate::model::Problem;

#[derive(Properties, PartialEq)]
pub struct ScenarioProblemsProps {
    pub problems: Vec<Problem>,
}

#[component]
pub fn ScenarioProblems(props: &ScenarioProblemsProps) -> Html {
    let items = props.problems.iter().map(|problem| {
        let path = if problem.path.is_empty() { "(the whole file)".to_string() } else { problem.path.clone() };
        html! { <li><code>{ path }</code>{ ": " }{ problem_kind(&problem.kind) }</li> }
    });
    html! {
        <section class="region error-panel" role="alert" data-testid="scenario-problems">
            <h2>{ "This scenario could not be loaded" }</h2>
            <p>{ format!("The scenario file has {} problem(s). Nothing below is an estimate until they are fixed.", props.problems.len()) }</p>
            <ul>{ for items }</ul>
        </section>
    }
}
