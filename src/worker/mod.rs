//! The engine worker's side: everything that runs off the page's thread.
//!
//! The page sends [`Request`](crate::protocol::Request)s; [`entry`] receives them inside the
//! worker and hands them to [`engine::EngineCore`], which reads reports ([`reading`]), keeps
//! them, compares them, builds the fact × source matrix and the exports, and answers with
//! [`Response`](crate::protocol::Response)s. Web pages, Word documents and legacy encodings
//! are read by a separate WebAssembly module loaded the first time a file needs it
//! ([`reader_module`]). Nothing here imports the page's side.

pub mod engine;
pub mod entry;
pub mod reader_module;
pub mod reading;
