//! Positions over time in the page's state: the date a link asks for, a date chosen, snapshots
//! that arrive later (or cannot join), and what "What changed" compares.

use std::rc::Rc;

use dealscope::model::scenario::Date;
use dealscope::model::snapshots::{DateNotice, LoadFailure, Slot, SlotState, Snapshots};
use dealscope::model::{shipped, Action, Explorer, Scenario};
use serde_json::Value;

use crate::support::fixture_text;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// The tiny fixture dated `as_of`.
fn tiny_at(as_of: &str) -> Scenario {
    let mut value: Value = serde_json::from_str(&fixture_text("tiny.json")).unwrap();
    value["as_of"] = as_of.into();
    value["id"] = format!("tiny-{as_of}").into();
    Scenario::from_json(&value.to_string()).unwrap()
}

/// Three dates; the last is loaded and shown, the first two wait to be fetched, as in the page.
fn waiting_explorer() -> Explorer {
    let dates = ["2025-04-30", "2025-06-02", "2025-08-18"];
    let latest = Rc::new(tiny_at(dates[2]));
    let slots = dates
        .iter()
        .enumerate()
        .map(|(idx, as_of)| Slot {
            id: format!("tiny-{as_of}"),
            as_of: date(as_of),
            state: if idx == 2 { SlotState::Loaded(latest.clone()) } else { SlotState::Waiting },
        })
        .collect();
    Explorer::dated(Snapshots { slots }, 2).expect("the latest is loaded")
}

fn link(explorer: &mut Explorer, as_of: Option<&str>, deal: Option<&str>) -> bool {
    explorer.apply(Action::LoadLink { preset: None, deal: deal.map(String::from), as_of: as_of.map(String::from) })
}

#[test]
fn the_page_opens_on_the_latest_snapshot_and_knows_every_date() {
    let explorer = Explorer::shipped(shipped::DEFAULT_SERIES).unwrap();
    let dates: Vec<Date> = shipped::DEFAULT_SERIES.snapshots.iter().map(|s| s.as_of).collect();
    assert_eq!(explorer.snapshots.dates(), dates);
    assert_eq!(explorer.shown, dates.len() - 1);
    assert_eq!(explorer.scenario().as_of, *dates.last().unwrap());
    assert_eq!(explorer.date_text(), None, "a link without a date means the latest");
}

#[test]
fn a_link_with_a_recorded_date_shows_it_and_keeps_the_package() {
    let mut explorer = Explorer::shipped(shipped::DEFAULT_SERIES).unwrap();
    assert!(link(&mut explorer, Some("2025-04-30"), Some("nato:renounced")));
    assert_eq!(explorer.shown, 0);
    assert_eq!(explorer.scenario().as_of, date("2025-04-30"));
    assert_eq!(explorer.deal_text(), "nato:renounced");
    assert_eq!(explorer.date_text().as_deref(), Some("2025-04-30"), "the link keeps its date");
    assert_eq!(explorer.date_notice, None);

    let latest = explorer.snapshots.slots.len() - 1;
    assert!(explorer.apply(Action::ChooseDate { idx: latest }));
    assert_eq!(explorer.deal_text(), "nato:renounced", "switching dates keeps the reader's package");
    assert_eq!(explorer.scenario().as_of, explorer.snapshots.slots[latest].as_of);
    assert!(!explorer.apply(Action::ChooseDate { idx: latest }), "the same date again changes nothing");
    assert!(!explorer.apply(Action::ChooseDate { idx: 99 }), "an index out of range is ignored");
}

#[test]
fn an_unrecorded_date_shows_the_latest_before_it_and_says_so() {
    let mut explorer = waiting_explorer();
    link(&mut explorer, Some("2025-12-01"), None);
    assert_eq!(explorer.shown, 2);
    assert_eq!(
        explorer.date_notice,
        Some(DateNotice::Earlier { asked: date("2025-12-01"), shown: date("2025-08-18") })
    );

    link(&mut explorer, Some("2025-01-01"), None);
    assert_eq!(explorer.wanted, Some(0), "the earliest, once it arrives");
    assert_eq!(
        explorer.date_notice,
        Some(DateNotice::BeforeAll { asked: date("2025-01-01"), shown: date("2025-04-30") })
    );

    link(&mut explorer, Some("last <b>week</b>"), None);
    assert_eq!((explorer.shown, explorer.wanted), (2, None), "not a date: the latest");
    assert_eq!(explorer.date_notice, Some(DateNotice::NotADate("last <b>week</b>".into())));
}

#[test]
fn a_date_still_loading_is_shown_when_it_arrives_with_the_package_kept() {
    let mut explorer = waiting_explorer();
    link(&mut explorer, None, Some("truce:now"));
    assert!(explorer.apply(Action::ChooseDate { idx: 1 }));
    assert_eq!((explorer.shown, explorer.wanted), (2, Some(1)), "asked for, not here yet");
    assert_eq!(explorer.date(), date("2025-06-02"), "the link already carries the date asked for");
    assert_eq!(explorer.snapshots.waiting(), vec![0, 1]);

    let arrived = Action::SnapshotArrived { idx: 1, result: Ok(tiny_at("2025-06-02")) };
    assert!(explorer.apply(arrived));
    assert_eq!((explorer.shown, explorer.wanted), (1, None));
    assert_eq!(explorer.scenario().as_of, date("2025-06-02"));
    assert_eq!(explorer.deal_text(), "truce:now");
    assert_eq!(explorer.snapshots.waiting(), vec![0]);
}

#[test]
fn a_snapshot_that_cannot_join_is_recorded_with_why_and_the_page_stays_put() {
    let mut explorer = waiting_explorer();
    explorer.apply(Action::ChooseDate { idx: 0 });
    explorer.apply(Action::SnapshotArrived { idx: 0, result: Ok(tiny_at("2025-05-01")) });
    assert_eq!((explorer.shown, explorer.wanted), (2, None), "a file with another date is not shown");
    assert_eq!(
        explorer.snapshots.slots[0].state,
        SlotState::Failed(LoadFailure::WrongDate { found: date("2025-05-01") })
    );

    let mut other: Value = serde_json::from_str(&fixture_text("tiny.json")).unwrap();
    other["as_of"] = "2025-06-02".into();
    // The same scenario with one option renamed, everywhere it is named.
    let text = other.to_string().replace("\"later\"", "\"eventually\"");
    let renamed = Scenario::from_json(&text).expect("valid on its own");
    explorer.apply(Action::SnapshotArrived { idx: 1, result: Ok(renamed) });
    assert!(
        matches!(explorer.snapshots.slots[1].state, SlotState::Failed(LoadFailure::OtherVocabulary(_))),
        "a file whose option ids differ would change what a link means: {:?}",
        explorer.snapshots.slots[1].state
    );

    assert!(
        !explorer.apply(Action::SnapshotArrived { idx: 2, result: Err(LoadFailure::Status(404)) }),
        "a loaded snapshot stays loaded"
    );
    assert!(explorer.snapshots.loaded(2).is_some());
    assert!(!explorer.apply(Action::SnapshotArrived { idx: 9, result: Err(LoadFailure::Unreachable) }));
}

#[test]
fn back_to_a_link_without_a_date_returns_to_the_latest() {
    let mut explorer = Explorer::shipped(shipped::DEFAULT_SERIES).unwrap();
    link(&mut explorer, Some("2025-04-30"), Some("nato:renounced"));
    assert!(link(&mut explorer, None, Some("nato:renounced")));
    assert_eq!(explorer.shown, explorer.snapshots.slots.len() - 1);
    assert_eq!(explorer.date_text(), None);
}

#[test]
fn what_changed_compares_with_the_date_before_unless_the_reader_picks_an_earlier_one() {
    let mut explorer = waiting_explorer();
    assert_eq!(explorer.compared_with(), Some(1));
    assert!(explorer.apply(Action::CompareFrom { idx: 0 }));
    assert_eq!(explorer.compared_with(), Some(0));
    explorer.apply(Action::SnapshotArrived { idx: 0, result: Ok(tiny_at("2025-04-30")) });
    explorer.apply(Action::ChooseDate { idx: 0 });
    assert_eq!(explorer.compared_with(), None, "nothing before the earliest date");
}

#[test]
fn a_package_is_evaluated_at_every_date_that_is_here_and_not_at_the_others() {
    let explorer = waiting_explorer();
    let snapshots = &explorer.snapshots;
    let latest = snapshots.loaded(2).unwrap().clone();
    let package = latest.presets[0].package.clone();
    let outcomes = snapshots.outcomes(&package);
    assert_eq!(outcomes.len(), 3);
    assert!(outcomes[0].is_none() && outcomes[1].is_none(), "the first two dates are still to be fetched");
    assert_eq!(outcomes[2], Some(dealscope::model::evaluate(&latest, &package)));
}
