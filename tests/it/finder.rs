//! The deal finder's state machine: its phases in order, the same answers as the searches run
//! alone, resuming after a pause, keeping the room across packages, counting versus sampling, and
//! the open finder rendered on the server in every state.

use dealscope::model::finder::{Finder, FinderStatus, Phase, RoomStatus, ROOM_SAMPLES};
use dealscope::model::room::Room;
use dealscope::model::search::{nearest, Goal};
use dealscope::model::{Package, Scenario};
use dealscope::ui::{FinderView, FinderViewProps, SharedScenario};
use yew::{Callback, LocalServerRenderer};

use crate::support::{package, tiny, ukraine};

fn unlocked(scenario: &Scenario) -> Vec<bool> {
    vec![false; scenario.levers.len()]
}

/// Steps until the phase is no longer `phase` (or the machine is done), at most `limit` steps.
fn step_past(finder: &mut Finder, scenario: &Scenario, phase: Phase, budget: u64) -> Phase {
    for _ in 0..100_000 {
        let now = finder.step(scenario, budget);
        if now != phase || now == Phase::Done {
            return now;
        }
    }
    panic!("stuck in {phase:?}");
}

fn run_to_done(finder: &mut Finder, scenario: &Scenario) -> FinderStatus {
    for _ in 0..100_000 {
        if finder.step(scenario, 50_000) == Phase::Done {
            return finder.status();
        }
    }
    panic!("the finder never finished");
}

#[test]
fn the_phases_come_in_order_and_the_answers_are_those_of_the_searches_alone() {
    let scenario = ukraine();
    let from = scenario.preset("us-framework").unwrap().package.clone();
    let locked = unlocked(&scenario);
    let mut finder = Finder::new(from.clone(), locked.clone());
    assert_eq!(finder.phase(), Phase::NotStarted);
    assert_eq!(finder.step(&scenario, 1), Phase::Searching);
    assert_eq!(step_past(&mut finder, &scenario, Phase::Searching, 3_000), Phase::Counting);
    let status = run_to_done(&mut finder, &scenario);
    assert_eq!(status.nearest, Some(nearest(&scenario, &from, &locked, &Goal::all_accept(&scenario))));
    assert!(!status.per_party.is_empty(), "Ukraine and Europe refuse the framework");
    for (party_idx, result) in &status.per_party {
        let goal = Goal::party_accepts(&scenario, &from, *party_idx);
        assert_eq!(result.as_ref(), Some(&nearest(&scenario, &from, &locked, &goal)));
    }
    let counted = Room::count_exact(&scenario, u64::MAX).unwrap();
    assert_eq!(status.room, RoomStatus::Known(counted));
}

#[test]
fn a_finder_paused_while_counting_resumes_and_finishes() {
    // The page stops giving the finder time when it is closed, and resumes when it is opened.
    let scenario = ukraine();
    let mut finder = Finder::new(scenario.empty_package(), unlocked(&scenario));
    step_past(&mut finder, &scenario, Phase::NotStarted, 3_000);
    step_past(&mut finder, &scenario, Phase::Searching, 3_000);
    finder.step(&scenario, 3_000);
    assert!(matches!(finder.status().room, RoomStatus::Counting { nodes } if nodes > 0));
    // Reopened with the same package and locks: nothing restarts.
    assert!(!finder.restart(&scenario.empty_package(), &unlocked(&scenario)));
    assert!(matches!(run_to_done(&mut finder, &scenario).room, RoomStatus::Known(ref room) if room.exact));
}

#[test]
fn a_new_package_restarts_the_searches_and_keeps_the_room() {
    let scenario = ukraine();
    let mut finder = Finder::new(scenario.empty_package(), unlocked(&scenario));
    let room = run_to_done(&mut finder, &scenario).room;
    let framework = scenario.preset("us-framework").unwrap().package.clone();
    assert!(finder.restart(&framework, &unlocked(&scenario)));
    assert_eq!(finder.phase(), Phase::NotStarted);
    assert_eq!(finder.status().nearest, None);
    assert_eq!(finder.status().room, room, "the room does not depend on the package");
    assert_eq!(step_past(&mut finder, &scenario, Phase::Searching, 3_000), Phase::Done);
}

#[test]
fn a_small_space_is_enumerated_and_a_count_over_the_limit_falls_back_to_a_sample() {
    let small = tiny();
    let mut finder = Finder::new(small.empty_package(), unlocked(&small));
    let status = run_to_done(&mut finder, &small);
    assert_eq!(status.room, RoomStatus::Known(Room::enumerate(&small)));

    let scenario = ukraine();
    let mut finder = Finder::new(scenario.empty_package(), unlocked(&scenario)).with_count_node_limit(1_000);
    step_past(&mut finder, &scenario, Phase::NotStarted, 3_000);
    step_past(&mut finder, &scenario, Phase::Searching, 3_000);
    assert_eq!(step_past(&mut finder, &scenario, Phase::Counting, 500), Phase::Sampling);
    match run_to_done(&mut finder, &scenario).room {
        RoomStatus::Known(room) => assert!(!room.exact && room.seen == ROOM_SAMPLES),
        other => panic!("expected a finished sample, found {other:?}"),
    }
}

fn render_view(scenario: &Scenario, package: &Package, status: FinderStatus) -> String {
    let props = FinderViewProps {
        scenario: SharedScenario(std::rc::Rc::new(scenario.clone())),
        package: package.clone(),
        status,
        compute_ms: 1.0,
        on_action: Callback::noop(),
    };
    futures::executor::block_on(LocalServerRenderer::<FinderView>::with_props(props).hydratable(false).render())
}

#[test]
fn the_open_finder_renders_every_state_on_the_server() {
    let scenario = ukraine();
    let from = package(&scenario, "recognition=us-de-jure-crimea");
    let mut finder = Finder::new(from.clone(), unlocked(&scenario)).with_count_node_limit(2_000);
    let mut seen = Vec::new();
    loop {
        let status = finder.status();
        let html = render_view(&scenario, &from, status.clone());
        let expected = match status.phase {
            Phase::NotStarted => "Searching…",
            Phase::Searching if status.nearest.is_none() => "Searching… no deal within",
            Phase::Searching => "What it would take, party by party",
            Phase::Counting => "Counting…",
            Phase::Sampling => "Estimating…",
            Phase::Done => "An estimate from 20,000 random packages",
        };
        assert!(html.contains(expected), "{:?}: {expected} missing from {html}", status.phase);
        if !seen.contains(&status.phase) {
            seen.push(status.phase);
        }
        if status.phase == Phase::Done {
            assert!(
                html.contains("data-testid=\"room\" data-exact=\"false\"") || html.contains("data-exact=\"false\""),
                "{html}"
            );
            assert!(html.contains("95% interval"), "{html}");
            break;
        }
        finder.step(&scenario, 400);
    }
    assert_eq!(seen, [Phase::NotStarted, Phase::Searching, Phase::Counting, Phase::Sampling, Phase::Done]);
}

#[test]
fn a_room_counted_ahead_is_shown_once_the_searches_are_done_and_nothing_is_counted() {
    let scenario = ukraine();
    let from = scenario.preset("us-framework").unwrap().package.clone();
    let counted = Room::count_exact(&scenario, u64::MAX).unwrap();
    let mut finder = Finder::new(from, unlocked(&scenario)).with_room(Some(counted.clone()));
    assert_eq!(finder.status().room, RoomStatus::NotStarted, "not before the searches");
    assert_eq!(finder.step(&scenario, 1), Phase::Searching);
    assert_eq!(finder.status().room, RoomStatus::NotStarted, "nor while they run");
    // Straight from the searches to done: no counting phase.
    assert_eq!(step_past(&mut finder, &scenario, Phase::Searching, 3_000), Phase::Done);
    assert_eq!(finder.status().room, RoomStatus::Known(counted));
}

#[test]
fn a_room_is_taken_as_counted_ahead_only_for_the_same_numbers() {
    use dealscope::model::room::{fingerprint, CountedRoom};
    let scenario = ukraine();
    let counted = CountedRoom::count(&scenario, u64::MAX).unwrap();
    let room = Room::counted(&scenario, std::slice::from_ref(&counted)).expect("the same numbers");
    assert_eq!(room, Room::count_exact(&scenario, u64::MAX).unwrap());

    // Words are not numbers: another note or title leaves the fingerprint as it is.
    let mut reworded = scenario.clone();
    reworded.title.push_str(" (retitled)");
    reworded.parties[0].reservation.note.push_str(" Reworded.");
    assert_eq!(fingerprint(&reworded), counted.fingerprint);

    // Any number a verdict reads changes it, and the room is then counted live.
    let mut changes: Vec<(&str, Scenario)> = Vec::new();
    let mut value = scenario.clone();
    let stance = value.parties[1].values.iter_mut().flatten().flatten().next().unwrap();
    stance.value += 1.0;
    changes.push(("a value", value));
    let mut reservation = scenario.clone();
    reservation.parties[2].reservation.value -= 1.0;
    changes.push(("a reservation", reservation));
    let mut uncertainty = scenario.clone();
    uncertainty.parties[3].uncertainty *= 2.0;
    changes.push(("an uncertainty", uncertainty));
    let mut red_line = scenario.clone();
    red_line.parties[0].red_lines.pop();
    changes.push(("a red line", red_line));
    let mut limited = scenario.clone();
    let option = limited.levers.iter_mut().flat_map(|lever| lever.options.iter_mut().skip(1)).next().unwrap();
    option.limited = !option.limited;
    changes.push(("a limited option", limited));
    for (what, changed) in &changes {
        assert_ne!(fingerprint(changed), counted.fingerprint, "{what}");
        assert_eq!(Room::counted(changed, std::slice::from_ref(&counted)), None, "{what}");
    }

    // A record whose counts do not fit the scenario's shape is not used.
    let mut short = counted.clone();
    short.option_counts.pop();
    let mut off = counted.clone();
    off.option_counts[0][0] += 1;
    for broken in [short, off] {
        assert_eq!(Room::counted(&scenario, &[broken]), None);
    }

    // A file that is not a list of records is none at all, and the room is counted live.
    let good = serde_json::to_string(&[&counted]).unwrap();
    assert_eq!(CountedRoom::from_json(&good), Some(vec![counted]));
    for bad in ["", "{}", "[1]", &good.replace("\"accepted\"", "\"accepted_\""), &good.replace("}]", ",\"extra\":1}]")]
    {
        assert_eq!(CountedRoom::from_json(bad), None, "{bad}");
    }
}
