//! The Corroborate web page's entry point.

fn main() {
    // The same WebAssembly also runs the engine worker, which has no page to draw.
    if web_sys::window().is_none() {
        return;
    }
    corroborate_web::panic_screen::install();
    yew::Renderer::<corroborate_web::App>::new().render();
}
