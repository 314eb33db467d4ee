//! A scenario's texts in another language: an overlay file in a folder beside the scenario
//! (`assets/scenarios/<lang>/<id>.json`) that gives, for each text id, its translation. Text ids
//! are built from the scenario's own ids (`levers.nato.options.renounced.label`,
//! `parties.russia.stances.nato.renounced`), so a translation follows the text it translates, not
//! its position in the file. Numbers, red lines, rules, dates and sources' titles are never in an
//! overlay: a translation can change words only. A source's outlet line is translated around the
//! outlet's name, which stays as the outlet writes it ("Kremlin statement" → «Заява Кремля»,
//! "Reuters" → "Reuters").
//!
//! File format: `{ "scenario": "<id>", "lang": "uk", "texts": { "<text id>": "<text>", … } }`.

use std::collections::BTreeMap;

use serde_json::Value;

use super::lang::Lang;
use super::load::{kind, not_json, Expected, Problem, ProblemKind};
use super::scenario::{Scenario, SourceLink};

/// The language scenario files are written in; every other language is an overlay.
pub const SCENARIO_LANG: Lang = Lang::En;

/// One language's texts for one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlay {
    pub scenario: String,
    pub lang: Lang,
    pub texts: BTreeMap<String, String>,
}

/// Every reader-facing text of a scenario with its id, in file order. Source titles stay in their
/// own language and have no id.
pub fn texts(scenario: &Scenario) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for_each_text(&mut scenario.clone(), |id, text| out.push((id, text.clone())));
    out
}

/// The scenario with its texts taken from `given`, in the order `texts` lists them; `Err(at)`:
/// the first place `given` has no text for (its place in that order), or, when `given` has more
/// texts than the scenario has places, their number.
pub fn with_texts(scenario: &Scenario, given: &[String]) -> Result<Scenario, usize> {
    let mut out = scenario.clone();
    let (mut at, mut missing) = (0, None);
    for_each_text(&mut out, |_, text| {
        match given.get(at) {
            Some(given) => text.clone_from(given),
            None => missing = missing.or(Some(at)),
        }
        at += 1;
    });
    match missing {
        Some(at) => Err(at),
        None if given.len() > at => Err(at),
        None => Ok(out),
    }
}

/// Calls `visit` with every reader-facing text of the scenario and its id: the one place text ids
/// are made, for listing them and for replacing them alike.
fn for_each_text(scenario: &mut Scenario, mut visit: impl FnMut(String, &mut String)) {
    visit("title".into(), &mut scenario.title);
    visit("description".into(), &mut scenario.description);
    for source in &mut scenario.sources {
        visit(format!("sources.{}.outlet", source.id), &mut source.outlet);
        if let Some(note) = &mut source.note {
            visit(format!("sources.{}.note", source.id), note);
        }
        if let SourceLink::None { why } = &mut source.link {
            visit(format!("sources.{}.no_url", source.id), why);
        }
    }
    let levers = &scenario.levers;
    for party in &mut scenario.parties {
        let at = format!("parties.{}", party.id);
        visit(format!("{at}.name"), &mut party.name);
        visit(format!("{at}.short_name"), &mut party.short_name);
        visit(format!("{at}.reservation"), &mut party.reservation.note);
        if let Some(talks) = &mut party.talks {
            visit(format!("{at}.talks"), &mut talks.note);
        }
        for (lever, values) in levers.iter().zip(&mut party.values) {
            for (option, stance) in lever.options.iter().zip(values) {
                if let Some(stance) = stance {
                    visit(format!("{at}.stances.{}.{}", lever.id, option.id), &mut stance.note);
                }
            }
        }
        for red_line in &mut party.red_lines {
            let lever = &levers[red_line.choice.lever_idx];
            let option = &lever.options[red_line.choice.option_idx];
            visit(format!("{at}.red_lines.{}.{}", lever.id, option.id), &mut red_line.reason);
        }
        for (idx, rule) in party.rules.iter_mut().enumerate() {
            visit(format!("{at}.rules.{idx}"), &mut rule.reason);
            if let Some(step) = &mut rule.ratification {
                visit(format!("{at}.rules.{idx}.ratification"), step);
            }
        }
    }
    for lever in &mut scenario.levers {
        let at = format!("levers.{}", lever.id);
        visit(format!("{at}.title"), &mut lever.title);
        visit(format!("{at}.description"), &mut lever.description);
        for option in &mut lever.options {
            visit(format!("{at}.options.{}.label", option.id), &mut option.label);
            visit(format!("{at}.options.{}.description", option.id), &mut option.description);
        }
    }
    for preset in &mut scenario.presets {
        visit(format!("presets.{}.name", preset.id), &mut preset.name);
        visit(format!("presets.{}.description", preset.id), &mut preset.description);
    }
}

/// A short, stable fingerprint of an English text (FNV-1a, 64 bits, in hex): what a translation was
/// made from, so a later change of the English shows up (`stale`).
pub fn fingerprint(text: &str) -> String {
    let mut hash = super::fnv::Fnv::default();
    hash.bytes(text.as_bytes());
    hash.hex()
}

/// The fingerprint of every text of the scenario, by id: what a translation is made from.
pub fn fingerprints(scenario: &Scenario) -> BTreeMap<String, String> {
    texts(scenario).into_iter().map(|(id, text)| (id, fingerprint(&text))).collect()
}

/// The ids whose English text is no longer the one the translation was made from (`made_from`:
/// id → fingerprint, as `fingerprints` wrote it then), or that have no record: their translation
/// may say something the English no longer says.
pub fn stale(scenario: &Scenario, made_from: &BTreeMap<String, String>) -> Vec<String> {
    fingerprints(scenario).into_iter().filter(|(id, now)| made_from.get(id) != Some(now)).map(|(id, _)| id).collect()
}

fn problem(path: impl Into<String>, kind: ProblemKind) -> Problem {
    Problem { path: path.into(), kind }
}

impl Overlay {
    /// Reads an overlay file: every problem at once, each with its path. Never panics. A file of
    /// the right shape is read in one typed pass; any other is read again, field by field, to say
    /// what is wrong.
    pub fn from_json(text: &str) -> Result<Overlay, Vec<Problem>> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Plain {
            scenario: String,
            lang: String,
            texts: BTreeMap<String, String>,
        }
        if let Ok(plain) = serde_json::from_str::<Plain>(text) {
            let lang = Lang::from_code(&plain.lang);
            if let Some(lang) = lang.filter(|_| plain.texts.values().all(|text| !text.trim().is_empty())) {
                return Ok(Overlay { scenario: plain.scenario, lang, texts: plain.texts });
            }
        }
        Overlay::from_json_in_detail(text)
    }

    /// Every problem of a file that is not a plain overlay.
    fn from_json_in_detail(text: &str) -> Result<Overlay, Vec<Problem>> {
        let root: Value = serde_json::from_str(text).map_err(|err| vec![problem("", not_json(&err))])?;
        let Value::Object(map) = &root else {
            return Err(vec![problem("", ProblemKind::WrongType { expected: Expected::Object, found: kind(&root) })]);
        };
        let mut problems = Vec::new();
        const FIELDS: [&str; 3] = ["scenario", "lang", "texts"];
        for key in map.keys().filter(|key| !FIELDS.contains(&key.as_str())) {
            problems.push(problem(key.clone(), ProblemKind::UnknownField { allowed: FIELDS.to_vec() }));
        }
        let mut text_at = |key: &str| match map.get(key) {
            None => {
                problems.push(problem(key, ProblemKind::Missing));
                None
            }
            Some(Value::String(text)) => Some(text.clone()),
            Some(other) => {
                problems.push(problem(key, ProblemKind::WrongType { expected: Expected::Text, found: kind(other) }));
                None
            }
        };
        let scenario = text_at("scenario");
        let lang = text_at("lang").and_then(|code| {
            let lang = Lang::from_code(&code);
            if lang.is_none() {
                problems.push(problem("lang", ProblemKind::BadId { value: code }));
            }
            lang
        });
        let mut texts = BTreeMap::new();
        match map.get("texts") {
            None => problems.push(problem("texts", ProblemKind::Missing)),
            Some(Value::Object(entries)) => {
                for (id, value) in entries {
                    match value {
                        Value::String(text) if text.trim().is_empty() => {
                            problems.push(problem(format!("texts.{id}"), ProblemKind::Empty))
                        }
                        Value::String(text) => {
                            texts.insert(id.clone(), text.clone());
                        }
                        other => problems.push(problem(
                            format!("texts.{id}"),
                            ProblemKind::WrongType { expected: Expected::Text, found: kind(other) },
                        )),
                    }
                }
            }
            Some(other) => problems
                .push(problem("texts", ProblemKind::WrongType { expected: Expected::Object, found: kind(other) })),
        }
        match (scenario, lang) {
            (Some(scenario), Some(lang)) if problems.is_empty() => Ok(Overlay { scenario, lang, texts }),
            _ => Err(problems),
        }
    }

    /// What does not match the scenario: another scenario's file, every text the scenario has and
    /// this language lacks (its id as the path), and every text given for an id the scenario does
    /// not have.
    pub fn check(&self, scenario: &Scenario) -> Vec<Problem> {
        if self.scenario != scenario.id {
            return vec![problem(
                "scenario",
                ProblemKind::OverlayForOther { found: self.scenario.clone(), expected: scenario.id.clone() },
            )];
        }
        let ids = texts(scenario);
        let mut problems: Vec<Problem> = ids
            .iter()
            .filter(|(id, _)| !self.texts.contains_key(id))
            .map(|(id, _)| problem(id.clone(), ProblemKind::NoText { lang: self.lang }))
            .collect();
        // Every text given has a place unless more are given than found: only then look for the
        // ones that have none (this runs in the page, where a full comparison would cost).
        if self.texts.len() > ids.len() - problems.len() {
            let unknown = self.texts.keys().filter(|id| !ids.iter().any(|(known, _)| known == *id));
            problems.extend(unknown.map(|id| problem(format!("texts.{id}"), ProblemKind::NoSuchText)));
        }
        problems
    }

    /// The scenario with every text this overlay gives in its language; a text it lacks stays in
    /// English (`check` lists them). Numbers, ids, dates and sources' titles are untouched; another
    /// scenario's overlay changes nothing.
    pub fn apply(&self, scenario: &Scenario) -> Scenario {
        let mut out = scenario.clone();
        if self.scenario != scenario.id {
            return out;
        }
        for_each_text(&mut out, |id, text| {
            if let Some(translated) = self.texts.get(&id) {
                text.clone_from(translated);
            }
        });
        out
    }
}
