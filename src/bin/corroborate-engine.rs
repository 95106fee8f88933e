//! The engine worker's WebAssembly: the comparison engine and what the worker does with it
//! ([`corroborate_web::worker`]), built apart from the page's so that the page's own
//! WebAssembly, which the browser needs before it can draw anything, carries no engine.
//!
//! The worker script starts this module, then calls `engine_worker_start`.

use wasm_bindgen::prelude::*;

/// Start answering the page's requests (see [`corroborate_web::worker::entry::start`]).
#[wasm_bindgen(js_name = engine_worker_start)]
pub fn engine_worker_start() {
    corroborate_web::worker::entry::start();
}

/// Nothing to do until the worker script calls [`engine_worker_start`].
fn main() {}
