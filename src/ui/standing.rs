//! `Standing`: how far each party is from signing, at a glance. One row per party on the same
//! scale, centred on its own walk-away point: the zones (would refuse, undecided, would sign) are
//! drawn and named, the party's mark is a symbol as well as a colour, and a red line is a wall at
//! the left edge, not a position. Each row says the same in words.

use yew::prelude::*;

use crate::model::evaluate::{accept_line, Standing as Place, STANDING_RANGE};
use crate::model::words::verdict_icon;
use crate::model::Outcome;
use crate::ui::{use_words, SharedScenario};

#[derive(Properties, PartialEq)]
pub struct StandingProps {
    pub scenario: SharedScenario,
    pub outcome: Outcome,
}

/// The track's drawing box, in SVG units; marks stay `PAD` clear of the ends.
const WIDTH: f64 = 200.0;
const HEIGHT: f64 = 24.0;
const PAD: f64 = 10.0;

fn x_at(scaled: f64) -> f64 {
    PAD + (WIDTH - 2.0 * PAD) * (scaled + STANDING_RANGE) / (2.0 * STANDING_RANGE)
}

#[component]
pub fn Standing(props: &StandingProps) -> Html {
    let words = use_words();
    let scenario = &props.scenario;
    let (refuse_to, sign_from) = (x_at(-accept_line()), x_at(accept_line()));
    let rows = scenario.parties.iter().zip(&props.outcome.parties).map(|(party, o)| {
        let mark = match o.standing(party) {
            Place::RedLine => html! {
                <>
                    <rect class="wall" x="0" y="2" width="6" height={(HEIGHT - 4.0).to_string()} />
                    <text class="wall-label" x="10" y="16">{ words.get("effect-red-line") }</text>
                </>
            },
            Place::Scaled(scaled) => {
                let x = x_at(scaled);
                html! {
                    <>
                        <circle class={classes!("mark", o.verdict.id())} cx={format!("{x:.1}")} cy="12" r="9" />
                        <text class="mark-icon" x={format!("{x:.1}")} y="16.5" text-anchor="middle">{ verdict_icon(o.verdict) }</text>
                    </>
                }
            }
        };
        html! {
            <li key={party.id.clone()} data-testid={format!("standing-{}", party.id)}>
                <span class="standing-name">{ &party.short_name }</span>
                <svg class="standing-track" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} aria-hidden="true" focusable="false">
                    <rect class="zone refuse" x={PAD.to_string()} y="6" width={format!("{:.1}", refuse_to - PAD)} height="12" />
                    <rect class="zone uncertain" x={format!("{refuse_to:.1}")} y="6" width={format!("{:.1}", sign_from - refuse_to)} height="12" />
                    <rect class="zone accept" x={format!("{sign_from:.1}")} y="6" width={format!("{:.1}", WIDTH - PAD - sign_from)} height="12" />
                    <line class="walk-away" x1={format!("{:.1}", x_at(0.0))} x2={format!("{:.1}", x_at(0.0))} y1="2" y2="22" />
                    { mark }
                </svg>
                <span class="standing-words">
                    <strong>{ words.verdict_words(o.verdict) }</strong>{ ": " }{ words.standing_words(o) }
                </span>
            </li>
        }
    });
    html! {
        <section class="standing" aria-labelledby="standing-title" data-testid="standing">
            <h3 id="standing-title" class="small-heading">{ words.get("standing-label") }</h3>
            <ul class="standing-rows">
                <li class="standing-scale" aria-hidden="true">
                    <span></span>
                    <svg class="standing-track" viewBox={format!("0 0 {WIDTH} 14")} focusable="false">
                        <text x={PAD.to_string()} y="11">{ words.get("standing-refuse") }</text>
                        <text x={format!("{:.1}", x_at(0.0))} y="11" text-anchor="middle">{ words.get("standing-undecided") }</text>
                        <text x={format!("{:.1}", WIDTH - PAD)} y="11" text-anchor="end">{ words.get("standing-sign") }</text>
                    </svg>
                </li>
                { for rows }
            </ul>
        </section>
    }
}
