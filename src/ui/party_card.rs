//! `PartyCard`: one party's likely answer, its probability, red lines hit and its main reasons at
//! a glance; under one disclosure, every reason with its source, ratification needs and what single
//! change would move it. Renders the model's explanation.

use yew::prelude::*;

use crate::model::words::verdict_icon;
use crate::model::{Cause, Choice, Contribution, Explanation, Scenario, WalkAway, Words};
use crate::ui::{cite_as, use_words, SharedScenario};

#[derive(Properties, PartialEq)]
pub struct PartyCardProps {
    pub scenario: SharedScenario,
    pub explanation: Explanation,
}

/// How many reasons a card shows at a glance, as signed bars.
const TOP: usize = 4;

/// "Security guarantees: Article 5-like, with US", or a rule's reason.
fn contribution_words(words: &Words, scenario: &Scenario, party_idx: usize, contribution: &Contribution) -> String {
    match contribution.cause {
        Cause::Option(choice) => words.term(scenario, choice),
        Cause::Rule { rule_idx } => scenario.parties[party_idx].rules[rule_idx].reason.clone(),
    }
}

/// The stance's note or the rule's reason: what the source says, or our inference written out.
fn contribution_note(scenario: &Scenario, party_idx: usize, contribution: &Contribution) -> Option<String> {
    match contribution.cause {
        Cause::Option(Choice { lever_idx, option_idx }) => {
            scenario.stance(party_idx, lever_idx, option_idx).map(|stance| stance.note.clone())
        }
        // A rule's reason is already its words.
        Cause::Rule { .. } => None,
    }
}

/// A signed bar for a reason, scaled to the card's largest (`scale`): costs to the left of the
/// centre, gains to the right. The signed number beside it says the same in words.
fn reason_bar(value: f64, scale: f64) -> Html {
    let half = 50.0 * (value.abs() / scale.max(1.0)).min(1.0);
    let x = if value > 0.0 { 50.0 } else { 50.0 - half };
    html! {
        <svg class="reason-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="bar-track" x="0" y="4" width="100" height="2" />
            <rect class={if value > 0.0 { "bar gain" } else { "bar cost" }} x={format!("{x:.1}")} y="1" width={format!("{half:.1}")} height="8" />
            <rect class="bar-zero" x="49.5" y="0" width="1" height="10" />
        </svg>
    }
}

/// One reason: at a glance (a signed bar scaled to `bar_scale`; no note or source, which the full
/// list beneath holds) or in full (its note and source).
fn reason_item(
    words: &Words,
    scenario: &Scenario,
    party_idx: usize,
    contribution: &Contribution,
    bar_scale: Option<f64>,
) -> Html {
    let (class, sign) = if contribution.value > 0.0 { ("gain", "+") } else { ("cost", "−") };
    let with_note = bar_scale.is_none();
    html! {
        <li class={classes!(class, bar_scale.is_some().then_some("with-bar"))}>
            if let Some(scale) = bar_scale { { reason_bar(contribution.value, scale) } }
            <span class="reason-text">
                <span class="points" aria-label={words.format(if sign == "+" { "points-gain" } else { "points-cost" }, &[("points", contribution.value.abs().into())])}>
                    { format!("{sign}{}", contribution.value.abs()) }
                </span>
                { " " }{ contribution_words(words, scenario, party_idx, contribution) }
                if with_note {
                    if let Some(note) = contribution_note(scenario, party_idx, contribution) {
                        { format!(". {note}") }
                    }
                    <span class="src">{ format!(" ({})", cite_as(words, scenario, contribution.source_idx, contribution.basis)) }</span>
                }
            </span>
        </li>
    }
}

#[component]
pub fn PartyCard(props: &PartyCardProps) -> Html {
    let words = use_words();
    let words = &*words;
    let scenario = &props.scenario;
    let e = &props.explanation;
    let party = &scenario.parties[e.party_idx];
    let verdict = e.outcome.verdict;
    let name_id = format!("card-{}-name", party.id);

    let red_lines = e.red_lines_hit.iter().map(|&idx| {
        let red_line = &party.red_lines[idx];
        html! {
            <li>
                <strong>{ format!("{}. ", words.term(scenario, red_line.choice)) }</strong>
                { &red_line.reason }
                <span class="src">{ format!(" ({})", cite_as(words, scenario, red_line.source_idx, red_line.basis)) }</span>
            </li>
        }
    });
    let ratification = e.ratification.iter().filter_map(|&idx| party.rules[idx].ratification.as_ref()).map(|step| {
        html! { <li>{ step }</li> }
    });

    let flips = e.flips_furthest_first();
    let flip_item = |flip: &crate::model::Flip| {
        html! {
            <li class={flip.verdict.id()}>
                { words.term(scenario, flip.choice) }
                { " → " }
                <span class="flip-verdict">{ format!("{} {}", verdict_icon(flip.verdict), words.verdict_inline(flip.verdict)) }</span>
            </li>
        }
    };

    let scale = e.contributions.iter().take(TOP).map(|c| c.value.abs()).fold(0.0, f64::max);
    let top_reasons =
        e.contributions.iter().take(TOP).map(|c| reason_item(words, scenario, e.party_idx, c, Some(scale)));
    let all_reasons = e.contributions.iter().map(|c| reason_item(words, scenario, e.party_idx, c, None));
    let (against, walk_away) = party.walk_away(e.outcome.against);
    let walk_away_line = html! {
        <p class="reservation" data-testid="walk-away">
            { match against {
                WalkAway::Settlement => words.format("walk-away-settlement", &[("points", walk_away.value.into()), ("party", (&party.short_name).into())]),
                WalkAway::Talks => words.format("walk-away-talks", &[("points", walk_away.value.into()), ("party", (&party.short_name).into())]),
            } }
            { &walk_away.note }
            <span class="src">{ format!(" ({})", cite_as(words, scenario, walk_away.source_idx, walk_away.basis)) }</span>
        </p>
    };
    let unstated: Vec<String> = e.unstated.iter().map(|choice| words.term(scenario, *choice)).collect();

    html! {
        <article class={classes!("card", verdict.id())} aria-labelledby={name_id.clone()} data-testid={format!("card-{}", party.id)}>
            <header class="card-head">
                <h3 id={name_id}>{ &party.name }</h3>
                <p class="verdict">
                    <span class="icon" aria-hidden="true">{ verdict_icon(verdict) }</span>
                    <span class="verdict-words" data-testid="verdict">{ words.verdict_words(verdict) }</span>
                    <span class="probability" data-testid="probability">
                        { words.format("likely-to-accept", &[("chance", words.percent(e.outcome.probability).into())]) }
                    </span>
                </p>
            </header>
            if !e.red_lines_hit.is_empty() {
                <div class="red-lines" data-testid="red-lines">
                    <h4>{ words.get("red-line-crossed") }</h4>
                    <ul>{ for red_lines }</ul>
                </div>
            }
            if e.contributions.is_empty() {
                <p class="muted">{ words.get("no-term-matters") }</p>
            } else {
                <h4>{ words.get("main-reasons") }</h4>
                <ul class="reasons glance" data-testid="reasons">{ for top_reasons }</ul>
            }
            // Everything else that explains the verdict, one tap away: each reason with its note
            // and source, what it is weighed against, what would need to happen, and what would
            // change the answer.
            <details class="more">
                <summary>{ words.get("why-and-what") }</summary>
                <ul class="reasons">{ for all_reasons }</ul>
                { walk_away_line }
                if !unstated.is_empty() {
                    <p class="muted unstated" data-testid="unstated">
                        { words.format("unstated", &[("date", words.human_date(scenario.as_of).into()), ("terms", unstated.join("; ").into())]) }
                    </p>
                }
                if !e.ratification.is_empty() {
                    <div class="ratification" data-testid="ratification">
                        <h4>{ words.get("would-need") }</h4>
                        <ul>{ for ratification }</ul>
                    </div>
                }
                <h4>{ words.get("change-their-mind") }</h4>
                if flips.is_empty() {
                    <p class="muted" data-testid="flips">{ words.get("no-single-change") }</p>
                } else {
                    <ul class="flips" data-testid="flips">{ for flips.iter().map(flip_item) }</ul>
                }
            </details>
        </article>
    }
}
