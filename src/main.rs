//! The web entry point: mounts the app on `<body>`, nothing else.

fn main() {
    yew::Renderer::<dealscope::ui::App>::new().render();
}
