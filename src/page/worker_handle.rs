//! Starting the page's worker and exchanging bytes with it.
//!
//! The engine worker runs the engine's own WebAssembly (`src/bin/corroborate-engine.rs`),
//! built apart from the page's so that the page draws before the engine has arrived. Its
//! script comes from inside the page, so a worker can start (or start again after a crash)
//! with the network cut:
//! - the built site carries the worker's script in `<script type="text/plain"
//!   id="corroborate-engine-worker">` (written by `scripts/package-dist.mjs`; never run by the
//!   page itself); the worker starts from a `blob:` URL of it and is sent the engine's
//!   compiled `WebAssembly.Module`, which the page fetches (from `<meta
//!   name="corroborate-engine">`) and compiles once, when it starts its first worker;
//! - the single file sets `window.corroborateWorkers.engine` to `{ url, wasm }`, a `blob:` URL
//!   of the script and the engine's bytes (a worker cannot load a `file://` script);
//! - a development build (`trunk serve`, no packaging step) starts the classic worker
//!   `engine-worker.js` (written by `scripts/worker-scripts.mjs`), which fetches both.
//!
//! A worker that cannot start says so: its script posts a string (`"worker-failed: …"`), a
//! script that fails to load raises an error event, and one that says nothing at all within
//! [`START_TIMEOUT_MS`] is given up on. Every answer is bytes.

use crate::js_error::describe;
use js_sys::{Array, Reflect, Uint8Array};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

/// A worker silent for this long after it was started is taken as failed.
pub const START_TIMEOUT_MS: i32 = 30_000;

/// Which worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The comparison engine.
    Engine,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Engine => "engine",
        }
    }

    /// The classic worker script next to the page.
    fn script(self) -> &'static str {
        match self {
            Kind::Engine => "./engine-worker.js",
        }
    }
}

/// A running worker and the handlers that keep its messages coming.
pub struct WorkerHandle {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
    /// False once terminated: a replaced worker's late messages and timers are ignored.
    alive: Rc<Cell<bool>>,
}

impl WorkerHandle {
    /// Start a worker; its byte messages go to `on_bytes`, and the reason it failed (or
    /// stopped) to `on_failure`.
    pub fn spawn(
        kind: Kind,
        on_bytes: impl Fn(Vec<u8>) + 'static,
        on_failure: impl Fn(String) + 'static,
    ) -> Result<WorkerHandle, String> {
        let window = web_sys::window().ok_or("no browser window")?;
        let inlined = Reflect::get(&window, &"corroborateWorkers".into())
            .ok()
            .filter(JsValue::is_object)
            .and_then(|all| Reflect::get(&all, &kind.name().into()).ok())
            .filter(JsValue::is_object);
        let on_failure: Rc<dyn Fn(String)> = Rc::new(on_failure);
        // The built site: the script embedded in the page, the engine's compiled module.
        if inlined.is_none() {
            if let Some(url) = embedded_script_url(kind) {
                let worker = Worker::new(&url).map_err(|e| describe(&e))?;
                let handle = Self::watch(worker, on_bytes, on_failure.clone());
                let (worker, alive) = (handle.worker.clone(), handle.alive.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let handed = match engine_module().await {
                        Ok(module) => worker.post_message(&module).map_err(|e| describe(&e)),
                        Err(why) => Err(why),
                    };
                    // A worker replaced meanwhile is nobody's concern.
                    if let (Err(why), true) = (handed, alive.get()) {
                        on_failure(why);
                    }
                });
                return Ok(handle);
            }
        }
        let url = match &inlined {
            Some(source) => Reflect::get(source, &"url".into())
                .ok()
                .and_then(|u| u.as_string())
                .ok_or("the page's inlined worker has no URL")?,
            None => kind.script().to_string(),
        };
        let worker = Worker::new(&url).map_err(|e| describe(&e))?;
        if let Some(source) = &inlined {
            let wasm = Reflect::get(source, &"wasm".into()).map_err(|e| describe(&e))?;
            worker.post_message(&wasm).map_err(|e| describe(&e))?;
        }

        Ok(Self::watch(worker, on_bytes, on_failure))
    }

    /// Listen to a started worker: bytes to `on_bytes`; a failure, an error, or silence past
    /// [`START_TIMEOUT_MS`] to `on_failure`.
    fn watch(
        worker: Worker,
        on_bytes: impl Fn(Vec<u8>) + 'static,
        on_failure: Rc<dyn Fn(String)>,
    ) -> WorkerHandle {
        let heard = Rc::new(Cell::new(false));
        let alive = Rc::new(Cell::new(true));
        let on_message = {
            let (heard, alive, on_failure) = (heard.clone(), alive.clone(), on_failure.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                if !alive.get() {
                    return;
                }
                heard.set(true);
                let data = event.data();
                match data.as_string() {
                    Some(text) => on_failure(text.trim_start_matches("worker-failed: ").into()),
                    None => on_bytes(Uint8Array::new(&data).to_vec()),
                }
            })
        };
        let on_error = {
            let (alive, on_failure) = (alive.clone(), on_failure.clone());
            // Not always an ErrorEvent: a script that fails to load gives a plain event.
            Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                // Handled here: not reported again as an uncaught error of the page.
                event.prevent_default();
                if !alive.get() {
                    return;
                }
                let message = Reflect::get(&event, &"message".into())
                    .ok()
                    .and_then(|m| m.as_string())
                    .filter(|m| !m.is_empty());
                on_failure(message.unwrap_or_else(|| "the worker stopped".to_string()));
            })
        };
        let watchdog = {
            let alive = alive.clone();
            Closure::once_into_js(move || {
                if alive.get() && !heard.get() {
                    on_failure("it did not start (its files may be missing or damaged)".into());
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                watchdog.unchecked_ref(),
                START_TIMEOUT_MS,
            );
        }
        WorkerHandle {
            worker,
            _on_message: on_message,
            _on_error: on_error,
            alive,
        }
    }

    /// Send bytes, handing their buffer over rather than copying it.
    pub fn post(&self, bytes: &[u8]) -> Result<(), String> {
        let array = Uint8Array::from(bytes);
        self.worker
            .post_message_with_transfer(&array, &Array::of1(&array.buffer()))
            .map_err(|e| describe(&e))
    }

    /// Stop the worker at once.
    pub fn terminate(&self) {
        self.alive.set(false);
        self.worker.terminate();
    }
}

impl Drop for WorkerHandle {
    /// Unhook the handlers before their closures go: a worker that crashed may still have an
    /// error event on its way (its WebAssembly trapping after the panic report), and it must
    /// find no handler rather than a dropped one.
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        // The late error is already reported (the panic hook's crash report came first):
        // swallowed, so the page does not report it as an uncaught error of its own.
        SWALLOW_ERROR.with(|swallow| {
            self.worker
                .set_onerror(Some(swallow.as_ref().unchecked_ref()))
        });
        self.terminate();
    }
}

thread_local! {
    /// The error handler of a replaced worker: one for the page's lifetime, never dropped.
    static SWALLOW_ERROR: Closure<dyn Fn(web_sys::Event)> =
        Closure::new(|event: web_sys::Event| event.prevent_default());
}

thread_local! {
    /// The engine's compiled WebAssembly, once the page has fetched and compiled it: every
    /// later worker (a restart after a crash) is handed the same, with no network and no
    /// second compile.
    static ENGINE_MODULE: std::cell::RefCell<Option<JsValue>> =
        const { std::cell::RefCell::new(None) };
}

/// The engine's compiled `WebAssembly.Module`, fetched from where the built site names it
/// (`<meta name="corroborate-engine">`) and compiled off the page's thread, as it downloads,
/// the first time;
/// why it could not be, in words (a failed attempt is tried again by the next worker).
async fn engine_module() -> Result<JsValue, String> {
    if let Some(module) = ENGINE_MODULE.with(|m| m.borrow().clone()) {
        return Ok(module);
    }
    let window = web_sys::window().ok_or("no browser window")?;
    let url = window
        .document()
        .and_then(|d| {
            d.query_selector("meta[name=corroborate-engine]")
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or("the page does not say where the engine's WebAssembly is")?;
    // Compiled while it downloads; a server that does not say `application/wasm` (or any
    // other trouble) gets the plain way, which also words the failure.
    let streamed = JsFuture::from(js_sys::WebAssembly::compile_streaming(
        &window.fetch_with_str(&url),
    ));
    let fetched = async {
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
            .await?
            .dyn_into()?;
        if !response.ok() {
            return Err(JsValue::from_str(&format!(
                "{url}: the server answered {}",
                response.status()
            )));
        }
        let bytes = JsFuture::from(response.array_buffer()?).await?;
        JsFuture::from(js_sys::WebAssembly::compile(&bytes)).await
    };
    let module = match streamed.await {
        Ok(module) => module,
        Err(_) => fetched.await.map_err(|e| {
            format!(
                "the engine's WebAssembly could not be loaded ({})",
                describe(&e)
            )
        })?,
    };
    ENGINE_MODULE.with(|m| *m.borrow_mut() = Some(module.clone()));
    Ok(module)
}

thread_local! {
    /// The `blob:` URL of each embedded worker script, made once: every later worker (a
    /// restart after a crash) starts from it without the network.
    static EMBEDDED_URLS: std::cell::RefCell<Vec<(&'static str, String)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// A `blob:` URL of the worker script the built page carries in
/// `<script type="text/plain" id="corroborate-{kind}-worker">`, if it carries one.
fn embedded_script_url(kind: Kind) -> Option<String> {
    let name = kind.name();
    if let Some(url) = EMBEDDED_URLS.with(|urls| {
        urls.borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, url)| url.clone())
    }) {
        return Some(url);
    }
    let document = web_sys::window()?.document()?;
    let source = document
        .get_element_by_id(&format!("corroborate-{name}-worker"))?
        .text_content()?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(
        &Array::of1(&JsValue::from_str(&source)),
        &options,
    )
    .ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    EMBEDDED_URLS.with(|urls| urls.borrow_mut().push((name, url.clone())));
    Some(url)
}
