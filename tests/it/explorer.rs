//! The reducer: what each action does to the explorer state, and what it leaves alone.

use std::rc::Rc;

use dealscope::model::{Action, ConcessionView, Explorer, ShareStatus};

use crate::support::{package, ukraine};

fn explorer() -> Explorer {
    Explorer::new(Rc::new(ukraine()))
}

fn link(explorer: &mut Explorer, preset: Option<&str>, deal: Option<&str>) -> bool {
    explorer.apply(Action::LoadLink { preset: preset.map(String::from), deal: deal.map(String::from), as_of: None })
}

#[test]
fn a_new_explorer_starts_with_every_term_open() {
    let explorer = explorer();
    assert!(explorer.is_empty());
    assert_eq!(explorer.deal_text(), "");
    assert_eq!(explorer.view, ConcessionView::ByTerm);
    assert!(!explorer.method_open);
}

#[test]
fn choosing_an_option_changes_one_term_and_choosing_it_again_changes_nothing() {
    let mut explorer = explorer();
    let nato = explorer.scenario().lever_idx("nato").unwrap();
    let renounced = explorer.scenario().levers[nato].option_idx("renounced").unwrap();
    assert!(explorer.apply(Action::Choose { lever_idx: nato, option_idx: renounced }));
    assert_eq!(explorer.deal_text(), "nato:renounced");
    assert!(!explorer.apply(Action::Choose { lever_idx: nato, option_idx: renounced }), "no change, no re-render");
    assert!(explorer.apply(Action::Choose { lever_idx: nato, option_idx: 0 }));
    assert!(explorer.is_empty(), "unaddressed is one action away");
}

#[test]
fn out_of_range_indexes_are_ignored() {
    let mut explorer = explorer();
    assert!(!explorer.apply(Action::Choose { lever_idx: 99, option_idx: 0 }));
    assert!(!explorer.apply(Action::Choose { lever_idx: 0, option_idx: 99 }));
    assert!(!explorer.apply(Action::ApplyPreset { preset_idx: 99 }));
    assert!(explorer.is_empty());
}

#[test]
fn a_preset_replaces_the_package_and_is_then_active_until_a_term_changes() {
    let mut explorer = explorer();
    let us = explorer.scenario().presets.iter().position(|p| p.id == "us-framework").unwrap();
    assert!(explorer.apply(Action::ApplyPreset { preset_idx: us }));
    assert_eq!(explorer.active_preset(), Some(us));
    let army = explorer.scenario().lever_idx("army-cap").unwrap();
    explorer.apply(Action::Choose { lever_idx: army, option_idx: 1 });
    assert_eq!(explorer.active_preset(), None);
    assert!(explorer.apply(Action::Reset));
    assert!(explorer.is_empty());
    assert!(!explorer.apply(Action::Reset));
}

#[test]
fn a_link_is_applied_leniently_and_names_what_it_ignored() {
    let mut explorer = explorer();
    assert!(link(&mut explorer, None, Some("recognition:de-facto,foo:bar,nato:renounced,<script>")));
    assert_eq!(explorer.package, package(explorer.scenario(), "recognition=de-facto,nato=renounced"));
    let parts: Vec<&str> = explorer.link_notice.iter().map(|i| i.part.as_str()).collect();
    assert_eq!(parts, ["foo:bar", "<script>"]);
    assert!(explorer.apply(Action::DismissNotice));
    assert!(explorer.link_notice.is_empty());
}

#[test]
fn a_link_preset_is_applied_first_and_its_deal_overrides_it() {
    let mut explorer = explorer();
    link(&mut explorer, Some("us-framework"), Some("recognition:deferred"));
    let us = explorer.scenario().preset("us-framework").unwrap().package.clone();
    let recognition = explorer.scenario().lever_idx("recognition").unwrap();
    assert_eq!(explorer.package, us.with(dealscope::model::Choice { lever_idx: recognition, option_idx: 1 }));
    assert!(explorer.link_notice.is_empty());

    link(&mut explorer, Some("no-such-plan"), None);
    assert!(explorer.is_empty());
    assert_eq!(explorer.link_notice[0].part, "no-such-plan");
}

#[test]
fn reloading_the_same_link_changes_nothing() {
    let mut explorer = explorer();
    link(&mut explorer, None, Some("nato:renounced"));
    assert!(!link(&mut explorer, None, Some("nato:renounced")));
}

#[test]
fn the_share_status_is_cleared_when_the_package_changes() {
    let mut explorer = explorer();
    assert!(explorer.apply(Action::Shared { copied: true }));
    assert_eq!(explorer.share, ShareStatus::Copied);
    explorer.apply(Action::Choose { lever_idx: 0, option_idx: 1 });
    assert_eq!(explorer.share, ShareStatus::Idle);
    explorer.apply(Action::Shared { copied: false });
    assert_eq!(explorer.share, ShareStatus::Failed);
}

#[test]
fn view_and_method_panel_toggle() {
    let mut explorer = explorer();
    assert!(explorer.apply(Action::SetView(ConcessionView::BySide)));
    assert!(!explorer.apply(Action::SetView(ConcessionView::BySide)));
    assert!(explorer.apply(Action::ToggleMethod));
    assert!(explorer.method_open);
}

#[test]
fn locks_and_the_finder_toggle_and_apply_sets_a_whole_package() {
    let mut explorer = explorer();
    assert!(explorer.apply(Action::ToggleLock { lever_idx: 3 }));
    assert!(explorer.locked[3]);
    assert!(!explorer.apply(Action::ToggleLock { lever_idx: 99 }));
    assert!(explorer.apply(Action::ToggleFinder));
    assert!(explorer.finder_open);
    let target = package(explorer.scenario(), "ceasefire=first,nato=renounced");
    assert!(explorer.apply(Action::SetPackage(target.clone())));
    assert_eq!(explorer.package, target);
    let too_short = dealscope::model::Package { choices: vec![1] };
    assert!(!explorer.apply(Action::SetPackage(too_short)));
    let out_of_range = dealscope::model::Package { choices: vec![9; explorer.scenario().levers.len()] };
    assert!(!explorer.apply(Action::SetPackage(out_of_range)));
    assert_eq!(explorer.package, target);
}
