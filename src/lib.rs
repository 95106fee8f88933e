//! # corroborate-web
//!
//! The Corroborate page: a thin Yew shell over [`corroborate_core`].
//!
//! - [`state`] — every change a user can make, as one reducer ([`state::AppState`],
//!   [`state::Action`]); pure, tested natively.
//! - [`protocol`], [`engine`], [`worker`], [`engine_host`] — the engine runs in a Web Worker:
//!   the page sends [`protocol::Request`]s through [`engine_host::EngineHost`], the worker
//!   answers them with [`engine::EngineCore`] (files read by [`reading`]), so the page never
//!   freezes on long reports. The worker runs the page's own WebAssembly; web pages, Word
//!   documents and legacy encodings are read by a separate module it loads when first
//!   needed ([`reader`]).
//! - [`view_model`] — a comparison turned into rows and styled runs, built once per comparison;
//!   [`windowing`] draws long ones a window of rows at a time.
//! - [`export`] — what a reader takes away: the HTML report, JSON, facts CSV, summary to paste.
//! - [`app`] and [`components`] — the page; one presentational component per file.
//! - [`hooks`] — the page's effects: comparing, the matrix, scrolling, the colour scheme,
//!   keyboard shortcuts (listed once, in [`shortcuts`], for the keys and the help dialog).
//! - [`storage`] and [`persistence`] — the shelf and settings kept in IndexedDB across visits.
//! - [`panic_screen`] — what the reader sees if the page itself hits a bug.
//! - [`dom`] and [`timing`] — the few browser calls: reading files, scrolling, User Timing.

pub mod app;
pub mod components;
pub mod dom;
pub mod engine;
pub mod engine_host;
pub mod examples;
pub mod export;
pub mod hooks;
pub mod labels;
pub mod panic_screen;
pub mod persistence;
pub mod protocol;
pub mod reader;
pub mod reading;
pub mod shared;
pub mod shortcuts;
pub mod state;
pub mod storage;
pub mod timing;
pub mod view_model;
pub mod windowing;
pub mod worker;
pub mod workers;

pub use app::App;
