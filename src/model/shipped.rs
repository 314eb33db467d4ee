//! The scenarios that ship with Dealscope, compiled in so the page needs no request to load them.

/// A Russia–Ukraine peace deal as it stood in April 2025.
pub const UKRAINE_2025: &str = include_str!("../../assets/scenarios/ukraine-2025.json");

/// The scenario the page and the command-line tool open by default.
pub const DEFAULT_SCENARIO: &str = UKRAINE_2025;
