//! Native integration tests: one binary, one module per area (rust-analyzer's layout).
//! Browser tests live in `tests/web.rs`; end-to-end specs in `e2e/`.
#![cfg(not(target_arch = "wasm32"))]

mod architecture;
mod cli;
mod dates;
mod embed;
mod evaluate;
mod explain;
mod explorer;
mod fidelity;
mod finder;
mod languages;
mod load;
mod noscript;
mod opening;
mod package_text;
mod prerender;
mod props;
mod render;
mod search;
mod shipped;
mod summary;
mod support;
mod timeline;
