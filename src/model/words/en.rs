//! English words for the reader: the headline, the one-line announcement for screen readers,
//! percentages and dates, why a link part was ignored, what is wrong with a scenario file, and the
//! no-JS summary. Pure functions of the model's kinds, so the wording is tested natively.

use crate::model::evaluate::{Outcome, PartyOutcome, Verdict};
use crate::model::explain::{Cause, Explanation};
use crate::model::load::{Expected, Item, JsonType, Problem, ProblemKind};
use crate::model::package_text::IgnoredWhy;
use crate::model::scenario::{Choice, Date, Effect, Package, Party, Scenario};
use crate::model::snapshots::{DateNotice, LoadFailure};
use crate::model::timeline::Moved;

/// A probability as a reader should see it: whole percents, never a false 0% or 100%.
pub fn percent(probability: f64) -> String {
    let pct = probability * 100.0;
    if probability <= 0.0 {
        "0%".to_string()
    } else if pct < 1.0 {
        "under 1%".to_string()
    } else if probability >= 1.0 {
        "100%".to_string()
    } else if pct > 99.0 {
        "over 99%".to_string()
    } else {
        format!("{}%", pct.round())
    }
}

/// The verdict in words, as on a party's card.
pub fn verdict_words(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Accept => "Would likely sign",
        Verdict::Uncertain => "Undecided",
        Verdict::Reject => "Would likely refuse",
    }
}

/// The verdict as a symbol, always shown beside its words (never colour alone).
pub fn verdict_icon(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Accept => "✓",
        Verdict::Uncertain => "?",
        Verdict::Reject => "✕",
    }
}

/// `2025-04-30` as `30 April 2025`; anything else is returned as it is.
pub fn human_date(date: Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    format!("{} {} {}", date.day, MONTHS[usize::from(date.month.clamp(1, 12)) - 1], date.year)
}

/// `2025-04-30` as `Apr`: a chart's axis label.
pub fn short_month(date: Date) -> &'static str {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    MONTHS[usize::from(date.month.clamp(1, 12)) - 1]
}

/// `2025-04-30` as `Apr 2025`.
pub fn short_date(date: Date) -> String {
    format!("{} {}", short_month(date), date.year)
}

/// What a link's date turned out to mean.
pub fn date_notice(notice: &DateNotice) -> String {
    match notice {
        DateNotice::NotADate(text) => {
            format!("The link's date '{text}' is not a date (YYYY-MM-DD), so this shows the latest positions.")
        }
        DateNotice::Earlier { asked, shown } => format!(
            "No positions were recorded on {}; this shows {}, the latest date before it.",
            human_date(*asked),
            human_date(*shown)
        ),
        DateNotice::BeforeAll { asked, shown } => format!(
            "{} is before the first recorded positions; this shows the earliest, {}.",
            human_date(*asked),
            human_date(*shown)
        ),
    }
}

/// The "over time" chart as a sentence per party, for screen readers: each date's chance and
/// verdict, and the dates still loading.
pub fn over_time_summary(parties: &[Party], rows: &[(Date, Option<&Outcome>)]) -> String {
    let loading = rows.iter().filter(|(_, outcome)| outcome.is_none()).count();
    let mut out: Vec<String> = parties
        .iter()
        .enumerate()
        .map(|(party_idx, party)| {
            let points: Vec<String> = rows
                .iter()
                .filter_map(|(date, outcome)| {
                    let o = &(*outcome)?.parties[party_idx];
                    Some(format!(
                        "{}, {} ({})",
                        human_date(*date),
                        percent(o.probability),
                        verdict_words(o.verdict).to_lowercase()
                    ))
                })
                .collect();
            format!("{}: {}.", party.name, points.join("; "))
        })
        .collect();
    if loading > 0 {
        out.push(format!("{loading} more date{} still loading.", if loading == 1 { " is" } else { "s are" }));
    }
    out.join(" ")
}

/// "Ukraine: 3 positions moved", "Russia: 1 position moved", "Europe: no position moved".
pub fn moved_count(party: &str, count: usize) -> String {
    match count {
        0 => format!("{party}: no position moved"),
        1 => format!("{party}: 1 position moved"),
        n => format!("{party}: {n} positions moved"),
    }
}

/// How one party's position on one term moved: "Rest of Donetsk: Demilitarised zone, no stated
/// view → +25, now a red line".
pub fn moved_text(scenario: &Scenario, moved: &Moved) -> String {
    let value = |v: Option<f64>| v.map_or("no stated view".to_string(), |v| format!("{v:+}"));
    let mut text = format!("{}, {} → {}", term(scenario, moved.choice), value(moved.before), value(moved.after));
    match moved.red_line {
        (false, true) => text.push_str(", now a red line"),
        (true, false) => text.push_str(", no longer a red line"),
        _ => {}
    }
    text
}

/// How far a party is from signing, in a few words: "worth 12 points more than walking away",
/// or its red line.
pub fn standing_words(outcome: &PartyOutcome) -> String {
    let points = outcome.margin.abs().round();
    if outcome.red_line_hit {
        "a red line: refuses whatever else it gets".to_string()
    } else if points == 0.0 {
        "worth as much as walking away".to_string()
    } else if outcome.margin > 0.0 {
        format!("worth {points} points more than walking away")
    } else {
        format!("worth {points} points less than walking away")
    }
}

/// An option's effect on a party as a mark beside it (shown with the party's abbreviation).
pub fn effect_symbol(effect: Effect) -> &'static str {
    match effect {
        Effect::Gains => "▲",
        Effect::Loses => "▼",
        Effect::Indifferent => "=",
        Effect::RedLine => "⊘",
        Effect::NoStance => "·",
    }
}

/// The same in words, for screen readers: "Ukraine loses; Russia gains; …".
pub fn effects_words(scenario: &Scenario, lever_idx: usize, option_idx: usize) -> String {
    let parts: Vec<String> = scenario
        .parties
        .iter()
        .enumerate()
        .map(|(party_idx, party)| {
            let what = match scenario.effect(party_idx, lever_idx, option_idx) {
                Effect::Gains => "gains",
                Effect::Loses => "loses",
                Effect::Indifferent => "neither gains nor loses",
                Effect::RedLine => "red line",
                Effect::NoStance => "no stated view",
            };
            format!("{} {what}", party.short_name)
        })
        .collect();
    format!("{}.", parts.join("; "))
}

/// The credit line of a share image.
pub fn card_credit(scenario: &Scenario) -> String {
    format!("Positions as of {}. An editorial estimate, not a forecast. Dealscope", human_date(scenario.as_of))
}

/// A share image's text equivalent: what it shows, in one paragraph. `name` is the proposal's
/// name when the package is a preset's.
pub fn card_alt(scenario: &Scenario, package: &Package, name: Option<&str>) -> String {
    let outcome = crate::model::evaluate::evaluate(scenario, package);
    let explanations = crate::model::explain::explain_all(scenario, package);
    let subject = name.map_or_else(|| scenario.title.clone(), str::to_string);
    let verdicts: Vec<String> = scenario
        .parties
        .iter()
        .zip(&outcome.parties)
        .map(|(party, o)| {
            format!("{} {} ({})", party.short_name, verdict_words(o.verdict).to_lowercase(), percent(o.probability))
        })
        .collect();
    format!(
        "Dealscope: {subject}. {} {}. Positions as of {}; an editorial estimate, not a forecast.",
        headline(scenario, package, &outcome, &explanations),
        verdicts.join("; "),
        human_date(scenario.as_of)
    )
}

/// The page's share tags (Open Graph and Twitter): its title, description and the share image
/// of the page as it opens (`cards/default.png`, made by `dealscope cards` at release builds)
/// with its text equivalent. `index.html` carries a copy; a test keeps it equal to this.
pub fn share_meta_html(scenario: &Scenario) -> String {
    let title = format!("Dealscope: would they sign? {}", scenario.title);
    let description = format!(
        "Choose what each side concedes in a Russia–Ukraine peace deal and see who would likely sign, and why. Positions as of {}.",
        human_date(scenario.as_of)
    );
    let alt = card_alt(scenario, &scenario.empty_package(), None);
    let tags = [
        ("property", "og:type", "website".to_string()),
        ("property", "og:title", title.clone()),
        ("property", "og:description", description.clone()),
        ("property", "og:image", "cards/default.png".to_string()),
        ("property", "og:image:width", "1200".to_string()),
        ("property", "og:image:height", "630".to_string()),
        ("property", "og:image:alt", alt.clone()),
        ("name", "twitter:card", "summary_large_image".to_string()),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
        ("name", "twitter:image", "cards/default.png".to_string()),
        ("name", "twitter:image:alt", alt),
    ];
    tags.iter()
        .map(|(attr, key, value)| format!("    <meta {attr}=\"{key}\" content=\"{}\" />\n", escape_html(value)))
        .collect()
}

/// Why the positions as of `date` could not be shown.
pub fn load_failure(date: Date, failure: &LoadFailure) -> String {
    let why = match failure {
        LoadFailure::Status(status) => format!("the server answered {status}"),
        LoadFailure::Unreachable => "the file could not be fetched".to_string(),
        LoadFailure::Invalid(found) => format!("its file has a problem: {}", problem(found)),
        LoadFailure::WrongDate { found } => format!("its file is dated {}", human_date(*found)),
        LoadFailure::OtherVocabulary(found) => {
            format!("its file does not share the other dates' terms: {}", problem(found))
        }
    };
    format!("Positions as of {} could not be loaded: {why}.", human_date(date))
}

/// "A", "A and B", "A, B and C".
pub fn list_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "all four", "both", "all 12": how many parties there are, in words.
fn all_parties(n: usize) -> String {
    const WORDS: [&str; 11] = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    match n {
        1 => "the only party".to_string(),
        2 => "both".to_string(),
        n if n < WORDS.len() => format!("all {}", WORDS[n]),
        n => format!("all {n}"),
    }
}

/// A term as a reader reads it: "Security guarantees: Article 5-like, with US".
pub fn term(scenario: &Scenario, choice: Choice) -> String {
    let lever = &scenario.levers[choice.lever_idx];
    format!("{}: {}", lever.title, lever.options[choice.option_idx].label)
}

/// Why a party would refuse, in a few words, from its explanation: its red line, or its largest cost.
pub fn main_objection(scenario: &Scenario, explanation: &Explanation) -> Option<String> {
    let party = &scenario.parties[explanation.party_idx];
    if let Some(&idx) = explanation.red_lines_hit.first() {
        let red_line = &party.red_lines[idx];
        let lever = &scenario.levers[red_line.choice.lever_idx];
        return Some(format!("its red line on “{}”", lever.options[red_line.choice.option_idx].label));
    }
    let worst =
        explanation.contributions.iter().filter(|c| c.value < 0.0).min_by(|a, b| a.value.total_cmp(&b.value))?;
    Some(match worst.cause {
        Cause::Option(choice) => format!("“{}”", term(scenario, choice)),
        Cause::Rule { rule_idx } => {
            format!("“{}”", party.rules[rule_idx].reason.trim_end_matches('.'))
        }
    })
}

/// The one sentence (or two) that answers the reader's question for this package.
pub fn headline(scenario: &Scenario, package: &Package, outcome: &Outcome, explanations: &[Explanation]) -> String {
    if *package == scenario.empty_package() {
        return "Every term is open. Choose what each side concedes, or start from a real proposal.".to_string();
    }
    let n = scenario.parties.len();
    let chance = format!("Chance that {} sign: {}.", all_parties(n), percent(outcome.all_accept_probability));
    let with = |verdict: Verdict| -> Vec<usize> { (0..n).filter(|&i| outcome.parties[i].verdict == verdict).collect() };
    let names = |idxs: &[usize]| -> String {
        let names: Vec<&str> = idxs.iter().map(|&i| scenario.parties[i].short_name.as_str()).collect();
        list_and(&names)
    };
    let refusing = with(Verdict::Reject);
    let undecided = with(Verdict::Uncertain);
    if refusing.is_empty() && undecided.is_empty() {
        let all = all_parties(n);
        let mut first = all.chars();
        let capitalised =
            first.next().map(|c| c.to_uppercase().collect::<String>() + first.as_str()).unwrap_or_default();
        return format!("{capitalised} would likely sign. {chance}");
    }
    if refusing.is_empty() {
        let verb = if undecided.len() == 1 { "is" } else { "are" };
        return format!("No party rules it out, but {} {verb} undecided. {chance}", names(&undecided));
    }
    let first = refusing[0];
    let objection = explanations.iter().find(|e| e.party_idx == first).and_then(|e| main_objection(scenario, e));
    let why = match objection.clone() {
        Some(why) if refusing.len() == 1 => format!(", mainly over {why}"),
        Some(why) => format!("; {} mainly over {why}", scenario.parties[first].short_name),
        None => String::new(),
    };
    if refusing.len() == n && n > 2 {
        let why = objection
            .map(|why| format!("; {} mainly over {why}", scenario.parties[first].short_name))
            .unwrap_or_default();
        let how_many = all_parties(n);
        let how_many = how_many.strip_prefix("all ").unwrap_or(&how_many);
        return format!("None of the {how_many} would likely sign{why}. {chance}");
    }
    format!("{} would likely refuse{why}. {chance}", names(&refusing))
}

/// One short sentence for the `aria-live` region after each change.
pub fn announcement(scenario: &Scenario, outcome: &Outcome) -> String {
    let parts: Vec<String> = scenario
        .parties
        .iter()
        .zip(&outcome.parties)
        .map(|(party, o)| {
            let word = match o.verdict {
                Verdict::Accept => "likely yes",
                Verdict::Uncertain => "undecided",
                Verdict::Reject => "likely no",
            };
            format!("{} {word}", party.short_name)
        })
        .collect();
    format!("{}; all sign: {}.", parts.join(", "), percent(outcome.all_accept_probability))
}

/// A small share in words a reader can picture: "about 1 in 1.5 million".
pub fn share_words(share: f64) -> String {
    if share <= 0.0 {
        "none".to_string()
    } else if share >= 0.001 {
        format!("{:.1}%", share * 100.0)
    } else {
        format!("about 1 in {}", big_number((1.0 / share).round() as u128))
    }
}

/// 12345 as "12,345".
pub fn group_digits(n: u128) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// 2764800000 as "2.8 billion".
pub fn big_number(n: u128) -> String {
    match n {
        n if n >= 1_000_000_000_000 => format!("{:.1} trillion", n as f64 / 1e12),
        n if n >= 1_000_000_000 => format!("{:.1} billion", n as f64 / 1e9),
        n if n >= 1_000_000 => format!("{:.1} million", n as f64 / 1e6),
        n => group_digits(n),
    }
}

/// Why a part of a link or a package was not applied, in a few words.
pub fn ignored_reason(why: &IgnoredWhy) -> String {
    match why {
        IgnoredWhy::NotLeverOption => "not in the form lever:option or lever=option".to_string(),
        IgnoredWhy::UnknownLever { lever } => format!("no term called '{lever}'"),
        IgnoredWhy::UnknownOption { option, lever } => format!("'{option}' is not an option of '{lever}'"),
        IgnoredWhy::Repeated { lever } => format!("'{lever}' was already given; the first one is kept"),
        IgnoredWhy::UnknownPreset => "no proposal by that name".to_string(),
    }
}

/// Escapes text for HTML, in text or in a double-quoted attribute.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The static summary shown when JavaScript is off: the latest snapshot, then each real
/// proposal with its verdicts at its own date (the first snapshot that carries it), oldest first.
/// `index.html` carries a copy; a test keeps it equal to this (`UPDATE_EXPECT=1 cargo test`).
pub fn noscript_html(snapshots: &[Scenario]) -> String {
    let mut out = String::new();
    let Some(latest) = snapshots.last() else { return out };
    out.push_str("<div class=\"noscript\">\n");
    out.push_str(&format!("<h1>Would they sign? {}</h1>\n", escape_html(&latest.title)));
    out.push_str(&format!("<p>{}</p>\n", escape_html(&latest.description)));
    out.push_str("<p>This interactive needs JavaScript. Without it, here is what the model says about the real proposals, each as of the first date it was on the table (an editorial estimate, not a forecast):</p>\n");
    let mut seen: Vec<&str> = Vec::new();
    for scenario in snapshots {
        let new: Vec<_> = scenario.presets.iter().filter(|preset| !seen.contains(&preset.id.as_str())).collect();
        if new.is_empty() {
            continue;
        }
        out.push_str(&format!("<h2>As of {}</h2>\n<ul>\n", human_date(scenario.as_of)));
        for preset in new {
            seen.push(&preset.id);
            let outcome = crate::model::evaluate::evaluate(scenario, &preset.package);
            let verdicts: Vec<String> = scenario
                .parties
                .iter()
                .zip(&outcome.parties)
                .map(|(party, o)| format!("{} {}", party.short_name, verdict_words(o.verdict).to_lowercase()))
                .collect();
            out.push_str(&format!(
                "<li><strong>{}</strong> ({}): {}.</li>\n",
                escape_html(&preset.name),
                human_date(preset.date),
                escape_html(&verdicts.join("; "))
            ));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!(
        "<p>Each position cites a source dated by the date it is shown at, the latest being {}; some are our inference from what a party had stated, and the page marks them so. A limited step, such as a ceasefire alone, is weighed against the war going on while talks go on.</p>\n",
        human_date(latest.as_of)
    ));
    out.push_str("<p><a href=\"./\" target=\"_blank\" rel=\"noopener\">Open Dealscope in a new tab</a> with JavaScript on to build your own deal.</p>\n</div>\n");
    out
}

/// A problem as one line: "path: what is wrong", or only what is wrong for the whole file.
pub fn problem(problem: &Problem) -> String {
    let what = problem_kind(&problem.kind);
    if problem.path.is_empty() {
        what
    } else {
        format!("{}: {what}", problem.path)
    }
}

/// What is wrong, in plain words.
pub fn problem_kind(kind: &ProblemKind) -> String {
    use ProblemKind as K;
    match kind {
        K::NotJson { line, column, detail } => format!("not valid JSON at line {line}, column {column}: {detail}"),
        K::Unreadable => "the scenario could not be read".to_string(),
        K::WrongType { expected, found } => {
            format!("expected {}, found {}", expected_words(*expected), json_type(*found))
        }
        K::UnknownField { allowed } => format!("unknown field (expected one of: {})", allowed.join(", ")),
        K::Missing => "missing".to_string(),
        K::Empty => "must not be empty".to_string(),
        K::BadId { value } => format!("'{value}' is not a valid id (use lowercase letters, digits and hyphens)"),
        K::BadDate { value } => format!("'{value}' is not a date (use YYYY-MM-DD)"),
        K::BadAbbreviation { value } => {
            format!("'{value}' is not an abbreviation (use one to three capital letters or digits)")
        }
        K::NotFinite => "must be a finite number".to_string(),
        K::Duplicate { what, id } => format!("duplicate {} id '{id}'", item(*what)),
        K::UnknownSource { id } => format!("cites '{id}', which is not in sources"),
        K::UnknownLever { lever, levers } => format!("unknown lever '{lever}' (levers: {})", levers.join(", ")),
        K::UnknownOption { option, lever, options } => {
            format!("unknown option '{option}' for lever '{lever}' (options: {})", options.join(", "))
        }
        K::UnknownParty { party } => format!("unknown party '{party}'"),
        K::PartyTwice { party } => format!("party '{party}' is listed twice"),
        K::NoneGiven { what } => format!("a scenario needs at least one {}", item(*what)),
        K::TooFewOptions => "a lever needs 'unaddressed' and at least one other option".to_string(),
        K::TooManyOptions { max } => format!("at most {max} options per lever"),
        K::FirstNotUnaddressed { found } => format!("the first option must be 'unaddressed', found '{found}'"),
        K::UnaddressedLimited => "'unaddressed' settles nothing, so it cannot be limited".to_string(),
        K::UnaddressedRedLine => {
            "'unaddressed' cannot be a red line (say what the package must include instead)".to_string()
        }
        K::UrlNotHttps => "must start with https://".to_string(),
        K::UrlAndNoUrl => "give either url or no_url, not both".to_string(),
        K::UrlMissing => {
            "missing: give the source's public https:// address, or say in no_url why there is none".to_string()
        }
        K::UncertaintyNotPositive => "must be greater than 0".to_string(),
        K::BadBasis { value } => format!("'{value}' is not a basis (use stated or inferred)"),
        K::RuleNeedsEffect => "a rule needs a value, a ratification, or both".to_string(),
        K::RuleNeedsCondition => "a rule needs at least one condition".to_string(),
        K::ConditionNeedsOption => "list at least one option".to_string(),
        K::TalksMissing => "missing: the scenario has limited options, so each party needs a talks stance".to_string(),
        K::AfterAsOf { date, as_of } => format!("{date} is after the scenario's as_of date {as_of}"),
        K::VocabularyDiffers { what, expected, found } => format!(
            "the {} ids differ from the first snapshot's (expected: {}; found: {})",
            item(*what),
            expected.join(", "),
            found.join(", ")
        ),
        K::OutOfOrder { date, previous } => format!("{date} is not after the previous snapshot's {previous}"),
        K::NotAResponseSet { detail } => format!("not a response set: {detail}"),
        K::WrongScenario { found, expected } => format!("is '{found}', but the scenario is '{expected}'"),
        K::UnknownLeverOrOption { option } => format!("unknown lever or option '{option}'"),
        K::BadResponse { value } => format!("'{value}' is not accepted, conditional or rejected"),
    }
}

fn expected_words(expected: Expected) -> &'static str {
    match expected {
        Expected::Object => "an object",
        Expected::Text => "text",
        Expected::Number => "a number",
        Expected::List => "a list",
        Expected::TrueFalse => "true or false",
        Expected::PartyId => "a party id",
        Expected::OptionId => "an option id",
        Expected::OptionValues => "an object of option values",
        Expected::StancesByLever => "an object keyed by lever id",
        Expected::LeverOptions => "an object of lever: option",
    }
}

fn json_type(found: JsonType) -> &'static str {
    match found {
        JsonType::Null => "null",
        JsonType::Bool => "a boolean",
        JsonType::Number => "a number",
        JsonType::Text => "a string",
        JsonType::List => "a list",
        JsonType::Object => "an object",
    }
}

fn item(what: Item) -> &'static str {
    match what {
        Item::Source => "source",
        Item::Party => "party",
        Item::Lever => "lever",
        Item::Option => "option",
        Item::Preset => "preset",
    }
}
