//! `OverTime`: "This package over time": each party's chance of signing the current package at
//! every dated snapshot, as a small hand-drawn SVG chart (shape and line style tell the parties
//! apart, not colour alone), a sentence for screen readers and a table of the same figures.

use yew::prelude::*;

use crate::model::snapshots::{SlotState, Snapshots};
use crate::model::words::verdict_icon;
use crate::model::Package;
use crate::ui::use_words;

#[derive(Properties, PartialEq)]
pub struct OverTimeProps {
    pub snapshots: Snapshots,
    pub package: Package,
    pub shown: usize,
}

/// The chart's drawing box, in SVG units (it scales to the column's width).
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 196.0;
const LEFT: f64 = 36.0;
const RIGHT: f64 = 22.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 156.0;

fn x_at(idx: usize, count: usize) -> f64 {
    if count < 2 {
        return (LEFT + WIDTH - RIGHT) / 2.0;
    }
    LEFT + (WIDTH - RIGHT - LEFT) * idx as f64 / (count - 1) as f64
}

fn y_at(probability: f64) -> f64 {
    TOP + (BOTTOM - TOP) * (1.0 - probability.clamp(0.0, 1.0))
}

/// A party's marker: circle, square, triangle, diamond, by its place in the scenario.
fn marker(party_idx: usize, x: f64, y: f64) -> Html {
    let class = format!("marker series-{}", party_idx % 4);
    match party_idx % 4 {
        0 => html! { <circle {class} cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="4" /> },
        1 => {
            html! { <rect {class} x={format!("{:.1}", x - 3.5)} y={format!("{:.1}", y - 3.5)} width="7" height="7" /> }
        }
        2 => html! {
            <polygon {class} points={format!("{x:.1},{:.1} {:.1},{:.1} {:.1},{:.1}", y - 4.5, x - 4.5, y + 3.5, x + 4.5, y + 3.5)} />
        },
        _ => html! {
            <polygon {class} points={format!("{x:.1},{:.1} {:.1},{y:.1} {x:.1},{:.1} {:.1},{y:.1}", y - 5.0, x + 5.0, y + 5.0, x - 5.0)} />
        },
    }
}

#[component]
pub fn OverTime(props: &OverTimeProps) -> Html {
    let words = use_words();
    let slots = &props.snapshots.slots;
    let count = slots.len();
    let outcomes = props.snapshots.outcomes(&props.package);
    let Some(reference) = props.snapshots.loaded(props.shown) else { return html! {} };
    let parties = &reference.parties;

    let grid = [(1.0, "100%"), (0.6, "60%"), (0.4, "40%"), (0.0, "0%")].iter().map(|&(p, label)| {
        let y = y_at(p);
        let class = if p == 0.6 || p == 0.4 { "grid threshold" } else { "grid" };
        html! {
            <g key={label}>
                <line {class} x1={LEFT.to_string()} x2={(WIDTH - RIGHT).to_string()} y1={format!("{y:.1}")} y2={format!("{y:.1}")} />
                <text class="axis" x={(LEFT - 4.0).to_string()} y={format!("{:.1}", y + 3.5)} text-anchor="end">{ label }</text>
            </g>
        }
    });
    let x_labels = slots.iter().enumerate().map(|(idx, slot)| {
        let x = x_at(idx, count);
        let new_year = idx == 0 || slots[idx - 1].as_of.year != slot.as_of.year;
        html! {
            <text key={slot.id.clone()} class={classes!("axis", (idx == props.shown).then_some("current"))} x={format!("{x:.1}")} y={(BOTTOM + 16.0).to_string()} text-anchor="middle">
                { words.short_month(slot.as_of) }
                if new_year { <tspan x={format!("{x:.1}")} dy="13">{ slot.as_of.year.to_string() }</tspan> }
            </text>
        }
    });
    let shown_x = x_at(props.shown, count);
    let series = parties.iter().enumerate().map(|(party_idx, party)| {
        let points: Vec<(usize, f64)> = outcomes
            .iter()
            .enumerate()
            .filter_map(|(idx, outcome)| outcome.as_ref().map(|o| (idx, o.parties[party_idx].probability)))
            .collect();
        // A line joins neighbouring dates only; a date still loading leaves a gap.
        let segments = points.windows(2).filter(|pair| pair[1].0 == pair[0].0 + 1).map(|pair| {
            let (a, b) = (pair[0], pair[1]);
            html! {
                <line
                    class={format!("line series-{}", party_idx % 4)}
                    x1={format!("{:.1}", x_at(a.0, count))} y1={format!("{:.1}", y_at(a.1))}
                    x2={format!("{:.1}", x_at(b.0, count))} y2={format!("{:.1}", y_at(b.1))}
                />
            }
        });
        let markers = points.iter().map(|&(idx, p)| marker(party_idx, x_at(idx, count), y_at(p)));
        html! { <g key={party.id.clone()}>{ for segments }{ for markers }</g> }
    });
    let legend = parties.iter().enumerate().map(|(party_idx, party)| {
        html! {
            <li key={party.id.clone()}>
                <svg class="legend-key" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">
                    <line class={format!("line series-{}", party_idx % 4)} x1="0" y1="6" x2="24" y2="6" />
                    { marker(party_idx, 12.0, 6.0) }
                </svg>
                { &party.short_name }
            </li>
        }
    });
    let header =
        parties.iter().map(|party| html! { <th key={party.id.clone()} scope="col">{ &party.short_name }</th> });
    let rows = slots.iter().zip(&outcomes).enumerate().map(|(idx, (slot, outcome))| {
        let cells = parties.iter().enumerate().map(|(party_idx, party)| match (outcome, &slot.state) {
            (Some(o), _) => {
                let o = &o.parties[party_idx];
                html! {
                    <td key={party.id.clone()} data-verdict={o.verdict.id()}>
                        { words.percent(o.probability) }{ " " }
                        <span aria-hidden="true">{ verdict_icon(o.verdict) }</span>
                        <span class="visually-hidden">{ words.verdict_words(o.verdict) }</span>
                    </td>
                }
            }
            (None, SlotState::Failed(_)) => html! { <td key={party.id.clone()}>{ words.get("cell-unavailable") }</td> },
            (None, _) => html! { <td key={party.id.clone()}>{ words.get("cell-loading") }</td> },
        });
        html! {
            <tr key={slot.id.clone()} class={classes!((idx == props.shown).then_some("current"))} data-as-of={slot.as_of.to_string()}>
                <th scope="row">
                    <time datetime={slot.as_of.to_string()} title={words.human_date(slot.as_of)}>{ words.short_date(slot.as_of) }</time>
                </th>
                { for cells }
            </tr>
        }
    });
    let summary_rows: Vec<_> =
        slots.iter().zip(&outcomes).map(|(slot, outcome)| (slot.as_of, outcome.as_ref())).collect();
    html! {
        <section class="region over-time" aria-labelledby="over-time-title" data-testid="over-time">
            <h2 id="over-time-title">{ words.get("over-time-title") }</h2>
            <p class="muted small">{ words.get("over-time-lede") }</p>
            <svg
                class="over-time-chart"
                viewBox={format!("0 0 {WIDTH} {HEIGHT}")}
                role="img"
                aria-labelledby="over-time-title"
                aria-describedby="over-time-desc"
                data-testid="over-time-chart"
            >
                { for grid }
                <line class="shown-date" x1={format!("{shown_x:.1}")} x2={format!("{shown_x:.1}")} y1={TOP.to_string()} y2={BOTTOM.to_string()} />
                { for series }
                { for x_labels }
            </svg>
            <p id="over-time-desc" class="visually-hidden" data-testid="over-time-desc">{ words.over_time_summary(parties, &summary_rows) }</p>
            <ul class="legend" aria-hidden="true">{ for legend }</ul>
            <details class="over-time-figures">
                <summary>{ words.get("the-figures") }</summary>
                // On the narrowest phones a longer language may need more width than there is: the
                // table then scrolls sideways within itself (focusable, named by its caption).
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="over-time-caption">
                    <table data-testid="over-time-table">
                        <caption id="over-time-caption">{ words.get("over-time-caption") }</caption>
                        <thead><tr><th scope="col">{ words.get("as-of") }</th>{ for header }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
