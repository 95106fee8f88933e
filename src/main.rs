//! The Corroborate web page's entry point. The engine worker has a WebAssembly module of its
//! own (`src/bin/corroborate-engine.rs`), so this one carries no engine.

fn main() {
    corroborate_web::page::panic_screen::install();
    // The reader's colour scheme before anything is drawn: the page's own effect applies it
    // too, but only after its first render, which the browser may paint first.
    let theme = corroborate_web::page::dom::remembered_theme();
    corroborate_web::page::dom::apply_theme(theme.as_deref());
    yew::Renderer::<corroborate_web::App>::new().render();
}
