//! The page's browser I/O, one hook or module each, each with a single `cfg` split between the
//! browser and server rendering: the deal finder's driver, the link, the embedded frame, the panic
//! panel, the reader's language, the snapshots loaded on demand, the first render in stages behind the
//! prerendered view, and the browser's task queue.

pub mod finder;
pub mod frame;
pub mod language;
pub mod link;
pub mod panic;
pub mod prerendered;
pub mod snapshots;
pub mod task;
