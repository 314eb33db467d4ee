//! The `evaluate` report: one value built from the model, printed as text or as JSON.

use std::time::Duration;

use dealscope::model::fidelity::{Agreement, Fidelity, ResponseSet};
use dealscope::model::search::SearchResult;
use dealscope::model::{
    evaluate, explain_all, timeline, Basis, Cause, Choice, Explanation, Package, Scenario, WalkAway, Words,
};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

#[derive(Serialize)]
pub struct Report {
    pub scenario: String,
    pub package: PackageMap,
    pub parties: Vec<PartyReport>,
    pub all_accept_probability: f64,
}

/// Every lever with its chosen option, in scenario order.
pub struct PackageMap(pub Vec<(String, String)>);

impl PackageMap {
    /// The terms the package addresses, as `lever=option`.
    pub fn chosen(&self) -> Vec<String> {
        self.0
            .iter()
            .filter(|(_, option)| option != "unaddressed")
            .map(|(lever, option)| format!("{lever}={option}"))
            .collect()
    }

    /// The same joined, or that it addresses none (in English: the timeline report's heading).
    pub fn chosen_text(&self) -> String {
        let chosen = self.chosen();
        if chosen.is_empty() {
            Words::english().get("report-every-term-open")
        } else {
            chosen.join(", ")
        }
    }
}

impl Serialize for PackageMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (lever, option) in &self.0 {
            map.serialize_entry(lever, option)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
pub struct PartyReport {
    pub id: String,
    pub probability: f64,
    /// The probability as the page words it ("62%", "under 1%").
    pub percent: String,
    pub verdict: &'static str,
    pub margin: f64,
    /// What the package is weighed against: `no-settlement`, or `talks-go-on` for a limited agreement.
    pub against: WalkAwayReport,
    pub red_lines: Vec<RedLineReport>,
    pub contributions: Vec<ContributionReport>,
    pub ratification: Vec<String>,
    pub flips: Vec<FlipReport>,
    /// Terms the package addresses on which the party had stated no view by the scenario's date.
    pub no_stance: Vec<ChoiceReport>,
}

#[derive(Serialize)]
pub struct WalkAwayReport {
    pub kind: &'static str,
    pub value: f64,
    pub source: String,
    pub basis: &'static str,
    pub note: String,
}

#[derive(Serialize)]
pub struct ChoiceReport {
    pub lever: String,
    pub option: String,
}

#[derive(Serialize)]
pub struct RedLineReport {
    pub lever: String,
    pub option: String,
    pub reason: String,
    pub source: String,
    pub basis: &'static str,
}

/// For a rule, `lever` and `option` join the rule's levers and options with `+`,
/// and `rule` gives its reason.
#[derive(Serialize)]
pub struct ContributionReport {
    pub lever: String,
    pub option: String,
    pub value: f64,
    pub source: String,
    /// `stated` (the source says it) or `inferred` (our reading of a principle it states).
    pub basis: &'static str,
    /// What the source says, or the inference written out; a rule's reason is in `rule`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

#[derive(Serialize)]
pub struct FlipReport {
    pub lever: String,
    pub option: String,
    pub verdict: &'static str,
}

/// Rounds for output, so reports are stable and readable (4 places for probabilities).
fn round(value: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (value * scale).round() / scale
}

impl Report {
    pub fn new(scenario: &Scenario, package: &Package) -> Report {
        let explanations = explain_all(scenario, package);
        let all_accept = evaluate(scenario, package).all_accept_probability;
        Report {
            scenario: scenario.id.clone(),
            package: package_map(scenario, package),
            parties: explanations.iter().map(|e| party_report(scenario, e)).collect(),
            all_accept_probability: round(all_accept, 4),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serialises")
    }

    /// The report for people, in `words`' language (ids, dates and numbers as in the JSON).
    pub fn to_text(&self, scenario: &Scenario, words: &Words) -> String {
        let text = |id: &str, args: &[(&str, dealscope::model::words::Arg)]| words.format(id, args);
        let decimal = |x: String| x.replace('.', &words.get("number-decimal"));
        let chosen = self.package.chosen();
        let terms = if chosen.is_empty() { words.get("report-every-term-open") } else { chosen.join(", ") };
        let mut out = text(
            "report-head",
            &[
                ("title", (&scenario.title).into()),
                ("id", (&scenario.id).into()),
                ("date", scenario.as_of.to_string().into()),
            ],
        );
        out.push('\n');
        out.push_str(&text("report-package", &[("terms", terms.into())]));
        out.push('\n');
        for (party, report) in scenario.parties.iter().zip(&self.parties) {
            let verdict = text("report-verdict", &[("verdict", report.verdict.into())]);
            let line = text(
                "report-party",
                &[
                    ("party", (&party.name).into()),
                    ("verdict", verdict.into()),
                    ("chance", format!("{:.0}%", report.probability * 100.0).into()),
                    ("margin", decimal(format!("{:+.1}", report.margin)).into()),
                ],
            );
            out.push_str(&format!("\n{line}\n"));
            for red_line in &report.red_lines {
                let term = format!("{}={}", red_line.lever, red_line.option);
                let line = text(
                    "report-red-line",
                    &[
                        ("term", term.into()),
                        ("reason", (&red_line.reason).into()),
                        ("source", (&red_line.source).into()),
                    ],
                );
                out.push_str(&format!("  {line}\n"));
            }
            if report.against.kind == WalkAway::Talks.id() {
                let line = text(
                    "report-limited",
                    &[("value", report.against.value.to_string().into()), ("source", (&report.against.source).into())],
                );
                out.push_str(&format!("  {line}\n"));
            }
            for contribution in &report.contributions {
                let what = match &contribution.rule {
                    Some(reason) => format!("{} ({reason})", contribution.option),
                    None => format!("{}={}", contribution.lever, contribution.option),
                };
                let source = if contribution.basis == Basis::Inferred.id() {
                    text("report-inferred", &[("source", (&contribution.source).into())])
                } else {
                    contribution.source.clone()
                };
                let value = decimal(format!("{:+6.1}", contribution.value));
                out.push_str(&format!("  {value}  {what} [{source}]\n"));
            }
            if !report.no_stance.is_empty() {
                let terms: Vec<String> = report.no_stance.iter().map(|c| format!("{}={}", c.lever, c.option)).collect();
                let line = text(
                    "report-no-stance",
                    &[("date", scenario.as_of.to_string().into()), ("terms", terms.join(", ").into())],
                );
                out.push_str(&format!("  {line}\n"));
            }
            for step in &report.ratification {
                out.push_str(&format!("  {}\n", text("report-needs", &[("step", step.into())])));
            }
            if !report.flips.is_empty() {
                let flips: Vec<String> = report
                    .flips
                    .iter()
                    .map(|f| {
                        format!(
                            "{}={} → {}",
                            f.lever,
                            f.option,
                            text("report-verdict", &[("verdict", f.verdict.into())])
                        )
                    })
                    .collect();
                out.push_str(&format!("  {}\n", text("report-flips", &[("flips", flips.join("; ").into())])));
            }
        }
        let all = text(
            "report-all",
            &[
                ("n", scenario.parties.len().into()),
                ("chance", format!("{}%", decimal(format!("{:.1}", self.all_accept_probability * 100.0))).into()),
            ],
        );
        out.push_str(&format!("\n{all}\n"));
        out
    }
}

fn party_report(scenario: &Scenario, explanation: &Explanation) -> PartyReport {
    let party = &scenario.parties[explanation.party_idx];
    let source_id = |source_idx: usize| scenario.sources[source_idx].id.clone();
    let lever_option = |lever_idx: usize, option_idx: usize| {
        let lever = &scenario.levers[lever_idx];
        (lever.id.clone(), lever.options[option_idx].id.clone())
    };
    PartyReport {
        id: party.id.clone(),
        probability: round(explanation.outcome.probability, 4),
        percent: Words::english().percent(explanation.outcome.probability),
        verdict: explanation.outcome.verdict.id(),
        margin: round(explanation.outcome.margin, 2),
        against: {
            let (kind, stance) = party.walk_away(explanation.outcome.against);
            WalkAwayReport {
                kind: kind.id(),
                value: stance.value,
                source: source_id(stance.source_idx),
                basis: stance.basis.id(),
                note: stance.note.clone(),
            }
        },
        red_lines: explanation
            .red_lines_hit
            .iter()
            .map(|&idx| {
                let red_line = &party.red_lines[idx];
                let (lever, option) = lever_option(red_line.choice.lever_idx, red_line.choice.option_idx);
                RedLineReport {
                    lever,
                    option,
                    reason: red_line.reason.clone(),
                    source: source_id(red_line.source_idx),
                    basis: red_line.basis.id(),
                }
            })
            .collect(),
        contributions: explanation
            .contributions
            .iter()
            .map(|contribution| match contribution.cause {
                Cause::Option(Choice { lever_idx, option_idx }) => {
                    let (lever, option) = lever_option(lever_idx, option_idx);
                    ContributionReport {
                        lever,
                        option,
                        value: contribution.value,
                        source: source_id(contribution.source_idx),
                        basis: contribution.basis.id(),
                        note: scenario
                            .stance(explanation.party_idx, lever_idx, option_idx)
                            .map(|stance| stance.note.clone()),
                        rule: None,
                    }
                }
                Cause::Rule { rule_idx } => {
                    let rule = &party.rules[rule_idx];
                    let levers: Vec<&str> =
                        rule.when.iter().map(|c| scenario.levers[c.lever_idx].id.as_str()).collect();
                    let options: Vec<String> = rule
                        .when
                        .iter()
                        .map(|c| {
                            let lever = &scenario.levers[c.lever_idx];
                            c.option_idxs.iter().map(|&o| lever.options[o].id.as_str()).collect::<Vec<_>>().join("|")
                        })
                        .collect();
                    ContributionReport {
                        lever: levers.join("+"),
                        option: options.join("+"),
                        value: contribution.value,
                        source: source_id(contribution.source_idx),
                        basis: contribution.basis.id(),
                        note: None,
                        rule: Some(rule.reason.clone()),
                    }
                }
            })
            .collect(),
        ratification: explanation
            .ratification
            .iter()
            .filter_map(|&idx| party.rules[idx].ratification.clone())
            .collect(),
        flips: explanation
            .flips
            .iter()
            .map(|flip| {
                let (lever, option) = lever_option(flip.choice.lever_idx, flip.choice.option_idx);
                FlipReport { lever, option, verdict: flip.verdict.id() }
            })
            .collect(),
        no_stance: explanation
            .unstated
            .iter()
            .map(|choice| {
                let (lever, option) = lever_option(choice.lever_idx, choice.option_idx);
                ChoiceReport { lever, option }
            })
            .collect(),
    }
}

/// The `search` report: the nearest package every party accepts, or the proof that none exists.
#[derive(Serialize)]
pub struct SearchReport {
    pub scenario: String,
    pub from: PackageMap,
    pub locked: Vec<String>,
    pub found: bool,
    /// The package found, every lever listed; absent when none exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package: Option<PackageMap>,
    pub changes: Vec<ChangeReport>,
    pub joint_probability: Option<f64>,
    pub nodes: u64,
    /// Packages in the whole space, as text: it can exceed what JSON numbers hold exactly.
    pub space: String,
    pub elapsed_ms: f64,
}

#[derive(Serialize)]
pub struct ChangeReport {
    pub lever: String,
    pub from: String,
    pub to: String,
}

fn package_map(scenario: &Scenario, package: &Package) -> PackageMap {
    PackageMap(
        scenario
            .levers
            .iter()
            .enumerate()
            .map(|(lever_idx, lever)| (lever.id.clone(), lever.options[package.option(lever_idx)].id.clone()))
            .collect(),
    )
}

impl SearchReport {
    pub fn new(
        scenario: &Scenario,
        from: &Package,
        locked: &[bool],
        result: &SearchResult,
        elapsed: Duration,
    ) -> SearchReport {
        let found = result.found.as_ref();
        let changes = found
            .map(|found| {
                from.changes_to(&found.package)
                    .map(|(lever_idx, before, after)| {
                        let lever = &scenario.levers[lever_idx];
                        ChangeReport {
                            lever: lever.id.clone(),
                            from: lever.options[before].id.clone(),
                            to: lever.options[after].id.clone(),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        SearchReport {
            scenario: scenario.id.clone(),
            from: package_map(scenario, from),
            locked: scenario
                .levers
                .iter()
                .zip(locked)
                .filter(|(_, &lock)| lock)
                .map(|(lever, _)| lever.id.clone())
                .collect(),
            found: found.is_some(),
            package: found.map(|found| package_map(scenario, &found.package)),
            changes,
            joint_probability: found.map(|found| round(found.joint_probability, 4)),
            nodes: result.nodes,
            space: result.space.to_string(),
            elapsed_ms: round(elapsed.as_secs_f64() * 1000.0, 3),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serialises")
    }

    pub fn to_text(&self) -> String {
        let mut out = String::new();
        if self.found {
            out.push_str(&format!(
                "Nearest package every party accepts: {} change(s), joint probability {:.1}%\n",
                self.changes.len(),
                self.joint_probability.unwrap_or(0.0) * 100.0
            ));
            for change in &self.changes {
                out.push_str(&format!("  {}: {} -> {}\n", change.lever, change.from, change.to));
            }
        } else {
            out.push_str("No package that every party accepts exists with these locks (a proof under the model).\n");
        }
        if !self.locked.is_empty() {
            out.push_str(&format!("Locked: {}\n", self.locked.join(", ")));
        }
        out.push_str(&format!(
            "Search: {} nodes visited of {} packages in the space, {:.3} ms\n",
            self.nodes, self.space, self.elapsed_ms
        ));
        out
    }
}

/// The share over every snapshot's responses together.
pub fn fidelity_total(all: &Fidelity) -> String {
    format!(
        "Fidelity over every date: {:.1}% ({} exact, {} one band off, {} opposite, of {})\n",
        all.share() * 100.0,
        all.count(Agreement::Exact),
        all.count(Agreement::OneBandOff),
        all.count(Agreement::Opposite),
        all.scored.len()
    )
}

/// The fidelity report: every documented response beside the model's verdict, then the shares.
pub fn fidelity_text(scenario: &Scenario, set: &ResponseSet, fidelity: &Fidelity) -> String {
    let mut out = format!(
        "Documented responses scored against {} (as of {}): {} proposals, {} responses\n",
        scenario.id,
        scenario.as_of,
        set.cases.len(),
        fidelity.scored.len()
    );
    let mut last_case = usize::MAX;
    for scored in &fidelity.scored {
        let case = &set.cases[scored.case_idx];
        if scored.case_idx != last_case {
            out.push_str(&format!("\n{} ({})\n", case.name, case.date));
            last_case = scored.case_idx;
        }
        let response = &case.responses[scored.response_idx];
        let mark = match scored.agreement {
            Agreement::Exact => "match",
            Agreement::OneBandOff => "near ",
            Agreement::Opposite => "miss ",
        };
        out.push_str(&format!(
            "  {mark}  {:<14} said {:<11} model {:<9} {:>3.0}%  [{}]\n",
            scenario.parties[response.party_idx].id,
            response.response.id(),
            scored.verdict.id(),
            scored.probability * 100.0,
            set.sources[response.source_idx].id
        ));
    }
    out.push('\n');
    for (party_idx, party) in scenario.parties.iter().enumerate() {
        out.push_str(&format!("{:<16} {:5.1}%\n", party.id, fidelity.share_for(set, party_idx) * 100.0));
    }
    out.push_str(&format!(
        "Fidelity as of {}: {:.1}% ({} exact, {} one band off, {} opposite, of {})\n",
        scenario.as_of,
        fidelity.share() * 100.0,
        fidelity.count(Agreement::Exact),
        fidelity.count(Agreement::OneBandOff),
        fidelity.count(Agreement::Opposite),
        fidelity.scored.len()
    ));
    out
}

/// The `timeline` report: one package at every snapshot of a series.
#[derive(Serialize)]
pub struct TimelineReport {
    pub series: String,
    pub package: PackageMap,
    pub dates: Vec<DateReport>,
}

#[derive(Serialize)]
pub struct DateReport {
    pub as_of: String,
    pub scenario: String,
    pub parties: Vec<PartyAtDate>,
    pub all_accept_probability: f64,
}

#[derive(Serialize)]
pub struct PartyAtDate {
    pub id: String,
    pub probability: f64,
    pub percent: String,
    pub verdict: &'static str,
}

impl TimelineReport {
    pub fn new(series: &str, snapshots: &[Scenario], package: &Package) -> TimelineReport {
        let dates = snapshots
            .iter()
            .zip(timeline::timeline(snapshots, package))
            .map(|(snapshot, (as_of, outcome))| DateReport {
                as_of: as_of.to_string(),
                scenario: snapshot.id.clone(),
                parties: snapshot
                    .parties
                    .iter()
                    .zip(&outcome.parties)
                    .map(|(party, o)| PartyAtDate {
                        id: party.id.clone(),
                        probability: round(o.probability, 4),
                        percent: Words::english().percent(o.probability),
                        verdict: o.verdict.id(),
                    })
                    .collect(),
                all_accept_probability: round(outcome.all_accept_probability, 4),
            })
            .collect();
        let first = snapshots.first().map(|s| package_map(s, package)).unwrap_or(PackageMap(Vec::new()));
        TimelineReport { series: series.to_string(), package: first, dates }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serialises")
    }

    /// A table: a line per date, a column per party.
    pub fn to_text(&self, first: &Scenario) -> String {
        let mut out = format!("Package over time ({}): {}\n\n", self.series, self.package.chosen_text());
        out.push_str(&format!("{:<12}", "as of"));
        for party in &first.parties {
            out.push_str(&format!(" {:<16}", party.short_name));
        }
        out.push_str(" all sign\n");
        for date in &self.dates {
            out.push_str(&format!("{:<12}", date.as_of));
            for party in &date.parties {
                out.push_str(&format!(" {:<16}", format!("{} {}", party.percent, party.verdict)));
            }
            out.push_str(&format!(" {}\n", Words::english().percent(date.all_accept_probability)));
        }
        out
    }
}

/// What moved for each party between two snapshots, as text.
pub fn what_changed_text(before: &Scenario, after: &Scenario) -> String {
    let mut out = format!("What changed from {} to {}\n", before.as_of, after.as_of);
    let value = |v: Option<f64>| v.map_or("no stance".to_string(), |v| format!("{v:+}"));
    for (party_idx, party) in after.parties.iter().enumerate() {
        let moved = timeline::what_changed(before, after, party_idx);
        if moved.is_empty() {
            out.push_str(&format!("\n{}: no stance moved\n", party.name));
            continue;
        }
        out.push_str(&format!("\n{}:\n", party.name));
        for m in moved {
            let lever = &after.levers[m.choice.lever_idx];
            let red = match m.red_line {
                (false, true) => " (now a red line)",
                (true, false) => " (no longer a red line)",
                _ => "",
            };
            let source = m.source_idx.map_or(String::new(), |s| format!(" [{}]", after.sources[s].id));
            out.push_str(&format!(
                "  {}={}: {} -> {}{red}{source}\n",
                lever.id,
                lever.options[m.choice.option_idx].id,
                value(m.before),
                value(m.after)
            ));
        }
    }
    out
}
