//! The page's side of the engine worker: sending [`Request`]s, handing its [`Response`]s to
//! the page, and replacing it when it crashes.
//!
//! Comparisons are superseded, not queued: while one runs, only the newest pair the user
//! asked for waits, and it is sent as soon as the running one finishes. Answers to requests
//! the user has moved on from are still handed over; the state ignores stale ones.

use crate::page::shared::Shared;
use crate::page::state::{Loaded, Reading, SavedDoc};
use crate::page::timing;
use crate::page::worker_handle::{Kind, WorkerHandle};
use crate::protocol::DocId;
use crate::protocol::{
    decode, encode, Assembly, Compared, ExportKind, Input, Request, Response, Task,
};
#[cfg(feature = "in-page-engine")]
use crate::worker::engine::EngineCore;
use corroborate_core::{Document, Options, StepFailure};
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use yew::Callback;

/// The engine worker, as the page sees it. Cloning gives another handle to the same ones.
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
    engine: Backend,
    /// Requests written before the engine said it was ready.
    waiting: Vec<Request>,
    ready: bool,
    /// The comparison running now, and the newest one asked for since.
    running: Option<u32>,
    next: Option<Request>,
    next_job: u32,
    /// Reports whose reading was asked for (so each is read once).
    reading: HashSet<DocId>,
    /// Reports the engine holds.
    held: HashSet<DocId>,
    crashed: bool,
    /// Whether the engine was asked to warm up (once per page).
    warm_up_sent: bool,
    /// A long comparison arriving in parts.
    assembly: Option<Assembly>,
    on_response: Callback<Response>,
}

enum Backend {
    /// A Web Worker.
    Worker(WorkerHandle),
    /// The engine on the page's own thread, for the page's tests run without worker scripts.
    #[cfg(feature = "in-page-engine")]
    InPage(Rc<RefCell<EngineCore>>),
    /// The worker could not be started; requests are answered with this reason.
    Unavailable(String),
}

impl EngineHost {
    /// Start the engine; every answer it gives goes to `on_response`.
    pub fn start(on_response: Callback<Response>) -> EngineHost {
        let inner = Rc::new(RefCell::new(Inner {
            engine: Backend::Unavailable(String::new()),
            waiting: Vec::new(),
            warm_up_sent: false,
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
        host.spawn_engine();
        host
    }

    /// Read a report into the engine, once per id.
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

    /// Compare two reports the engine holds; a newer call supersedes one still waiting.
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

    /// Export the comparison of two reports the engine holds, leaving out the steps that
    /// `failed` on this pair.
    pub fn export(
        &self,
        kind: ExportKind,
        (left, right): (DocId, DocId),
        options: &Options,
        exported_on: String,
        failed: Vec<StepFailure>,
    ) {
        self.send(Request::Export {
            kind,
            left,
            right,
            options: options.clone(),
            exported_on,
            failed,
        });
    }

    /// Work out the similarity map of these reports.
    pub fn map(&self, docs: Vec<DocId>, options: Options) {
        let job = {
            let mut inner = self.inner.borrow_mut();
            inner.next_job += 1;
            inner.next_job
        };
        self.send(Request::Map { job, docs, options });
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

    /// Bring the engine's reports in line with the shelf: let go of the ones removed, and
    /// read again the ones it does not hold (put back by an undo, or after a restart).
    /// `reading` are the reports still being read, which it will hold once read.
    fn sync(&self, docs: &[(DocId, Shared<Document>)], reading: &[DocId]) {
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
        // Everything removed: rather than forget each report, a fresh worker takes the old
        // one's place, which hands all its memory back to the system (WebAssembly memory
        // never shrinks otherwise). An undo reads the reports into the new one.
        let emptied = docs.is_empty() && reading.is_empty() && !gone.is_empty();
        if emptied && matches!(self.inner.borrow().engine, Backend::Worker(_)) {
            self.restart();
            return;
        }
        for id in gone {
            self.send(Request::Forget { id });
        }
        for (id, doc) in missing {
            // Read again from its text, exactly as first read (the page keeps reports
            // without their words).
            let saved = SavedDoc::of(id, &doc);
            self.send(Request::Read {
                id,
                name: saved.name,
                input: Input::Stored {
                    text: saved.text,
                    source: saved.source,
                    furniture: saved.furniture,
                },
            });
        }
    }

    /// Replace the engine with a fresh one (after a crash, or once the shelf is emptied);
    /// [`EngineHost::take_over`] then hands it the reports the page still holds.
    pub fn restart(&self) {
        {
            let mut inner = self.inner.borrow_mut();
            if let Backend::Worker(worker) = &inner.engine {
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
        self.spawn_engine();
    }

    fn spawn_engine(&self) {
        let engine = if cfg!(feature = "in-page-engine") {
            in_page()
        } else {
            let (on_bytes, on_failure) = (self.clone(), self.clone());
            WorkerHandle::spawn(
                Kind::Engine,
                move |bytes| {
                    let decoding = timing::Measure::start("corroborate:decode");
                    let response = decode::<Response>(&bytes).unwrap_or_else(crashed);
                    decoding.finish();
                    on_bytes.receive(response);
                },
                move |reason| on_failure.failed(reason),
            )
            .map(Backend::Worker)
            .unwrap_or_else(Backend::Unavailable)
        };
        let mut inner = self.inner.borrow_mut();
        inner.ready = !matches!(engine, Backend::Worker(_));
        inner.engine = engine;
    }

    fn send(&self, request: Request) {
        let mut inner = self.inner.borrow_mut();
        if !inner.ready {
            inner.waiting.push(request);
            return;
        }
        match &inner.engine {
            Backend::Worker(worker) => {
                if let Err(why) = worker.post(&encode(&request)) {
                    drop(inner);
                    self.receive(crashed(why));
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
                let why = format!("the comparison engine could not start ({reason})");
                drop(inner);
                self.receive(crashed(why));
            }
        }
    }

    /// The worker failed or stopped: a crash once it has started, a failure to start (its
    /// WebAssembly could not be loaded) before it said it was ready.
    fn failed(&self, reason: String) {
        let started = self.inner.borrow().ready;
        self.receive(if started {
            crashed(reason)
        } else {
            Response::Crashed {
                details: reason,
                during: Some(Task::Starting),
            }
        });
    }

    /// Bring the engine in line with the shelf: the reports read (see [`EngineHost::sync`]),
    /// and those still being read; a fresh engine is handed all of them.
    pub fn take_over(&self, docs: &[Loaded], reading: &[Reading]) {
        let docs: Vec<(DocId, Shared<Document>)> =
            docs.iter().map(|l| (l.id, l.doc.clone())).collect();
        let reading_ids: Vec<DocId> = reading.iter().map(|r| r.id).collect();
        self.sync(&docs, &reading_ids);
        for r in reading {
            self.read(r.id, &r.name, &r.input);
        }
    }

    /// Handle one answer of the engine: keep the bookkeeping, then pass it to the page.
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
                    // A worker with nothing to do yet warms up, so the reader's first
                    // comparison runs as fast as later ones. Work already waiting goes first.
                    let warm_up = waiting.is_empty()
                        && !inner.warm_up_sent
                        && matches!(inner.engine, Backend::Worker(_));
                    inner.warm_up_sent |= warm_up;
                    drop(inner);
                    // First, so a web page waiting to be read finds its reader.
                    if let Some(source) = crate::worker::reader_module::page_source() {
                        self.send(Request::UseReader(source));
                    }
                    for request in waiting {
                        self.send(request);
                    }
                    if warm_up {
                        self.send(Request::WarmUp);
                    }
                    return;
                }
                Response::Read { id, result } if result.is_ok() && inner.reading.contains(id) => {
                    inner.held.insert(*id);
                }
                // The alignment sent ahead of the rest leaves the comparison running.
                Response::Compared(Compared {
                    job,
                    partial: false,
                    ..
                })
                | Response::Failed { job: Some(job), .. }
                    if inner.running == Some(*job) =>
                {
                    timing::measure_since("corroborate:compare");
                    inner.running = None;
                    follow_up = inner.next.take();
                    if let Some(Request::Compare { job, .. }) = &follow_up {
                        inner.running = Some(*job);
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
        if matches!(
            response,
            Response::Compared(Compared { partial: false, .. })
        ) {
            timing::mark_start("corroborate:render");
        }
        on_response.emit(response);
        if let Some(request) = follow_up {
            timing::mark_start("corroborate:compare");
            self.send(request);
        }
    }
}

/// An engine crash, for a reason the page knows but the worker could not say.
fn crashed(details: String) -> Response {
    Response::Crashed {
        details,
        during: None,
    }
}

/// The engine on the page's thread: only for the page's own browser tests, which run
/// without the worker scripts (the page users get always uses its workers).
fn in_page() -> Backend {
    #[cfg(feature = "in-page-engine")]
    return Backend::InPage(Rc::new(RefCell::new(EngineCore::default())));
    #[cfg(not(feature = "in-page-engine"))]
    unreachable!("invariant: called only with the in-page-engine feature")
}
