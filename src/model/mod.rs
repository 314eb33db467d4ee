//! The pure model: scenario data, validation, evaluation, explanations, and the page's reducer.
//!
//! Nothing here names a web crate or does I/O; `tests/it/architecture.rs` enforces it.

pub mod evaluate;
pub mod explain;
pub mod explorer;
pub mod fidelity;
pub mod finder;
pub mod fnv;
pub mod lang;
pub mod load;
pub mod opening;
pub mod package_text;
pub mod room;
pub mod scenario;
pub mod search;
pub mod shipped;
pub mod snapshots;
pub mod timeline;
pub mod translation;
pub mod words;

pub use evaluate::{evaluate, Outcome, PartyOutcome, Verdict, WalkAway};
pub use explain::{explain, explain_all, Cause, Contribution, Explanation, Flip};
pub use explorer::{Action, ConcessionView, Explorer, ShareStatus};
pub use lang::Lang;
pub use load::Problem;
pub use scenario::{Basis, Choice, Package, Scenario};
pub use words::Words;
