//! Words for a JavaScript error, for the messages both sides show (a worker that could not
//! start, a reader module that could not load).

use wasm_bindgen::{JsCast, JsValue};

/// Words for a JavaScript error.
pub fn describe(error: &JsValue) -> String {
    error
        .as_string()
        .or_else(|| error.dyn_ref::<js_sys::Error>().map(|e| e.message().into()))
        .unwrap_or_else(|| format!("{error:?}"))
}
