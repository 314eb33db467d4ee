//! The Yew shell: one reducer, components that render what the model derives, and the browser
//! I/O in `hooks/`. This file only declares and re-exports.

mod app;
mod concessions;
mod date_control;
mod deal_finder;
pub mod embed;
mod embed_code;
pub mod hooks;
mod language_switch;
mod link_notice;
mod method_panel;
mod over_time;
mod party_card;
/// The opening view rendered at build time (native only: Yew's server renderer).
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod presets;
mod problems;
mod shared;
mod standing;
mod what_changed;

pub use app::{App, AppProps};
pub use concessions::{Concessions, ConcessionsProps};
pub use date_control::{DateControl, DateControlProps};
pub use deal_finder::{DealFinder, DealFinderProps, FinderView, FinderViewProps};
pub use embed_code::{EmbedCode, EmbedCodeProps};
pub use hooks::panic::show_panic_panel;
pub use hooks::prerendered::start;
pub use language_switch::{LanguageSwitch, LanguageSwitchProps};
pub use link_notice::{LinkNotice, LinkNoticeProps};
pub use method_panel::{MethodPanel, MethodPanelProps};
pub use over_time::{OverTime, OverTimeProps};
pub use party_card::{PartyCard, PartyCardProps};
pub use presets::{PresetBar, PresetBarProps};
pub use problems::{ScenarioProblems, ScenarioProblemsProps};
pub use shared::{cite, cite_as, use_words, SharedScenario, SharedWords};
pub use standing::{Standing, StandingProps};
pub use what_changed::{WhatChanged, WhatChangedProps};
