//! Packages as text: `lever:option,lever:option` in links, `lever=option,...` on the command line;
//! the parser accepts either separator anywhere.
//!
//! Parsing is lenient by design: what can be understood is applied, and every part that cannot is
//! returned with the reason, so the caller can name it to the reader. Never panics, whatever the input.

use super::scenario::{Package, Scenario};

/// A part of a package text (or a link's preset) that was not applied, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The part as given, made safe to show: control characters replaced, long text cut.
    pub part: String,
    pub why: IgnoredWhy,
}

/// Why a part was not applied; `Words::ignored_reason` puts it into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IgnoredWhy {
    /// Neither `lever:option` nor `lever=option`.
    NotLeverOption,
    /// No lever has this id (the id, made safe to show).
    UnknownLever { lever: String },
    /// The lever has no such option (the option made safe to show, the lever's id).
    UnknownOption { option: String, lever: String },
    /// The lever was given earlier in the same text; the first is kept.
    Repeated { lever: String },
    /// No preset has this id.
    UnknownPreset,
}

/// The longest part we echo back to the reader.
const MAX_SHOWN: usize = 40;

/// Makes untrusted text safe and short enough to show in a notice.
pub fn shown(part: &str) -> String {
    let cleaned: String =
        part.chars().map(|c| if c.is_control() { '\u{FFFD}' } else { c }).take(MAX_SHOWN + 1).collect();
    if cleaned.chars().count() > MAX_SHOWN {
        format!("{}…", cleaned.chars().take(MAX_SHOWN).collect::<String>())
    } else {
        cleaned
    }
}

/// The separators a part may use between lever and option: `:` (links) or `=` (command line).
pub const SEPARATORS: [char; 2] = [':', '='];

/// Parses `text` (parts separated by commas, each `lever:option` or `lever=option`).
/// Levers not named stay `unaddressed`. Empty parts are skipped silently.
pub fn parse_lenient(scenario: &Scenario, text: &str) -> (Package, Vec<Ignored>) {
    apply(scenario, &scenario.empty_package(), text)
}

/// Like `parse_lenient`, but starts from `base`: levers named in `text` override it.
pub fn apply(scenario: &Scenario, base: &Package, text: &str) -> (Package, Vec<Ignored>) {
    let mut package = base.clone();
    let mut set = vec![false; scenario.levers.len()];
    let mut ignored = Vec::new();
    let mut ignore = |part: &str, why: IgnoredWhy| ignored.push(Ignored { part: shown(part), why });

    for raw in text.split(',') {
        let part = raw.trim();
        if part.is_empty() {
            continue;
        }
        let Some((lever_id, option_id)) = part.split_once(SEPARATORS) else {
            ignore(part, IgnoredWhy::NotLeverOption);
            continue;
        };
        let (lever_id, option_id) = (lever_id.trim(), option_id.trim());
        let Some(lever_idx) = scenario.lever_idx(lever_id) else {
            ignore(part, IgnoredWhy::UnknownLever { lever: shown(lever_id) });
            continue;
        };
        let lever = &scenario.levers[lever_idx];
        let Some(option_idx) = lever.option_idx(option_id) else {
            ignore(part, IgnoredWhy::UnknownOption { option: shown(option_id), lever: lever.id.clone() });
            continue;
        };
        if set[lever_idx] {
            ignore(part, IgnoredWhy::Repeated { lever: lever.id.clone() });
            continue;
        }
        set[lever_idx] = true;
        package.choices[lever_idx] = option_idx as u8;
    }
    (package, ignored)
}

/// A preset's package with `terms` applied over it: how a link (`?preset=…&deal=…`) and the
/// command line (`--preset … --package …`) describe a package. An unknown preset is ignored and
/// reported; the terms then apply to an empty package.
pub fn from_preset_and_terms(
    scenario: &Scenario,
    preset: Option<&str>,
    terms: Option<&str>,
) -> (Package, Vec<Ignored>) {
    let mut ignored = Vec::new();
    let base = match preset.map(str::trim).filter(|id| !id.is_empty()) {
        None => scenario.empty_package(),
        Some(id) => match scenario.preset(id) {
            Some(preset) => preset.package.clone(),
            None => {
                ignored.push(Ignored { part: shown(id), why: IgnoredWhy::UnknownPreset });
                scenario.empty_package()
            }
        },
    };
    let (package, more) = apply(scenario, &base, terms.unwrap_or(""));
    ignored.extend(more);
    (package, ignored)
}

/// Applies `text` onto `base` strictly: any part that cannot be applied is an error.
pub fn apply_strict(scenario: &Scenario, base: &Package, text: &str) -> Result<Package, Vec<Ignored>> {
    let (package, ignored) = apply(scenario, base, text);
    if ignored.is_empty() {
        Ok(package)
    } else {
        Err(ignored)
    }
}

/// The package as text: every lever that is not `unaddressed`, in scenario order.
pub fn format(scenario: &Scenario, package: &Package, separator: char) -> String {
    scenario
        .levers
        .iter()
        .enumerate()
        .filter(|(lever_idx, _)| package.option(*lever_idx) != 0)
        .map(|(lever_idx, lever)| format!("{}{separator}{}", lever.id, lever.options[package.option(lever_idx)].id))
        .collect::<Vec<_>>()
        .join(",")
}
