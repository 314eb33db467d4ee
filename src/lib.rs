//! Dealscope: toggle the concessions in a negotiation and see, party by party, who would likely sign.
//!
//! `model` is pure (no I/O, no web crates); `ui` is the Yew shell that does all I/O.

pub mod model;
pub mod ui;
