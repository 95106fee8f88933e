//! The engine worker's side: everything that runs off the page's thread.
//!
//! The page sends [`Request`](crate::protocol::Request)s; [`entry`] receives them inside the
//! worker and hands them to [`engine::EngineCore`], which reads reports ([`reading`]), keeps
//! them, compares them, builds the fact × source matrix and the exports, and answers with
//! [`Response`](crate::protocol::Response)s. Web pages, Word documents and legacy encodings
//! are read by a separate WebAssembly module loaded the first time a file needs it
//! ([`reader_module`]). Nothing here imports the page's side.
//!
//! This side runs in a WebAssembly module of its own, `src/bin/corroborate-engine.rs`: the
//! page's module (`src/main.rs`) never calls into it, so it carries no engine and the page
//! draws before the engine has arrived.

pub mod engine;
pub mod entry;
pub mod reader_module;
pub mod reading;
