//! # corroborate-web
//!
//! The Corroborate page: a thin Yew shell over [`corroborate_core`].
//!
//! - [`state`] — every change a user can make, as one reducer ([`state::AppState`],
//!   [`state::Action`]); pure, tested natively.
//! - [`engine`] — the one place the engine runs ([`engine::run_comparison`]), ready to move into
//!   a Web Worker.
//! - [`view_model`] — a comparison turned into rows and styled runs, built once per comparison.
//! - [`app`] and [`components`] — the page; one presentational component per file.
//! - [`hooks`] — the page's effects: comparing, the matrix, scrolling, keyboard shortcuts.
//! - [`dom`] and [`timing`] — the few browser calls: reading files, scrolling, User Timing.

pub mod app;
pub mod components;
pub mod dom;
pub mod engine;
pub mod examples;
pub mod hooks;
pub mod labels;
pub mod shared;
pub mod state;
pub mod timing;
pub mod view_model;

pub use app::App;
