//! # corroborate-web
//!
//! The Corroborate page: a thin Yew shell over [`corroborate_core`], in two sides with one
//! seam between them.
//!
//! - [`page`] — the browser's main thread: the state and its reducer, the components, the
//!   hooks, the windowing of long comparisons, the shelf kept across visits.
//! - [`worker`] — the engine worker: reading, comparing, the matrix, the similarity map and
//!   the exports, so the page never freezes on long reports.
//! - [`protocol`] — the messages between them, the one module both sides import: it owns
//!   the ids the page gives reports and the results the worker sends back.
//!
//! What the page draws and what a reader takes away (rows and styled runs, the exports, the
//! words for the engine's enums) is built by [`corroborate_present`], shared with the
//! command line.

pub mod js_error;
pub mod page;
pub mod protocol;
pub mod worker;

pub use page::app::App;
