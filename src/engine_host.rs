//! The page's side of the engine worker: starting it, sending [`Request`]s, handing its
//! [`Response`]s to the page, and replacing it when it crashes.
//!
//! Comparisons are superseded, not queued: while one runs, only the newest pair the user
//! asked for waits, and it is sent as soon as the running one finishes. Answers to requests
//! the user has moved on from are still handed over; the state ignores stale ones.
//!
//! Where the worker script lives: next to the page (`worker_loader.js`, written by Trunk),
//! or, in the single-file build, inside the page itself (see `scripts/package-dist.mjs`),
//! handed over as `window.corroborateWorker = { glue, wasm }`.

#[cfg(feature = "in-page-engine")]
use crate::engine::EngineCore;
use crate::protocol::{decode, encode, Assembly, ExportKind, Input, Request, Response};
use crate::shared::Shared;
use crate::state::DocId;
use crate::timing;
use corroborate_core::{Document, Options};
use js_sys::{Array, Uint8Array};
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};
use yew::Callback;

/// The worker script Trunk writes next to the page.
const WORKER_SCRIPT: &str = "./worker_loader.js";

/// The engine worker, as the page sees it. Cloning gives another handle to the same worker.
#[derive(Clone)]
pub struct EngineHost {
    inner: Rc<RefCell<Inner>>,
}

impl PartialEq for EngineHost {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

struct Inner {
    backend: Backend,
    /// Requests written before the worker said it was ready.
    waiting: Vec<Request>,
    ready: bool,
    /// The comparison running now, and the newest one asked for since.
    running: Option<u32>,
    next: Option<Request>,
    next_job: u32,
    /// Reports whose reading was asked for (so each is read once).
    reading: HashSet<DocId>,
    /// Reports the worker holds.
    held: HashSet<DocId>,
    crashed: bool,
    /// A long comparison arriving in parts.
    assembly: Option<Assembly>,
    on_response: Callback<Response>,
}

enum Backend {
    /// A Web Worker and the handlers that keep its messages coming.
    Worker {
        worker: Worker,
        _on_message: Closure<dyn FnMut(MessageEvent)>,
        _on_error: Closure<dyn FnMut(ErrorEvent)>,
    },
    /// The engine on the page's own thread, for tests run without a worker script.
    #[cfg(feature = "in-page-engine")]
    InPage(Rc<RefCell<EngineCore>>),
    /// No engine could be started; requests are answered with that message.
    Unavailable(String),
}

impl EngineHost {
    /// Start the engine; every answer it gives goes to `on_response`.
    pub fn start(on_response: Callback<Response>) -> EngineHost {
        let inner = Rc::new(RefCell::new(Inner {
            backend: Backend::Unavailable(String::new()),
            waiting: Vec::new(),
            ready: false,
            running: None,
            next: None,
            next_job: 0,
            reading: HashSet::new(),
            held: HashSet::new(),
            crashed: false,
            assembly: None,
            on_response,
        }));
        let host = EngineHost { inner };
        host.spawn();
        host
    }

    /// Read a report into the worker, once per id.
    pub fn read(&self, id: DocId, name: &str, input: &Input) {
        if !self.inner.borrow_mut().reading.insert(id) {
            return;
        }
        self.send(Request::Read {
            id,
            name: name.to_string(),
            input: input.clone(),
        });
    }

    /// Compare two reports the worker holds; a newer call supersedes one still waiting.
    pub fn compare(&self, left: DocId, right: DocId, options: &Options) {
        let request = {
            let mut inner = self.inner.borrow_mut();
            inner.next_job += 1;
            let request = Request::Compare {
                job: inner.next_job,
                left,
                right,
                options: options.clone(),
            };
            if inner.running.is_some() {
                inner.next = Some(request);
                return;
            }
            inner.running = Some(inner.next_job);
            request
        };
        timing::mark_start("corroborate:compare");
        self.send(request);
    }

    /// Export the comparison of two reports the worker holds.
    pub fn export(
        &self,
        kind: ExportKind,
        left: DocId,
        right: DocId,
        options: &Options,
        exported_on: String,
    ) {
        self.send(Request::Export {
            kind,
            left,
            right,
            options: options.clone(),
            exported_on,
        });
    }

    /// Build the fact × source matrix of these reports.
    pub fn matrix(&self, docs: Vec<DocId>) {
        let job = {
            let mut inner = self.inner.borrow_mut();
            inner.next_job += 1;
            inner.next_job
        };
        self.send(Request::Matrix { job, docs });
    }

    /// Bring the worker's reports in line with the shelf: let go of the ones removed, and
    /// hand over read ones it does not hold (put back by an undo, or after a restart).
    /// `reading` are the reports still being read, which it will hold once read.
    pub fn sync(&self, docs: &[(DocId, Shared<Document>)], reading: &[DocId]) {
        let (gone, missing) = {
            let mut inner = self.inner.borrow_mut();
            let on_shelf = |id: &DocId| docs.iter().any(|(d, _)| d == id) || reading.contains(id);
            let gone: Vec<DocId> = inner
                .held
                .iter()
                .chain(inner.reading.iter())
                .filter(|id| !on_shelf(id))
                .copied()
                .collect();
            for id in &gone {
                inner.held.remove(id);
                inner.reading.remove(id);
            }
            let missing: Vec<(DocId, Shared<Document>)> = docs
                .iter()
                .filter(|(id, _)| !inner.held.contains(id) && !inner.reading.contains(id))
                .cloned()
                .collect();
            for (id, _) in &missing {
                inner.held.insert(*id);
            }
            (gone, missing)
        };
        for id in gone {
            self.send(Request::Forget { id });
        }
        for (id, doc) in missing {
            // Read again from its text, exactly as first read (the page keeps reports
            // without their words).
            self.send(Request::Read {
                id,
                name: doc.name.clone(),
                input: Input::Stored {
                    text: doc.text.clone(),
                    source: doc.source.clone(),
                    furniture: crate::state::SavedDoc::of(id, &doc).furniture,
                },
            });
        }
    }

    /// Replace a crashed worker with a fresh one; [`EngineHost::sync`] then hands it the
    /// reports the page still holds.
    pub fn restart(&self) {
        {
            let mut inner = self.inner.borrow_mut();
            if let Backend::Worker { worker, .. } = &inner.backend {
                worker.terminate();
            }
            inner.ready = false;
            inner.waiting.clear();
            inner.running = None;
            inner.next = None;
            inner.reading.clear();
            inner.held.clear();
            inner.crashed = false;
            inner.assembly = None;
        }
        self.spawn();
    }

    fn spawn(&self) {
        let backend = if cfg!(feature = "in-page-engine") {
            in_page()
        } else {
            spawn_worker(self).unwrap_or_else(|reason| {
                Backend::Unavailable(format!(
                    "the comparison engine could not start in this browser ({reason})"
                ))
            })
        };
        let ready = !matches!(backend, Backend::Worker { .. });
        let mut inner = self.inner.borrow_mut();
        inner.backend = backend;
        inner.ready = ready;
    }

    fn send(&self, request: Request) {
        let mut inner = self.inner.borrow_mut();
        if !inner.ready {
            inner.waiting.push(request);
            return;
        }
        match &inner.backend {
            Backend::Worker { worker, .. } => {
                let bytes = Uint8Array::from(&encode(&request)[..]);
                let transfer = Array::of1(&bytes.buffer());
                if let Err(error) = worker.post_message_with_transfer(&bytes, &transfer) {
                    let details = describe(&error);
                    drop(inner);
                    self.receive(Response::Crashed {
                        details,
                        during: None,
                    });
                }
            }
            #[cfg(feature = "in-page-engine")]
            Backend::InPage(core) => {
                let (core, host) = (core.clone(), self.clone());
                // Answer later, as a worker would, never inside the caller's render or effect.
                wasm_bindgen_futures::spawn_local(async move {
                    let mut answers = Vec::new();
                    core.borrow_mut().handle(request, &mut |r| answers.push(r));
                    for answer in answers {
                        host.receive(answer);
                    }
                });
            }
            Backend::Unavailable(reason) => {
                let details = reason.clone();
                drop(inner);
                self.receive(Response::Crashed {
                    details,
                    during: None,
                });
            }
        }
    }

    /// Handle one answer: keep the bookkeeping, then pass it to the page.
    fn receive(&self, response: Response) {
        let Some(response) = Assembly::take(&mut self.inner.borrow_mut().assembly, response) else {
            return;
        };
        let (follow_up, on_response) = {
            let mut inner = self.inner.borrow_mut();
            let mut follow_up = None;
            match &response {
                Response::Ready => {
                    inner.ready = true;
                    let waiting = std::mem::take(&mut inner.waiting);
                    drop(inner);
                    for request in waiting {
                        self.send(request);
                    }
                    return;
                }
                Response::Read { id, result } => {
                    if result.is_ok() && inner.reading.contains(id) {
                        inner.held.insert(*id);
                    }
                }
                Response::Compared { job, .. } | Response::Failed { job: Some(job), .. } => {
                    if inner.running == Some(*job) {
                        timing::measure_since("corroborate:compare");
                        inner.running = None;
                        follow_up = inner.next.take();
                        if let Some(Request::Compare { job, .. }) = &follow_up {
                            inner.running = Some(*job);
                        }
                    }
                }
                Response::Crashed { .. } => {
                    if inner.crashed {
                        return;
                    }
                    inner.crashed = true;
                    inner.ready = false;
                }
                _ => {}
            }
            (follow_up, inner.on_response.clone())
        };
        if matches!(response, Response::Compared { .. }) {
            timing::mark_start("corroborate:render");
        }
        on_response.emit(response);
        if let Some(request) = follow_up {
            timing::mark_start("corroborate:compare");
            self.send(request);
        }
    }
}

/// Start the Web Worker, from the script next to the page or the one inside the single file.
fn spawn_worker(host: &EngineHost) -> Result<Backend, String> {
    let window = web_sys::window().ok_or("no browser window")?;
    let inlined = js_sys::Reflect::get(&window, &"corroborateWorker".into())
        .ok()
        .filter(|v| v.is_object());
    let worker = match &inlined {
        Some(source) => {
            let url = js_sys::Reflect::get(source, &"url".into())
                .ok()
                .and_then(|u| u.as_string())
                .ok_or("the page's inlined worker has no URL")?;
            Worker::new(&url).map_err(|e| describe(&e))?
        }
        None => Worker::new(WORKER_SCRIPT).map_err(|e| describe(&e))?,
    };
    if let Some(source) = &inlined {
        // The inlined worker waits for its WebAssembly as its first message.
        let wasm = js_sys::Reflect::get(source, &"wasm".into()).map_err(|e| describe(&e))?;
        worker.post_message(&wasm).map_err(|e| describe(&e))?;
    }
    let on_message = {
        let host = host.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let decoding = timing::Measure::start("corroborate:decode");
            let bytes = Uint8Array::new(&event.data()).to_vec();
            let response = decode::<Response>(&bytes).unwrap_or_else(|details| Response::Crashed {
                details,
                during: None,
            });
            decoding.finish();
            host.receive(response);
        })
    };
    let on_error = {
        let host = host.clone();
        Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            let details = match event.message() {
                m if m.is_empty() => "the comparison engine stopped".to_string(),
                m => m,
            };
            host.receive(Response::Crashed {
                details,
                during: None,
            });
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Backend::Worker {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// The engine on the page's thread: only for the page's own browser tests, which run
/// without the worker script (the real page never links the engine into its own code).
fn in_page() -> Backend {
    #[cfg(feature = "in-page-engine")]
    return Backend::InPage(Rc::new(RefCell::new(EngineCore::default())));
    #[cfg(not(feature = "in-page-engine"))]
    unreachable!("invariant: called only with the in-page-engine feature")
}

fn describe(error: &JsValue) -> String {
    error
        .as_string()
        .or_else(|| error.dyn_ref::<js_sys::Error>().map(|e| e.message().into()))
        .unwrap_or_else(|| format!("{error:?}"))
}
