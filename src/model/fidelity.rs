//! How often the model agrees with what parties actually did: real proposals written as packages,
//! each party's documented public response, and the share of responses the model gets right.
//!
//! Pure: the caller reads the file. A response set never changes a stance; it only measures them.

use serde::Deserialize;
use std::collections::BTreeMap;

use super::evaluate::{evaluate, Verdict};
use super::load::{Problem, ProblemKind};
use super::scenario::{Date, Package, Scenario};

/// What a party publicly answered to a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Response {
    Accepted,
    /// Conditional or ambiguous: neither a yes nor a no.
    Conditional,
    Rejected,
}

impl Response {
    /// The verdict that matches this response.
    pub fn verdict(self) -> Verdict {
        match self {
            Response::Accepted => Verdict::Accept,
            Response::Conditional => Verdict::Uncertain,
            Response::Rejected => Verdict::Reject,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Response::Accepted => "accepted",
            Response::Conditional => "conditional",
            Response::Rejected => "rejected",
        }
    }
}

/// A documented response set, validated against the scenario it is scored with.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseSet {
    pub sources: Vec<ResponseSource>,
    pub cases: Vec<Case>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseSource {
    pub id: String,
    pub outlet: String,
    pub title: String,
    pub date: String,
    pub url: String,
}

/// A real proposal, written as a package in the scenario's vocabulary.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub id: String,
    pub name: String,
    pub date: String,
    /// What was proposed and how the package approximates it.
    pub description: String,
    pub proposed_by: Vec<usize>,
    pub package: Package,
    pub responses: Vec<CaseResponse>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CaseResponse {
    pub party_idx: usize,
    pub response: Response,
    pub source_idx: usize,
    pub note: String,
}

/// How close the model's verdict came to a documented response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Agreement {
    /// The verdict matches the response.
    Exact,
    /// The neighbouring band: undecided against a yes or a no, or the other way round.
    OneBandOff,
    /// A yes against a no.
    Opposite,
}

impl Agreement {
    /// What it counts for: 1, 0.5 or 0.
    pub fn score(self) -> f64 {
        match self {
            Agreement::Exact => 1.0,
            Agreement::OneBandOff => 0.5,
            Agreement::Opposite => 0.0,
        }
    }
}

/// One response compared with the model's verdict on the case's package.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    pub case_idx: usize,
    pub response_idx: usize,
    pub verdict: Verdict,
    pub probability: f64,
    pub agreement: Agreement,
}

/// The model's agreement with a response set.
#[derive(Debug, Clone, PartialEq)]
pub struct Fidelity {
    pub scored: Vec<Scored>,
}

impl Fidelity {
    /// The share of the best possible score, from 0 to 1 (0 for an empty set).
    pub fn share(&self) -> f64 {
        share(self.scored.iter())
    }

    /// The share over the responses of one party.
    pub fn share_for(&self, set: &ResponseSet, party_idx: usize) -> f64 {
        share(self.scored.iter().filter(|s| set.cases[s.case_idx].responses[s.response_idx].party_idx == party_idx))
    }

    /// How many responses agree with the model in this way.
    pub fn count(&self, agreement: Agreement) -> usize {
        self.scored.iter().filter(|s| s.agreement == agreement).count()
    }
}

fn share<'a>(scored: impl Iterator<Item = &'a Scored>) -> f64 {
    let (sum, n) = scored.fold((0.0, 0usize), |(sum, n), s| (sum + s.agreement.score(), n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// How the model's verdict compares with a response.
pub fn agreement(verdict: Verdict, response: Response) -> Agreement {
    match (verdict as i32 - response.verdict() as i32).abs() {
        0 => Agreement::Exact,
        1 => Agreement::OneBandOff,
        _ => Agreement::Opposite,
    }
}

/// Scores every response in the set with the scenario's verdict on its case's package.
pub fn score(scenario: &Scenario, set: &ResponseSet) -> Fidelity {
    let mut scored = Vec::new();
    for (case_idx, case) in set.cases.iter().enumerate() {
        let outcome = evaluate(scenario, &case.package);
        for (response_idx, response) in case.responses.iter().enumerate() {
            let party = &outcome.parties[response.party_idx];
            scored.push(Scored {
                case_idx,
                response_idx,
                verdict: party.verdict,
                probability: party.probability,
                agreement: agreement(party.verdict, response.response),
            });
        }
    }
    Fidelity { scored }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSet {
    scenario: String,
    sources: Vec<ResponseSource>,
    cases: Vec<RawCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    id: String,
    name: String,
    date: String,
    description: String,
    #[serde(default)]
    proposed_by: Vec<String>,
    package: BTreeMap<String, String>,
    responses: Vec<RawResponse>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResponse {
    party: String,
    response: String,
    source: String,
    note: String,
}

impl ResponseSet {
    /// Parses a response set and resolves it against `scenario`: every party, lever, option and
    /// source must exist, every source must have an `https://` address, and no response may
    /// cite a source dated after the scenario's `as_of` (it could not have been known then).
    pub fn from_json(text: &str, scenario: &Scenario) -> Result<ResponseSet, Vec<Problem>> {
        let raw: RawSet = serde_json::from_str(text).map_err(|err| {
            vec![Problem { path: String::new(), kind: ProblemKind::NotAResponseSet { detail: err.to_string() } }]
        })?;
        let mut problems = Vec::new();
        let mut problem = |path: String, kind: ProblemKind| problems.push(Problem { path, kind });
        if raw.scenario != scenario.id {
            problem(
                "scenario".into(),
                ProblemKind::WrongScenario { found: raw.scenario.clone(), expected: scenario.id.clone() },
            );
        }
        for (i, source) in raw.sources.iter().enumerate() {
            if !source.url.starts_with("https://") {
                problem(format!("sources[{i}].url"), ProblemKind::UrlNotHttps);
            }
        }
        let party = |id: &str| scenario.party_idx(id);
        let mut cases = Vec::new();
        for (case_i, raw_case) in raw.cases.iter().enumerate() {
            let path = format!("cases[{case_i}]");
            match Date::parse(&raw_case.date) {
                None => problem(format!("{path}.date"), ProblemKind::BadDate { value: raw_case.date.clone() }),
                Some(date) if date > scenario.as_of => problem(
                    format!("{path}.date"),
                    ProblemKind::AfterAsOf { date: date.to_string(), as_of: scenario.as_of.to_string() },
                ),
                Some(_) => {}
            }
            let mut package = scenario.empty_package();
            for (lever, option) in &raw_case.package {
                match scenario.lever_idx(lever).and_then(|l| Some((l, scenario.levers[l].option_idx(option)?))) {
                    Some((lever_idx, option_idx)) => package.choices[lever_idx] = option_idx as u8,
                    None => problem(
                        format!("{path}.package.{lever}"),
                        ProblemKind::UnknownLeverOrOption { option: option.clone() },
                    ),
                }
            }
            let mut proposed_by = Vec::new();
            for (k, id) in raw_case.proposed_by.iter().enumerate() {
                match party(id) {
                    Some(party_idx) => proposed_by.push(party_idx),
                    None => {
                        problem(format!("{path}.proposed_by[{k}]"), ProblemKind::UnknownParty { party: id.clone() })
                    }
                }
            }
            let mut responses = Vec::new();
            for (k, raw_response) in raw_case.responses.iter().enumerate() {
                let path = format!("{path}.responses[{k}]");
                let party_idx = party(&raw_response.party);
                if party_idx.is_none() {
                    problem(format!("{path}.party"), ProblemKind::UnknownParty { party: raw_response.party.clone() });
                }
                let response = match raw_response.response.as_str() {
                    "accepted" => Some(Response::Accepted),
                    "conditional" => Some(Response::Conditional),
                    "rejected" => Some(Response::Rejected),
                    other => {
                        problem(format!("{path}.response"), ProblemKind::BadResponse { value: other.to_string() });
                        None
                    }
                };
                let source_idx = raw.sources.iter().position(|s| s.id == raw_response.source);
                match source_idx {
                    None => problem(
                        format!("{path}.source"),
                        ProblemKind::UnknownSource { id: raw_response.source.clone() },
                    ),
                    Some(s) if Date::parse(&raw.sources[s].date).is_none_or(|date| date > scenario.as_of) => problem(
                        format!("{path}.source"),
                        ProblemKind::AfterAsOf { date: raw.sources[s].date.clone(), as_of: scenario.as_of.to_string() },
                    ),
                    Some(_) => {}
                }
                if let (Some(party_idx), Some(response), Some(source_idx)) = (party_idx, response, source_idx) {
                    responses.push(CaseResponse { party_idx, response, source_idx, note: raw_response.note.clone() });
                }
            }
            cases.push(Case {
                id: raw_case.id.clone(),
                name: raw_case.name.clone(),
                date: raw_case.date.clone(),
                description: raw_case.description.clone(),
                proposed_by,
                package,
                responses,
            });
        }
        if problems.is_empty() {
            Ok(ResponseSet { sources: raw.sources, cases })
        } else {
            Err(problems)
        }
    }
}
