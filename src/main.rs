//! The Corroborate web page's entry point.

fn main() {
    // The same WebAssembly also runs the engine worker, which has no page to draw.
    if web_sys::window().is_none() {
        return;
    }
    corroborate_web::page::panic_screen::install();
    // The reader's colour scheme before anything is drawn: the page's own effect applies it
    // too, but only after its first render, which the browser may paint first.
    let theme = corroborate_web::page::dom::remembered_theme();
    corroborate_web::page::dom::apply_theme(theme.as_deref());
    yew::Renderer::<corroborate_web::App>::new().render();
}
