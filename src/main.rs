//! The web entry point: mounts the app (`ui::start`), nothing else.

fn main() {
    dealscope::ui::start();
}
