//! The page's side: everything that runs on the browser's main thread.
//!
//! - [`state`] — every change a user can make, as one reducer ([`state::AppState`],
//!   [`state::Action`]); pure, tested natively.
//! - [`app`] and [`components`] — the page; one presentational component per file.
//! - [`commands`] — what a click or a key does: actions for the reducer, and the acts on the
//!   page itself (reveal a row, focus it, export) done in the callback.
//! - [`hooks`] — the page's effects: comparing, the matrix, the colour scheme, keyboard
//!   shortcuts (listed once, in [`shortcuts`], for the keys and the help dialog).
//! - [`engine_host`] — the page's handle on the engine worker, started and restarted through
//!   [`worker_handle`]; it speaks only the [`protocol`](crate::protocol).
//! - [`windowing`] — long comparisons drawn a window of rows at a time.
//! - [`shelf_store`] and [`persistence`] — the shelf and settings kept in IndexedDB across
//!   visits.
//! - [`panic_screen`] — what the reader sees if the page itself hits a bug.
//! - [`dom`], [`timing`] and [`shared`] — the few browser calls (reading files, scrolling,
//!   User Timing) and the identity-compared `Rc` the components take as props.

pub mod app;
pub mod commands;
pub mod components;
pub mod dom;
pub mod engine_host;
pub mod hooks;
pub mod panic_screen;
pub mod persistence;
pub mod shared;
pub mod shelf_store;
pub mod shortcuts;
pub mod state;
pub mod timing;
pub mod windowing;
pub mod worker_handle;
