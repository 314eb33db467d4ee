//! Which message says what: the model's kinds (verdicts, problems, ignored link parts,
//! explanations, dates, counts) turned into the arguments of a Fluent message. The wording itself
//! is in `assets/i18n/<lang>.ftl`. Pure functions of the kinds, so every language is tested natively.

use super::{escape_html, Arg, Words};
use crate::model::evaluate::{Outcome, PartyOutcome, Verdict};
use crate::model::explain::{Cause, Explanation};
use crate::model::load::{Expected, Item, JsonType, Problem, ProblemKind};
use crate::model::package_text::IgnoredWhy;
use crate::model::scenario::{Choice, Date, Effect, Package, Party, Scenario};
use crate::model::snapshots::{DateNotice, LoadFailure};
use crate::model::timeline::Moved;

impl Words {
    /// A probability as a reader should see it: whole percents, never a false 0% or 100%.
    pub fn percent(&self, probability: f64) -> String {
        let pct = probability * 100.0;
        if probability <= 0.0 {
            self.format("percent", &[("n", 0.0.into())])
        } else if pct < 1.0 {
            self.get("percent-under-one")
        } else if probability >= 1.0 {
            self.format("percent", &[("n", 100.0.into())])
        } else if pct > 99.0 {
            self.get("percent-over-99")
        } else {
            self.format("percent", &[("n", pct.round().into())])
        }
    }

    /// The verdict in words, as on a party's card ("Would likely sign").
    pub fn verdict_words(&self, verdict: Verdict) -> String {
        self.get(match verdict {
            Verdict::Accept => "verdict-accept",
            Verdict::Uncertain => "verdict-uncertain",
            Verdict::Reject => "verdict-reject",
        })
    }

    /// The verdict inside a sentence ("would likely sign").
    pub fn verdict_inline(&self, verdict: Verdict) -> String {
        self.get(match verdict {
            Verdict::Accept => "verdict-accept-inline",
            Verdict::Uncertain => "verdict-uncertain-inline",
            Verdict::Reject => "verdict-reject-inline",
        })
    }

    /// `2025-04-30` as "30 April 2025".
    pub fn human_date(&self, date: Date) -> String {
        self.format("date-long", &[("day", date.day.into()), ("month", date.month.into()), ("year", year(date))])
    }

    /// `2025-04-30` as "Apr": a chart's axis label.
    pub fn short_month(&self, date: Date) -> String {
        self.format("month-short", &[("month", date.month.into())])
    }

    /// `2025-04-30` as "Apr 2025".
    pub fn short_date(&self, date: Date) -> String {
        self.format("date-short", &[("month", self.short_month(date).into()), ("year", year(date))])
    }

    /// What a link's date turned out to mean.
    pub fn date_notice(&self, notice: &DateNotice) -> String {
        match notice {
            DateNotice::NotADate(text) => self.format("date-notice-not-a-date", &[("text", text.into())]),
            DateNotice::Earlier { asked, shown } => self.format(
                "date-notice-earlier",
                &[("asked", self.human_date(*asked).into()), ("shown", self.human_date(*shown).into())],
            ),
            DateNotice::BeforeAll { asked, shown } => self.format(
                "date-notice-before-all",
                &[("asked", self.human_date(*asked).into()), ("shown", self.human_date(*shown).into())],
            ),
        }
    }

    /// The "over time" chart as a sentence per party, for screen readers: each date's chance and
    /// verdict, and the dates still loading.
    pub fn over_time_summary(&self, parties: &[Party], rows: &[(Date, Option<&Outcome>)]) -> String {
        let loading = rows.iter().filter(|(_, outcome)| outcome.is_none()).count();
        let mut out: Vec<String> = parties
            .iter()
            .enumerate()
            .map(|(party_idx, party)| {
                let points: Vec<String> = rows
                    .iter()
                    .filter_map(|(date, outcome)| {
                        let o = &(*outcome)?.parties[party_idx];
                        Some(self.format(
                            "over-time-point",
                            &[
                                ("date", self.human_date(*date).into()),
                                ("chance", self.percent(o.probability).into()),
                                ("verdict", self.verdict_inline(o.verdict).into()),
                            ],
                        ))
                    })
                    .collect();
                self.format("over-time-party", &[("party", (&party.name).into()), ("points", points.join("; ").into())])
            })
            .collect();
        if loading > 0 {
            out.push(self.format("over-time-loading", &[("n", loading.into())]));
        }
        out.join(" ")
    }

    /// "Ukraine: 3 positions moved", "Russia: 1 position moved", "Europe: no position moved".
    pub fn moved_count(&self, party: &str, count: usize) -> String {
        self.format("moved-count", &[("party", party.into()), ("n", count.into())])
    }

    /// How one party's position on one term moved: "Rest of Donetsk: Demilitarised zone, no stated
    /// view → +25, now a red line".
    pub fn moved_text(&self, scenario: &Scenario, moved: &Moved) -> String {
        let value = |v: Option<f64>| v.map_or_else(|| self.get("moved-no-view"), |v| format!("{v:+}"));
        let mut text = self.format(
            "moved-text",
            &[
                ("term", self.term(scenario, moved.choice).into()),
                ("before", value(moved.before).into()),
                ("after", value(moved.after).into()),
            ],
        );
        match moved.red_line {
            (false, true) => text.push_str(&self.get("now-red-line")),
            (true, false) => text.push_str(&self.get("no-longer-red-line")),
            _ => {}
        }
        text
    }

    /// How far a party is from signing, in a few words: "worth 12 points more than walking away",
    /// or its red line.
    pub fn standing_words(&self, outcome: &PartyOutcome) -> String {
        let points = outcome.margin.abs().round();
        if outcome.red_line_hit {
            self.get("standing-red-line")
        } else if points == 0.0 {
            self.get("standing-equal")
        } else if outcome.margin > 0.0 {
            self.format("standing-more", &[("points", points.into())])
        } else {
            self.format("standing-less", &[("points", points.into())])
        }
    }

    /// An option's effect on one party in words, for screen readers ("gains").
    pub fn effect_words(&self, effect: Effect) -> String {
        self.get(match effect {
            Effect::Gains => "effect-gains",
            Effect::Loses => "effect-loses",
            Effect::Indifferent => "effect-indifferent",
            Effect::RedLine => "effect-red-line",
            Effect::NoStance => "effect-no-stance",
        })
    }

    /// Every party's effect in words, for screen readers: "Ukraine loses; Russia gains; …".
    pub fn effects_words(&self, scenario: &Scenario, lever_idx: usize, option_idx: usize) -> String {
        let parts: Vec<String> = (0..scenario.parties.len())
            .map(|party_idx| {
                let effect = self.effect_words(scenario.effect(party_idx, lever_idx, option_idx));
                self.format(
                    "effect-party",
                    &[("party", (&scenario.parties[party_idx].short_name).into()), ("effect", effect.into())],
                )
            })
            .collect();
        format!("{}.", parts.join("; "))
    }

    /// The credit line of a share image.
    pub fn card_credit(&self, scenario: &Scenario) -> String {
        self.format("card-credit", &[("date", self.human_date(scenario.as_of).into())])
    }

    /// A share image's text equivalent: what it shows, in one paragraph. `name` is the proposal's
    /// name when the package is a preset's.
    pub fn card_alt(&self, scenario: &Scenario, package: &Package, name: Option<&str>) -> String {
        let outcome = crate::model::evaluate::evaluate(scenario, package);
        let explanations = crate::model::explain::explain_all(scenario, package);
        let subject = name.map_or_else(|| scenario.title.clone(), str::to_string);
        let verdicts = self.party_verdicts(scenario, &outcome, true);
        self.format(
            "card-alt",
            &[
                ("subject", subject.into()),
                ("headline", self.headline(scenario, package, &outcome, &explanations).into()),
                ("verdicts", verdicts.join("; ").into()),
                ("date", self.human_date(scenario.as_of).into()),
            ],
        )
    }

    /// Each party's verdict in a line ("Ukraine would likely refuse"), with its chance ("(12%)")
    /// when `with_chance`.
    fn party_verdicts(&self, scenario: &Scenario, outcome: &Outcome, with_chance: bool) -> Vec<String> {
        scenario
            .parties
            .iter()
            .zip(&outcome.parties)
            .map(|(party, o)| {
                let mut args =
                    vec![("party", (&party.short_name).into()), ("verdict", self.verdict_inline(o.verdict).into())];
                if with_chance {
                    args.push(("chance", self.percent(o.probability).into()));
                }
                self.format(if with_chance { "party-verdict-chance" } else { "party-verdict" }, &args)
            })
            .collect()
    }

    /// The page's share tags (Open Graph and Twitter): its title, description and the share image
    /// of the page as it opens (`cards/default.png`, or `cards/<lang>/default.png` for another
    /// language, made by `dealscope cards` at release builds) with its text equivalent.
    /// `index.html` carries the English copy; a test keeps it equal to this.
    pub fn share_meta_html(&self, scenario: &Scenario) -> String {
        let title = self.format("share-title", &[("title", (&scenario.title).into())]);
        let description = self.format("share-description", &[("date", self.human_date(scenario.as_of).into())]);
        let alt = self.card_alt(scenario, &scenario.empty_package(), None);
        let image = format!("{}default.png", crate::model::lang::cards_dir(self.lang()));
        let tags = [
            ("property", "og:type", "website".to_string()),
            ("property", "og:title", title.clone()),
            ("property", "og:description", description.clone()),
            ("property", "og:image", image.clone()),
            ("property", "og:image:width", "1200".to_string()),
            ("property", "og:image:height", "630".to_string()),
            ("property", "og:image:alt", alt.clone()),
            ("name", "twitter:card", "summary_large_image".to_string()),
            ("name", "twitter:title", title),
            ("name", "twitter:description", description),
            ("name", "twitter:image", image),
            ("name", "twitter:image:alt", alt),
        ];
        tags.iter()
            .map(|(attr, key, value)| format!("    <meta {attr}=\"{key}\" content=\"{}\" />\n", escape_html(value)))
            .collect()
    }

    /// Why the positions as of `date` could not be shown.
    pub fn load_failure(&self, date: Date, failure: &LoadFailure) -> String {
        let why = match failure {
            LoadFailure::Status(status) => self.format("load-failure-status", &[("status", status.to_string().into())]),
            LoadFailure::Unreachable => self.get("load-failure-unreachable"),
            LoadFailure::Invalid(found) => {
                self.format("load-failure-invalid", &[("problem", self.problem(found).into())])
            }
            LoadFailure::WrongDate { found } => {
                self.format("load-failure-wrong-date", &[("found", self.human_date(*found).into())])
            }
            LoadFailure::OtherVocabulary(found) => {
                self.format("load-failure-vocabulary", &[("problem", self.problem(found).into())])
            }
        };
        self.format("load-failure", &[("date", self.human_date(date).into()), ("why", why.into())])
    }

    /// "A", "A and B", "A, B and C".
    pub fn list_and(&self, items: &[&str]) -> String {
        match items {
            [] => String::new(),
            [one] => one.to_string(),
            [first, last] => self.format("list-two", &[("first", (*first).into()), ("last", (*last).into())]),
            [rest @ .., last] => self.format("list-and", &[("rest", rest.join(", ").into()), ("last", (*last).into())]),
        }
    }

    /// A term as a reader reads it: "Security guarantees: Article 5-like, with US".
    pub fn term(&self, scenario: &Scenario, choice: Choice) -> String {
        let lever = &scenario.levers[choice.lever_idx];
        self.format(
            "term",
            &[("lever", (&lever.title).into()), ("option", (&lever.options[choice.option_idx].label).into())],
        )
    }

    /// Why a party would refuse, in a few words, from its explanation: its red line, or its
    /// largest cost.
    pub fn main_objection(&self, scenario: &Scenario, explanation: &Explanation) -> Option<String> {
        let party = &scenario.parties[explanation.party_idx];
        if let Some(&idx) = explanation.red_lines_hit.first() {
            let red_line = &party.red_lines[idx];
            let lever = &scenario.levers[red_line.choice.lever_idx];
            let option = &lever.options[red_line.choice.option_idx].label;
            return Some(self.format("objection-red-line", &[("option", option.into())]));
        }
        let worst =
            explanation.contributions.iter().filter(|c| c.value < 0.0).min_by(|a, b| a.value.total_cmp(&b.value))?;
        let term = match worst.cause {
            Cause::Option(choice) => self.term(scenario, choice),
            Cause::Rule { rule_idx } => party.rules[rule_idx].reason.trim_end_matches('.').to_string(),
        };
        Some(self.format("objection-term", &[("term", term.into())]))
    }

    /// The one sentence (or two) that answers the reader's question for this package.
    pub fn headline(
        &self,
        scenario: &Scenario,
        package: &Package,
        outcome: &Outcome,
        explanations: &[Explanation],
    ) -> String {
        if *package == scenario.empty_package() {
            return self.get("headline-empty");
        }
        let n = scenario.parties.len();
        let chance = self.format(
            "headline-chance",
            &[("n", n.into()), ("chance", self.percent(outcome.all_accept_probability).into())],
        );
        let with =
            |verdict: Verdict| -> Vec<usize> { (0..n).filter(|&i| outcome.parties[i].verdict == verdict).collect() };
        let names = |idxs: &[usize]| -> String {
            let names: Vec<&str> = idxs.iter().map(|&i| scenario.parties[i].short_name.as_str()).collect();
            self.list_and(&names)
        };
        let refusing = with(Verdict::Reject);
        let undecided = with(Verdict::Uncertain);
        if refusing.is_empty() && undecided.is_empty() {
            return self.format("headline-all-sign", &[("n", n.into()), ("chance", chance.into())]);
        }
        if refusing.is_empty() {
            return self.format(
                "headline-undecided",
                &[("names", names(&undecided).into()), ("count", undecided.len().into()), ("chance", chance.into())],
            );
        }
        let first = refusing[0];
        let objection =
            explanations.iter().find(|e| e.party_idx == first).and_then(|e| self.main_objection(scenario, e));
        let first_name = &scenario.parties[first].short_name;
        let why_first =
            |why: String| self.format("why-first", &[("party", first_name.into()), ("objection", why.into())]);
        if refusing.len() == n && n > 2 {
            let why = objection.map(why_first).unwrap_or_default();
            return self
                .format("headline-none-sign", &[("n", n.into()), ("why", why.into()), ("chance", chance.into())]);
        }
        let why = match objection {
            Some(why) if refusing.len() == 1 => self.format("why-only", &[("objection", why.into())]),
            Some(why) => why_first(why),
            None => String::new(),
        };
        self.format(
            "headline-refuse",
            &[
                ("names", names(&refusing).into()),
                ("count", refusing.len().into()),
                ("why", why.into()),
                ("chance", chance.into()),
            ],
        )
    }

    /// One short sentence for the `aria-live` region after each change.
    pub fn announcement(&self, scenario: &Scenario, outcome: &Outcome) -> String {
        let parts: Vec<String> = scenario
            .parties
            .iter()
            .zip(&outcome.parties)
            .map(|(party, o)| {
                let word = self.get(match o.verdict {
                    Verdict::Accept => "announce-accept",
                    Verdict::Uncertain => "announce-uncertain",
                    Verdict::Reject => "announce-reject",
                });
                self.format("announce-party", &[("party", (&party.short_name).into()), ("word", word.into())])
            })
            .collect();
        self.format(
            "announcement",
            &[("parties", parts.join(", ").into()), ("chance", self.percent(outcome.all_accept_probability).into())],
        )
    }

    /// A decimal with one digit after the mark, in this language ("1.5", "1,5").
    pub fn one_decimal(&self, x: f64) -> String {
        format!("{x:.1}").replace('.', &self.get("number-decimal"))
    }

    /// A small share in words a reader can picture: "about 1 in 1.5 million".
    pub fn share_words(&self, share: f64) -> String {
        if share <= 0.0 {
            self.get("share-none")
        } else if share >= 0.001 {
            format!("{}%", self.one_decimal(share * 100.0))
        } else {
            self.format("share-one-in", &[("shown", self.big_number((1.0 / share).round() as u128).into())])
        }
    }

    /// 12345 as "12,345" (or "12 345").
    pub fn group_digits(&self, n: u128) -> String {
        let separator = self.get("number-group");
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&separator);
            }
            out.push(c);
        }
        out
    }

    /// 2764800000 as "2.8 billion".
    pub fn big_number(&self, n: u128) -> String {
        let (id, scale) = match n {
            n if n >= 1_000_000_000_000 => ("big-trillion", 1e12),
            n if n >= 1_000_000_000 => ("big-billion", 1e9),
            n if n >= 1_000_000 => ("big-million", 1e6),
            n => return self.group_digits(n),
        };
        self.format(id, &[("shown", self.one_decimal(n as f64 / scale).into())])
    }

    /// Why a part of a link or a package was not applied, in a few words.
    pub fn ignored_reason(&self, why: &IgnoredWhy) -> String {
        match why {
            IgnoredWhy::NotLeverOption => self.get("ignored-not-lever-option"),
            IgnoredWhy::UnknownLever { lever } => self.format("ignored-unknown-lever", &[("lever", lever.into())]),
            IgnoredWhy::UnknownOption { option, lever } => {
                self.format("ignored-unknown-option", &[("option", option.into()), ("lever", lever.into())])
            }
            IgnoredWhy::Repeated { lever } => self.format("ignored-repeated", &[("lever", lever.into())]),
            IgnoredWhy::UnknownPreset => self.get("ignored-unknown-preset"),
        }
    }

    /// The static summary shown when JavaScript is off: the latest snapshot, then each real
    /// proposal with its verdicts at its own date (the first snapshot that carries it), oldest
    /// first. `index.html` carries the English copy; a test keeps it equal to this
    /// (`UPDATE_EXPECT=1 cargo test`).
    pub fn noscript_html(&self, snapshots: &[Scenario]) -> String {
        let mut out = String::new();
        let Some(latest) = snapshots.last() else { return out };
        out.push_str("<div class=\"noscript\">\n");
        let title = self.format("noscript-title", &[("title", (&latest.title).into())]);
        out.push_str(&format!("<h1>{}</h1>\n", escape_html(&title)));
        out.push_str(&format!("<p>{}</p>\n", escape_html(&latest.description)));
        out.push_str(&format!("<p>{}</p>\n", escape_html(&self.get("noscript-needs-js"))));
        let mut seen: Vec<&str> = Vec::new();
        for scenario in snapshots {
            let new: Vec<_> = scenario.presets.iter().filter(|preset| !seen.contains(&preset.id.as_str())).collect();
            if new.is_empty() {
                continue;
            }
            let heading = self.format("noscript-as-of", &[("date", self.human_date(scenario.as_of).into())]);
            out.push_str(&format!("<h2>{}</h2>\n<ul>\n", escape_html(&heading)));
            for preset in new {
                seen.push(&preset.id);
                let outcome = crate::model::evaluate::evaluate(scenario, &preset.package);
                let verdicts = self.party_verdicts(scenario, &outcome, false);
                out.push_str(&format!(
                    "<li><strong>{}</strong> ({}): {}.</li>\n",
                    escape_html(&preset.name),
                    escape_html(&self.human_date(preset.date)),
                    escape_html(&verdicts.join("; "))
                ));
            }
            out.push_str("</ul>\n");
        }
        let method = self.format("noscript-method", &[("date", self.human_date(latest.as_of).into())]);
        out.push_str(&format!("<p>{}</p>\n", escape_html(&method)));
        // The page in this language (English: the page itself, whose reader's languages choose).
        let home = match self.lang() {
            crate::model::Lang::En => "./".to_string(),
            lang => format!("./?lang={}", lang.code()),
        };
        out.push_str(&format!(
            "<p><a href=\"{home}\" target=\"_blank\" rel=\"noopener\">{}</a> {}</p>\n</div>\n",
            escape_html(&self.get("noscript-open")),
            escape_html(&self.get("noscript-open-rest"))
        ));
        out
    }

    /// A problem as one line: "path: what is wrong", or only what is wrong for the whole file.
    pub fn problem(&self, problem: &Problem) -> String {
        let what = self.problem_kind(&problem.kind);
        if problem.path.is_empty() {
            what
        } else {
            self.format("problem-at", &[("path", (&problem.path).into()), ("what", what.into())])
        }
    }

    fn item(&self, what: Item) -> String {
        let id = match what {
            Item::Source => "source",
            Item::Party => "party",
            Item::Lever => "lever",
            Item::Option => "option",
            Item::Preset => "preset",
        };
        self.format("item", &[("item", id.into())])
    }

    /// What is wrong, in plain words.
    pub fn problem_kind(&self, kind: &ProblemKind) -> String {
        use ProblemKind as K;
        let text = |id: &str| self.get(id);
        let with = |id: &str, args: &[(&str, Arg)]| self.format(id, args);
        let value = |id: &str, value: &str| self.format(id, &[("value", value.into())]);
        match kind {
            K::NotJson { line, column, detail } => with(
                "problem-not-json",
                &[("line", line.to_string().into()), ("column", column.to_string().into()), ("detail", detail.into())],
            ),
            K::Unreadable => text("problem-unreadable"),
            K::WrongType { expected, found } => with(
                "problem-wrong-type",
                &[("expected", expected_id(*expected).into()), ("found", json_type_id(*found).into())],
            ),
            K::UnknownField { allowed } => with("problem-unknown-field", &[("allowed", allowed.join(", ").into())]),
            K::Missing => text("problem-missing"),
            K::Empty => text("problem-empty"),
            K::BadId { value: v } => value("problem-bad-id", v),
            K::BadDate { value: v } => value("problem-bad-date", v),
            K::BadAbbreviation { value: v } => value("problem-bad-abbreviation", v),
            K::NotFinite => text("problem-not-finite"),
            K::Duplicate { what, id } => {
                with("problem-duplicate", &[("item", self.item(*what).into()), ("id", id.into())])
            }
            K::UnknownSource { id } => with("problem-unknown-source", &[("id", id.into())]),
            K::UnknownLever { lever, levers } => {
                with("problem-unknown-lever", &[("lever", lever.into()), ("levers", levers.join(", ").into())])
            }
            K::UnknownOption { option, lever, options } => with(
                "problem-unknown-option",
                &[("option", option.into()), ("lever", lever.into()), ("options", options.join(", ").into())],
            ),
            K::UnknownParty { party } => with("problem-unknown-party", &[("party", party.into())]),
            K::PartyTwice { party } => with("problem-party-twice", &[("party", party.into())]),
            K::NoneGiven { what } => with("problem-none-given", &[("item", self.item(*what).into())]),
            K::TooFewOptions => text("problem-too-few-options"),
            K::TooManyOptions { max } => with("problem-too-many-options", &[("max", max.to_string().into())]),
            K::FirstNotUnaddressed { found } => with("problem-first-not-unaddressed", &[("found", found.into())]),
            K::UnaddressedLimited => text("problem-unaddressed-limited"),
            K::UnaddressedRedLine => text("problem-unaddressed-red-line"),
            K::UrlNotHttps => text("problem-url-not-https"),
            K::UrlAndNoUrl => text("problem-url-and-no-url"),
            K::UrlMissing => text("problem-url-missing"),
            K::UncertaintyNotPositive => text("problem-uncertainty-not-positive"),
            K::BadBasis { value: v } => value("problem-bad-basis", v),
            K::BadLanguageCode { value: v } => value("problem-bad-language-code", v),
            K::RuleNeedsEffect => text("problem-rule-needs-effect"),
            K::RuleNeedsCondition => text("problem-rule-needs-condition"),
            K::ConditionNeedsOption => text("problem-condition-needs-option"),
            K::TalksMissing => text("problem-talks-missing"),
            K::AfterAsOf { date, as_of } => {
                with("problem-after-as-of", &[("date", date.to_string().into()), ("as_of", as_of.to_string().into())])
            }
            K::VocabularyDiffers { what, expected, found } => with(
                "problem-vocabulary-differs",
                &[
                    ("item", self.item(*what).into()),
                    ("expected", expected.join(", ").into()),
                    ("found", found.join(", ").into()),
                ],
            ),
            K::OutOfOrder { date, previous } => with(
                "problem-out-of-order",
                &[("date", date.to_string().into()), ("previous", previous.to_string().into())],
            ),
            K::NotAResponseSet { detail } => with("problem-not-a-response-set", &[("detail", detail.into())]),
            K::WrongScenario { found, expected } => {
                with("problem-wrong-scenario", &[("found", found.into()), ("expected", expected.into())])
            }
            K::UnknownLeverOrOption { option } => with("problem-unknown-lever-or-option", &[("option", option.into())]),
            K::BadResponse { value: v } => value("problem-bad-response", v),
            K::NoText { lang } => with("problem-no-text", &[("lang", lang.code().into())]),
            K::NoSuchText => text("problem-no-such-text"),
            K::OverlayForOther { found, expected } => {
                with("problem-overlay-other-scenario", &[("found", found.into()), ("expected", expected.into())])
            }
        }
    }
}

/// A year as a plain number: "2025", never grouped.
fn year(date: Date) -> Arg<'static> {
    Arg::Text(date.year.to_string().into())
}

fn expected_id(expected: Expected) -> &'static str {
    match expected {
        Expected::Object => "object",
        Expected::Text => "text",
        Expected::Number => "number",
        Expected::List => "list",
        Expected::TrueFalse => "true-false",
        Expected::PartyId => "party-id",
        Expected::OptionId => "option-id",
        Expected::OptionValues => "option-values",
        Expected::StancesByLever => "stances-by-lever",
        Expected::LeverOptions => "lever-options",
    }
}

fn json_type_id(found: JsonType) -> &'static str {
    match found {
        JsonType::Null => "null",
        JsonType::Bool => "boolean",
        JsonType::Number => "number",
        JsonType::Text => "text",
        JsonType::List => "list",
        JsonType::Object => "object",
    }
}
