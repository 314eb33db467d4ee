//! Positions over time: choosing the snapshot for a date, one package across dates, and the
//! checks that keep a series' snapshots on one vocabulary.

use dealscope::model::scenario::Date;
use dealscope::model::timeline::{pick, series_problems, timeline};
use dealscope::model::Words;
use dealscope::model::{evaluate, Scenario};
use serde_json::Value;

use crate::support::{fixture_text, package};

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// The tiny fixture as of `as_of`, with North's value for a truce now changed to `truce_now`.
fn snapshot(as_of: &str, truce_now: f64) -> Scenario {
    let mut value: Value = serde_json::from_str(&fixture_text("tiny.json")).unwrap();
    value["as_of"] = as_of.into();
    value["parties"][0]["stances"]["truce"]["now"]["value"] = truce_now.into();
    Scenario::from_json(&value.to_string()).unwrap()
}

#[test]
fn the_snapshot_for_a_date_is_the_latest_on_or_before_it_else_the_earliest() {
    let series = [date("2025-04-30"), date("2025-06-02"), date("2025-08-18")];
    assert_eq!(pick(&series, date("2025-06-02")), Some(1), "an exact date");
    assert_eq!(pick(&series, date("2025-07-01")), Some(1), "between two: the earlier");
    assert_eq!(pick(&series, date("2026-01-01")), Some(2), "after all: the latest");
    assert_eq!(pick(&series, date("2024-01-01")), Some(0), "before all: the earliest");
    assert_eq!(pick(&[], date("2025-06-02")), None);
}

#[test]
fn one_package_is_evaluated_at_every_date_with_that_dates_positions() {
    let series = [snapshot("2025-04-30", 10.0), snapshot("2025-06-02", -20.0)];
    let truce = package(&series[0], "truce=now");
    let over_time = timeline(&series, &truce);
    assert_eq!(over_time.len(), 2);
    assert_eq!(over_time[0].0, date("2025-04-30"));
    assert_eq!(over_time[0].1, evaluate(&series[0], &truce));
    assert_eq!(over_time[1].1, evaluate(&series[1], &truce));
    assert!(over_time[0].1.parties[0].probability > over_time[1].1.parties[0].probability, "North moved away");
}

#[test]
fn snapshots_must_share_the_vocabulary_and_come_in_date_order() {
    let first = snapshot("2025-04-30", 10.0);
    assert!(series_problems(&[first.clone(), snapshot("2025-06-02", 1.0)]).is_empty());

    let mut value: Value = serde_json::from_str(&fixture_text("tiny.json")).unwrap();
    value["as_of"] = "2025-04-20".into();
    let options = value["levers"][2]["options"].as_array_mut().unwrap();
    options.push(serde_json::json!({ "id": "shut", "label": "Shut", "description": "Trade stays shut." }));
    let renamed = Scenario::from_json(&value.to_string()).unwrap();
    let problems: Vec<String> = series_problems(&[first, renamed])
        .iter()
        .map(|(i, p)| format!("{i} {}", Words::english().problem(p)))
        .collect();
    assert_eq!(
        problems,
        [
            "1 levers[2].options: the option ids differ from the first snapshot's (expected: unaddressed, open; found: unaddressed, open, shut)",
            "1 as_of: 2025-04-20 is not after the previous snapshot's 2025-04-30",
        ]
    );
}

#[test]
fn what_changed_lists_the_stances_that_moved_and_only_those() {
    use dealscope::model::timeline::what_changed;
    let april = snapshot("2025-04-30", 10.0);
    let june = snapshot("2025-06-02", -20.0);
    let moved = what_changed(&april, &june, 0);
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!((moved[0].choice.lever_idx, moved[0].choice.option_idx), (0, 1));
    assert_eq!((moved[0].before, moved[0].after), (Some(10.0), Some(-20.0)));
    assert!(what_changed(&april, &june, 1).is_empty(), "South did not move");
    assert!(what_changed(&april, &april, 0).is_empty());

    // A red line dropped is a change even where the value stays.
    let mut value: Value = serde_json::from_str(&fixture_text("tiny.json")).unwrap();
    value["as_of"] = "2025-06-02".into();
    value["parties"][0]["red_lines"] = serde_json::json!([]);
    let softer = Scenario::from_json(&value.to_string()).unwrap();
    let moved = what_changed(&april, &softer, 0);
    assert_eq!(moved.len(), 1, "only the red line moved: {moved:?}");
    let border_move = moved.iter().find(|m| m.choice.lever_idx == 1 && m.choice.option_idx == 2).unwrap();
    assert_eq!(border_move.red_line, (true, false));
    assert_eq!(border_move.before, border_move.after);
}
