//! The explorer state and the one reducer that changes it.
//!
//! `Explorer::apply` is the whole update logic of the page; the Yew shell only adapts it and does
//! the I/O (reading and writing the link). No I/O and no web types here. Verdicts are not stored:
//! they are derived from `scenario` and `package` whenever the page renders.

use std::rc::Rc;

use super::load::{Problem, ProblemKind};
use super::opening::Opening;
use super::package_text::{self, Ignored};
use super::scenario::{Choice, Date, Package, Scenario};
use super::shipped::Series;
use super::snapshots::{DateNotice, LoadFailure, Snapshots};

/// Everything the page shows is derived from this value.
#[derive(Debug, Clone, PartialEq)]
pub struct Explorer {
    /// Every dated snapshot of the series (one, for a scenario that stands alone).
    pub snapshots: Snapshots,
    /// The index of the snapshot shown (`scenario()`); always a loaded one.
    pub shown: usize,
    /// A date the reader (or the link) asked for whose snapshot has not arrived yet.
    pub wanted: Option<usize>,
    /// Whether the link names the date (it does once a date was asked for); a link without one
    /// means the latest snapshot.
    pub date_in_link: bool,
    /// What the link's date turned out to mean, to tell the reader.
    pub date_notice: Option<DateNotice>,
    /// The earlier snapshot "What changed" compares the shown one with (`None`: the one before it).
    pub compare_from: Option<usize>,
    /// The terms the reader has chosen: one option per lever.
    pub package: Package,
    /// How the concessions are grouped on the page.
    pub view: ConcessionView,
    /// Whether the "How this works" panel is open.
    pub method_open: bool,
    /// Parts of the link that could not be applied, to show the reader until dismissed.
    pub link_notice: Vec<Ignored>,
    /// What happened to the last "Share" press; cleared when the package changes.
    pub share: ShareStatus,
    /// `locked[lever_idx]`: the reader wants this term kept; the deal finder will not change it.
    pub locked: Vec<bool>,
    /// Whether the deal finder is shown (its results are derived, not stored).
    pub finder_open: bool,
    /// Whether the embed code is shown.
    pub embed_code_open: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareStatus {
    Idle,
    Copied,
    /// The clipboard refused: the page shows the link to copy by hand.
    Failed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConcessionView {
    /// One group per lever, every option in it.
    ByTerm,
    /// One group per party: the options that party would concede.
    BySide,
}

/// Everything a reader (or the page's I/O) can do to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Set one lever to one option.
    Choose {
        lever_idx: usize,
        option_idx: usize,
    },
    /// Replace the package with a preset's.
    ApplyPreset {
        preset_idx: usize,
    },
    /// Every lever back to `unaddressed`.
    Reset,
    SetView(ConcessionView),
    ToggleMethod,
    /// The link changed (page load, back or forward): go to its date (`as_of`), then apply its
    /// `preset` then its `deal`.
    LoadLink {
        preset: Option<String>,
        deal: Option<String>,
        as_of: Option<String>,
    },
    /// Show the positions as of snapshot `idx`, keeping the package.
    ChooseDate {
        idx: usize,
    },
    /// Compare the shown snapshot with snapshot `idx` in "What changed".
    CompareFrom {
        idx: usize,
    },
    /// The shell loaded snapshot `idx`'s file (or could not).
    SnapshotArrived {
        idx: usize,
        result: Result<Scenario, LoadFailure>,
    },
    DismissNotice,
    /// The shell tried to copy the link: `true` if the clipboard took it.
    Shared {
        copied: bool,
    },
    /// Lock or unlock a term against the deal finder.
    ToggleLock {
        lever_idx: usize,
    },
    ToggleFinder,
    ToggleEmbedCode,
    /// Replace the whole package (the deal finder's "Apply"). Ignored if it does not fit.
    SetPackage(Package),
}

/// The separator between a lever and its option in links: `?deal=nato:renounced`.
pub const LINK_SEPARATOR: char = ':';

impl Explorer {
    /// A scenario that stands alone.
    pub fn new(scenario: Rc<Scenario>) -> Explorer {
        let package = scenario.empty_package();
        Explorer::opened(Snapshots::single(scenario), 0, package)
    }

    /// A series of snapshots, opened on `shown`; `None` if that one is not loaded.
    pub fn dated(snapshots: Snapshots, shown: usize) -> Option<Explorer> {
        let package = snapshots.loaded(shown)?.empty_package();
        Some(Explorer::opened(snapshots, shown, package))
    }

    /// A shipped series as this build carries it, opened on its latest snapshot; that
    /// snapshot's problems if it is not valid.
    pub fn shipped(series: Series) -> Result<Explorer, Vec<Problem>> {
        Explorer::latest(Snapshots::shipped(series)?)
    }

    /// A shipped series opened on its latest snapshot as the page received it, in the page's
    /// language (`opening`); its problems if it is not valid.
    pub fn opening(series: Series, opening: &Opening) -> Result<Explorer, Vec<Problem>> {
        Explorer::latest(Snapshots::shipped_in(series, Some(opening.scenario()?))?)
    }

    fn latest(snapshots: Snapshots) -> Result<Explorer, Vec<Problem>> {
        let latest = snapshots.slots.len().saturating_sub(1);
        Explorer::dated(snapshots, latest)
            .ok_or_else(|| vec![Problem { path: String::new(), kind: ProblemKind::Missing }])
    }

    fn opened(snapshots: Snapshots, shown: usize, package: Package) -> Explorer {
        let locked = vec![false; package.choices.len()];
        Explorer {
            snapshots,
            shown,
            wanted: None,
            date_in_link: false,
            date_notice: None,
            compare_from: None,
            package,
            view: ConcessionView::ByTerm,
            method_open: false,
            link_notice: Vec::new(),
            share: ShareStatus::Idle,
            locked,
            finder_open: false,
            embed_code_open: false,
        }
    }

    /// Applies `action`; returns whether anything changed, so the shell can skip a re-render.
    /// Out-of-range indexes are ignored rather than trusted.
    pub fn apply(&mut self, action: Action) -> bool {
        match action {
            Action::Choose { lever_idx, option_idx } => {
                let in_range = self.scenario().levers.get(lever_idx).is_some_and(|l| option_idx < l.options.len());
                in_range && self.set_package(self.package.with(Choice { lever_idx, option_idx }))
            }
            Action::ApplyPreset { preset_idx } => match self.scenario().presets.get(preset_idx) {
                Some(preset) => self.set_package(preset.package.clone()),
                None => false,
            },
            Action::Reset => self.set_package(self.scenario().empty_package()),
            Action::SetView(view) => replace(&mut self.view, view),
            Action::ToggleMethod => {
                self.method_open = !self.method_open;
                true
            }
            Action::LoadLink { preset, deal, as_of } => {
                let (idx, date_notice) = self.snapshots.resolve(as_of.as_deref());
                let in_link = as_of.is_some();
                let moved = self.go_to(idx);
                let dated = replace(&mut self.date_in_link, in_link) | replace(&mut self.date_notice, date_notice);
                let (package, notice) =
                    package_text::from_preset_and_terms(self.scenario(), preset.as_deref(), deal.as_deref());
                let changed = self.set_package(package);
                replace(&mut self.link_notice, notice) || changed || moved || dated
            }
            Action::ChooseDate { idx } => {
                let moved = idx < self.snapshots.slots.len() && self.go_to(idx);
                if moved {
                    self.date_in_link = true;
                    self.date_notice = None;
                }
                moved
            }
            Action::CompareFrom { idx } => {
                idx < self.snapshots.slots.len() && replace(&mut self.compare_from, Some(idx))
            }
            Action::SnapshotArrived { idx, result } => {
                let reference = self.scenario().clone();
                if !self.snapshots.arrive(idx, result, &reference) {
                    return false;
                }
                if self.wanted == Some(idx) {
                    if self.snapshots.loaded(idx).is_some() {
                        self.go_to(idx);
                    } else {
                        // It failed: stay where we are; the date control says why.
                        self.wanted = None;
                    }
                }
                true
            }
            Action::DismissNotice => replace(&mut self.link_notice, Vec::new()),
            Action::Shared { copied } => {
                let status = if copied { ShareStatus::Copied } else { ShareStatus::Failed };
                replace(&mut self.share, status)
            }
            Action::ToggleLock { lever_idx } => match self.locked.get_mut(lever_idx) {
                Some(lock) => {
                    *lock = !*lock;
                    true
                }
                None => false,
            },
            Action::ToggleFinder => {
                self.finder_open = !self.finder_open;
                true
            }
            Action::ToggleEmbedCode => {
                self.embed_code_open = !self.embed_code_open;
                true
            }
            Action::SetPackage(package) => {
                let fits = package.choices.len() == self.scenario().levers.len()
                    && package
                        .choices
                        .iter()
                        .zip(&self.scenario().levers)
                        .all(|(&c, l)| usize::from(c) < l.options.len());
                fits && self.set_package(package)
            }
        }
    }

    /// The snapshot shown.
    pub fn scenario(&self) -> &Rc<Scenario> {
        match self.snapshots.loaded(self.shown) {
            Some(scenario) => scenario,
            // `shown` only ever points at a loaded snapshot (`dated`, `go_to`), and a loaded
            // snapshot is never unloaded (`Snapshots::arrive`).
            None => unreachable!(),
        }
    }

    /// The date the page shows, or is about to show once its snapshot arrives.
    pub fn date(&self) -> Date {
        let idx = self.wanted.unwrap_or(self.shown);
        self.snapshots.slots.get(idx).map_or(self.scenario().as_of, |slot| slot.as_of)
    }

    /// The earlier snapshot "What changed" compares the shown one with: the reader's choice if
    /// it is earlier, else the one just before; `None` at the earliest date.
    pub fn compared_with(&self) -> Option<usize> {
        self.compare_from.filter(|&idx| idx < self.shown).or_else(|| self.shown.checked_sub(1))
    }

    /// The link's date parameter: the date shown, once a date was asked for.
    pub fn date_text(&self) -> Option<String> {
        self.date_in_link.then(|| self.date().to_string())
    }

    /// Shows snapshot `idx` if loaded, else waits for it; the package is kept (every snapshot
    /// shares one vocabulary). Returns whether anything changed.
    fn go_to(&mut self, idx: usize) -> bool {
        match self.snapshots.loaded(idx) {
            Some(_) => {
                let changed = self.shown != idx || self.wanted.is_some();
                self.shown = idx;
                self.wanted = None;
                changed
            }
            None => replace(&mut self.wanted, Some(idx).filter(|&idx| idx != self.shown)),
        }
    }

    /// The package as link text (`lever:option,...`, only levers that are not `unaddressed`).
    pub fn deal_text(&self) -> String {
        package_text::format(self.scenario(), &self.package, LINK_SEPARATOR)
    }

    /// The preset whose package is exactly the current one, if any.
    pub fn active_preset(&self) -> Option<usize> {
        self.scenario().presets.iter().position(|preset| preset.package == self.package)
    }

    pub fn is_empty(&self) -> bool {
        self.package == self.scenario().empty_package()
    }

    fn set_package(&mut self, package: Package) -> bool {
        let changed = replace(&mut self.package, package);
        if changed {
            self.share = ShareStatus::Idle;
        }
        changed
    }
}

/// Sets `slot` to `value`; returns whether it changed.
fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}
