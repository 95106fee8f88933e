//! The engine worker's entry point: Trunk builds it as a Web Worker next to the page.

fn main() {
    corroborate_web::worker::start();
}
