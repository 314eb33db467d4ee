//! Components rendered to HTML with Yew's server renderer, asserted on their markup.

use std::rc::Rc;

use dealscope::model::snapshots::{LoadFailure, SlotState, Snapshots};
use dealscope::model::{explain, shipped, ConcessionView, Scenario};
use dealscope::ui::{
    App, AppProps, Concessions, ConcessionsProps, DateControl, DateControlProps, MethodPanel, MethodPanelProps,
    OverTime, OverTimeProps, PartyCard, PartyCardProps, PresetBar, PresetBarProps, SharedScenario, Standing,
    StandingProps, WhatChanged, WhatChangedProps,
};
use futures::executor::block_on;
use yew::{AttrValue, BaseComponent, Callback, LocalServerRenderer};

use crate::support::{fixture_text, package, ukraine};

pub fn render<C: BaseComponent>(props: C::Properties) -> String {
    block_on(LocalServerRenderer::<C>::with_props(props).hydratable(false).render())
}

fn shared() -> SharedScenario {
    SharedScenario(Rc::new(ukraine()))
}

#[test]
fn app_has_the_page_landmarks_in_order() {
    let html = render::<App>(AppProps::default());
    let order = [
        "<header",
        "<h1>",
        "<main",
        "data-testid=\"headline\"",
        "data-testid=\"presets\"",
        "data-testid=\"concessions\"",
        "data-testid=\"verdicts\"",
        "data-testid=\"method\"",
        "<footer",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|needle| html.find(needle).unwrap_or_else(|| panic!("{needle} missing from {html}")))
        .collect();
    assert!(positions.windows(2).all(|pair| pair[0] < pair[1]), "landmarks out of order: {html}");
    let latest = Scenario::from_json(shipped::DEFAULT.json.expect("compiled in")).unwrap();
    assert!(html.contains(&latest.title), "the page opens on the latest snapshot");
    assert!(html.contains(&format!("datetime=\"{}\"", latest.as_of)), "the as-of date is machine-readable");
    assert!(html.contains("aria-live=\"polite\""), "verdicts are announced");
    assert!(html.contains("Every term is open."), "the empty package invites the reader to build one");
    assert_eq!(html.matches("data-testid=\"card-").count(), 4, "one card per party");
}

#[test]
fn a_broken_scenario_shows_its_problems_instead_of_a_blank_page() {
    let json = fixture_text("broken/missing-source.json");
    let html = render::<App>(AppProps { scenario_json: Some(AttrValue::from(json)), ..AppProps::default() });
    assert!(html.contains("This scenario could not be loaded"), "{html}");
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("parties[0].stances.border.keep.source"), "{html}");
    assert!(html.contains("cites &#x27;s9&#x27;, which is not in sources") || html.contains("cites 's9'"), "{html}");
}

#[test]
fn a_card_shows_the_red_line_with_its_source_and_what_would_change_its_mind() {
    let scenario = shared();
    let us = scenario.preset("us-framework").unwrap().package.clone();
    let explanation = explain(&scenario, 0, &us);
    let html = render::<PartyCard>(PartyCardProps { scenario, explanation });
    assert!(html.contains("Would likely refuse"), "{html}");
    assert!(html.contains("✕"), "an icon, not colour alone");
    assert!(html.contains("0% likely to accept"));
    assert!(html.contains("Red line crossed"));
    assert!(html.contains("Recognition: US recognises Crimea."), "{html}");
    assert!(html.contains("Kyiv Independent, 22 April 2025"), "{html}");
    assert!(html.contains("No single change of one term would."), "{html}");
    assert!(!html.contains("data-testid=\"unstated\""), "a red line is a stance, not a missing view: {html}");
}

#[test]
fn a_card_marks_inferred_reasons_and_names_terms_with_no_stated_view() {
    let scenario = shared();
    // Ukraine's value on ceding Donbas is our inference; the US had stated no view on amnesty.
    let deal = package(&scenario, "territory=cede-donbas,accountability=amnesty");
    let ukraine =
        render::<PartyCard>(PartyCardProps { scenario: scenario.clone(), explanation: explain(&scenario, 0, &deal) });
    assert!(ukraine.contains("Territory: Cede Donbas"), "{ukraine}");
    assert!(ukraine.contains("(our inference from "), "{ukraine}");
    let us_idx = scenario.party_idx("united-states").unwrap();
    let us = render::<PartyCard>(PartyCardProps {
        scenario: scenario.clone(),
        explanation: explain(&scenario, us_idx, &deal),
    });
    assert!(us.contains("data-testid=\"unstated\""), "{us}");
    assert!(us.contains("No stated view by 30 April 2025 on: War crimes: Amnesty (counted as zero)"), "{us}");
}

#[test]
fn a_limited_agreement_is_weighed_against_talks_going_on() {
    let scenario = shared();
    let truce = scenario.preset("jeddah-ceasefire").unwrap().package.clone();
    assert!(scenario.is_limited(&truce));
    let html =
        render::<PartyCard>(PartyCardProps { scenario: scenario.clone(), explanation: explain(&scenario, 0, &truce) });
    assert!(html.contains("leaves the settlement open"), "{html}");
    assert!(html.contains("while talks go on"), "{html}");
    let settled = package(&scenario, "ceasefire=on-signing");
    let html = render::<PartyCard>(PartyCardProps {
        scenario: scenario.clone(),
        explanation: explain(&scenario, 0, &settled),
    });
    assert!(!html.contains("leaves the settlement open"), "{html}");
    assert!(html.contains("No settlement, the war going on, is worth"), "{html}");
}

#[test]
fn a_card_lists_flips_and_ratification() {
    let scenario = shared();
    let deal = package(&scenario, "ceasefire=first,territory=cede-donbas,guarantees=article5-with-us,nato=renounced");
    let explanation = explain(&scenario, 0, &deal);
    assert!(!explanation.flips.is_empty());
    let html = render::<PartyCard>(PartyCardProps { scenario, explanation });
    assert!(html.contains("Would need"), "{html}");
    assert!(html.contains("referendum"), "{html}");
    assert!(html.contains("data-testid=\"flips\""));
}

#[test]
fn a_card_shows_its_main_reasons_as_bars_and_every_source_one_tap_away() {
    let scenario = shared();
    let us = scenario.preset("us-framework").unwrap().package.clone();
    let explanation = explain(&scenario, 1, &us);
    let n_reasons = explanation.contributions.len();
    let html = render::<PartyCard>(PartyCardProps { scenario, explanation });
    let glance_at = html.find("class=\"reasons glance\"").unwrap();
    let more_at = html.find("<details class=\"more\"").unwrap();
    let glance = &html[glance_at..more_at];
    assert_eq!(glance.matches("class=\"reason-bar\"").count(), n_reasons.min(4), "{glance}");
    assert!(!glance.contains("class=\"src\""), "no sources at a glance: {glance}");
    // Under the one disclosure: every reason with its source, the ratification and the changes.
    let more = &html[more_at..];
    assert!(more.matches("class=\"src\"").count() >= n_reasons, "{more}");
    assert!(more.contains("What would change their mind"), "{more}");
    assert!(more.contains("data-testid=\"ratification\""), "{more}");
}

#[test]
fn the_method_panel_lists_every_source_with_outlet_and_date() {
    let scenario = shared();
    let n = scenario.sources.len();
    let html =
        render::<MethodPanel>(MethodPanelProps { scenario, dates: vec![], open: true, on_toggle: Callback::noop() });
    assert_eq!(html.matches("<time datetime=").count(), n);
    assert!(html.contains("editorial estimate"));
    assert!(html.contains("assumes they decide independently"));
    assert!(!html.contains(" hidden"), "open");
    assert!(html.contains("<span lang=\"en\">Zelensky rules out recognising Crimea"), "{html}");
    // A title stays as published and says its language: English, or the one the file names.
    let latest = Scenario::from_json(shipped::DEFAULT.json.unwrap()).unwrap();
    let scenario = SharedScenario(Rc::new(latest));
    let html =
        render::<MethodPanel>(MethodPanelProps { scenario, dates: vec![], open: true, on_toggle: Callback::noop() });
    assert!(html.contains("<span lang=\"ru\">Путин: Россия не собирается возвращаться в G8</span>"), "{html}");
    assert!(html.contains("<span lang=\"uk\">Припинення вогню"), "{html}");
    let closed = render::<MethodPanel>(MethodPanelProps {
        scenario: shared(),
        dates: vec![],
        open: false,
        on_toggle: Callback::noop(),
    });
    assert!(closed.contains("aria-expanded=\"false\"") && closed.contains(" hidden"));
    // Closed, the body is there for `aria-controls` but empty: nothing hidden is built.
    assert!(closed.contains("class=\"method-body\"></div>"), "{closed}");
    assert!(!closed.contains("<time datetime="), "{closed}");
    assert!(!closed.contains("method-dates"), "one date: nothing to say about dates");
}

#[test]
fn the_method_panel_names_every_date_positions_are_recorded_at() {
    let dates: Vec<_> = shipped::DEFAULT_SERIES.snapshots.iter().map(|s| s.as_of).collect();
    let html =
        render::<MethodPanel>(MethodPanelProps { scenario: shared(), dates, open: true, on_toggle: Callback::noop() });
    assert!(html.contains("Positions are recorded as of 30 April 2025, 2 June 2025,"), "{html}");
    assert!(html.contains("and 18 February 2026."), "{html}");
}

/// The shipped series as the page holds it, with the dates before the last still waiting and
/// the one at `failed` refused with a 404.
fn page_snapshots(failed: Option<usize>) -> Snapshots {
    let mut snapshots = Snapshots::shipped(shipped::DEFAULT_SERIES).unwrap();
    let last = snapshots.slots.len() - 1;
    for (idx, slot) in snapshots.slots.iter_mut().enumerate() {
        if idx == 0 || idx == last {
            continue;
        }
        slot.state = match failed == Some(idx) {
            true => SlotState::Failed(LoadFailure::Status(404)),
            false => SlotState::Waiting,
        };
    }
    snapshots
}

#[test]
fn the_date_control_offers_every_date_and_names_a_failed_one_with_why() {
    let snapshots = page_snapshots(Some(1));
    let last = snapshots.slots.len() - 1;
    let html = render::<DateControl>(DateControlProps {
        snapshots,
        shown: last,
        wanted: Some(2),
        notice: None,
        on_action: Callback::noop(),
    });
    assert_eq!(html.matches("<option").count(), last + 1);
    assert!(html.contains("18 February 2026 (latest)"), "{html}");
    assert!(html.contains("2 June 2025 (unavailable)"), "{html}");
    assert!(html.contains("Positions as of 2 June 2025 could not be loaded: the server answered 404."), "{html}");
    assert!(html.contains("Loading the positions as of 18 August 2025…"), "{html}");
    assert!(html.contains("<label for=\"as-of\">Positions as of</label>"), "the control has its label");
}

#[test]
fn the_chart_over_time_has_a_sentence_and_a_table_and_marks_dates_still_loading() {
    let snapshots = page_snapshots(Some(1));
    let last = snapshots.slots.len() - 1;
    let scenario = snapshots.loaded(last).unwrap().clone();
    let package = package(&scenario, "nato=renounced");
    let html = render::<OverTime>(OverTimeProps { snapshots, package, shown: last });
    assert!(html.contains("role=\"img\""), "{html}");
    assert!(html.contains("aria-describedby=\"over-time-desc\""));
    assert_eq!(
        html.matches("<tr data-as-of=").count() + html.matches("<tr class=\"current\" data-as-of=").count(),
        last + 1
    );
    assert!(html.contains(">unavailable</td>"), "the failed date");
    assert!(html.contains(">loading…</td>"), "the dates still on their way");
    assert!(html.contains("dates are still loading."), "{html}");
    assert!(html.contains("Ukraine: 30 April 2025, "), "{html}");
    assert_eq!(
        html.matches("class=\"marker series-0\"").count(),
        2 + 1,
        "Ukraine's two loaded dates and its legend key"
    );
}

#[test]
fn what_changed_lists_each_party_moves_with_linked_sources() {
    let series = crate::support::series();
    let snapshots = Snapshots::shipped(shipped::DEFAULT_SERIES).unwrap();
    let (before, after) = (series.len() - 2, series.len() - 1);
    let html = render::<WhatChanged>(WhatChangedProps {
        snapshots,
        shown: after,
        from: Some(before),
        on_action: Callback::noop(),
    });
    for (party_idx, party) in series[after].parties.iter().enumerate() {
        let moved = dealscope::model::timeline::what_changed(&series[before], &series[after], party_idx);
        let start = html.find(&format!("data-testid=\"changed-{}\"", party.id)).expect("a block per party");
        let block = &html[start..];
        let block = &block[..block[1..].find("data-testid=\"changed-").map_or(block.len(), |end| end + 1)];
        assert_eq!(block.matches("<li>").count(), moved.len(), "{}: {block}", party.id);
    }
    assert!(html.contains("rel=\"noopener noreferrer\""), "sources are linked");
    let first = render::<WhatChanged>(WhatChangedProps {
        snapshots: Snapshots::shipped(shipped::DEFAULT_SERIES).unwrap(),
        shown: 0,
        from: None,
        on_action: Callback::noop(),
    });
    assert!(first.contains("the earliest date"), "{first}");
}

/// The terms, rendered for `package_text` with the given locked levers (by id) and view.
fn render_concessions(package_text: &str, locked_ids: &[&str], view: ConcessionView) -> String {
    let scenario = shared();
    let package = package(&scenario, package_text);
    let locked = scenario.levers.iter().map(|lever| locked_ids.contains(&lever.id.as_str())).collect();
    render::<Concessions>(ConcessionsProps { scenario, package, locked, view, on_action: Callback::noop() })
}

#[test]
fn concessions_by_term_are_radio_groups_with_unaddressed_first() {
    let html = render_concessions("nato=renounced", &[], ConcessionView::ByTerm);
    let n_levers = shared().levers.len();
    assert_eq!(html.matches("<fieldset").count(), n_levers);
    let unaddressed = html.find("id=\"opt-nato-unaddressed\"").unwrap();
    let renounced = html.find("id=\"opt-nato-renounced\"").unwrap();
    assert!(unaddressed < renounced);
    // Before choosing, each option shows what it does for every party, in marks and in words.
    let renounced_label = &html[renounced..];
    let renounced_label = &renounced_label[..renounced_label.find("</label>").unwrap()];
    assert!(renounced_label.contains("<span class=\"effect loses\">UA▼</span>"), "{renounced_label}");
    assert!(renounced_label.contains("<span class=\"effect gains\">RU▲</span>"), "{renounced_label}");
    assert!(renounced_label.contains("Ukraine loses; Russia gains;"), "{renounced_label}");
    let checked = html.matches("checked").count();
    assert_eq!(checked, n_levers, "exactly one option checked per lever");
}

#[test]
fn concessions_by_side_group_each_partys_concessions() {
    let html = render_concessions("nato=renounced", &[], ConcessionView::BySide);
    for side in [
        "What Ukraine could concede",
        "What Russia could concede",
        "What US could concede",
        "What Europe could concede",
    ] {
        assert!(html.contains(side), "{side}");
    }
    assert!(html.contains("data-testid=\"side-ukraine-nato-renounced\""));
    let pressed = html.find("data-testid=\"side-ukraine-nato-renounced\"").unwrap();
    let button_start = html[..pressed].rfind("<button").unwrap();
    assert!(html[button_start..pressed].contains("aria-pressed=\"true\""));
}

#[test]
fn a_locked_term_shows_a_pressed_lock() {
    let html = render_concessions("", &["nato"], ConcessionView::ByTerm);
    let at = html.find("data-testid=\"lock-nato\"").unwrap();
    let start = html[..at].rfind("<button").unwrap();
    assert!(html[start..at].contains("aria-pressed=\"true\""), "{}", &html[start..at]);
    // The lock, and the folded row a phone shows, say "kept" for that term and no other.
    assert_eq!(html.matches("class=\"kept-tag\"").count(), 1, "one row shows a kept term");
    let row = html.find("data-testid=\"open-nato\"").unwrap();
    let row = &html[row..row + html[row..].find("</button>").unwrap()];
    assert!(row.contains("✓ Kept"), "{row}");
    assert_eq!(html.matches("✓ Kept").count(), 2, "the lock and the row of the locked term only");
}

#[test]
fn each_term_folds_to_a_row_with_its_choice_and_what_it_does() {
    let html = render_concessions("nato=renounced", &[], ConcessionView::ByTerm);
    let scenario = shared();
    for lever in &scenario.levers {
        let at = html.find(&format!("data-testid=\"open-{}\"", lever.id)).unwrap();
        let start = html[..at].rfind("<button").unwrap();
        let row = &html[start..at + html[at..].find("</button>").unwrap()];
        // A closed disclosure that names the term and controls the term's options.
        assert!(row.contains("aria-expanded=\"false\""), "{row}");
        assert!(row.contains(&format!("aria-controls=\"lever-body-{}\"", lever.id)), "{row}");
        assert!(html.contains(&format!("id=\"lever-body-{}\"", lever.id)));
        assert!(row.contains(&lever.title), "{row}");
    }
    // The chosen option, with its marks and the same in words; an open term has no marks.
    let row = &html[html.find("data-testid=\"open-nato\"").unwrap()..];
    let row = &row[..row.find("</button>").unwrap()];
    assert!(row.contains("Renounced"), "{row}");
    assert!(row.contains("<span class=\"effect loses\">UA▼</span>"), "{row}");
    assert!(row.contains("Ukraine loses; Russia gains;"), "{row}");
    let open_row = &html[html.find("data-testid=\"open-ceasefire\"").unwrap()..];
    let open_row = &open_row[..open_row.find("</button>").unwrap()];
    assert!(open_row.contains("Not addressed") && !open_row.contains("class=\"effect"), "{open_row}");
}

#[test]
fn the_deal_finder_is_a_closed_button_until_asked() {
    use dealscope::ui::{DealFinder, DealFinderProps};
    let scenario = shared();
    let html = render::<DealFinder>(DealFinderProps {
        scenario: scenario.clone(),
        package: scenario.empty_package(),
        locked: vec![false; scenario.levers.len()],
        open: false,
        on_action: Callback::noop(),
    });
    assert!(html.contains("Find a deal everyone signs"));
    assert!(html.contains("aria-expanded=\"false\""));
    assert!(!html.contains("finder-status"));
}

#[test]
fn standing_shows_each_party_on_one_scale_with_a_red_line_as_a_wall_and_in_words() {
    let scenario = shared();
    // Ukraine has a red line on recognising the four regions in law; the others weigh it.
    let package = package(&scenario, "recognition=de-jure-all");
    let outcome = dealscope::model::evaluate(&scenario, &package);
    let html = render::<Standing>(StandingProps { scenario: scenario.clone(), outcome: outcome.clone() });
    assert_eq!(html.matches("data-testid=\"standing-").count(), scenario.parties.len());
    let ukraine = &html[html.find("data-testid=\"standing-ukraine\"").unwrap()..];
    let ukraine = &ukraine[..ukraine.find("</li>").unwrap()];
    assert!(outcome.parties[0].red_line_hit);
    assert!(
        ukraine.contains("class=\"wall\"") && ukraine.contains("a red line: refuses whatever else it gets"),
        "{ukraine}"
    );
    assert!(!ukraine.contains("class=\"mark "), "a red line is a wall, not a position");
    for (party, o) in scenario.parties.iter().zip(&outcome.parties).filter(|(_, o)| !o.red_line_hit) {
        let row = &html[html.find(&format!("data-testid=\"standing-{}\"", party.id)).unwrap()..];
        let row = &row[..row.find("</li>").unwrap()];
        assert!(row.contains(&format!("class=\"mark {}\"", o.verdict.id())), "{row}");
        assert!(row.contains(&dealscope::model::Words::english().standing_words(o)), "{row}");
    }
    assert!(html.contains("aria-hidden=\"true\""), "the drawing is hidden from screen readers; the words say it");
}

#[test]
fn the_preset_bar_lists_every_proposal_and_explains_only_the_chosen_one() {
    let scenario = shared();
    let props = |active: Option<usize>| PresetBarProps {
        scenario: scenario.clone(),
        active,
        is_empty: active.is_none(),
        share: dealscope::model::ShareStatus::Idle,
        link: AttrValue::from(""),
        on_action: Callback::noop(),
        on_share: Callback::noop(),
    };
    let none = render::<PresetBar>(props(None));
    assert_eq!(none.matches("class=\"preset\"").count(), scenario.presets.len());
    assert!(none.contains("Choose a proposal to see where its text comes from"), "{none}");
    let us = render::<PresetBar>(props(Some(0)));
    let preset = &scenario.presets[0];
    assert!(us.contains(&format!("<strong>{}. </strong>", preset.name)), "{us}");
    let source = dealscope::ui::cite(&dealscope::model::Words::english(), &scenario, preset.source_idx);
    assert!(us.contains(&format!(" Source: {source}.")), "{us}");
    assert_eq!(us.matches(" Source: ").count(), 1, "only the chosen proposal's note");
}
