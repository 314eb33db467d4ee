//! Scenario types: parties, levers and their options, each party's stances, presets, sources.
//!
//! A `Scenario` only exists validated (see `load.rs`): every index in it points at something real,
//! every stance cites a source that exists, and every number is finite. Plain data, public fields.

/// The id of the option every lever starts with: the deal is silent, the status quo continues.
pub const UNADDRESSED: &str = "unaddressed";

/// A validated scenario. Levers, options, parties and sources are referred to by index.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    /// The date the positions are as of.
    pub as_of: Date,
    pub description: String,
    pub sources: Vec<Source>,
    pub parties: Vec<Party>,
    pub levers: Vec<Lever>,
    pub presets: Vec<Preset>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub outlet: String,
    pub title: String,
    /// The language the title is written in (a language code such as `uk`), when it is not the
    /// scenario's: a title stays as published, and says its language to screen readers.
    pub title_lang: Option<String>,
    pub date: Date,
    /// The public address, or why there is none (exactly one of the two is set).
    pub link: SourceLink,
    pub note: Option<String>,
}

/// What an option does for one party, against leaving the term unaddressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Effect {
    Gains,
    Loses,
    /// Stated, and worth the same as leaving the term out.
    Indifferent,
    RedLine,
    /// The party had stated no view on the term (or this is "not addressed").
    NoStance,
}

impl Effect {
    /// The id used in classes and output.
    pub fn id(self) -> &'static str {
        match self {
            Effect::Gains => "gains",
            Effect::Loses => "loses",
            Effect::Indifferent => "indifferent",
            Effect::RedLine => "red-line",
            Effect::NoStance => "no-stance",
        }
    }
}

/// A calendar date, validated: a four-digit year, a month 1–12 and a day 1–31. Ordered by time;
/// written and read as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Reads `YYYY-MM-DD`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = &text[range];
            part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse().ok()).flatten()
        };
        match (digits(0..4), digits(5..7), digits(8..10)) {
            (Some(year), Some(month @ 1..=12), Some(day @ 1..=31)) => {
                Some(Date { year, month: month as u8, day: day as u8 })
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Where a reader can check a source.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceLink {
    /// A public `https://` address.
    Url(String),
    /// Why the source has no public address (for example, a speech known only from reporting).
    None { why: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    pub id: String,
    pub name: String,
    pub short_name: String,
    /// One to three capitals ("UA"): the party's mark beside each option.
    pub abbr: String,
    /// What no settlement (the war going on) is worth to this party: its walk-away point for a
    /// package that settles terms.
    pub reservation: Stance,
    /// What the war going on *while talks go on* is worth: the walk-away point for a limited
    /// agreement (see `Scenario::is_limited`). `None` when the scenario has no limited option.
    pub talks: Option<Stance>,
    /// The scale of the logistic curve: how many points move the probability from 50% to 73%.
    pub uncertainty: f64,
    /// `values[lever_idx][option_idx]`: the party's value for that option, if it has one.
    pub values: Vec<Vec<Option<Stance>>>,
    pub red_lines: Vec<RedLine>,
    pub rules: Vec<Rule>,
}

/// Whether the cited source says a position, or we read it from a principle the source states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    /// The cited source says it.
    Stated,
    /// Our editorial inference from a principle the cited source states; the note writes it out.
    Inferred,
}

impl Basis {
    /// The id used in the scenario file and in JSON output.
    pub fn id(self) -> &'static str {
        match self {
            Basis::Stated => "stated",
            Basis::Inferred => "inferred",
        }
    }
}

/// A value the party places on something, with the reporting it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Stance {
    pub value: f64,
    pub source_idx: usize,
    pub basis: Basis,
    /// What the source says, attributed, or the inference written out.
    pub note: String,
}

/// One option of one lever: a term as a package can settle it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Choice {
    pub lever_idx: usize,
    pub option_idx: usize,
}

/// An option that makes the party refuse the package whatever else it gets.
#[derive(Debug, Clone, PartialEq)]
pub struct RedLine {
    pub choice: Choice,
    pub reason: String,
    pub source_idx: usize,
    pub basis: Basis,
}

/// Something that holds when several options are in the package together.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Every condition must hold.
    pub when: Vec<Condition>,
    /// Added to the party's total when the rule holds (0 for a rule that only marks ratification).
    pub value: f64,
    /// When set, the package would need this ratification step before this party could sign.
    pub ratification: Option<String>,
    pub reason: String,
    pub source_idx: usize,
    pub basis: Basis,
}

/// Holds when the lever's chosen option is one of `option_idxs`.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub lever_idx: usize,
    pub option_idxs: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lever {
    pub id: String,
    pub title: String,
    pub description: String,
    /// The first option is always `unaddressed`.
    pub options: Vec<LeverOption>,
}

impl Lever {
    /// Whether choosing this option settles something: it addresses the term (it is not the
    /// first option, "not addressed") and is not a limited step.
    pub fn settles(&self, option_idx: usize) -> bool {
        option_idx != 0 && !self.options[option_idx].limited
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct LeverOption {
    pub id: String,
    pub label: String,
    pub description: String,
    /// A limited step that can be agreed on its own, before a settlement (a ceasefire alone, a
    /// partial truce, a prisoner exchange).
    pub limited: bool,
}

/// A real proposal, as reported.
#[derive(Debug, Clone, PartialEq)]
pub struct Preset {
    pub id: String,
    pub name: String,
    pub date: Date,
    pub description: String,
    pub package: Package,
    pub source_idx: usize,
    /// The parties that put the proposal forward.
    pub proposed_by: Vec<usize>,
}

/// One option per lever, by index; option 0 is `unaddressed`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Package {
    pub choices: Vec<u8>,
}

impl Package {
    /// The package in which the deal is silent on every lever.
    pub fn unaddressed(n_levers: usize) -> Package {
        Package { choices: vec![0; n_levers] }
    }

    pub fn option(&self, lever_idx: usize) -> usize {
        usize::from(self.choices[lever_idx])
    }

    /// Whether the package makes this choice.
    pub fn holds(&self, choice: Choice) -> bool {
        self.option(choice.lever_idx) == choice.option_idx
    }

    /// Returns the package with the choice made.
    pub fn with(&self, choice: Choice) -> Package {
        let mut next = self.clone();
        next.choices[choice.lever_idx] = choice.option_idx as u8;
        next
    }

    /// How many levers differ from `other`.
    pub fn distance(&self, other: &Package) -> usize {
        self.changes_to(other).count()
    }

    /// The terms that change from this package to `to`: lever, option here, option there.
    pub fn changes_to<'a>(&'a self, to: &'a Package) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        (0..self.choices.len())
            .filter(|&lever_idx| self.option(lever_idx) != to.option(lever_idx))
            .map(|lever_idx| (lever_idx, self.option(lever_idx), to.option(lever_idx)))
    }
}

impl Scenario {
    pub fn lever_idx(&self, lever_id: &str) -> Option<usize> {
        self.levers.iter().position(|lever| lever.id == lever_id)
    }

    pub fn party_idx(&self, party_id: &str) -> Option<usize> {
        self.parties.iter().position(|party| party.id == party_id)
    }

    pub fn preset(&self, preset_id: &str) -> Option<&Preset> {
        self.presets.iter().find(|preset| preset.id == preset_id)
    }

    pub fn empty_package(&self) -> Package {
        Package::unaddressed(self.levers.len())
    }

    /// A limited agreement: the package addresses some term, and every term it addresses is a
    /// limited step, so the settlement is left open. Parties judge it against going on with the
    /// war while talks go on (`Party::talks`), not against no settlement at all.
    pub fn is_limited(&self, package: &Package) -> bool {
        let mut addressed = false;
        for (lever_idx, lever) in self.levers.iter().enumerate() {
            let option_idx = package.option(lever_idx);
            if option_idx != 0 {
                if lever.settles(option_idx) {
                    return false;
                }
                addressed = true;
            }
        }
        addressed
    }

    /// The party's value for an option, if it has stated or we inferred one.
    pub fn stance(&self, party_idx: usize, lever_idx: usize, option_idx: usize) -> Option<&Stance> {
        self.parties[party_idx].values[lever_idx][option_idx].as_ref()
    }

    /// What choosing the option does for the party, against leaving the term unaddressed.
    pub fn effect(&self, party_idx: usize, lever_idx: usize, option_idx: usize) -> Effect {
        if self.parties[party_idx].has_red_line(Choice { lever_idx, option_idx }) {
            return Effect::RedLine;
        }
        let (this, none) = (self.stance(party_idx, lever_idx, option_idx), self.stance(party_idx, lever_idx, 0));
        if option_idx == 0 || (this.is_none() && none.is_none()) {
            return Effect::NoStance;
        }
        let worth = |stance: Option<&Stance>| stance.map_or(0.0, |s| s.value);
        match worth(this).total_cmp(&worth(none)) {
            std::cmp::Ordering::Greater => Effect::Gains,
            std::cmp::Ordering::Less => Effect::Loses,
            std::cmp::Ordering::Equal => Effect::Indifferent,
        }
    }

    /// Whether choosing the option is a concession by the party: it is worth less to the party
    /// than leaving the term unaddressed, or it crosses one of the party's red lines. Derived
    /// from the values, so the label can never contradict them.
    pub fn concedes(&self, party_idx: usize, lever_idx: usize, option_idx: usize) -> bool {
        matches!(self.effect(party_idx, lever_idx, option_idx), Effect::Loses | Effect::RedLine)
    }

    /// The parties for which the option is a concession, in scenario order.
    pub fn conceded_by(&self, lever_idx: usize, option_idx: usize) -> Vec<usize> {
        (0..self.parties.len()).filter(|&party_idx| self.concedes(party_idx, lever_idx, option_idx)).collect()
    }

    /// The number of packages in the whole space (saturating).
    pub fn n_packages(&self) -> u128 {
        self.levers.iter().fold(1u128, |n, lever| n.saturating_mul(lever.options.len() as u128))
    }
}

impl Party {
    /// Whether the choice is one of the party's red lines.
    pub fn has_red_line(&self, choice: Choice) -> bool {
        self.red_lines.iter().any(|red_line| red_line.choice == choice)
    }
}

impl Lever {
    pub fn option_idx(&self, option_id: &str) -> Option<usize> {
        self.options.iter().position(|option| option.id == option_id)
    }
}
