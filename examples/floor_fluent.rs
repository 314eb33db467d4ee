//! The size floor, second rung: Yew and Fluent, the line worded by a Fluent message with a plural
//! read from the page (see `scripts/size-floor.sh`). Not part of the app.

#[path = "floor/common.rs"]
mod common;

#[path = "floor/fluent.rs"]
mod fluent;

fn main() {
    common::mount(fluent::words);
}
