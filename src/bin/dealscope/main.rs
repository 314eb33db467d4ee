//! `dealscope`: the command-line tool for scenario authors and newsroom CI, over the same model
//! as the page. All file I/O and exit codes live here; the model stays pure.
//!
//! Exit codes: 0 success; 1 a scenario has problems; 2 a usage error (unknown flag, lever or
//! option, malformed package, unreadable file).

mod report;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::time::Instant;

use dealscope::model::fidelity::{self, ResponseSet};
use dealscope::model::{package_text, search, shipped, Package, Scenario};
use report::{Report, SearchReport};

const USAGE: &str = "\
usage:
  dealscope validate [FILE ...]
      Check scenario files (default: every .json in assets/scenarios/). Lists every problem
      with its JSON path; exits 1 if any file has a problem.
  dealscope evaluate [--scenario FILE] [--preset ID] [--package \"lever=option,...\"] [--format text|json]
      Evaluate a package for every party. Omitted levers are 'unaddressed'. --package
      overrides the preset's terms. The default scenario is the shipped ukraine-2025.
  dealscope search [--scenario FILE] [--preset ID] [--package \"lever=option,...\"] [--lock lever,lever] [--format text|json]
      Find the nearest package that every party accepts, changing no locked lever, or prove
      that none exists. Prints the changes and the search statistics (nodes visited, time).
  dealscope fidelity [--scenario FILE] [--responses FILE]
      Score the model against documented responses to real proposals (default: the shipped
      scenario and assets/responses/<scenario id>.json): each response, each party's share
      and the overall share (exact verdict 1, one band off 0.5).
";

/// A failure and the exit code it earns.
struct Failure {
    code: u8,
    message: String,
}

fn usage_error(message: impl Into<String>) -> Failure {
    Failure { code: 2, message: format!("{}\n\n{USAGE}", message.into()) }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("validate") => validate(&args[1..]),
        Some("evaluate") => evaluate(&args[1..]),
        Some("search") => search(&args[1..]),
        Some("fidelity") => fidelity(&args[1..]),
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(usage_error(format!("unknown command '{other}'"))),
        None => Err(usage_error("no command given")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", failure.message.trim_end());
            ExitCode::from(failure.code)
        }
    }
}

/// The documented responses folder, found like `scenarios_dir`.
fn responses_dir() -> PathBuf {
    let here = PathBuf::from("assets/responses");
    if here.is_dir() {
        here
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/responses")
    }
}

/// The shipped scenarios folder: `assets/scenarios` under the current folder, else the one this
/// tool was built from.
fn scenarios_dir() -> PathBuf {
    let here = PathBuf::from("assets/scenarios");
    if here.is_dir() {
        here
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios")
    }
}

fn validate(args: &[String]) -> Result<(), Failure> {
    if let Some(flag) = args.iter().find(|a| a.starts_with('-')) {
        return Err(usage_error(format!("unknown option '{flag}' for validate")));
    }
    let files: Vec<PathBuf> = if args.is_empty() {
        let dir = scenarios_dir();
        let entries = fs::read_dir(&dir).map_err(|err| usage_error(format!("cannot read {}: {err}", dir.display())))?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(usage_error(format!("no .json scenario in {}", dir.display())));
        }
        files
    } else {
        args.iter().map(PathBuf::from).collect()
    };

    let mut n_bad = 0;
    for file in &files {
        let problems = match fs::read_to_string(file) {
            Err(err) => vec![format!("cannot read the file: {err}")],
            Ok(text) => match Scenario::from_json(&text) {
                Ok(_) => Vec::new(),
                Err(problems) => problems.iter().map(ToString::to_string).collect(),
            },
        };
        if problems.is_empty() {
            println!("ok      {}", file.display());
        } else {
            n_bad += 1;
            println!("problem {} ({} found)", file.display(), problems.len());
            for problem in problems {
                println!("  - {problem}");
            }
        }
    }
    if n_bad == 0 {
        Ok(())
    } else {
        Err(Failure { code: 1, message: format!("{n_bad} of {} scenario files have problems", files.len()) })
    }
}

#[derive(PartialEq)]
enum Format {
    Text,
    Json,
}

/// What `evaluate` and `search` share: a scenario, a starting package and an output format.
struct Common {
    scenario: Scenario,
    package: Package,
    format: Format,
    /// `--lock` (search only): lever ids, comma-separated.
    lock: Option<String>,
}

fn parse_common(args: &[String], command: &str, allow_lock: bool) -> Result<Common, Failure> {
    let mut scenario_file = None;
    let mut package_text = None;
    let mut preset_id = None;
    let mut lock = None;
    let mut format = Format::Text;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let mut value = || rest.next().cloned().ok_or_else(|| usage_error(format!("{flag} needs a value")));
        match flag.as_str() {
            "--scenario" => scenario_file = Some(value()?),
            "--package" => package_text = Some(value()?),
            "--preset" => preset_id = Some(value()?),
            "--lock" if allow_lock => lock = Some(value()?),
            "--format" => {
                format = match value()?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => return Err(usage_error(format!("unknown format '{other}' (text or json)"))),
                }
            }
            other => return Err(usage_error(format!("unknown option '{other}' for {command}"))),
        }
    }

    let (label, text) = match &scenario_file {
        Some(file) => {
            (file.clone(), fs::read_to_string(file).map_err(|err| usage_error(format!("cannot read {file}: {err}")))?)
        }
        None => ("the shipped scenario".to_string(), shipped::DEFAULT_SCENARIO.to_string()),
    };
    let scenario = Scenario::from_json(&text).map_err(|problems| {
        let lines: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
        Failure { code: 1, message: format!("{label} has problems:\n{}", lines.join("\n")) }
    })?;

    let base = match &preset_id {
        None => scenario.empty_package(),
        Some(id) => match scenario.preset(id) {
            Some(preset) => preset.package.clone(),
            None => {
                let known: Vec<&str> = scenario.presets.iter().map(|p| p.id.as_str()).collect();
                return Err(usage_error(format!("unknown preset '{id}' (presets: {})", known.join(", "))));
            }
        },
    };
    let package = match &package_text {
        None => base,
        Some(text) => package_text::apply_strict(&scenario, &base, text, '=').map_err(|ignored| {
            let lines: Vec<String> = ignored.iter().map(|i| format!("  - '{}': {}", i.part, i.reason)).collect();
            usage_error(format!("cannot use this package:\n{}", lines.join("\n")))
        })?,
    };
    Ok(Common { scenario, package, format, lock })
}

fn evaluate(args: &[String]) -> Result<(), Failure> {
    let Common { scenario, package, format, .. } = parse_common(args, "evaluate", false)?;
    let report = Report::new(&scenario, &package);
    match format {
        Format::Json => println!("{}", report.to_json()),
        Format::Text => print!("{}", report.to_text(&scenario)),
    }
    Ok(())
}

fn search(args: &[String]) -> Result<(), Failure> {
    let Common { scenario, package, format, lock } = parse_common(args, "search", true)?;
    let mut locked = vec![false; scenario.levers.len()];
    for id in lock.as_deref().unwrap_or("").split(',').map(str::trim).filter(|id| !id.is_empty()) {
        match scenario.lever_idx(id) {
            Some(lever_idx) => locked[lever_idx] = true,
            None => return Err(usage_error(format!("cannot lock '{id}': no such lever"))),
        }
    }
    let started = Instant::now();
    let result = search::nearest(&scenario, &package, &locked, &search::Goal::all_accept(&scenario));
    let elapsed = started.elapsed();
    let report = SearchReport::new(&scenario, &package, &locked, &result, elapsed);
    match format {
        Format::Json => println!("{}", report.to_json()),
        Format::Text => print!("{}", report.to_text()),
    }
    Ok(())
}

fn fidelity(args: &[String]) -> Result<(), Failure> {
    let mut scenario_file = None;
    let mut responses_file = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let mut value = || rest.next().cloned().ok_or_else(|| usage_error(format!("{flag} needs a value")));
        match flag.as_str() {
            "--scenario" => scenario_file = Some(value()?),
            "--responses" => responses_file = Some(value()?),
            other => return Err(usage_error(format!("unknown option '{other}' for fidelity"))),
        }
    }
    let mut common_args = Vec::new();
    if let Some(file) = scenario_file {
        common_args.extend(["--scenario".to_string(), file]);
    }
    let Common { scenario, .. } = parse_common(&common_args, "fidelity", false)?;
    let file =
        responses_file.map(PathBuf::from).unwrap_or_else(|| responses_dir().join(format!("{}.json", scenario.id)));
    let text =
        fs::read_to_string(&file).map_err(|err| usage_error(format!("cannot read {}: {err}", file.display())))?;
    let set = ResponseSet::from_json(&text, &scenario).map_err(|problems| {
        let lines: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
        Failure { code: 1, message: format!("{} has problems:\n{}", file.display(), lines.join("\n")) }
    })?;
    print!("{}", report::fidelity_text(&scenario, &set, &fidelity::score(&scenario, &set)));
    Ok(())
}
