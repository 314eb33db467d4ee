//! The scenarios that ship with Dealscope: a registry, found by id by the page, the tool and the
//! no-JS summary alike. Every date of a series is known here; its text is compiled in everywhere
//! but the web build, which carries none: the built page carries the snapshot it opens on, in its
//! own language (`opening`), and the app fetches the others from `scenarios/<id>.json` (Trunk
//! copies `assets/scenarios/` there), so its first view grows neither with the number of
//! snapshots nor with the number of languages.

use super::lang::Lang;
use super::load::Problem;
use super::room::CountedRoom;
use super::scenario::Date;
use super::translation::Overlay;

/// A shipped scenario: its id and date (as in its file) and its JSON text, when this build
/// carries it (`None`: the page loads it on demand).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shipped {
    pub id: &'static str,
    pub as_of: Date,
    pub json: Option<&'static str>,
}

/// A snapshot's text, left out of the web build (the page fetches it).
#[cfg(target_arch = "wasm32")]
macro_rules! on_demand {
    ($path:literal) => {
        None
    };
}

/// A snapshot's text, compiled in for the tool and the tests.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! on_demand {
    ($path:literal) => {
        Some(include_str!($path))
    };
}

const fn date(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// A Russia–Ukraine peace deal as it stood in April 2025.
pub const UKRAINE_2025: Shipped = Shipped {
    id: "ukraine-2025",
    as_of: date(2025, 4, 30),
    json: on_demand!("../../assets/scenarios/ukraine-2025.json"),
};

/// The same negotiation on 2 June 2025, when both sides handed over memoranda in Istanbul.
pub const UKRAINE_2025_06_02: Shipped = Shipped {
    id: "ukraine-2025-06-02",
    as_of: date(2025, 6, 2),
    json: on_demand!("../../assets/scenarios/ukraine-2025-06-02.json"),
};

/// On 18 August 2025, after the Alaska summit and the White House meeting.
pub const UKRAINE_2025_08_18: Shipped = Shipped {
    id: "ukraine-2025-08-18",
    as_of: date(2025, 8, 18),
    json: on_demand!("../../assets/scenarios/ukraine-2025-08-18.json"),
};

/// On 28 November 2025: the US 28-point plan, the E3 counter-proposal and the Geneva revision.
pub const UKRAINE_2025_11_28: Shipped = Shipped {
    id: "ukraine-2025-11-28",
    as_of: date(2025, 11, 28),
    json: on_demand!("../../assets/scenarios/ukraine-2025-11-28.json"),
};

/// On 31 December 2025: the 20-point framework and the Berlin guarantees.
pub const UKRAINE_2025_12_31: Shipped = Shipped {
    id: "ukraine-2025-12-31",
    as_of: date(2025, 12, 31),
    json: on_demand!("../../assets/scenarios/ukraine-2025-12-31.json"),
};

/// On 18 February 2026, after the Paris Declaration and the trilateral talks in Abu Dhabi and
/// Geneva: the latest sourced date, which the page opens on. The built page carries it inline in
/// its own language (`opening`), so the web build does not.
pub const UKRAINE_2026_02_18: Shipped = Shipped {
    id: "ukraine-2026-02-18",
    as_of: date(2026, 2, 18),
    json: on_demand!("../../assets/scenarios/ukraine-2026-02-18.json"),
};

/// A shipped scenario's translation into `lang`, read and checked against nothing yet: the
/// tool and the tests carry every one; the web build fetches the one it shows
/// (`scenarios/<lang>/<id>.json`) and carries none. `None`: no such file in this build.
pub fn translation(id: &str, lang: Lang) -> Option<Result<Overlay, Vec<Problem>>> {
    translation_json(id, lang).map(Overlay::from_json)
}

/// A translation file's text, when this build carries it.
#[cfg(not(target_arch = "wasm32"))]
fn translation_json(id: &str, lang: Lang) -> Option<&'static str> {
    macro_rules! files {
        ($($id:literal),*) => {
            match (id, lang) {
                $(
                    ($id, Lang::Uk) => Some(include_str!(concat!("../../assets/scenarios/uk/", $id, ".json"))),
                    ($id, Lang::Ru) => Some(include_str!(concat!("../../assets/scenarios/ru/", $id, ".json"))),
                )*
                _ => None,
            }
        };
    }
    files!(
        "ukraine-2025",
        "ukraine-2025-06-02",
        "ukraine-2025-08-18",
        "ukraine-2025-11-28",
        "ukraine-2025-12-31",
        "ukraine-2026-02-18"
    )
}

/// The web build carries no translation: the page fetches the one it shows.
#[cfg(target_arch = "wasm32")]
fn translation_json(_id: &str, _lang: Lang) -> Option<&'static str> {
    None
}

/// Every shipped scenario; each file in `assets/scenarios/` has an entry (a test checks).
pub const SCENARIOS: &[Shipped] =
    &[UKRAINE_2025, UKRAINE_2025_06_02, UKRAINE_2025_08_18, UKRAINE_2025_11_28, UKRAINE_2025_12_31, UKRAINE_2026_02_18];

/// Dated snapshots of one scenario that share one vocabulary, oldest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Series {
    pub id: &'static str,
    pub snapshots: &'static [Shipped],
}

/// The Russia–Ukraine negotiation, snapshot by snapshot.
pub const UKRAINE: Series = Series { id: "ukraine", snapshots: SCENARIOS };

/// Every series; a scenario in no series stands alone.
pub const SERIES: &[Series] = &[UKRAINE];

/// The series the page and the tool use for dates by default.
pub const DEFAULT_SERIES: Series = UKRAINE;

/// The scenario the page and the command-line tool open by default: the latest snapshot.
pub const DEFAULT: Shipped = DEFAULT_SERIES.snapshots[DEFAULT_SERIES.snapshots.len() - 1];

/// The shipped scenario with this id.
pub fn find(id: &str) -> Option<Shipped> {
    SCENARIOS.iter().copied().find(|shipped| shipped.id == id)
}

/// The series with this id.
pub fn find_series(id: &str) -> Option<Series> {
    SERIES.iter().copied().find(|series| series.id == id)
}

/// The rooms counted ahead for the shipped snapshots (`dealscope rooms` writes the file; see
/// `room::CountedRoom`). Unreadable, it is none, and every room is counted live.
pub fn counted_rooms() -> Vec<CountedRoom> {
    CountedRoom::from_json(COUNTED_ROOMS_JSON).unwrap_or_default()
}

/// `assets/rooms.json` as shipped.
const COUNTED_ROOMS_JSON: &str = include_str!("../../assets/rooms.json");
