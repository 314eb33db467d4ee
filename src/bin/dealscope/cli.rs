//! The command line: what each subcommand accepts (clap, derive), and running it. Reading
//! files, printing and exit codes happen here and nowhere else.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand, ValueEnum};
use dealscope::model::fidelity::{self, ResponseSet};
use dealscope::model::package_text::{self, IgnoredWhy};
use dealscope::model::room::{CountedRoom, Room};
use dealscope::model::scenario::Date;
use dealscope::model::translation::{self, Overlay};
use dealscope::model::{search, shipped, timeline, Lang, Package, Scenario, Words};
use dealscope::ui::prerender;
use std::io::{self, Write};

use crate::card;
use crate::report::{self, Report, SearchReport, TimelineReport};

/// Like `println!`, but a reader that stops reading early (`dealscope … | head`) ends the tool
/// quietly, as a closed pipe ends other command-line tools (exit 141), instead of a panic.
macro_rules! say {
    ($($arg:tt)*) => { emit(format_args!("{}\n", format_args!($($arg)*))) };
}

/// Like `print!`, with the same ending for a closed pipe.
macro_rules! say_raw {
    ($($arg:tt)*) => { emit(format_args!($($arg)*)) };
}

fn emit(text: std::fmt::Arguments) {
    if let Err(err) = io::stdout().lock().write_fmt(text) {
        if err.kind() == io::ErrorKind::BrokenPipe {
            std::process::exit(141);
        }
    }
}

/// Toggle the concessions in a negotiation and see, party by party, who would likely sign.
#[derive(Parser)]
#[command(name = "dealscope", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check scenario files: every problem with its JSON path; exits 1 if any file has one.
    Validate {
        /// Scenario files (default: every .json in assets/scenarios/).
        files: Vec<PathBuf>,
    },
    /// Evaluate a package for every party: verdicts, reasons, red lines, what would change them.
    Evaluate(PackageArgs),
    /// Find the nearest package every party accepts, changing no locked lever, or prove that
    /// none exists; prints the changes and the search statistics.
    Search {
        #[command(flatten)]
        package: PackageArgs,
        /// Levers to keep as they are, comma-separated.
        #[arg(long, value_delimiter = ',', value_name = "LEVER,...")]
        lock: Vec<String>,
    },
    /// Each party's chance and verdict on one package at every dated snapshot of the shipped
    /// series, oldest first.
    Timeline {
        /// Start from this preset's terms (from the latest snapshot that has it).
        #[arg(long, value_name = "ID")]
        preset: Option<String>,
        /// Terms as "lever=option,..." (or "lever:option"); they override the preset's.
        #[arg(long, value_name = "TERMS")]
        package: Option<String>,
        /// Text for people, JSON for programs.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// What moved between two dated snapshots, party by party: every term whose value or red
    /// line changed, with the source of the later position.
    WhatChanged {
        /// The earlier date (the snapshot on or before it).
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        from: Date,
        /// The later date (the snapshot on or before it).
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        to: Date,
    },
    /// A share image of a package's verdicts (1200×630 PNG, and SVG with --svg), with the same
    /// words as the page; prints its text equivalent.
    Card {
        #[command(flatten)]
        selection: Selection,
        /// Where to write the PNG.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Also write the SVG here.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
    },
    /// The share images the site carries: one for the page as it opens and one per proposal of the
    /// latest snapshot, as PNG and SVG, and `cards.json` with each image's text equivalent.
    Cards {
        /// The folder to write them to (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Their language: en, uk or ru.
        #[arg(long, value_name = "LANG", value_parser = parse_lang, default_value = "en")]
        lang: Lang,
    },
    /// Write the page as it opens (the latest snapshot, every term open) into a built page's empty
    /// `<div id="prerender"></div>`, so it shows before any script runs, and after it the latest
    /// snapshot in the page's language, which the app reads instead of fetching it.
    /// With another language, write that language's page beside it instead (`dist/uk.html`, from
    /// `dist/index.html` before it is filled): its title, share tags, summary and view.
    Prerender {
        /// The built page to fill (for example dist/index.html).
        #[arg(long, value_name = "FILE")]
        into: PathBuf,
        /// The language: en fills FILE; uk or ru write <lang>.html beside it.
        #[arg(long, value_name = "LANG", value_parser = parse_lang, default_value = "en")]
        lang: Lang,
    },
    /// Record that every translation of the shipped scenarios is made from their English as it is
    /// now (`assets/translations-made-from.json`); run it after updating the translations, since
    /// `validate` reports every text whose English changed after it was translated.
    Translated,
    /// Count the room exactly for every shipped snapshot and record it in `assets/rooms.json`, so
    /// the page shows it without counting on the reader's device; run it after changing a
    /// snapshot's numbers, since `validate` reports a snapshot whose record no longer fits.
    Rooms,
    /// Score the model against documented responses to real proposals: each response, each
    /// party's share and the overall share (an exact verdict counts 1, one band off 0.5); without
    /// arguments, every dated snapshot against its own responses, and the total.
    Fidelity {
        /// A shipped scenario's id or a scenario file (default: every dated snapshot).
        #[arg(long, value_name = "ID|FILE")]
        scenario: Option<PathBuf>,
        /// A response set (default: assets/responses/<scenario id>.json).
        #[arg(long, value_name = "FILE")]
        responses: Option<PathBuf>,
    },
}

/// A scenario, a starting package and an output format: what `evaluate` and `search` share.
#[derive(Args)]
struct PackageArgs {
    #[command(flatten)]
    selection: Selection,
    /// Text for people, JSON for programs.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

/// Which scenario and which package: what `evaluate`, `search` and `card` share.
#[derive(Args)]
struct Selection {
    /// A shipped scenario's id or a scenario file (default: the latest shipped snapshot).
    #[arg(long, value_name = "ID|FILE")]
    scenario: Option<PathBuf>,
    /// Start from this preset's terms.
    #[arg(long, value_name = "ID")]
    preset: Option<String>,
    /// Terms as "lever=option,..." (or "lever:option"); they override the preset's. Omitted
    /// levers are unaddressed.
    #[arg(long, value_name = "TERMS")]
    package: Option<String>,
    /// Use the shipped snapshot as of this date (YYYY-MM-DD): the latest on or before it, or the
    /// earliest if the date is before all of them.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    as_of: Option<Date>,
    /// The language of the report and the scenario's texts: en, uk or ru (ids stay as they are).
    #[arg(long, value_name = "LANG", value_parser = parse_lang, default_value = "en")]
    lang: Lang,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("'{text}' is not a date (use YYYY-MM-DD)"))
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// A failure and the exit code it earns.
struct Failure {
    code: u8,
    message: String,
}

fn usage_error(message: impl Into<String>) -> Failure {
    Failure { code: 2, message: format!("error: {}\n\nFor more information, try '--help'.", message.into()) }
}

fn problems_failure(label: &str, problems: &[dealscope::model::Problem]) -> Failure {
    let lines: Vec<String> = problems.iter().map(|p| format!("  - {}", Words::english().problem(p))).collect();
    Failure { code: 1, message: format!("{label} has problems:\n{}", lines.join("\n")) }
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to standard output with exit 0; usage errors exit 2.
            let _ = err.print();
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
    };
    let result = match cli.command {
        Command::Validate { files } => validate(&files),
        Command::Evaluate(args) => evaluate(&args),
        Command::Search { package, lock } => search(&package, &lock),
        Command::Timeline { preset, package, format } => timeline(preset.as_deref(), package.as_deref(), format),
        Command::WhatChanged { from, to } => what_changed(from, to),
        Command::Card { selection, out, svg } => card(&selection, &out, svg.as_deref()),
        Command::Cards { out, lang } => cards(&out, lang),
        Command::Prerender { into, lang } => prerender(&into, lang),
        Command::Translated => translated_now(),
        Command::Rooms => rooms_now(),
        Command::Fidelity { scenario, responses } => fidelity(scenario.as_deref(), responses.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", failure.message.trim_end());
            ExitCode::from(failure.code)
        }
    }
}

/// A folder of the project (`assets/scenarios`, say): under the current folder, else the one
/// this tool was built from.
fn project_dir(relative: &str) -> PathBuf {
    let here = PathBuf::from(relative);
    if here.is_dir() {
        here
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
    }
}

fn validate(files: &[PathBuf]) -> Result<(), Failure> {
    let check_series = files.is_empty();
    let files: Vec<PathBuf> = if files.is_empty() {
        let dir = project_dir("assets/scenarios");
        let mut files = json_files(&dir)?;
        if files.is_empty() {
            return Err(usage_error(format!("no .json scenario in {}", dir.display())));
        }
        // Then every translation, language by language (`assets/scenarios/uk/`, …).
        for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
            let folder = dir.join(lang.code());
            if folder.is_dir() {
                files.extend(json_files(&folder)?);
            }
        }
        files
    } else {
        files.to_vec()
    };

    let mut n_bad = 0;
    for file in &files {
        let problems = match fs::read_to_string(file) {
            Err(err) => vec![format!("cannot read the file: {err}")],
            Ok(text) if is_translation(&text) => translation_file_problems(file, &text, &files),
            Ok(text) => match Scenario::from_json(&text) {
                Ok(_) => Vec::new(),
                Err(problems) => problems.iter().map(|p| Words::english().problem(p)).collect(),
            },
        };
        if !say_checked(&file.display(), &problems) {
            n_bad += 1;
        }
    }
    // The shipped series: every snapshot shares the first one's vocabulary, dates in order.
    let mut series_bad = 0;
    for series in shipped::SERIES.iter().filter(|_| check_series) {
        let Ok(snapshots) = load_series(*series) else { continue };
        let problems = timeline::series_problems(&snapshots);
        if problems.is_empty() {
            say!("ok      series {} ({} snapshots)", series.id, snapshots.len());
        } else {
            series_bad += 1;
            say!("problem series {} ({} found)", series.id, problems.len());
            for (i, problem) in problems {
                say!("  - {}: {}", series.snapshots[i].id, Words::english().problem(&problem));
            }
        }
    }
    // The rooms counted ahead: one for every shipped snapshot, made from its numbers as they are.
    if check_series && !say_checked(&"rooms.json", &room_problems()?) {
        series_bad += 1;
    }
    // Every shipped scenario in every other language: its translation file and the interface's
    // messages, each text id with no text, each text with no id.
    if check_series {
        for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
            if !say_checked(&format!("{} texts", lang.code()), &translation_problems(lang)?) {
                series_bad += 1;
            }
        }
    }
    if n_bad == 0 && series_bad == 0 {
        Ok(())
    } else if series_bad == 0 {
        Err(Failure { code: 1, message: format!("{n_bad} of {} scenario files have problems", files.len()) })
    } else {
        Err(Failure { code: 1, message: format!("{n_bad} files and {series_bad} series have problems") })
    }
}

/// Prints "ok      <what>", or "problem <what> (N found)" and each problem; whether it was ok.
fn say_checked(what: &dyn std::fmt::Display, problems: &[String]) -> bool {
    if problems.is_empty() {
        say!("ok      {what}");
    } else {
        say!("problem {what} ({} found)", problems.len());
        for problem in problems {
            say!("  - {problem}");
        }
    }
    problems.is_empty()
}

/// The `.json` files in a folder, sorted.
fn json_files(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let entries = fs::read_dir(dir).map_err(|err| usage_error(format!("cannot read {}: {err}", dir.display())))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Whether a file is a translation (it has `texts`) rather than a scenario.
fn is_translation(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text).is_ok_and(|value| value.get("texts").is_some())
}

/// What is wrong with a translation file: the file itself, then against the scenario it names
/// (every text id it lacks, with its path, and every text with no id). That scenario is the one
/// given beside it on the command line, else the file of that id in the folder above the
/// translation's (`<folder>/uk/<id>.json` translates `<folder>/<id>.json`), else a shipped one.
fn translation_file_problems(file: &Path, text: &str, given: &[PathBuf]) -> Vec<String> {
    let english = Words::english();
    let overlay = match Overlay::from_json(text) {
        Ok(overlay) => overlay,
        Err(problems) => return problems.iter().map(|p| english.problem(p)).collect(),
    };
    let names = |text: &String| {
        serde_json::from_str::<serde_json::Value>(text)
            .is_ok_and(|value| value.get("id").and_then(|id| id.as_str()) == Some(overlay.scenario.as_str()))
    };
    let read = |path: &Path| fs::read_to_string(path).ok().filter(|text| !is_translation(text) && names(text));
    let beside = file.parent().and_then(Path::parent).map(|folder| folder.join(format!("{}.json", overlay.scenario)));
    let found = given
        .iter()
        .filter(|path| path.as_path() != file)
        .find_map(|path| read(path))
        .or_else(|| beside.as_deref().and_then(read))
        .or_else(|| shipped::find(&overlay.scenario).and_then(|found| found.json).map(str::to_string));
    let Some(json) = found else {
        let expected = beside.map_or_else(String::new, |path| format!(" (looked for {})", path.display()));
        return vec![format!("scenario: '{}' is neither beside this file nor shipped{expected}", overlay.scenario)];
    };
    match Scenario::from_json(&json) {
        Ok(scenario) => overlay.check(&scenario).iter().map(|p| english.problem(p)).collect(),
        Err(problems) => problems.iter().map(|p| english.problem(p)).collect(),
    }
}

/// What a language lacks as a whole: the interface's messages against English, a translation for
/// each shipped scenario, and every text whose English changed after it was translated.
fn translation_problems(lang: Lang) -> Result<Vec<String>, Failure> {
    let mut problems: Vec<String> = match dealscope::model::words::bundled_ftl(lang) {
        None => vec![format!("i18n/{}.ftl: missing", lang.code())],
        Some(ftl) => Words::check(ftl).iter().map(|p| format!("i18n/{}.ftl: {p:?}", lang.code())).collect(),
    };
    let made_from = read_made_from()?;
    for snapshot in shipped::SCENARIOS {
        let file = format!("scenarios/{}/{}.json", lang.code(), snapshot.id);
        if shipped::translation(snapshot.id, lang).is_none() {
            problems.push(format!("{file}: missing"));
            continue;
        }
        let scenario = load_shipped(*snapshot)?;
        let recorded = made_from.get(snapshot.id).cloned().unwrap_or_default();
        for id in translation::stale(&scenario, &recorded) {
            problems.push(format!(
                "{file}: {id}: the English changed after it was translated (update it, then run `dealscope translated`)"
            ));
        }
    }
    Ok(problems)
}

/// What each shipped scenario's translations were made from: scenario id → text id → fingerprint.
type MadeFrom = std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>;

fn made_from_path() -> PathBuf {
    project_dir("assets").join("translations-made-from.json")
}

fn read_made_from() -> Result<MadeFrom, Failure> {
    let path = made_from_path();
    let text =
        fs::read_to_string(&path).map_err(|err| usage_error(format!("cannot read {}: {err}", path.display())))?;
    serde_json::from_str(&text).map_err(|err| usage_error(format!("{} is not readable: {err}", path.display())))
}

fn translated_now() -> Result<(), Failure> {
    let mut made_from = MadeFrom::new();
    for snapshot in shipped::SCENARIOS {
        let scenario = load_shipped(*snapshot)?;
        made_from.insert(snapshot.id.to_string(), translation::fingerprints(&scenario));
    }
    let json = serde_json::to_string_pretty(&made_from).map_err(|err| usage_error(err.to_string()))?;
    write(&made_from_path(), format!("{json}\n").as_bytes())?;
    say!(
        "recorded what the translations of {} scenarios are made from in {}",
        made_from.len(),
        made_from_path().display()
    );
    Ok(())
}

/// The limit on an exact count of the room at build time: far above any shipped snapshot's.
const ROOM_NODE_LIMIT: u64 = 200_000_000;

fn rooms_path() -> PathBuf {
    project_dir("assets").join("rooms.json")
}

/// Each shipped snapshot whose room was not counted ahead, or was counted for other numbers.
fn room_problems() -> Result<Vec<String>, Failure> {
    let path = rooms_path();
    let text =
        fs::read_to_string(&path).map_err(|err| usage_error(format!("cannot read {}: {err}", path.display())))?;
    let Some(counted) = CountedRoom::from_json(&text) else {
        return Ok(vec!["not a list of counted rooms (run `dealscope rooms`)".to_string()]);
    };
    let mut problems = Vec::new();
    for snapshot in shipped::SCENARIOS {
        let scenario = load_shipped(*snapshot)?;
        if Room::counted(&scenario, &counted).is_none() {
            problems
                .push(format!("{}: no room counted for its numbers as they are (run `dealscope rooms`)", snapshot.id));
        }
    }
    Ok(problems)
}

fn rooms_now() -> Result<(), Failure> {
    let mut counted = Vec::new();
    for snapshot in shipped::SCENARIOS {
        let scenario = load_shipped(*snapshot)?;
        let started = Instant::now();
        let room = CountedRoom::count(&scenario, ROOM_NODE_LIMIT).ok_or_else(|| Failure {
            code: 1,
            message: format!("{}: the room takes more than {ROOM_NODE_LIMIT} nodes to count", snapshot.id),
        })?;
        say!(
            "{}: {} packages every party would sign ({}), counted in {} ms",
            snapshot.id,
            room.accepted,
            room.fingerprint,
            started.elapsed().as_millis()
        );
        // Snapshots with the same numbers share one record.
        match counted.iter_mut().find(|known: &&mut CountedRoom| known.fingerprint == room.fingerprint) {
            Some(known) => known.scenarios.push(snapshot.id.to_string()),
            None => counted.push(room),
        }
    }
    let json = serde_json::to_string(&counted).map_err(|err| usage_error(err.to_string()))?;
    write(&rooms_path(), format!("{json}\n").as_bytes())?;
    say!("recorded {} rooms for {} snapshots in {}", counted.len(), shipped::SCENARIOS.len(), rooms_path().display());
    Ok(())
}

/// `scenario`'s texts in `lang`, from its shipped translation (English as it is).
fn translated(scenario: Scenario, lang: Lang) -> Result<Scenario, Failure> {
    if lang == Lang::En {
        return Ok(scenario);
    }
    let file = format!("{}/{}.json", lang.code(), scenario.id);
    match shipped::translation(&scenario.id, lang) {
        None => Err(usage_error(format!("no {} translation of {} ({file})", lang.code(), scenario.id))),
        Some(Err(problems)) => Err(problems_failure(&file, &problems)),
        Some(Ok(overlay)) => Ok(overlay.apply(&scenario)),
    }
}

/// The words of `lang`: this tool carries every language.
fn words_for(lang: Lang) -> Result<std::rc::Rc<Words>, Failure> {
    Words::bundled(lang).ok_or_else(|| usage_error(format!("this build does not carry the {} words", lang.code())))
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_code(text).ok_or_else(|| "expected en, uk or ru".to_string())
}

/// The scenario `file` names: a shipped scenario's id, or a file; the default shipped one if none.
fn load_scenario(file: Option<&Path>) -> Result<Scenario, Failure> {
    let shipped = match file {
        None => Some(shipped::DEFAULT),
        Some(name) => name.to_str().and_then(shipped::find),
    };
    let (label, text) = match (shipped, file) {
        (Some(shipped), _) => (format!("the shipped scenario {}", shipped.id), shipped_text(shipped)?.to_string()),
        (None, file) => {
            let file = file.unwrap_or(Path::new(""));
            let text = fs::read_to_string(file)
                .map_err(|err| usage_error(format!("cannot read {}: {err}", file.display())))?;
            (file.display().to_string(), text)
        }
    };
    Scenario::from_json(&text).map_err(|problems| problems_failure(&label, &problems))
}

/// A shipped scenario's text: this tool is built with every one compiled in.
fn shipped_text(shipped: shipped::Shipped) -> Result<&'static str, Failure> {
    shipped.json.ok_or_else(|| usage_error(format!("this build does not carry the scenario {}", shipped.id)))
}

/// Every snapshot of a shipped series, oldest first.
fn load_series(series: shipped::Series) -> Result<Vec<Scenario>, Failure> {
    series.snapshots.iter().map(|snapshot| load_shipped(*snapshot)).collect()
}

/// A shipped snapshot, read from the text compiled into the tool.
fn load_shipped(snapshot: shipped::Shipped) -> Result<Scenario, Failure> {
    Scenario::from_json(shipped_text(snapshot)?)
        .map_err(|problems| problems_failure(&format!("the shipped scenario {}", snapshot.id), &problems))
}

/// The scenario the arguments name: a file or shipped id, or the default series' snapshot for
/// `--as-of` (saying so on standard error when no snapshot has exactly that date).
fn chosen_scenario(args: &Selection) -> Result<Scenario, Failure> {
    let Some(date) = args.as_of else { return translated(load_scenario(args.scenario.as_deref())?, args.lang) };
    if args.scenario.is_some() {
        return Err(usage_error("--as-of picks a snapshot of the shipped series; it cannot be used with --scenario"));
    }
    let mut snapshots = load_series(shipped::DEFAULT_SERIES)?;
    let Some(i) = timeline::pick(&dates(&snapshots), date) else {
        return Err(usage_error("the shipped series has no snapshot"));
    };
    let scenario = snapshots.swap_remove(i);
    if scenario.as_of != date {
        eprintln!("note: no snapshot as of {date}; using the one as of {}", scenario.as_of);
    }
    translated(scenario, args.lang)
}

/// The scenario and the package the arguments describe: the preset's terms, then the package's.
fn resolve(args: &Selection) -> Result<(Scenario, Package), Failure> {
    let scenario = chosen_scenario(args)?;
    let package = package_for(&scenario, args)?;
    Ok((scenario, package))
}

/// The package the arguments describe in `scenario`: the preset's terms, then the package's.
fn package_for(scenario: &Scenario, args: &Selection) -> Result<Package, Failure> {
    let (package, ignored) =
        package_text::from_preset_and_terms(scenario, args.preset.as_deref(), args.package.as_deref());
    if let Some(unknown) = ignored.iter().find(|i| i.why == IgnoredWhy::UnknownPreset) {
        let known: Vec<&str> = scenario.presets.iter().map(|p| p.id.as_str()).collect();
        return Err(usage_error(format!("unknown preset '{}' (presets: {})", unknown.part, known.join(", "))));
    }
    if !ignored.is_empty() {
        let lines: Vec<String> =
            ignored.iter().map(|i| format!("  - '{}': {}", i.part, Words::english().ignored_reason(&i.why))).collect();
        return Err(usage_error(format!("cannot use this package:\n{}", lines.join("\n"))));
    }
    Ok(package)
}

fn evaluate(args: &PackageArgs) -> Result<(), Failure> {
    let (scenario, package) = resolve(&args.selection)?;
    let report = Report::new(&scenario, &package);
    match args.format {
        Format::Json => say!("{}", report.to_json()),
        Format::Text => say_raw!("{}", report.to_text(&scenario, &*words_for(args.selection.lang)?)),
    }
    Ok(())
}

fn search(args: &PackageArgs, lock: &[String]) -> Result<(), Failure> {
    let (scenario, package) = resolve(&args.selection)?;
    let mut locked = vec![false; scenario.levers.len()];
    for id in lock.iter().map(|id| id.trim()).filter(|id| !id.is_empty()) {
        match scenario.lever_idx(id) {
            Some(lever_idx) => locked[lever_idx] = true,
            None => return Err(usage_error(format!("cannot lock '{id}': no such lever"))),
        }
    }
    let started = Instant::now();
    let result = search::nearest(&scenario, &package, &locked, &search::Goal::all_accept(&scenario));
    let elapsed = started.elapsed();
    let report = SearchReport::new(&scenario, &package, &locked, &result, elapsed);
    match args.format {
        Format::Json => say!("{}", report.to_json()),
        Format::Text => say_raw!("{}", report.to_text()),
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    fs::write(path, bytes).map_err(|err| usage_error(format!("cannot write {}: {err}", path.display())))
}

fn card(args: &Selection, out: &Path, svg_out: Option<&Path>) -> Result<(), Failure> {
    let (scenario, package) = resolve(args)?;
    let name = args.preset.as_deref().and_then(|id| scenario.preset(id)).map(|p| p.name.clone());
    let words = words_for(args.lang)?;
    let svg = card::svg(&words, &scenario, &package, name.as_deref());
    write(out, &card::png(&svg).map_err(usage_error)?)?;
    if let Some(path) = svg_out {
        write(path, svg.as_bytes())?;
    }
    say!("{}", words.card_alt(&scenario, &package, name.as_deref()));
    Ok(())
}

fn cards(dir: &Path, lang: Lang) -> Result<(), Failure> {
    fs::create_dir_all(dir).map_err(|err| usage_error(format!("cannot create {}: {err}", dir.display())))?;
    let words = words_for(lang)?;
    let scenario = translated(load_scenario(None)?, lang)?;
    let mut made = vec![("default".to_string(), None, scenario.empty_package())];
    made.extend(scenario.presets.iter().map(|p| (p.id.clone(), Some(p.name.clone()), p.package.clone())));
    let mut index = Vec::new();
    for (id, name, package) in made {
        let svg = card::svg(&words, &scenario, &package, name.as_deref());
        write(&dir.join(format!("{id}.png")), &card::png(&svg).map_err(usage_error)?)?;
        write(&dir.join(format!("{id}.svg")), svg.as_bytes())?;
        let alt = words.card_alt(&scenario, &package, name.as_deref());
        index.push(serde_json::json!({ "id": id, "png": format!("{id}.png"), "svg": format!("{id}.svg"), "alt": alt }));
    }
    let json = serde_json::json!({ "scenario": scenario.id, "as_of": scenario.as_of.to_string(), "cards": index });
    write(&dir.join("cards.json"), format!("{json:#}\n").as_bytes())?;
    say!("{} share images in {}", index.len(), dir.display());
    Ok(())
}

fn prerender(into: &Path, lang: Lang) -> Result<(), Failure> {
    let html = fs::read_to_string(into).map_err(|err| usage_error(format!("cannot read {}: {err}", into.display())))?;
    let failed = |why: String| usage_error(format!("{}: {why}", into.display()));
    if lang == Lang::En {
        let filled = prerender::page_in(&html, &load_shipped(shipped::DEFAULT)?, lang).map_err(failed)?;
        write(into, filled.as_bytes())?;
        say!("prerendered the opening view into {} ({} bytes)", into.display(), filled.len() - html.len());
        return Ok(());
    }
    let words = words_for(lang)?;
    let snapshots = load_series(shipped::DEFAULT_SERIES)?
        .into_iter()
        .map(|snapshot| translated(snapshot, lang))
        .collect::<Result<Vec<_>, _>>()?;
    let page = prerender::language_page(&html, &words, &snapshots).map_err(failed)?;
    let out = into.with_file_name(format!("{}.html", lang.code()));
    write(&out, page.as_bytes())?;
    say!("wrote the {} page {} ({} bytes)", lang.code(), out.display(), page.len());
    Ok(())
}

fn timeline(preset: Option<&str>, terms: Option<&str>, format: Format) -> Result<(), Failure> {
    let snapshots = load_series(shipped::DEFAULT_SERIES)?;
    // Presets differ from date to date: take the preset from the latest snapshot that has it.
    let base = match preset {
        None => snapshots.last(),
        Some(id) => snapshots.iter().rev().find(|snapshot| snapshot.preset(id).is_some()).or(snapshots.last()),
    };
    let Some(base) = base else { return Err(usage_error("the shipped series has no snapshot")) };
    let args = Selection {
        scenario: None,
        preset: preset.map(str::to_string),
        package: terms.map(str::to_string),
        as_of: None,
        lang: Lang::En,
    };
    let package = package_for(base, &args)?;
    let report = TimelineReport::new(shipped::DEFAULT_SERIES.id, &snapshots, &package);
    match format {
        Format::Json => say!("{}", report.to_json()),
        Format::Text => say_raw!("{}", report.to_text(&snapshots[0])),
    }
    Ok(())
}

fn dates(snapshots: &[Scenario]) -> Vec<Date> {
    snapshots.iter().map(|snapshot| snapshot.as_of).collect()
}

fn what_changed(from: Date, to: Date) -> Result<(), Failure> {
    let snapshots = load_series(shipped::DEFAULT_SERIES)?;
    let dates = dates(&snapshots);
    let (Some(a), Some(b)) = (timeline::pick(&dates, from), timeline::pick(&dates, to)) else {
        return Err(usage_error("the shipped series has no snapshot"));
    };
    say_raw!("{}", report::what_changed_text(&snapshots[a], &snapshots[b]));
    Ok(())
}

fn fidelity(scenario_file: Option<&Path>, responses_file: Option<&Path>) -> Result<(), Failure> {
    // Without arguments: every snapshot of the default series, each against its own responses.
    if scenario_file.is_none() && responses_file.is_none() {
        // Every date's scored responses together (the total only counts how they agree).
        let mut all = fidelity::Fidelity { scored: Vec::new() };
        for snapshot in load_series(shipped::DEFAULT_SERIES)? {
            let file = project_dir("assets/responses").join(format!("{}.json", snapshot.id));
            let (set, fidelity) = score_file(&snapshot, &file)?;
            say!("{}", report::fidelity_text(&snapshot, &set, &fidelity));
            all.scored.extend(fidelity.scored);
        }
        say_raw!("{}", report::fidelity_total(&all));
        return Ok(());
    }
    let scenario = load_scenario(scenario_file)?;
    let file = responses_file
        .map(Path::to_path_buf)
        .unwrap_or_else(|| project_dir("assets/responses").join(format!("{}.json", scenario.id)));
    let (set, fidelity) = score_file(&scenario, &file)?;
    say_raw!("{}", report::fidelity_text(&scenario, &set, &fidelity));
    Ok(())
}

/// The response set in `file`, scored against `scenario`.
fn score_file(scenario: &Scenario, file: &Path) -> Result<(ResponseSet, fidelity::Fidelity), Failure> {
    let text = fs::read_to_string(file).map_err(|err| usage_error(format!("cannot read {}: {err}", file.display())))?;
    let set = ResponseSet::from_json(&text, scenario)
        .map_err(|problems| problems_failure(&file.display().to_string(), &problems))?;
    let fidelity = fidelity::score(scenario, &set);
    Ok((set, fidelity))
}
