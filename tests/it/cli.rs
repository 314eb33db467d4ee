//! The `dealscope` command-line tool, run as a user would.

use std::process::{Command, Output};

use serde_json::Value;

use crate::support::fixture_path;

pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dealscope"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the tool runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn validate_defaults_to_the_shipped_scenarios() {
    let output = run(&["validate"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("ok      assets/scenarios/ukraine-2025.json"));
}

#[test]
fn validate_lists_every_problem_of_every_file_and_exits_1() {
    let good = fixture_path("tiny.json");
    let bad = fixture_path("broken/missing-source.json");
    let output = run(&["validate", good.to_str().unwrap(), bad.to_str().unwrap(), "no/such/file.json"]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("ok      ") && out.contains("tiny.json"), "{out}");
    assert!(out.contains("parties[0].stances.border.keep.source: cites 's9', which is not in sources"), "{out}");
    assert!(out.contains("parties[1].red_lines[0].source: cites 'missing'"), "{out}");
    assert!(out.contains("no/such/file.json") && out.contains("cannot read the file"), "{out}");
    assert!(stderr(&output).contains("2 of 3 scenario files have problems"));
}

#[test]
fn evaluate_json_has_the_documented_shape() {
    let output = run(&["evaluate", "--preset", "us-framework", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["scenario"], dealscope::model::shipped::DEFAULT.id, "the latest snapshot by default");
    let package = report["package"].as_object().unwrap();
    let n_levers =
        dealscope::model::Scenario::from_json(dealscope::model::shipped::DEFAULT.json.unwrap()).unwrap().levers.len();
    assert_eq!(package.len(), n_levers, "every lever is listed");
    let raw = stdout(&output);
    let first = raw.find("\"ceasefire\"").unwrap();
    let last = raw.find("\"language-church\"").unwrap();
    assert!(first < raw.find("\"accountability\"").unwrap() && last > first, "levers in scenario order");
    assert_eq!(package["recognition"], "us-de-jure-crimea");
    assert_eq!(package["army-cap"], "unaddressed");

    let parties = report["parties"].as_array().unwrap();
    let ids: Vec<&str> = parties.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["ukraine", "russia", "united-states", "europe"]);
    let ukraine = &parties[0];
    assert_eq!(ukraine["verdict"], "reject");
    assert_eq!(ukraine["probability"], 0.0);
    assert_eq!(ukraine["red_lines"][0]["lever"], "recognition");
    assert_eq!(ukraine["red_lines"][0]["option"], "us-de-jure-crimea");
    assert_eq!(ukraine["red_lines"][0]["source"], "zelensky-2025-04-22");
    for key in ["probability", "verdict", "margin", "red_lines", "contributions", "ratification", "flips"] {
        assert!(ukraine.get(key).is_some(), "missing {key}");
    }
    let first = &ukraine["contributions"][0];
    for key in ["lever", "option", "value", "source", "basis"] {
        assert!(first.get(key).is_some(), "contribution lacks {key}: {first}");
    }
    assert_eq!(ukraine["red_lines"][0]["basis"], "stated");
    assert_eq!(ukraine["against"]["kind"], "no-settlement");
    assert!(report["all_accept_probability"].is_number());
    // Every contribution says whether it is stated or our inference, and an option's carries its note.
    let contributions = parties.iter().flat_map(|p| p["contributions"].as_array().unwrap());
    let bases: Vec<&str> = contributions.clone().map(|c| c["basis"].as_str().unwrap()).collect();
    assert!(bases.contains(&"stated") && bases.contains(&"inferred"), "{bases:?}");
    assert!(contributions.filter(|c| c["rule"].is_null()).all(|c| c["note"].is_string()));
}

#[test]
fn evaluate_json_names_terms_without_a_stance_and_the_walk_away_of_a_limited_agreement() {
    let output =
        run(&["evaluate", "--scenario", "ukraine-2025", "--package", "accountability=amnesty", "--format", "json"]);
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let us = &report["parties"][2];
    assert_eq!(us["id"], "united-states");
    assert_eq!(us["no_stance"][0]["lever"], "accountability", "{us}");
    assert_eq!(us["no_stance"][0]["option"], "amnesty");

    let output = run(&["evaluate", "--preset", "jeddah-ceasefire", "--format", "json"]);
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    for party in report["parties"].as_array().unwrap() {
        assert_eq!(party["against"]["kind"], "talks-go-on", "{party}");
    }
    let text = stdout(&run(&["evaluate", "--preset", "jeddah-ceasefire"]));
    assert!(text.contains("a limited agreement: weighed against the war going on while talks go on"), "{text}");
}

#[test]
fn fidelity_prints_each_response_and_the_shares() {
    let output = run(&["fidelity"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(out.contains("Documented responses scored against ukraine-2025"), "{out}");
    assert!(out.contains("US framework (Witkoff, Paris) (2025-04-17)"), "{out}");
    assert!(out.lines().any(|l| l.starts_with("Fidelity as of 2025-04-30: ") && l.ends_with(')')), "{out}");
    assert!(out.lines().any(|l| l.starts_with("Fidelity over every date: ")), "{out}");
    let bad = run(&["fidelity", "--responses", "no/such/file.json"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn evaluate_package_overrides_the_preset_and_text_names_the_verdicts() {
    let output = run(&["evaluate", "--preset", "us-framework", "--package", "recognition=deferred"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(out.contains("recognition=deferred"), "{out}");
    assert!(!out.contains("red line: recognition=us-de-jure-crimea"), "{out}");
    assert!(out.contains("assumes the parties decide independently"), "{out}");
}

#[test]
fn evaluate_rejects_unknown_levers_options_and_malformed_packages_with_exit_2() {
    for (package, needle) in [
        ("weather=sunny", "no term called 'weather'"),
        ("nato=maybe", "'maybe' is not an option of 'nato'"),
        ("nato", "not in the form lever:option or lever=option"),
    ] {
        let output = run(&["evaluate", "--package", package]);
        assert_eq!(output.status.code(), Some(2), "{package}");
        assert!(stderr(&output).contains(needle), "{package}: {}", stderr(&output));
    }
    let output = run(&["evaluate", "--preset", "nope"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown preset 'nope'"));
    let output = run(&["evaluate", "--format", "xml"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn evaluate_a_broken_scenario_file_exits_1_listing_problems() {
    let bad = fixture_path("broken/unknown-party.json");
    let output = run(&["evaluate", "--scenario", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("presets[0].proposed_by[0]: unknown party 'east'"), "{}", stderr(&output));
}

#[test]
fn search_prints_the_nearest_deal_and_its_statistics() {
    let output = run(&["search", "--preset", "us-framework", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["found"], true);
    let changes = report["changes"].as_array().unwrap();
    assert!(!changes.is_empty());
    assert!(changes.iter().any(|c| c["lever"] == "recognition" && c["from"] == "us-de-jure-crimea"));
    assert!(report["nodes"].as_u64().unwrap() > 0);
    let scenario = dealscope::model::Scenario::from_json(dealscope::model::shipped::DEFAULT.json.unwrap()).unwrap();
    assert_eq!(report["space"], scenario.n_packages().to_string());
    assert!(report["elapsed_ms"].is_number());

    // The package it found is one every party accepts, by the tool's own evaluation.
    let package: Vec<String> = report["package"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, option)| *option != "unaddressed")
        .map(|(lever, option)| format!("{lever}={}", option.as_str().unwrap()))
        .collect();
    let evaluated = run(&["evaluate", "--package", &package.join(","), "--format", "json"]);
    let evaluated: Value = serde_json::from_slice(&evaluated.stdout).unwrap();
    for party in evaluated["parties"].as_array().unwrap() {
        assert_eq!(party["verdict"], "accept", "{}", party["id"]);
    }
}

#[test]
fn search_with_a_locked_red_line_says_no_deal_exists() {
    let output = run(&["search", "--preset", "us-framework", "--lock", "recognition"]);
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    assert!(out.contains("No package that every party accepts exists"), "{out}");
    assert!(out.contains("Locked: recognition"), "{out}");
    let output = run(&["search", "--lock", "weather"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot lock 'weather'"));
}

#[test]
fn a_shipped_scenario_is_found_by_id() {
    let output = run(&["evaluate", "--scenario", "ukraine-2025", "--preset", "us-framework"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("(ukraine-2025), as of 2025-04-30"), "{}", stdout(&output));
    let output = run(&["evaluate", "--scenario", "no-such-scenario"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot read no-such-scenario"), "{}", stderr(&output));
}

#[test]
fn every_subcommand_has_help_and_an_unknown_flag_is_a_usage_error() {
    for (command, flags) in [
        ("validate", vec!["FILES"]),
        ("evaluate", vec!["--scenario", "--preset", "--package", "--format"]),
        ("search", vec!["--scenario", "--preset", "--package", "--format", "--lock"]),
        ("fidelity", vec!["--scenario", "--responses"]),
    ] {
        let output = run(&[command, "--help"]);
        assert_eq!(output.status.code(), Some(0), "{command}");
        let help = stdout(&output);
        for flag in flags {
            assert!(help.contains(flag), "{command} --help lacks {flag}:\n{help}");
        }
        let output = run(&[command, "--bogus"]);
        assert_eq!(output.status.code(), Some(2), "{command}");
        assert!(stderr(&output).contains("'--bogus'"), "{}", stderr(&output));
    }
    let output = run(&[]);
    assert_eq!(output.status.code(), Some(2), "no command is a usage error");
    let output = run(&["weather"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("'weather'"), "{}", stderr(&output));
}

#[test]
fn as_of_picks_the_snapshot_on_or_before_the_date_and_says_so() {
    let output = run(&["evaluate", "--as-of", "2025-05-15", "--preset", "us-framework"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("as of 2025-04-30"), "{}", stdout(&output));
    assert!(stderr(&output).contains("no snapshot as of 2025-05-15; using the one as of 2025-04-30"));
    let output = run(&["search", "--as-of", "2024-01-01", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "the earliest snapshot when the date is before all");
    let bad = run(&["evaluate", "--as-of", "someday"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("'someday' is not a date"), "{}", stderr(&bad));
    let both = run(&["evaluate", "--as-of", "2025-05-15", "--scenario", "ukraine-2025"]);
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn timeline_prints_every_date_with_each_partys_chance_and_verdict() {
    let output = run(&["timeline", "--preset", "us-framework", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["series"], "ukraine");
    let dates = report["dates"].as_array().unwrap();
    assert!(!dates.is_empty());
    // Each date agrees with evaluating that snapshot on its own.
    for date in dates {
        let scenario = date["scenario"].as_str().unwrap();
        let alone = run(&["evaluate", "--scenario", scenario, "--preset", "us-framework", "--format", "json"]);
        let alone: Value = serde_json::from_slice(&alone.stdout).unwrap();
        for (party, expected) in date["parties"].as_array().unwrap().iter().zip(alone["parties"].as_array().unwrap()) {
            assert_eq!(party["verdict"], expected["verdict"]);
            assert_eq!(party["probability"], expected["probability"]);
        }
    }
    let text = stdout(&run(&["timeline", "--package", "nato=renounced"]));
    assert!(text.contains("as of") && text.contains("2025-04-30"), "{text}");
}

#[test]
fn what_changed_lists_each_partys_moves_between_two_dates() {
    let output = run(&["what-changed", "--from", "2025-04-30", "--to", "2025-06-02"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(out.starts_with("What changed from 2025-04-30 to 2025-06-02"), "{out}");
    for party in ["Ukraine", "Russia", "United States", "European allies"] {
        assert!(out.contains(&format!("\n{party}")), "{party} missing: {out}");
    }
    let same = stdout(&run(&["what-changed", "--from", "2025-04-30", "--to", "2025-04-30"]));
    assert_eq!(same.matches("no stance moved").count(), 4, "{same}");
}

/// A scratch folder for one test's output files, emptied first.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A PNG's width and height, from its header; `None` if it is not a PNG.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let signature = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    if bytes.len() < 24 || bytes[..8] != signature || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let word = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((word(16), word(20)))
}

#[test]
fn card_draws_a_share_image_with_the_verdicts_the_model_gives() {
    let dir = scratch("card");
    let (png, svg) = (dir.join("card.png"), dir.join("card.svg"));
    let args = ["--as-of", "2025-11-28", "--preset", "us-28-point-plan-2025-11"];
    let output =
        run(&[&["card"][..], &args, &["--out", png.to_str().unwrap(), "--svg", svg.to_str().unwrap()]].concat());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(png_size(&std::fs::read(&png).unwrap()), Some((1200, 630)));
    let svg = std::fs::read_to_string(&svg).unwrap();
    let report: Value =
        serde_json::from_slice(&run(&[&["evaluate"][..], &args, &["--format", "json"]].concat()).stdout).unwrap();
    let words = |verdict: &str| match verdict {
        "accept" => "Would likely sign",
        "uncertain" => "Undecided",
        _ => "Would likely refuse",
    };
    for party in report["parties"].as_array().unwrap() {
        let line = format!("{} ({})", words(party["verdict"].as_str().unwrap()), party["percent"].as_str().unwrap());
        assert!(svg.contains(&line), "{line} in {svg}");
    }
    assert!(svg.contains("US 28-point plan, as of 28 November 2025"), "titled with the proposal and its date");
    let alt = stdout(&output);
    assert!(
        alt.starts_with("Dealscope: US 28-point plan.") && alt.contains("Positions as of 28 November 2025"),
        "{alt}"
    );
}

#[test]
fn cards_makes_one_image_per_proposal_and_for_the_page_as_it_opens() {
    let dir = scratch("cards");
    let output = run(&["cards", "--out", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let index: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("cards.json")).unwrap()).unwrap();
    let scenario = dealscope::model::Scenario::from_json(dealscope::model::shipped::DEFAULT.json.unwrap()).unwrap();
    let cards = index["cards"].as_array().unwrap();
    assert_eq!(cards.len(), scenario.presets.len() + 1);
    assert_eq!(cards[0]["id"], "default");
    for card in cards {
        let png = std::fs::read(dir.join(card["png"].as_str().unwrap())).unwrap();
        assert_eq!(png_size(&png), Some((1200, 630)), "{}", card["id"]);
        assert!(card["alt"].as_str().unwrap().starts_with("Dealscope: "), "{card}");
    }
}

#[test]
fn every_command_says_what_it_does_in_the_help() {
    let help = stdout(&run(&["--help"]));
    let commands = &help[help.find("Commands:").expect("a command list")..help.find("Options:").unwrap()];
    let lines: Vec<&str> = commands.lines().skip(1).filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.len() >= 9, "{help}");
    for line in lines {
        let mut words = line.split_whitespace();
        let name = words.next().unwrap();
        assert!(words.next().is_some(), "'{name}' has no description: {help}");
    }
}

#[test]
fn a_reader_that_stops_reading_early_gets_no_panic() {
    use std::io::Read;
    use std::process::Stdio;
    // As `dealscope evaluate | head -c 1` does: the reader closes the pipe before the tool has
    // written everything.
    let mut child = Command::new(env!("CARGO_BIN_EXE_dealscope"))
        .args(["evaluate", "--preset", "us-framework"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tool runs");
    drop(child.stdout.take());
    let mut errors = String::new();
    child.stderr.take().unwrap().read_to_string(&mut errors).unwrap();
    child.wait().unwrap();
    assert!(!errors.contains("panicked"), "{errors}");
}

#[test]
fn validate_checks_a_translation_against_its_scenario_with_every_missing_id() {
    let shipped = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios/uk/ukraine-2025.json"),
    )
    .unwrap();
    let mut overlay: serde_json::Value = serde_json::from_str(&shipped).unwrap();
    let texts = overlay["texts"].as_object_mut().unwrap();
    texts.remove("levers.nato.title");
    texts.insert("presets.nowhere.name".into(), "Ніде".into());
    let dir = std::env::temp_dir().join(format!("dealscope-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken-uk.json");
    std::fs::write(&file, overlay.to_string()).unwrap();
    let output = run(&["validate", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("levers.nato.title: no uk text for this"), "{out}");
    assert!(out.contains("texts.presets.nowhere.name: no English text has this id"), "{out}");
    assert_eq!(out.matches("  - ").count(), 2, "exactly the two problems: {out}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn validate_checks_a_translation_of_a_newsrooms_own_scenario_against_that_scenario() {
    use dealscope::model::translation::texts;
    let dir = scratch("validate-own-translation");
    let scenario_text = crate::support::fixture_text("tiny.json");
    std::fs::write(dir.join("tiny.json"), &scenario_text).unwrap();
    let scenario = dealscope::model::Scenario::from_json(&scenario_text).unwrap();
    let all: serde_json::Map<String, Value> =
        texts(&scenario).into_iter().map(|(id, text)| (id, text.into())).collect();
    let overlay = |texts: &serde_json::Map<String, Value>, scenario: &str| {
        serde_json::json!({ "scenario": scenario, "lang": "uk", "texts": texts }).to_string()
    };
    let mut lacking = all.clone();
    let gone = all.keys().next().unwrap().clone();
    lacking.remove(&gone);
    lacking.insert("levers.nowhere.title".into(), "Ніде".into());
    std::fs::create_dir_all(dir.join("uk")).unwrap();
    let path = |name: &str| dir.join(name).to_str().unwrap().to_string();

    // Beside its scenario (`uk/tiny.json` translates `tiny.json`): checked against it.
    std::fs::write(dir.join("uk/tiny.json"), overlay(&lacking, "tiny")).unwrap();
    let output = run(&["validate", &path("uk/tiny.json")]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains(&format!("{gone}: no uk text for this")), "{out}");
    assert!(out.contains("texts.levers.nowhere.title: no English text has this id"), "{out}");
    assert_eq!(out.matches("  - ").count(), 2, "exactly the two problems: {out}");
    std::fs::write(dir.join("uk/tiny.json"), overlay(&all, "tiny")).unwrap();
    assert_eq!(run(&["validate", &path("uk/tiny.json")]).status.code(), Some(0));

    // Elsewhere, with its scenario given on the same command line.
    std::fs::write(dir.join("tiny-uk.json"), overlay(&lacking, "tiny")).unwrap();
    let output = run(&["validate", &path("tiny.json"), &path("tiny-uk.json")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains(&format!("{gone}: no uk text for this")), "{}", stdout(&output));

    // A scenario that is nowhere: said, with where it was looked for.
    std::fs::write(dir.join("uk/other.json"), overlay(&all, "other")).unwrap();
    let out = stdout(&run(&["validate", &path("uk/other.json")]));
    assert!(out.contains("scenario: 'other' is neither beside this file nor shipped (looked for "), "{out}");
}

#[test]
fn validate_names_a_snapshot_whose_room_was_counted_for_other_numbers_and_rooms_mends_it() {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("dealscope-rooms-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    std::fs::copy(manifest.join("assets/translations-made-from.json"), dir.join("assets/translations-made-from.json"))
        .unwrap();
    let shipped = std::fs::read_to_string(manifest.join("assets/rooms.json")).unwrap();
    let mut rooms: Value = serde_json::from_str(&shipped).unwrap();
    let latest =
        rooms.as_array_mut().unwrap().iter_mut().find(|room| room["scenarios"][0] == "ukraine-2026-02-18").unwrap();
    latest["fingerprint"] = "0000000000000000".into();
    std::fs::write(dir.join("assets/rooms.json"), rooms.to_string()).unwrap();
    let in_dir = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_dealscope")).args(args).current_dir(&dir).output().expect("the tool runs")
    };

    let output = in_dir(&["validate"]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("problem rooms.json (1 found)"), "{out}");
    assert!(out.contains("ukraine-2026-02-18: no room counted for its numbers as they are"), "{out}");

    let output = in_dir(&["rooms"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        std::fs::read_to_string(dir.join("assets/rooms.json")).unwrap(),
        shipped,
        "the shipped record is current"
    );
    assert_eq!(in_dir(&["validate"]).status.code(), Some(0));
    std::fs::remove_dir_all(dir).unwrap();
}
