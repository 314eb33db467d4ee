//! Loading a scenario from JSON: every problem at once, each with its JSON path.
//!
//! Raw text goes in, a validated `Scenario` or the full list of problems comes out. Nothing here
//! panics on any input; there is no I/O (the caller reads the file).

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::scenario::{
    Basis, Condition, Lever, LeverOption, Package, Party, Preset, RedLine, Rule, Scenario, Source, SourceLink, Stance,
    UNADDRESSED,
};

/// One thing wrong with a scenario (or response set) file: where (`parties[1].stances.nato`) and
/// what, as a kind with its data; `words::en::problem` puts it into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not JSON at all: where the parser stopped, and its own description.
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// Nothing more specific could be said.
    Unreadable,
    WrongType {
        expected: Expected,
        found: JsonType,
    },
    UnknownField {
        allowed: Vec<&'static str>,
    },
    Missing,
    Empty,
    BadId {
        value: String,
    },
    BadDate {
        value: String,
    },
    NotFinite,
    Duplicate {
        what: Item,
        id: String,
    },
    UnknownSource {
        id: String,
    },
    UnknownLever {
        lever: String,
        levers: Vec<String>,
    },
    UnknownOption {
        option: String,
        lever: String,
        options: Vec<String>,
    },
    UnknownParty {
        party: String,
    },
    PartyTwice {
        party: String,
    },
    /// A scenario needs at least one of these.
    NoneGiven {
        what: Item,
    },
    TooFewOptions,
    TooManyOptions {
        max: usize,
    },
    FirstNotUnaddressed {
        found: String,
    },
    UnaddressedLimited,
    UnaddressedRedLine,
    UrlNotHttps,
    UrlAndNoUrl,
    UrlMissing,
    UncertaintyNotPositive,
    BadBasis {
        value: String,
    },
    RuleNeedsEffect,
    RuleNeedsCondition,
    ConditionNeedsOption,
    TalksMissing,
    AfterAsOf {
        date: String,
        as_of: String,
    },
    /// Response sets (`fidelity.rs`): not a response set at all, with the parser's description.
    NotAResponseSet {
        detail: String,
    },
    WrongScenario {
        found: String,
        expected: String,
    },
    UnknownLeverOrOption {
        option: String,
    },
    BadResponse {
        value: String,
    },
}

/// What a value should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Object,
    Text,
    Number,
    List,
    TrueFalse,
    PartyId,
    OptionId,
    OptionValues,
    StancesByLever,
    LeverOptions,
}

/// What a JSON value was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

/// What an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Source,
    Party,
    Lever,
    Option,
    Preset,
}

/// Options a lever may have at most, so a package fits in bytes and conditions stay small.
pub const MAX_OPTIONS: usize = 64;

impl Scenario {
    /// Parses and validates a scenario. Returns every problem found, never only the first.
    pub fn from_json(text: &str) -> Result<Scenario, Vec<Problem>> {
        let root: Value =
            serde_json::from_str(text).map_err(|err| vec![Problem { path: String::new(), kind: not_json(&err) }])?;
        let mut cx = Cx::default();
        let scenario = read_scenario(&mut cx, &root);
        match scenario {
            Some(scenario) if cx.problems.is_empty() => Ok(scenario),
            _ => {
                if cx.problems.is_empty() {
                    cx.problem("", ProblemKind::Unreadable);
                }
                Err(cx.problems)
            }
        }
    }
}

/// serde_json's message ends with the location, which the kind carries on its own.
fn not_json(err: &serde_json::Error) -> ProblemKind {
    let full = err.to_string();
    let detail = full.rfind(" at line ").map_or(full.as_str(), |at| &full[..at]).to_string();
    ProblemKind::NotJson { line: err.line(), column: err.column(), detail }
}

#[derive(Default)]
struct Cx {
    problems: Vec<Problem>,
}

impl Cx {
    fn problem(&mut self, path: &str, kind: ProblemKind) {
        self.problems.push(Problem { path: path.to_string(), kind });
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn at(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

fn kind(value: &Value) -> JsonType {
    match value {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Bool,
        Value::Number(_) => JsonType::Number,
        Value::String(_) => JsonType::Text,
        Value::Array(_) => JsonType::List,
        Value::Object(_) => JsonType::Object,
    }
}

/// The object at `path`, reporting fields outside `allowed` (usually typos).
fn object<'a>(cx: &mut Cx, value: &'a Value, path: &str, allowed: &[&'static str]) -> Option<&'a Map<String, Value>> {
    let Some(map) = value.as_object() else {
        cx.problem(path, ProblemKind::WrongType { expected: Expected::Object, found: kind(value) });
        return None;
    };
    for key in map.keys() {
        if !allowed.contains(&key.as_str()) {
            cx.problem(&join(path, key), ProblemKind::UnknownField { allowed: allowed.to_vec() });
        }
    }
    Some(map)
}

fn text(cx: &mut Cx, map: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
    let path = join(path, key);
    match map.get(key) {
        None => {
            cx.problem(&path, ProblemKind::Missing);
            None
        }
        Some(Value::String(s)) if s.trim().is_empty() => {
            cx.problem(&path, ProblemKind::Empty);
            None
        }
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => {
            cx.problem(&path, ProblemKind::WrongType { expected: Expected::Text, found: kind(other) });
            None
        }
    }
}

fn optional_text(cx: &mut Cx, map: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
    match map.get(key) {
        None | Some(Value::Null) => None,
        Some(_) => text(cx, map, path, key),
    }
}

/// An id: lowercase letters, digits and hyphens (they appear in links and on the command line).
fn id(cx: &mut Cx, map: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
    let value = text(cx, map, path, key)?;
    let well_formed = value.len() <= 64
        && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !value.starts_with('-')
        && !value.ends_with('-');
    if well_formed {
        Some(value)
    } else {
        cx.problem(&join(path, key), ProblemKind::BadId { value });
        None
    }
}

fn is_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = &value[range];
        part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse().ok()).flatten()
    };
    matches!((digits(0..4), digits(5..7), digits(8..10)), (Some(_), Some(1..=12), Some(1..=31)))
}

fn date(cx: &mut Cx, map: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
    let value = text(cx, map, path, key)?;
    if is_date(&value) {
        Some(value)
    } else {
        cx.problem(&join(path, key), ProblemKind::BadDate { value });
        None
    }
}

fn number(cx: &mut Cx, map: &Map<String, Value>, path: &str, key: &str) -> Option<f64> {
    let path = join(path, key);
    match map.get(key) {
        None => {
            cx.problem(&path, ProblemKind::Missing);
            None
        }
        Some(Value::Number(n)) => match n.as_f64() {
            Some(x) if x.is_finite() => Some(x),
            _ => {
                cx.problem(&path, ProblemKind::NotFinite);
                None
            }
        },
        Some(other) => {
            cx.problem(&path, ProblemKind::WrongType { expected: Expected::Number, found: kind(other) });
            None
        }
    }
}

fn list<'a>(cx: &mut Cx, map: &'a Map<String, Value>, path: &str, key: &str) -> Option<&'a Vec<Value>> {
    let path = join(path, key);
    match map.get(key) {
        None => {
            cx.problem(&path, ProblemKind::Missing);
            None
        }
        Some(Value::Array(items)) => Some(items),
        Some(other) => {
            cx.problem(&path, ProblemKind::WrongType { expected: Expected::List, found: kind(other) });
            None
        }
    }
}

/// Reports ids that appear more than once in `ids` (by position), at `path[i].id`.
fn check_unique(cx: &mut Cx, path: &str, ids: &[Option<String>], what: Item) {
    let mut seen = HashSet::new();
    for (i, id) in ids.iter().enumerate() {
        if let Some(id) = id {
            if !seen.insert(id.as_str()) {
                cx.problem(&join(&at(path, i), "id"), ProblemKind::Duplicate { what, id: id.clone() });
            }
        }
    }
}

/// What the second pass needs to resolve references by id.
struct Names {
    sources: Vec<Option<String>>,
    parties: Vec<Option<String>>,
    levers: Vec<(Option<String>, Vec<Option<String>>)>,
}

impl Names {
    fn source(&self, cx: &mut Cx, map: &Map<String, Value>, path: &str, key: &str) -> Option<usize> {
        let wanted = text(cx, map, path, key)?;
        let found = self.sources.iter().position(|s| s.as_deref() == Some(wanted.as_str()));
        if found.is_none() {
            cx.problem(&join(path, key), ProblemKind::UnknownSource { id: wanted });
        }
        found
    }

    fn lever_idx(&self, id: &str) -> Option<usize> {
        self.levers.iter().position(|(lever, _)| lever.as_deref() == Some(id))
    }

    fn lever_ids(&self) -> Vec<String> {
        self.levers.iter().filter_map(|(id, _)| id.clone()).collect()
    }

    fn option_idx(&self, lever_idx: usize, id: &str) -> Option<usize> {
        self.levers[lever_idx].1.iter().position(|option| option.as_deref() == Some(id))
    }

    /// Resolves `lever` and `option` ids found at `path`, reporting unknown ones.
    fn lever_option(&self, cx: &mut Cx, path: &str, lever: &str, option: &str) -> Option<(usize, usize)> {
        let Some(lever_idx) = self.lever_idx(lever) else {
            cx.problem(path, ProblemKind::UnknownLever { lever: lever.to_string(), levers: self.lever_ids() });
            return None;
        };
        let Some(option_idx) = self.option_idx(lever_idx, option) else {
            let options: Vec<String> = self.levers[lever_idx].1.iter().flatten().cloned().collect();
            let kind = ProblemKind::UnknownOption { option: option.to_string(), lever: lever.to_string(), options };
            cx.problem(path, kind);
            return None;
        };
        Some((lever_idx, option_idx))
    }
}

fn read_scenario(cx: &mut Cx, root: &Value) -> Option<Scenario> {
    let map =
        object(cx, root, "", &["id", "title", "as_of", "description", "sources", "parties", "levers", "presets"])?;
    let id = id(cx, map, "", "id");
    let title = text(cx, map, "", "title");
    let as_of = date(cx, map, "", "as_of");
    let description = text(cx, map, "", "description");

    let (source_ids, sources) = read_sources(cx, map);
    let levers = read_levers(cx, map);
    let party_maps = read_party_heads(cx, map);
    let names = Names {
        sources: source_ids,
        parties: party_maps.iter().map(|(id, _, _)| id.clone()).collect(),
        levers: levers
            .iter()
            .map(|(id, options, _)| (id.clone(), options.iter().map(|(id, _)| id.clone()).collect()))
            .collect(),
    };

    // Second pass: everything that refers to sources, parties, levers or options by id.
    let levers: Vec<Option<Lever>> = levers
        .into_iter()
        .enumerate()
        .map(|(lever_i, (id, options, head))| {
            let options: Vec<Option<LeverOption>> = options
                .into_iter()
                .enumerate()
                .map(|(option_i, (id, option_map))| {
                    let path = at(&join(&at("levers", lever_i), "options"), option_i);
                    read_option(cx, &path, id?, option_map?)
                })
                .collect();
            let (title, description) = head?;
            Some(Lever { id: id?, title, description, options: options.into_iter().collect::<Option<_>>()? })
        })
        .collect();
    let parties: Vec<Option<Party>> = party_maps
        .iter()
        .enumerate()
        .map(|(party_i, (id, names_pair, party_map))| {
            let path = at("parties", party_i);
            let party_map = (*party_map)?;
            let body = read_party_body(cx, &names, &path, party_map);
            let (name, short_name) = names_pair.clone()?;
            let PartyBody { reservation, talks, uncertainty, values, red_lines, rules } = body?;
            Some(Party { id: id.clone()?, name, short_name, reservation, talks, uncertainty, values, red_lines, rules })
        })
        .collect();
    let presets = read_presets(cx, &names, map);

    // A limited agreement is weighed against talks going on, so every party must say what that is worth.
    let has_limited = levers.iter().flatten().any(|lever| lever.options.iter().any(|option| option.limited));
    if has_limited {
        for (party_i, party) in parties.iter().enumerate() {
            if party.as_ref().is_some_and(|party| party.talks.is_none()) {
                cx.problem(&join(&at("parties", party_i), "talks"), ProblemKind::TalksMissing);
            }
        }
    }

    // Stances are "as of" the scenario's date: a source from after it cannot support one.
    if let Some(as_of) = &as_of {
        for (i, source) in sources.iter().enumerate() {
            if let Some(source) = source.as_ref().filter(|s| s.date > *as_of) {
                let path = join(&at("sources", i), "date");
                cx.problem(&path, ProblemKind::AfterAsOf { date: source.date.clone(), as_of: as_of.clone() });
            }
        }
    }

    Some(Scenario {
        id: id?,
        title: title?,
        as_of: as_of?,
        description: description?,
        sources: sources.into_iter().collect::<Option<_>>()?,
        parties: parties.into_iter().collect::<Option<_>>()?,
        levers: levers.into_iter().collect::<Option<_>>()?,
        presets: presets?,
    })
}

/// Returns the sources' ids (kept even when another field of a source is wrong, so citations
/// of it do not cascade into more problems) and the sources.
fn read_sources(cx: &mut Cx, map: &Map<String, Value>) -> (Vec<Option<String>>, Vec<Option<Source>>) {
    let Some(items) = list(cx, map, "", "sources") else {
        return (Vec::new(), Vec::new());
    };
    if items.is_empty() {
        cx.problem("sources", ProblemKind::NoneGiven { what: Item::Source });
    }
    let (ids, sources): (Vec<Option<String>>, Vec<Option<Source>>) = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let path = at("sources", i);
            let fields = &["id", "outlet", "title", "date", "url", "no_url", "note"];
            let Some(map) = object(cx, item, &path, fields) else {
                return (None, None);
            };
            let id = id(cx, map, &path, "id");
            let outlet = text(cx, map, &path, "outlet");
            let title = text(cx, map, &path, "title");
            let date = date(cx, map, &path, "date");
            let link = read_source_link(cx, map, &path);
            let note = optional_text(cx, map, &path, "note");
            let source =
                (|| Some(Source { id: id.clone()?, outlet: outlet?, title: title?, date: date?, link: link?, note }))();
            (id, source)
        })
        .unzip();
    check_unique(cx, "sources", &ids, Item::Source);
    (ids, sources)
}

/// A source's public address, or the stated reason it has none: exactly one of the two.
fn read_source_link(cx: &mut Cx, map: &Map<String, Value>, path: &str) -> Option<SourceLink> {
    let url = optional_text(cx, map, path, "url");
    let no_url = optional_text(cx, map, path, "no_url");
    match (url, no_url) {
        (Some(url), None) if url.starts_with("https://") => Some(SourceLink::Url(url)),
        (Some(_), None) => {
            cx.problem(&join(path, "url"), ProblemKind::UrlNotHttps);
            None
        }
        (None, Some(why)) => Some(SourceLink::None { why }),
        (Some(_), Some(_)) => {
            cx.problem(&join(path, "no_url"), ProblemKind::UrlAndNoUrl);
            None
        }
        (None, None) if map.contains_key("url") || map.contains_key("no_url") => None,
        (None, None) => {
            cx.problem(&join(path, "url"), ProblemKind::UrlMissing);
            None
        }
    }
}

type RawOption<'a> = (Option<String>, Option<&'a Map<String, Value>>);
type RawLever<'a> = (Option<String>, Vec<RawOption<'a>>, Option<(String, String)>);

fn read_levers<'a>(cx: &mut Cx, map: &'a Map<String, Value>) -> Vec<RawLever<'a>> {
    let Some(items) = list(cx, map, "", "levers") else {
        return Vec::new();
    };
    if items.is_empty() {
        cx.problem("levers", ProblemKind::NoneGiven { what: Item::Lever });
    }
    let levers: Vec<RawLever<'a>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let path = at("levers", i);
            let Some(map) = object(cx, item, &path, &["id", "title", "description", "options"]) else {
                return (None, Vec::new(), None);
            };
            let lever_id = id(cx, map, &path, "id");
            let title = text(cx, map, &path, "title");
            let description = text(cx, map, &path, "description");
            let options_path = join(&path, "options");
            let options: Vec<RawOption<'a>> = match list(cx, map, &path, "options") {
                None => Vec::new(),
                Some(items) => items
                    .iter()
                    .enumerate()
                    .map(|(j, item)| {
                        let path = at(&options_path, j);
                        let map = object(cx, item, &path, &["id", "label", "description", "limited"]);
                        (map.and_then(|map| id(cx, map, &path, "id")), map)
                    })
                    .collect(),
            };
            if options.len() < 2 {
                cx.problem(&options_path, ProblemKind::TooFewOptions);
            } else if options.len() > MAX_OPTIONS {
                cx.problem(&options_path, ProblemKind::TooManyOptions { max: MAX_OPTIONS });
            }
            match options.first() {
                Some((Some(first), _)) if first == UNADDRESSED => {}
                Some((Some(first), _)) => cx.problem(
                    &join(&at(&options_path, 0), "id"),
                    ProblemKind::FirstNotUnaddressed { found: first.clone() },
                ),
                _ => {}
            }
            let ids: Vec<Option<String>> = options.iter().map(|(id, _)| id.clone()).collect();
            check_unique(cx, &options_path, &ids, Item::Option);
            let head = title.zip(description);
            let lever_ok = options.len() >= 2 && options.len() <= MAX_OPTIONS;
            (lever_id.filter(|_| lever_ok), options, head)
        })
        .collect();
    let ids: Vec<Option<String>> = levers.iter().map(|(id, _, _)| id.clone()).collect();
    check_unique(cx, "levers", &ids, Item::Lever);
    levers
}

fn read_option(cx: &mut Cx, path: &str, id: String, map: &Map<String, Value>) -> Option<LeverOption> {
    let label = text(cx, map, path, "label");
    let description = text(cx, map, path, "description");
    let limited = flag(cx, map, path, "limited");
    if limited == Some(true) && id == UNADDRESSED {
        cx.problem(&join(path, "limited"), ProblemKind::UnaddressedLimited);
    }
    Some(LeverOption { id, label: label?, description: description?, limited: limited? })
}

/// An optional true/false field; absent means false.
fn flag(cx: &mut Cx, map: &Map<String, Value>, path: &str, key: &str) -> Option<bool> {
    match map.get(key) {
        None => Some(false),
        Some(Value::Bool(b)) => Some(*b),
        Some(other) => {
            cx.problem(&join(path, key), ProblemKind::WrongType { expected: Expected::TrueFalse, found: kind(other) });
            None
        }
    }
}

type PartyHead<'a> = (Option<String>, Option<(String, String)>, Option<&'a Map<String, Value>>);

const PARTY_FIELDS: &[&str] =
    &["id", "name", "short_name", "reservation", "talks", "uncertainty", "stances", "red_lines", "rules"];

fn read_party_heads<'a>(cx: &mut Cx, map: &'a Map<String, Value>) -> Vec<PartyHead<'a>> {
    let Some(items) = list(cx, map, "", "parties") else {
        return Vec::new();
    };
    if items.is_empty() {
        cx.problem("parties", ProblemKind::NoneGiven { what: Item::Party });
    }
    let heads: Vec<PartyHead<'a>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let path = at("parties", i);
            let Some(map) = object(cx, item, &path, PARTY_FIELDS) else {
                return (None, None, None);
            };
            let party_id = id(cx, map, &path, "id");
            let name = text(cx, map, &path, "name");
            let short_name = text(cx, map, &path, "short_name");
            (party_id, name.zip(short_name), Some(map))
        })
        .collect();
    let ids: Vec<Option<String>> = heads.iter().map(|(id, _, _)| id.clone()).collect();
    check_unique(cx, "parties", &ids, Item::Party);
    heads
}

/// What a party's file entry says beyond its names, validated.
struct PartyBody {
    reservation: Stance,
    talks: Option<Stance>,
    uncertainty: f64,
    values: Vec<Vec<Option<Stance>>>,
    red_lines: Vec<RedLine>,
    rules: Vec<Rule>,
}

fn read_party_body(cx: &mut Cx, names: &Names, path: &str, map: &Map<String, Value>) -> Option<PartyBody> {
    let reservation = match map.get("reservation") {
        None => {
            cx.problem(&join(path, "reservation"), ProblemKind::Missing);
            None
        }
        Some(value) => read_stance(cx, names, &join(path, "reservation"), value),
    };
    let talks = match map.get("talks") {
        None => Some(None),
        Some(value) => read_stance(cx, names, &join(path, "talks"), value).map(Some),
    };
    let uncertainty = number(cx, map, path, "uncertainty");
    if let Some(u) = uncertainty {
        if u <= 0.0 {
            cx.problem(&join(path, "uncertainty"), ProblemKind::UncertaintyNotPositive);
        }
    }

    let mut values: Vec<Vec<Option<Stance>>> =
        names.levers.iter().map(|(_, options)| vec![None; options.len()]).collect();
    let stances_path = join(path, "stances");
    let mut stances_ok = true;
    match map.get("stances") {
        None => {
            cx.problem(&stances_path, ProblemKind::Missing);
            stances_ok = false;
        }
        Some(Value::Object(by_lever)) => {
            for (lever, by_option) in by_lever {
                let lever_path = join(&stances_path, lever);
                let Some(lever_idx) = names.lever_idx(lever) else {
                    cx.problem(
                        &lever_path,
                        ProblemKind::UnknownLever { lever: lever.clone(), levers: names.lever_ids() },
                    );
                    stances_ok = false;
                    continue;
                };
                let Some(by_option) = by_option.as_object() else {
                    cx.problem(
                        &lever_path,
                        ProblemKind::WrongType { expected: Expected::OptionValues, found: kind(by_option) },
                    );
                    stances_ok = false;
                    continue;
                };
                for (option, stance) in by_option {
                    let option_path = join(&lever_path, option);
                    let Some((_, option_idx)) = names.lever_option(cx, &option_path, lever, option) else {
                        stances_ok = false;
                        continue;
                    };
                    match read_stance(cx, names, &option_path, stance) {
                        Some(stance) => values[lever_idx][option_idx] = Some(stance),
                        None => stances_ok = false,
                    }
                }
            }
        }
        Some(other) => {
            cx.problem(
                &stances_path,
                ProblemKind::WrongType { expected: Expected::StancesByLever, found: kind(other) },
            );
            stances_ok = false;
        }
    }

    let red_lines = read_red_lines(cx, names, path, map);
    let rules = read_rules(cx, names, path, map);
    let values = stances_ok.then_some(values);
    Some(PartyBody {
        reservation: reservation?,
        talks: talks?,
        uncertainty: uncertainty.filter(|u| *u > 0.0)?,
        values: values?,
        red_lines: red_lines?,
        rules: rules?,
    })
}

fn read_stance(cx: &mut Cx, names: &Names, path: &str, value: &Value) -> Option<Stance> {
    let map = object(cx, value, path, &["value", "source", "basis", "note"])?;
    let number = number(cx, map, path, "value");
    let source_idx = names.source(cx, map, path, "source");
    let basis = basis(cx, map, path);
    let note = text(cx, map, path, "note");
    Some(Stance { value: number?, source_idx: source_idx?, basis: basis?, note: note? })
}

/// `"stated"` (the source says it) or `"inferred"` (our reading of a principle it states).
fn basis(cx: &mut Cx, map: &Map<String, Value>, path: &str) -> Option<Basis> {
    match text(cx, map, path, "basis")?.as_str() {
        "stated" => Some(Basis::Stated),
        "inferred" => Some(Basis::Inferred),
        other => {
            cx.problem(&join(path, "basis"), ProblemKind::BadBasis { value: other.to_string() });
            None
        }
    }
}

fn optional_list<'a>(cx: &mut Cx, map: &'a Map<String, Value>, path: &str, key: &str) -> Option<&'a [Value]> {
    match map.get(key) {
        None | Some(Value::Null) => Some(&[]),
        Some(_) => list(cx, map, path, key).map(Vec::as_slice),
    }
}

fn read_red_lines(cx: &mut Cx, names: &Names, path: &str, map: &Map<String, Value>) -> Option<Vec<RedLine>> {
    let items = optional_list(cx, map, path, "red_lines")?;
    let list_path = join(path, "red_lines");
    let red_lines: Vec<Option<RedLine>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let path = at(&list_path, i);
            let map = object(cx, item, &path, &["lever", "option", "reason", "source", "basis"])?;
            let lever = text(cx, map, &path, "lever");
            let option = text(cx, map, &path, "option");
            let reason = text(cx, map, &path, "reason");
            let source_idx = names.source(cx, map, &path, "source");
            let basis = basis(cx, map, &path);
            let (lever_idx, option_idx) = names.lever_option(cx, &path, &lever?, &option?)?;
            if option_idx == 0 {
                cx.problem(&join(&path, "option"), ProblemKind::UnaddressedRedLine);
                return None;
            }
            Some(RedLine { lever_idx, option_idx, reason: reason?, source_idx: source_idx?, basis: basis? })
        })
        .collect();
    red_lines.into_iter().collect()
}

fn read_rules(cx: &mut Cx, names: &Names, path: &str, map: &Map<String, Value>) -> Option<Vec<Rule>> {
    let items = optional_list(cx, map, path, "rules")?;
    let list_path = join(path, "rules");
    let rules: Vec<Option<Rule>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let path = at(&list_path, i);
            let map = object(cx, item, &path, &["when", "value", "ratification", "reason", "source", "basis"])?;
            let when = read_conditions(cx, names, &path, map);
            let value = match map.get("value") {
                None => Some(0.0),
                Some(_) => number(cx, map, &path, "value"),
            };
            let ratification = optional_text(cx, map, &path, "ratification");
            if !map.contains_key("value") && ratification.is_none() {
                cx.problem(&path, ProblemKind::RuleNeedsEffect);
            }
            let reason = text(cx, map, &path, "reason");
            let source_idx = names.source(cx, map, &path, "source");
            let basis = basis(cx, map, &path);
            Some(Rule {
                when: when?,
                value: value?,
                ratification,
                reason: reason?,
                source_idx: source_idx?,
                basis: basis?,
            })
        })
        .collect();
    rules.into_iter().collect()
}

fn read_conditions(cx: &mut Cx, names: &Names, path: &str, map: &Map<String, Value>) -> Option<Vec<Condition>> {
    let items = list(cx, map, path, "when")?;
    let when_path = join(path, "when");
    if items.is_empty() {
        cx.problem(&when_path, ProblemKind::RuleNeedsCondition);
        return None;
    }
    let conditions: Vec<Option<Condition>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let path = at(&when_path, i);
            let map = object(cx, item, &path, &["lever", "options"])?;
            let lever = text(cx, map, &path, "lever")?;
            let options = list(cx, map, &path, "options")?;
            if options.is_empty() {
                cx.problem(&join(&path, "options"), ProblemKind::ConditionNeedsOption);
                return None;
            }
            let mut lever_idx = None;
            let mut option_idxs = Vec::new();
            let mut ok = true;
            for (k, option) in options.iter().enumerate() {
                let option_path = at(&join(&path, "options"), k);
                let Some(option) = option.as_str() else {
                    cx.problem(
                        &option_path,
                        ProblemKind::WrongType { expected: Expected::OptionId, found: kind(option) },
                    );
                    ok = false;
                    continue;
                };
                match names.lever_option(cx, &option_path, &lever, option) {
                    Some((l, o)) => {
                        lever_idx = Some(l);
                        option_idxs.push(o);
                    }
                    None => ok = false,
                }
            }
            ok.then_some(())?;
            Some(Condition { lever_idx: lever_idx?, option_idxs })
        })
        .collect();
    conditions.into_iter().collect()
}

/// An optional list of party ids, each known and listed once.
fn read_party_list(cx: &mut Cx, names: &Names, path: &str, map: &Map<String, Value>, key: &str) -> Option<Vec<usize>> {
    let items = optional_list(cx, map, path, key)?;
    let list_path = join(path, key);
    let mut party_idxs = Vec::new();
    let mut ok = true;
    for (k, item) in items.iter().enumerate() {
        let item_path = at(&list_path, k);
        match item.as_str() {
            Some(party) => match names.parties.iter().position(|p| p.as_deref() == Some(party)) {
                Some(party_idx) if party_idxs.contains(&party_idx) => {
                    cx.problem(&item_path, ProblemKind::PartyTwice { party: party.to_string() });
                    ok = false;
                }
                Some(party_idx) => party_idxs.push(party_idx),
                None => {
                    cx.problem(&item_path, ProblemKind::UnknownParty { party: party.to_string() });
                    ok = false;
                }
            },
            None => {
                cx.problem(&item_path, ProblemKind::WrongType { expected: Expected::PartyId, found: kind(item) });
                ok = false;
            }
        }
    }
    ok.then_some(party_idxs)
}

fn read_presets(cx: &mut Cx, names: &Names, map: &Map<String, Value>) -> Option<Vec<Preset>> {
    let items = optional_list(cx, map, "", "presets")?;
    let presets: Vec<Option<Preset>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let path = at("presets", i);
            let fields = &["id", "name", "date", "description", "package", "source", "proposed_by"];
            let map = object(cx, item, &path, fields)?;
            let proposed_by = read_party_list(cx, names, &path, map, "proposed_by");
            let preset_id = id(cx, map, &path, "id");
            let name = text(cx, map, &path, "name");
            let date = date(cx, map, &path, "date");
            let description = text(cx, map, &path, "description");
            let source_idx = names.source(cx, map, &path, "source");
            let package_path = join(&path, "package");
            let mut package = Package::unaddressed(names.levers.len());
            let mut package_ok = true;
            match map.get("package") {
                Some(Value::Object(choices)) => {
                    for (lever, option) in choices {
                        let choice_path = join(&package_path, lever);
                        let Some(option) = option.as_str() else {
                            cx.problem(
                                &choice_path,
                                ProblemKind::WrongType { expected: Expected::OptionId, found: kind(option) },
                            );
                            package_ok = false;
                            continue;
                        };
                        match names.lever_option(cx, &choice_path, lever, option) {
                            Some((lever_idx, option_idx)) => package.choices[lever_idx] = option_idx as u8,
                            None => package_ok = false,
                        }
                    }
                }
                None => {
                    cx.problem(&package_path, ProblemKind::Missing);
                    package_ok = false;
                }
                Some(other) => {
                    cx.problem(
                        &package_path,
                        ProblemKind::WrongType { expected: Expected::LeverOptions, found: kind(other) },
                    );
                    package_ok = false;
                }
            }
            package_ok.then_some(())?;
            Some(Preset {
                id: preset_id?,
                name: name?,
                date: date?,
                description: description?,
                package,
                source_idx: source_idx?,
                proposed_by: proposed_by?,
            })
        })
        .collect();
    let ids: Vec<Option<String>> = presets.iter().map(|p| p.as_ref().map(|p| p.id.clone())).collect();
    check_unique(cx, "presets", &ids, Item::Preset);
    presets.into_iter().collect()
}
