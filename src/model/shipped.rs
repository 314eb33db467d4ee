//! The scenarios that ship with Dealscope, compiled in so the page needs no request to load them:
//! a registry, so a second scenario (or a dated snapshot) is one more entry, found by id by the
//! page, the tool and the no-JS summary alike.

/// A shipped scenario: its id (as in its file) and its JSON text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shipped {
    pub id: &'static str,
    pub json: &'static str,
}

/// A Russia–Ukraine peace deal as it stood in April 2025.
pub const UKRAINE_2025: Shipped =
    Shipped { id: "ukraine-2025", json: include_str!("../../assets/scenarios/ukraine-2025.json") };

/// The same negotiation on 2 June 2025, when both sides handed over memoranda in Istanbul.
pub const UKRAINE_2025_06_02: Shipped =
    Shipped { id: "ukraine-2025-06-02", json: include_str!("../../assets/scenarios/ukraine-2025-06-02.json") };

/// Every shipped scenario; each file in `assets/scenarios/` has an entry (a test checks).
pub const SCENARIOS: &[Shipped] = &[UKRAINE_2025, UKRAINE_2025_06_02];

/// Dated snapshots of one scenario that share one vocabulary, oldest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Series {
    pub id: &'static str,
    pub snapshots: &'static [Shipped],
}

/// The Russia–Ukraine negotiation, snapshot by snapshot.
pub const UKRAINE: Series = Series { id: "ukraine", snapshots: &[UKRAINE_2025, UKRAINE_2025_06_02] };

/// Every series; a scenario in no series stands alone.
pub const SERIES: &[Series] = &[UKRAINE];

/// The series the page and the tool use for dates by default.
pub const DEFAULT_SERIES: Series = UKRAINE;

/// The scenario the page and the command-line tool open by default.
pub const DEFAULT: Shipped = UKRAINE_2025;

/// The shipped scenario with this id.
pub fn find(id: &str) -> Option<Shipped> {
    SCENARIOS.iter().copied().find(|shipped| shipped.id == id)
}

/// The series with this id.
pub fn find_series(id: &str) -> Option<Series> {
    SERIES.iter().copied().find(|series| series.id == id)
}
