//! Loading a scenario from JSON: every problem at once, each with its JSON path.
//!
//! Raw text goes in, a validated `Scenario` or the full list of problems comes out. Nothing here
//! panics on any input; there is no I/O (the caller reads the file).

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::scenario::{
    Basis, Choice, Condition, Date, Lever, LeverOption, Package, Party, Preset, RedLine, Rule, Scenario, Source,
    SourceLink, Stance, UNADDRESSED,
};

/// One thing wrong with a scenario (or response set) file: where (`parties[1].stances.nato`) and
/// what, as a kind with its data; `Words::problem` puts it into words.
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
    /// A party's abbreviation must be one to three capital letters or digits.
    BadAbbreviation {
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
    /// A source's `title_lang` that is not a language code.
    BadLanguageCode {
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
    /// A snapshot of a series names other parties, levers or options than the first (`timeline.rs`).
    VocabularyDiffers {
        what: Item,
        expected: Vec<String>,
        found: Vec<String>,
    },
    /// A snapshot is not later than the one before it.
    OutOfOrder {
        date: String,
        previous: String,
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
    /// A translation (`translation.rs`) has no text for this id in its language.
    NoText {
        lang: super::lang::Lang,
    },
    /// A translation gives a text for an id the scenario does not have.
    NoSuchText,
    /// A translation is for another scenario.
    OverlayForOther {
        found: String,
        expected: String,
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
                    cx.problem(ProblemKind::Unreadable);
                }
                Err(cx.problems)
            }
        }
    }
}

/// serde_json's message ends with the location, which the kind carries on its own.
pub(crate) fn not_json(err: &serde_json::Error) -> ProblemKind {
    let full = err.to_string();
    let detail = full.rfind(" at line ").map_or(full.as_str(), |at| &full[..at]).to_string();
    ProblemKind::NotJson { line: err.line(), column: err.column(), detail }
}

/// The reading context: the problems found so far and where in the file the reader is. Each
/// reading function works at the current place; `at` and `at_index` step in and out, so a path
/// is never assembled by hand.
#[derive(Default)]
struct Cx {
    problems: Vec<Problem>,
    path: Vec<Segment>,
}

enum Segment {
    Key(String),
    Index(usize),
}

impl Cx {
    /// The current place as a JSON path: `parties[1].stances.nato`.
    fn path(&self) -> String {
        let mut out = String::new();
        for segment in &self.path {
            match segment {
                Segment::Key(key) if out.is_empty() => out.push_str(key),
                Segment::Key(key) => {
                    out.push('.');
                    out.push_str(key);
                }
                Segment::Index(index) => out.push_str(&format!("[{index}]")),
            }
        }
        out
    }

    /// A problem at the current place.
    fn problem(&mut self, kind: ProblemKind) {
        let path = self.path();
        self.problems.push(Problem { path, kind });
    }

    /// A problem at the field `key` of the current place.
    fn problem_at(&mut self, key: &str, kind: ProblemKind) {
        self.at(key, |cx| cx.problem(kind));
    }

    /// Runs `read` at the field `key` of the current place.
    fn at<T>(&mut self, key: &str, read: impl FnOnce(&mut Cx) -> T) -> T {
        self.path.push(Segment::Key(key.to_string()));
        let result = read(self);
        self.path.pop();
        result
    }

    /// Runs `read` at item `index` of the list at the current place.
    fn at_index<T>(&mut self, index: usize, read: impl FnOnce(&mut Cx) -> T) -> T {
        self.path.push(Segment::Index(index));
        let result = read(self);
        self.path.pop();
        result
    }
}

/// What a JSON value is, for problems that say what was found instead.
pub(crate) fn kind(value: &Value) -> JsonType {
    match value {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Bool,
        Value::Number(_) => JsonType::Number,
        Value::String(_) => JsonType::Text,
        Value::Array(_) => JsonType::List,
        Value::Object(_) => JsonType::Object,
    }
}

/// The object at the current place, reporting fields outside `allowed` (usually typos).
fn object<'a>(cx: &mut Cx, value: &'a Value, allowed: &[&'static str]) -> Option<&'a Map<String, Value>> {
    let Some(map) = value.as_object() else {
        cx.problem(ProblemKind::WrongType { expected: Expected::Object, found: kind(value) });
        return None;
    };
    for key in map.keys() {
        if !allowed.contains(&key.as_str()) {
            cx.problem_at(key, ProblemKind::UnknownField { allowed: allowed.to_vec() });
        }
    }
    Some(map)
}

fn text(cx: &mut Cx, map: &Map<String, Value>, key: &str) -> Option<String> {
    match map.get(key) {
        None => {
            cx.problem_at(key, ProblemKind::Missing);
            None
        }
        Some(Value::String(s)) if s.trim().is_empty() => {
            cx.problem_at(key, ProblemKind::Empty);
            None
        }
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => {
            cx.problem_at(key, ProblemKind::WrongType { expected: Expected::Text, found: kind(other) });
            None
        }
    }
}

fn optional_text(cx: &mut Cx, map: &Map<String, Value>, key: &str) -> Option<String> {
    match map.get(key) {
        None | Some(Value::Null) => None,
        Some(_) => text(cx, map, key),
    }
}

/// An id: lowercase letters, digits and hyphens (they appear in links and on the command line).
fn id(cx: &mut Cx, map: &Map<String, Value>, key: &str) -> Option<String> {
    let value = text(cx, map, key)?;
    let well_formed = value.len() <= 64
        && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !value.starts_with('-')
        && !value.ends_with('-');
    if well_formed {
        Some(value)
    } else {
        cx.problem_at(key, ProblemKind::BadId { value });
        None
    }
}

fn date(cx: &mut Cx, map: &Map<String, Value>, key: &str) -> Option<Date> {
    let value = text(cx, map, key)?;
    match Date::parse(&value) {
        Some(date) => Some(date),
        None => {
            cx.problem_at(key, ProblemKind::BadDate { value });
            None
        }
    }
}

fn number(cx: &mut Cx, map: &Map<String, Value>, key: &str) -> Option<f64> {
    match map.get(key) {
        None => {
            cx.problem_at(key, ProblemKind::Missing);
            None
        }
        Some(Value::Number(n)) => match n.as_f64() {
            Some(x) if x.is_finite() => Some(x),
            _ => {
                cx.problem_at(key, ProblemKind::NotFinite);
                None
            }
        },
        Some(other) => {
            cx.problem_at(key, ProblemKind::WrongType { expected: Expected::Number, found: kind(other) });
            None
        }
    }
}

fn list<'a>(cx: &mut Cx, map: &'a Map<String, Value>, key: &str) -> Option<&'a Vec<Value>> {
    match map.get(key) {
        None => {
            cx.problem_at(key, ProblemKind::Missing);
            None
        }
        Some(Value::Array(items)) => Some(items),
        Some(other) => {
            cx.problem_at(key, ProblemKind::WrongType { expected: Expected::List, found: kind(other) });
            None
        }
    }
}

fn optional_list<'a>(cx: &mut Cx, map: &'a Map<String, Value>, key: &str) -> Option<&'a [Value]> {
    match map.get(key) {
        None | Some(Value::Null) => Some(&[]),
        Some(_) => list(cx, map, key).map(Vec::as_slice),
    }
}

/// An optional true/false field; absent means false.
fn flag(cx: &mut Cx, map: &Map<String, Value>, key: &str) -> Option<bool> {
    match map.get(key) {
        None => Some(false),
        Some(Value::Bool(b)) => Some(*b),
        Some(other) => {
            cx.problem_at(key, ProblemKind::WrongType { expected: Expected::TrueFalse, found: kind(other) });
            None
        }
    }
}

/// Reports ids of the list at the current place that appear more than once, at `[i].id`.
fn check_unique(cx: &mut Cx, ids: &[Option<String>], what: Item) {
    let mut seen = HashSet::new();
    for (i, id) in ids.iter().enumerate() {
        if let Some(id) = id {
            if !seen.insert(id.as_str()) {
                cx.at_index(i, |cx| cx.problem_at("id", ProblemKind::Duplicate { what, id: id.clone() }));
            }
        }
    }
}

/// What the second pass needs to resolve references by id.
struct Names {
    sources: Vec<Option<String>>,
    parties: Vec<Option<String>>,
    levers: Vec<LeverNames>,
}

struct LeverNames {
    id: Option<String>,
    options: Vec<Option<String>>,
}

impl Names {
    /// The source cited at the field `key`, reporting an unknown one.
    fn source(&self, cx: &mut Cx, map: &Map<String, Value>, key: &str) -> Option<usize> {
        let wanted = text(cx, map, key)?;
        let found = self.sources.iter().position(|s| s.as_deref() == Some(wanted.as_str()));
        if found.is_none() {
            cx.problem_at(key, ProblemKind::UnknownSource { id: wanted });
        }
        found
    }

    fn lever_idx(&self, id: &str) -> Option<usize> {
        self.levers.iter().position(|lever| lever.id.as_deref() == Some(id))
    }

    fn lever_ids(&self) -> Vec<String> {
        self.levers.iter().filter_map(|lever| lever.id.clone()).collect()
    }

    fn party_idx(&self, id: &str) -> Option<usize> {
        self.parties.iter().position(|party| party.as_deref() == Some(id))
    }

    /// Resolves `lever` and `option` ids named at the current place, reporting unknown ones.
    fn lever_option(&self, cx: &mut Cx, lever: &str, option: &str) -> Option<(usize, usize)> {
        let Some(lever_idx) = self.lever_idx(lever) else {
            cx.problem(ProblemKind::UnknownLever { lever: lever.to_string(), levers: self.lever_ids() });
            return None;
        };
        let options = &self.levers[lever_idx].options;
        let Some(option_idx) = options.iter().position(|id| id.as_deref() == Some(option)) else {
            let options: Vec<String> = options.iter().flatten().cloned().collect();
            cx.problem(ProblemKind::UnknownOption { option: option.to_string(), lever: lever.to_string(), options });
            return None;
        };
        Some((lever_idx, option_idx))
    }
}

const SCENARIO_FIELDS: &[&str] = &["id", "title", "as_of", "description", "sources", "parties", "levers", "presets"];
const SOURCE_FIELDS: &[&str] = &["id", "outlet", "title", "title_lang", "date", "url", "no_url", "note"];
const LEVER_FIELDS: &[&str] = &["id", "title", "description", "options"];
const OPTION_FIELDS: &[&str] = &["id", "label", "description", "limited"];
const PARTY_FIELDS: &[&str] =
    &["id", "name", "short_name", "abbr", "reservation", "talks", "uncertainty", "stances", "red_lines", "rules"];
const STANCE_FIELDS: &[&str] = &["value", "source", "basis", "note"];
const RED_LINE_FIELDS: &[&str] = &["lever", "option", "reason", "source", "basis"];
const RULE_FIELDS: &[&str] = &["when", "value", "ratification", "reason", "source", "basis"];
const CONDITION_FIELDS: &[&str] = &["lever", "options"];
const PRESET_FIELDS: &[&str] = &["id", "name", "date", "description", "package", "source", "proposed_by"];

fn read_scenario(cx: &mut Cx, root: &Value) -> Option<Scenario> {
    let map = object(cx, root, SCENARIO_FIELDS)?;
    let id = id(cx, map, "id");
    let title = text(cx, map, "title");
    let as_of = date(cx, map, "as_of");
    let description = text(cx, map, "description");

    let (source_ids, sources) = read_sources(cx, map);
    let levers = read_levers(cx, map);
    let heads = read_party_heads(cx, map);
    let names = Names {
        sources: source_ids,
        parties: heads.iter().map(|head| head.id.clone()).collect(),
        levers: levers
            .iter()
            .map(|lever| LeverNames {
                id: lever.id.clone(),
                options: lever.options.iter().map(|option| option.id.clone()).collect(),
            })
            .collect(),
    };

    // Second pass: everything that refers to sources, parties, levers or options by id.
    let levers: Vec<Option<Lever>> = cx.at("levers", |cx| {
        levers
            .into_iter()
            .enumerate()
            .map(|(lever_i, raw)| {
                let options: Vec<Option<LeverOption>> = cx.at_index(lever_i, |cx| {
                    cx.at("options", |cx| {
                        raw.options
                            .into_iter()
                            .enumerate()
                            .map(|(option_i, option)| {
                                cx.at_index(option_i, |cx| read_option(cx, option.id?, option.map?))
                            })
                            .collect()
                    })
                });
                let (title, description) = raw.head?;
                Some(Lever { id: raw.id?, title, description, options: options.into_iter().collect::<Option<_>>()? })
            })
            .collect()
    });
    let parties: Vec<Option<Party>> = cx.at("parties", |cx| {
        heads
            .iter()
            .enumerate()
            .map(|(party_i, head)| {
                let body = cx.at_index(party_i, |cx| read_party_body(cx, &names, head.map?));
                let (name, short_name, abbr) = head.names.clone()?;
                let PartyBody { reservation, talks, uncertainty, values, red_lines, rules } = body?;
                Some(Party {
                    id: head.id.clone()?,
                    name,
                    short_name,
                    abbr,
                    reservation,
                    talks,
                    uncertainty,
                    values,
                    red_lines,
                    rules,
                })
            })
            .collect()
    });
    let presets = read_presets(cx, &names, map);

    // A limited agreement is weighed against talks going on, so every party must say what that is worth.
    let has_limited = levers.iter().flatten().any(|lever| lever.options.iter().any(|option| option.limited));
    if has_limited {
        for (party_i, party) in parties.iter().enumerate() {
            if party.as_ref().is_some_and(|party| party.talks.is_none()) {
                cx.at("parties", |cx| cx.at_index(party_i, |cx| cx.problem_at("talks", ProblemKind::TalksMissing)));
            }
        }
    }

    // Stances are "as of" the scenario's date: a source from after it cannot support one.
    if let Some(as_of) = as_of {
        for (i, source) in sources.iter().enumerate() {
            if let Some(source) = source.as_ref().filter(|s| s.date > as_of) {
                let kind = ProblemKind::AfterAsOf { date: source.date.to_string(), as_of: as_of.to_string() };
                cx.at("sources", |cx| cx.at_index(i, |cx| cx.problem_at("date", kind)));
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
    let Some(items) = list(cx, map, "sources") else {
        return (Vec::new(), Vec::new());
    };
    cx.at("sources", |cx| {
        if items.is_empty() {
            cx.problem(ProblemKind::NoneGiven { what: Item::Source });
        }
        let (ids, sources): (Vec<Option<String>>, Vec<Option<Source>>) = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                cx.at_index(i, |cx| {
                    let Some(map) = object(cx, item, SOURCE_FIELDS) else {
                        return (None, None);
                    };
                    let id = id(cx, map, "id");
                    let outlet = text(cx, map, "outlet");
                    let title = text(cx, map, "title");
                    let title_lang = read_title_lang(cx, map);
                    let date = date(cx, map, "date");
                    let link = read_source_link(cx, map);
                    let note = optional_text(cx, map, "note");
                    let source = (|| {
                        let (id, outlet, title, title_lang) = (id.clone()?, outlet?, title?, title_lang?);
                        Some(Source { id, outlet, title, title_lang, date: date?, link: link?, note })
                    })();
                    (id, source)
                })
            })
            .unzip();
        check_unique(cx, &ids, Item::Source);
        (ids, sources)
    })
}

/// The language a source's title is written in, when given: a language code of two or three
/// lowercase letters (`uk`, `ru`, `pt`). `None` when it is not one; `Some(None)` when not given.
fn read_title_lang(cx: &mut Cx, map: &Map<String, Value>) -> Option<Option<String>> {
    match optional_text(cx, map, "title_lang") {
        Some(code) if (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()) => Some(Some(code)),
        Some(value) => {
            cx.problem_at("title_lang", ProblemKind::BadLanguageCode { value });
            None
        }
        None if map.contains_key("title_lang") => None,
        None => Some(None),
    }
}

/// A source's public address, or the stated reason it has none: exactly one of the two.
fn read_source_link(cx: &mut Cx, map: &Map<String, Value>) -> Option<SourceLink> {
    let url = optional_text(cx, map, "url");
    let no_url = optional_text(cx, map, "no_url");
    match (url, no_url) {
        (Some(url), None) if url.starts_with("https://") => Some(SourceLink::Url(url)),
        (Some(_), None) => {
            cx.problem_at("url", ProblemKind::UrlNotHttps);
            None
        }
        (None, Some(why)) => Some(SourceLink::None { why }),
        (Some(_), Some(_)) => {
            cx.problem_at("no_url", ProblemKind::UrlAndNoUrl);
            None
        }
        (None, None) if map.contains_key("url") || map.contains_key("no_url") => None,
        (None, None) => {
            cx.problem_at("url", ProblemKind::UrlMissing);
            None
        }
    }
}

/// A lever as the first pass reads it: its id, title and description, and its options' ids
/// (kept even when something else about it is wrong, so references to it do not cascade).
struct RawLever<'a> {
    id: Option<String>,
    head: Option<(String, String)>,
    options: Vec<RawOption<'a>>,
}

struct RawOption<'a> {
    id: Option<String>,
    map: Option<&'a Map<String, Value>>,
}

fn read_levers<'a>(cx: &mut Cx, map: &'a Map<String, Value>) -> Vec<RawLever<'a>> {
    let Some(items) = list(cx, map, "levers") else {
        return Vec::new();
    };
    cx.at("levers", |cx| {
        if items.is_empty() {
            cx.problem(ProblemKind::NoneGiven { what: Item::Lever });
        }
        let levers: Vec<RawLever<'a>> =
            items.iter().enumerate().map(|(i, item)| cx.at_index(i, |cx| read_raw_lever(cx, item))).collect();
        let ids: Vec<Option<String>> = levers.iter().map(|lever| lever.id.clone()).collect();
        check_unique(cx, &ids, Item::Lever);
        levers
    })
}

fn read_raw_lever<'a>(cx: &mut Cx, item: &'a Value) -> RawLever<'a> {
    let Some(map) = object(cx, item, LEVER_FIELDS) else {
        return RawLever { id: None, head: None, options: Vec::new() };
    };
    let lever_id = id(cx, map, "id");
    let title = text(cx, map, "title");
    let description = text(cx, map, "description");
    let items = list(cx, map, "options");
    let options: Vec<RawOption<'a>> = cx.at("options", |cx| {
        let options: Vec<RawOption<'a>> = items
            .into_iter()
            .flatten()
            .enumerate()
            .map(|(j, item)| {
                cx.at_index(j, |cx| {
                    let map = object(cx, item, OPTION_FIELDS);
                    RawOption { id: map.and_then(|map| id(cx, map, "id")), map }
                })
            })
            .collect();
        if options.len() < 2 {
            cx.problem(ProblemKind::TooFewOptions);
        } else if options.len() > MAX_OPTIONS {
            cx.problem(ProblemKind::TooManyOptions { max: MAX_OPTIONS });
        }
        match options.first().and_then(|first| first.id.as_ref()) {
            Some(first) if first != UNADDRESSED => {
                let kind = ProblemKind::FirstNotUnaddressed { found: first.clone() };
                cx.at_index(0, |cx| cx.problem_at("id", kind));
            }
            _ => {}
        }
        let ids: Vec<Option<String>> = options.iter().map(|option| option.id.clone()).collect();
        check_unique(cx, &ids, Item::Option);
        options
    });
    let lever_ok = options.len() >= 2 && options.len() <= MAX_OPTIONS;
    RawLever { id: lever_id.filter(|_| lever_ok), head: title.zip(description), options }
}

fn read_option(cx: &mut Cx, id: String, map: &Map<String, Value>) -> Option<LeverOption> {
    let label = text(cx, map, "label");
    let description = text(cx, map, "description");
    let limited = flag(cx, map, "limited");
    if limited == Some(true) && id == UNADDRESSED {
        cx.problem_at("limited", ProblemKind::UnaddressedLimited);
    }
    Some(LeverOption { id, label: label?, description: description?, limited: limited? })
}

/// A party as the first pass reads it: its id and names, and its entry for the second pass.
struct PartyHead<'a> {
    id: Option<String>,
    /// Name, short name and abbreviation.
    names: Option<(String, String, String)>,
    map: Option<&'a Map<String, Value>>,
}

fn read_party_heads<'a>(cx: &mut Cx, map: &'a Map<String, Value>) -> Vec<PartyHead<'a>> {
    let Some(items) = list(cx, map, "parties") else {
        return Vec::new();
    };
    cx.at("parties", |cx| {
        if items.is_empty() {
            cx.problem(ProblemKind::NoneGiven { what: Item::Party });
        }
        let heads: Vec<PartyHead<'a>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                cx.at_index(i, |cx| {
                    let Some(map) = object(cx, item, PARTY_FIELDS) else {
                        return PartyHead { id: None, names: None, map: None };
                    };
                    let party_id = id(cx, map, "id");
                    let name = text(cx, map, "name");
                    let short_name = text(cx, map, "short_name");
                    let abbr = match optional_text(cx, map, "abbr") {
                        Some(abbr) if is_abbreviation(&abbr) => Some(abbr),
                        Some(value) => {
                            cx.problem_at("abbr", ProblemKind::BadAbbreviation { value });
                            None
                        }
                        None => short_name
                            .as_deref()
                            .map(|short| default_abbreviation(short, party_id.as_deref().unwrap_or(""))),
                    };
                    let names = name.zip(short_name).zip(abbr).map(|((name, short), abbr)| (name, short, abbr));
                    PartyHead { id: party_id, names, map: Some(map) }
                })
            })
            .collect();
        let ids: Vec<Option<String>> = heads.iter().map(|head| head.id.clone()).collect();
        check_unique(cx, &ids, Item::Party);
        heads
    })
}

/// One to three capital letters or digits: a party's mark beside each option.
fn is_abbreviation(text: &str) -> bool {
    (1..=3).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// A party's abbreviation when its file gives none: the first two Latin letters or digits of its
/// short name, or of its id when the short name has none (in Cyrillic, say), in capitals; so it
/// is always one `is_abbreviation` accepts, and the page needs no Unicode case tables.
fn default_abbreviation(short_name: &str, id: &str) -> String {
    let first_two = |text: &str| -> String {
        text.chars().filter(char::is_ascii_alphanumeric).take(2).map(|c| c.to_ascii_uppercase()).collect()
    };
    Some(first_two(short_name)).filter(|abbr| !abbr.is_empty()).unwrap_or_else(|| first_two(id))
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

fn read_party_body(cx: &mut Cx, names: &Names, map: &Map<String, Value>) -> Option<PartyBody> {
    let reservation = match map.get("reservation") {
        None => {
            cx.problem_at("reservation", ProblemKind::Missing);
            None
        }
        Some(value) => cx.at("reservation", |cx| read_stance(cx, names, value)),
    };
    let talks = match map.get("talks") {
        None => Some(None),
        Some(value) => cx.at("talks", |cx| read_stance(cx, names, value)).map(Some),
    };
    let uncertainty = number(cx, map, "uncertainty");
    if uncertainty.is_some_and(|u| u <= 0.0) {
        cx.problem_at("uncertainty", ProblemKind::UncertaintyNotPositive);
    }
    let values = cx.at("stances", |cx| read_stances(cx, names, map.get("stances")));
    let red_lines = read_red_lines(cx, names, map);
    let rules = read_rules(cx, names, map);
    Some(PartyBody {
        reservation: reservation?,
        talks: talks?,
        uncertainty: uncertainty.filter(|u| *u > 0.0)?,
        values: values?,
        red_lines: red_lines?,
        rules: rules?,
    })
}

/// `{ lever: { option: stance } }` into `values[lever_idx][option_idx]`.
fn read_stances(cx: &mut Cx, names: &Names, stances: Option<&Value>) -> Option<Vec<Vec<Option<Stance>>>> {
    let mut values: Vec<Vec<Option<Stance>>> =
        names.levers.iter().map(|lever| vec![None; lever.options.len()]).collect();
    let by_lever = match stances {
        None => {
            cx.problem(ProblemKind::Missing);
            return None;
        }
        Some(Value::Object(by_lever)) => by_lever,
        Some(other) => {
            cx.problem(ProblemKind::WrongType { expected: Expected::StancesByLever, found: kind(other) });
            return None;
        }
    };
    let mut ok = true;
    for (lever, by_option) in by_lever {
        ok &= cx.at(lever, |cx| {
            let Some(lever_idx) = names.lever_idx(lever) else {
                cx.problem(ProblemKind::UnknownLever { lever: lever.clone(), levers: names.lever_ids() });
                return false;
            };
            let Some(by_option) = by_option.as_object() else {
                cx.problem(ProblemKind::WrongType { expected: Expected::OptionValues, found: kind(by_option) });
                return false;
            };
            let mut ok = true;
            for (option, stance) in by_option {
                ok &= cx.at(option, |cx| {
                    let Some((_, option_idx)) = names.lever_option(cx, lever, option) else { return false };
                    let stance = read_stance(cx, names, stance);
                    let read = stance.is_some();
                    values[lever_idx][option_idx] = stance;
                    read
                });
            }
            ok
        });
    }
    ok.then_some(values)
}

fn read_stance(cx: &mut Cx, names: &Names, value: &Value) -> Option<Stance> {
    let map = object(cx, value, STANCE_FIELDS)?;
    let number = number(cx, map, "value");
    let source_idx = names.source(cx, map, "source");
    let basis = basis(cx, map);
    let note = text(cx, map, "note");
    Some(Stance { value: number?, source_idx: source_idx?, basis: basis?, note: note? })
}

/// `"stated"` (the source says it) or `"inferred"` (our reading of a principle it states).
fn basis(cx: &mut Cx, map: &Map<String, Value>) -> Option<Basis> {
    match text(cx, map, "basis")?.as_str() {
        "stated" => Some(Basis::Stated),
        "inferred" => Some(Basis::Inferred),
        other => {
            cx.problem_at("basis", ProblemKind::BadBasis { value: other.to_string() });
            None
        }
    }
}

fn read_red_lines(cx: &mut Cx, names: &Names, map: &Map<String, Value>) -> Option<Vec<RedLine>> {
    let items = optional_list(cx, map, "red_lines")?;
    let red_lines: Vec<Option<RedLine>> = cx.at("red_lines", |cx| {
        items.iter().enumerate().map(|(i, item)| cx.at_index(i, |cx| read_red_line(cx, names, item))).collect()
    });
    red_lines.into_iter().collect()
}

fn read_red_line(cx: &mut Cx, names: &Names, item: &Value) -> Option<RedLine> {
    let map = object(cx, item, RED_LINE_FIELDS)?;
    let lever = text(cx, map, "lever");
    let option = text(cx, map, "option");
    let reason = text(cx, map, "reason");
    let source_idx = names.source(cx, map, "source");
    let basis = basis(cx, map);
    let (lever_idx, option_idx) = names.lever_option(cx, &lever?, &option?)?;
    if option_idx == 0 {
        cx.problem_at("option", ProblemKind::UnaddressedRedLine);
        return None;
    }
    let choice = Choice { lever_idx, option_idx };
    Some(RedLine { choice, reason: reason?, source_idx: source_idx?, basis: basis? })
}

fn read_rules(cx: &mut Cx, names: &Names, map: &Map<String, Value>) -> Option<Vec<Rule>> {
    let items = optional_list(cx, map, "rules")?;
    let rules: Vec<Option<Rule>> = cx.at("rules", |cx| {
        items.iter().enumerate().map(|(i, item)| cx.at_index(i, |cx| read_rule(cx, names, item))).collect()
    });
    rules.into_iter().collect()
}

fn read_rule(cx: &mut Cx, names: &Names, item: &Value) -> Option<Rule> {
    let map = object(cx, item, RULE_FIELDS)?;
    let when = read_conditions(cx, names, map);
    let value = match map.get("value") {
        None => Some(0.0),
        Some(_) => number(cx, map, "value"),
    };
    let ratification = optional_text(cx, map, "ratification");
    if !map.contains_key("value") && ratification.is_none() {
        cx.problem(ProblemKind::RuleNeedsEffect);
    }
    let reason = text(cx, map, "reason");
    let source_idx = names.source(cx, map, "source");
    let basis = basis(cx, map);
    Some(Rule { when: when?, value: value?, ratification, reason: reason?, source_idx: source_idx?, basis: basis? })
}

fn read_conditions(cx: &mut Cx, names: &Names, map: &Map<String, Value>) -> Option<Vec<Condition>> {
    let items = list(cx, map, "when")?;
    cx.at("when", |cx| {
        if items.is_empty() {
            cx.problem(ProblemKind::RuleNeedsCondition);
            return None;
        }
        let conditions: Vec<Option<Condition>> =
            items.iter().enumerate().map(|(i, item)| cx.at_index(i, |cx| read_condition(cx, names, item))).collect();
        conditions.into_iter().collect()
    })
}

fn read_condition(cx: &mut Cx, names: &Names, item: &Value) -> Option<Condition> {
    let map = object(cx, item, CONDITION_FIELDS)?;
    let lever = text(cx, map, "lever")?;
    let options = list(cx, map, "options")?;
    if options.is_empty() {
        cx.problem_at("options", ProblemKind::ConditionNeedsOption);
        return None;
    }
    let mut lever_idx = None;
    let mut option_idxs = Vec::new();
    let mut ok = true;
    cx.at("options", |cx| {
        for (k, option) in options.iter().enumerate() {
            cx.at_index(k, |cx| {
                let Some(option) = option.as_str() else {
                    cx.problem(ProblemKind::WrongType { expected: Expected::OptionId, found: kind(option) });
                    ok = false;
                    return;
                };
                match names.lever_option(cx, &lever, option) {
                    Some((l, o)) => {
                        lever_idx = Some(l);
                        option_idxs.push(o);
                    }
                    None => ok = false,
                }
            });
        }
    });
    ok.then_some(())?;
    Some(Condition { lever_idx: lever_idx?, option_idxs })
}

/// An optional list of party ids at the field `key`, each known and listed once.
fn read_party_list(cx: &mut Cx, names: &Names, map: &Map<String, Value>, key: &str) -> Option<Vec<usize>> {
    let items = optional_list(cx, map, key)?;
    let mut party_idxs = Vec::new();
    let mut ok = true;
    cx.at(key, |cx| {
        for (k, item) in items.iter().enumerate() {
            cx.at_index(k, |cx| match item.as_str() {
                Some(party) => match names.party_idx(party) {
                    Some(party_idx) if party_idxs.contains(&party_idx) => {
                        cx.problem(ProblemKind::PartyTwice { party: party.to_string() });
                        ok = false;
                    }
                    Some(party_idx) => party_idxs.push(party_idx),
                    None => {
                        cx.problem(ProblemKind::UnknownParty { party: party.to_string() });
                        ok = false;
                    }
                },
                None => {
                    cx.problem(ProblemKind::WrongType { expected: Expected::PartyId, found: kind(item) });
                    ok = false;
                }
            });
        }
    });
    ok.then_some(party_idxs)
}

fn read_presets(cx: &mut Cx, names: &Names, map: &Map<String, Value>) -> Option<Vec<Preset>> {
    let items = optional_list(cx, map, "presets")?;
    cx.at("presets", |cx| {
        let presets: Vec<Option<Preset>> =
            items.iter().enumerate().map(|(i, item)| cx.at_index(i, |cx| read_preset(cx, names, item))).collect();
        let ids: Vec<Option<String>> = presets.iter().map(|p| p.as_ref().map(|p| p.id.clone())).collect();
        check_unique(cx, &ids, Item::Preset);
        presets.into_iter().collect()
    })
}

fn read_preset(cx: &mut Cx, names: &Names, item: &Value) -> Option<Preset> {
    let map = object(cx, item, PRESET_FIELDS)?;
    let proposed_by = read_party_list(cx, names, map, "proposed_by");
    let preset_id = id(cx, map, "id");
    let name = text(cx, map, "name");
    let date = date(cx, map, "date");
    let description = text(cx, map, "description");
    let source_idx = names.source(cx, map, "source");
    let package = cx.at("package", |cx| read_package(cx, names, map.get("package")));
    Some(Preset {
        id: preset_id?,
        name: name?,
        date: date?,
        description: description?,
        package: package?,
        source_idx: source_idx?,
        proposed_by: proposed_by?,
    })
}

/// `{ lever: option }` at the current place; levers not named are `unaddressed`.
fn read_package(cx: &mut Cx, names: &Names, value: Option<&Value>) -> Option<Package> {
    let choices = match value {
        Some(Value::Object(choices)) => choices,
        None => {
            cx.problem(ProblemKind::Missing);
            return None;
        }
        Some(other) => {
            cx.problem(ProblemKind::WrongType { expected: Expected::LeverOptions, found: kind(other) });
            return None;
        }
    };
    let mut package = Package::unaddressed(names.levers.len());
    let mut ok = true;
    for (lever, option) in choices {
        cx.at(lever, |cx| {
            let Some(option) = option.as_str() else {
                cx.problem(ProblemKind::WrongType { expected: Expected::OptionId, found: kind(option) });
                ok = false;
                return;
            };
            match names.lever_option(cx, lever, option) {
                Some((lever_idx, option_idx)) => package.choices[lever_idx] = option_idx as u8,
                None => ok = false,
            }
        });
    }
    ok.then_some(package)
}
