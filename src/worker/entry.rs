//! The worker's entry point: receive [`Request`]s, answer with [`Response`]s.
//!
//! The worker runs the engine's own WebAssembly (`src/bin/corroborate-engine.rs`, built
//! apart from the page's), started by the worker script (see
//! [`crate::page::worker_handle`]), which then calls [`start`].
//!
//! A panic in the engine is a bug, and with `panic = "abort"` (WebAssembly cannot catch a
//! panic) it ends this worker's WebAssembly instance. Before that happens the panic hook sends
//! [`Response::Crashed`] with the panic's message and what the worker was doing, so the page
//! can tell the user, keep their documents, and start a fresh worker. A comparison sends its
//! alignment, word differences and verbatim passages before it works out the facts, so a
//! panic in the facts costs the reader only the facts (see [`crate::worker::engine::finishing`]).

use crate::protocol::{decode, encode, Request, Response, Task};
use crate::worker::engine::EngineCore;
use js_sys::{Array, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

thread_local! {
    /// The request being carried out, for the crash report.
    static DOING: RefCell<Option<Task>> = const { RefCell::new(None) };
    /// Set by [`CRASH_DRILL`]: the next comparison panics, as a bug in the engine would.
    static CRASH_NEXT_COMPARE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Set by [`FACTS_DRILL`]: the facts of the next comparison the page asks for panic (not
    /// those of the warm-up, which compares on its own).
    static CRASH_NEXT_FACTS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A message (a string, which the page never sends: it sends bytes) that makes the worker's
/// next comparison panic. The browser tests send it from inside the worker to prove that a
/// real panic leaves the page working and the documents safe; it changes nothing else.
pub const CRASH_DRILL: &str = "crash-drill: next comparison";

/// Like [`CRASH_DRILL`], for the facts step alone: the next comparison's facts panic after
/// its alignment was sent, as a bug in the facts would.
pub const FACTS_DRILL: &str = "crash-drill: next facts";

/// Start answering the page's requests: called once, through the engine module's
/// `engine_worker_start` (`src/bin/corroborate-engine.rs`), after the worker script has started
/// that module inside the worker.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        post(&Response::Crashed {
            details: info.to_string(),
            during: crate::worker::engine::finishing()
                .or_else(|| DOING.with(|d| d.borrow().clone())),
        })
    }));
    let core = RefCell::new(EngineCore::default());
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        match event.data().as_string().as_deref() {
            Some(CRASH_DRILL) => return CRASH_NEXT_COMPARE.with(|c| c.set(true)),
            Some(FACTS_DRILL) => return CRASH_NEXT_FACTS.with(|c| c.set(true)),
            _ => {}
        }
        let bytes = Uint8Array::new(&event.data()).to_vec();
        match decode::<Request>(&bytes) {
            Ok(request) => {
                DOING.with(|d| *d.borrow_mut() = request.task());
                if matches!(request, Request::Compare { .. })
                    && CRASH_NEXT_COMPARE.with(|c| c.take())
                {
                    panic!("crash drill: a comparison panicked on purpose");
                }
                if matches!(request, Request::Compare { .. }) && CRASH_NEXT_FACTS.with(|c| c.take())
                {
                    crate::worker::engine::fail_next_facts();
                }
                core.borrow_mut().handle(request, &mut |r| post(&r));
                DOING.with(|d| *d.borrow_mut() = None);
            }
            Err(message) => post(&Response::Failed { job: None, message }),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page wants it: its handler must too.
    on_message.forget();
    post(&Response::Ready);
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Send an answer, handing its buffer over rather than copying it.
fn post(response: &Response) {
    let bytes = Uint8Array::from(&encode(response)[..]);
    let transfer = Array::of1(&bytes.buffer());
    // Posting fails only if the page is gone; then nobody is waiting for the answer.
    let _ = scope().post_message_with_transfer(&bytes, &transfer);
}
