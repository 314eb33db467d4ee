//! The size floor, first rung: Yew alone (see `scripts/size-floor.sh`). Not part of the app.

#[path = "floor/common.rs"]
mod common;

fn main() {
    common::mount(|count| count.to_string());
}
