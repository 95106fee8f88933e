//! The readers for web pages, Word documents, Markdown and legacy encodings, loaded when a
//! file first needs them.
//!
//! They are most of the engine's size, so the engine's WebAssembly leaves them out (it builds
//! `corroborate-core` without its `readers` feature) and reads UTF-8 and UTF-16 plain text
//! itself. When a file needs more, the engine answers
//! [`IngestError::NeedsReader`](corroborate_core::IngestError::NeedsReader) and the worker
//! hands the file to the `corroborate-reader` module (the `reader` crate, a WebAssembly module
//! of its own): loaded the first time, kept for the worker's life.
//!
//! Where the module is comes from the page, in [`Request::UseReader`](crate::protocol::Request):
//! the built site names it in `<meta name="corroborate-reader" content="./corroborate-reader-….wasm">`
//! (the worker fetches it from the page's own origin); the single file carries its bytes in
//! `window.corroborateWorkers.reader`, so it reads every format offline.

use crate::protocol::ReaderSource;
use corroborate_core::ingest::Ingested;

/// What the reader is given: a file's bytes, or markup pasted as `text/html`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given<'a> {
    /// A file's bytes.
    File(&'a [u8]),
    /// Pasted or dragged-in markup.
    Html(&'a str),
}

/// The reader's module as the page knows it: where the built site keeps it, or its bytes in
/// the single file. `None` when the page carries neither (a development build).
pub fn page_source() -> Option<ReaderSource> {
    browser::page_source()
}

/// Remember where the reader is (sent once by the page when the worker starts).
pub fn set_source(source: ReaderSource) {
    browser::set_source(source)
}

/// Read a file the engine's own readers cannot: `what` is what the engine said it is ("a web
/// page"), for the message if the reader cannot be loaded.
pub fn read(name: &str, given: Given<'_>, what: &str) -> Result<Ingested, String> {
    browser::load().map_err(|why| {
        format!(
            "it is {what}, and the reader for those could not be loaded ({why}). Plain-text \
             files and pasted text still work; corroborate.html, the single-file version, \
             reads every format offline"
        )
    })?;
    browser::read(name, given)
}

/// Load the reader if it is not loaded yet; why it cannot be, in words.
pub fn load() -> Result<(), String> {
    browser::load()
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::Given;
    use crate::js_error::describe;
    use crate::protocol::{decode, ReaderSource};
    use corroborate_core::ingest::Ingested;
    use js_sys::{Array, Function, Object, Reflect, Uint8Array, WebAssembly};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// The loaded module's exports.
    struct Loaded {
        exports: Object,
        /// The stand-ins for its imports, alive as long as the instance.
        _imports: Vec<Closure<dyn Fn()>>,
    }

    thread_local! {
        static SOURCE: RefCell<Option<ReaderSource>> = const { RefCell::new(None) };
        static LOADED: RefCell<Option<Loaded>> = const { RefCell::new(None) };
    }

    pub fn set_source(source: ReaderSource) {
        SOURCE.with(|s| *s.borrow_mut() = Some(source));
    }

    pub fn page_source() -> Option<ReaderSource> {
        let window = web_sys::window()?;
        let inlined = Reflect::get(&window, &"corroborateWorkers".into())
            .ok()
            .filter(JsValue::is_object)
            .and_then(|all| Reflect::get(&all, &"reader".into()).ok())
            .filter(|bytes| bytes.is_instance_of::<Uint8Array>());
        if let Some(bytes) = inlined {
            return Some(ReaderSource::Bytes(
                bytes.unchecked_into::<Uint8Array>().to_vec(),
            ));
        }
        let document = window.document()?;
        let named = document
            .query_selector("meta[name=corroborate-reader]")
            .ok()??
            .get_attribute("content")?;
        // The worker starts from a blob: URL, against which no relative URL resolves.
        let base = document.base_uri().ok()??;
        let url = web_sys::Url::new_with_base(&named, &base).ok()?;
        Some(ReaderSource::Url(url.href()))
    }

    pub fn load() -> Result<(), String> {
        if LOADED.with(|l| l.borrow().is_some()) {
            return Ok(());
        }
        let module = instantiate()?;
        LOADED.with(|l| *l.borrow_mut() = Some(module));
        Ok(())
    }

    pub fn read(name: &str, given: Given<'_>) -> Result<Ingested, String> {
        let answer = LOADED.with(|l| match l.borrow().as_ref() {
            Some(loaded) => call(loaded, name, given),
            None => Err("the reader is not loaded".into()),
        });
        match answer {
            Ok(bytes) => decode::<Result<Ingested, String>>(&bytes)?,
            Err(why) => {
                // A module that trapped may have broken its memory: the next file loads a
                // fresh one.
                LOADED.with(|l| *l.borrow_mut() = None);
                Err(format!(
                    "it could not be read: the reader failed on it ({why})"
                ))
            }
        }
    }

    /// Fetch (or take), compile and start the reader's module.
    fn instantiate() -> Result<Loaded, String> {
        let bytes: JsValue = SOURCE.with(|s| match &*s.borrow() {
            None => Err("this page does not carry it".to_string()),
            Some(ReaderSource::Bytes(bytes)) => Ok(Uint8Array::from(&bytes[..]).into()),
            Some(ReaderSource::Url(url)) => fetch(url),
        })?;
        let module = WebAssembly::Module::new(&bytes).map_err(|e| describe(&e))?;
        // The module imports nothing it calls while reading; what it names (wasm-bindgen's
        // start-up and error helpers) gets a stand-in that fails loudly if ever called.
        let imports = Object::new();
        let mut stand_ins = Vec::new();
        for import in WebAssembly::Module::imports(&module).iter() {
            let module_name = Reflect::get(&import, &"module".into()).map_err(|e| describe(&e))?;
            let field = Reflect::get(&import, &"name".into()).map_err(|e| describe(&e))?;
            let namespace = match Reflect::get(&imports, &module_name) {
                Ok(ns) if ns.is_object() => ns,
                _ => {
                    let ns: JsValue = Object::new().into();
                    Reflect::set(&imports, &module_name, &ns).map_err(|e| describe(&e))?;
                    ns
                }
            };
            let what = field.as_string().unwrap_or_default();
            let stand_in = Closure::<dyn Fn()>::new(move || {
                wasm_bindgen::throw_str(&format!("the reader needed {what}"))
            });
            Reflect::set(&namespace, &field, stand_in.as_ref()).map_err(|e| describe(&e))?;
            stand_ins.push(stand_in);
        }
        let instance = WebAssembly::Instance::new(&module, &imports).map_err(|e| describe(&e))?;
        Ok(Loaded {
            exports: instance.exports(),
            _imports: stand_ins,
        })
    }

    /// The module's bytes from the page's own origin. Synchronous: the worker does one thing
    /// at a time, and this file is what it is doing.
    fn fetch(url: &str) -> Result<JsValue, String> {
        let request = web_sys::XmlHttpRequest::new().map_err(|e| describe(&e))?;
        request
            .open_with_async("GET", url, false)
            .map_err(|e| describe(&e))?;
        request.set_response_type(web_sys::XmlHttpRequestResponseType::Arraybuffer);
        request
            .send()
            .map_err(|_| "the network is unreachable".to_string())?;
        match request.status() {
            Ok(200) => request.response().map_err(|e| describe(&e)),
            Ok(status) => Err(format!("the server answered {status}")),
            Err(e) => Err(describe(&e)),
        }
    }

    /// Hand the name and content to the module; its answer's bytes, or what went wrong.
    fn call(loaded: &Loaded, name: &str, given: Given<'_>) -> Result<Vec<u8>, String> {
        let export = |name: &str| -> Result<Function, String> {
            Reflect::get(&loaded.exports, &name.into())
                .map_err(|e| describe(&e))?
                .dyn_into::<Function>()
                .map_err(|_| format!("the reader has no {name}"))
        };
        let memory = || -> Result<WebAssembly::Memory, String> {
            Reflect::get(&loaded.exports, &"memory".into())
                .map_err(|e| describe(&e))?
                .dyn_into::<WebAssembly::Memory>()
                .map_err(|_| "the reader has no memory".to_string())
        };
        let alloc = export("reader_alloc")?;
        let (kind, data) = match given {
            Given::File(bytes) => (0, bytes),
            Given::Html(html) => (1, html.as_bytes()),
        };
        let place = |bytes: &[u8]| -> Result<f64, String> {
            let at = alloc
                .call1(&JsValue::NULL, &(bytes.len() as f64).into())
                .map_err(|e| describe(&e))?
                .as_f64()
                .ok_or("the reader gave no address")?;
            // After the allocation: growing its memory replaces the module's buffer.
            Uint8Array::new_with_byte_offset_and_length(
                &memory()?.buffer(),
                at as u32,
                bytes.len() as u32,
            )
            .copy_from(bytes);
            Ok(at)
        };
        let name_at = place(name.as_bytes())?;
        let data_at = place(data)?;
        let args = Array::of5(
            &kind.into(),
            &name_at.into(),
            &(name.len() as f64).into(),
            &data_at.into(),
            &(data.len() as f64).into(),
        );
        let len = export("reader_read")?
            .apply(&JsValue::NULL, &args)
            .map_err(|e| describe(&e))?
            .as_f64()
            .ok_or("the reader gave no answer")?;
        let at = export("reader_output")?
            .call0(&JsValue::NULL)
            .map_err(|e| describe(&e))?
            .as_f64()
            .ok_or("the reader gave no answer")?;
        Ok(
            Uint8Array::new_with_byte_offset_and_length(&memory()?.buffer(), at as u32, len as u32)
                .to_vec(),
        )
    }
}

/// Natively the engine reads every format itself (this crate turns on `readers` there), so
/// the reader is never needed.
#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use super::Given;
    use crate::protocol::ReaderSource;
    use corroborate_core::ingest::Ingested;

    pub fn page_source() -> Option<ReaderSource> {
        None
    }

    pub fn set_source(_source: ReaderSource) {}

    pub fn load() -> Result<(), String> {
        Err("this build reads every format itself".into())
    }

    pub fn read(_name: &str, _given: Given<'_>) -> Result<Ingested, String> {
        Err("this build reads every format itself".into())
    }
}
