//! Packages as text: `lever:option,lever:option` in links, `lever=option,...` on the command line;
//! the parser accepts either separator anywhere.
//!
//! Parsing is lenient by design: what can be understood is applied, and every part that cannot is
//! returned with the reason, so the caller can name it to the reader. Never panics, whatever the input.

use super::scenario::{Package, Scenario};

/// A part of a package text that was not applied, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The part as given, made safe to show: control characters replaced, long text cut.
    pub part: String,
    pub reason: String,
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
    let mut ignore = |part: &str, reason: String| ignored.push(Ignored { part: shown(part), reason });

    for raw in text.split(',') {
        let part = raw.trim();
        if part.is_empty() {
            continue;
        }
        let Some((lever_id, option_id)) = part.split_once(SEPARATORS) else {
            ignore(part, "not in the form lever:option or lever=option".to_string());
            continue;
        };
        let (lever_id, option_id) = (lever_id.trim(), option_id.trim());
        let Some(lever_idx) = scenario.lever_idx(lever_id) else {
            ignore(part, format!("no term called '{}'", shown(lever_id)));
            continue;
        };
        let lever = &scenario.levers[lever_idx];
        let Some(option_idx) = lever.option_idx(option_id) else {
            ignore(part, format!("'{}' is not an option of '{}'", shown(option_id), lever.id));
            continue;
        };
        if set[lever_idx] {
            ignore(part, format!("'{}' was already given; the first one is kept", lever.id));
            continue;
        }
        set[lever_idx] = true;
        package.choices[lever_idx] = option_idx as u8;
    }
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
