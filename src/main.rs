//! The Corroborate web page's entry point.

fn main() {
    yew::Renderer::<corroborate_web::App>::new().render();
}
