//! # corroborate-present
//!
//! What Corroborate shows and hands out, in one place for the page and the command line:
//! plain functions from the engine's [`Comparison`](corroborate_core::Comparison) to what a
//! reader sees or takes away. No browser dependencies, so the command line writes the same
//! report, CSV and summary the page downloads, and both are tested natively.
//!
//! - [`view_model`] — a comparison turned into rows and styled runs, built once per
//!   comparison (in the page's engine worker), so the panes only walk them.
//! - [`export`] — the HTML report, the JSON, the facts CSV, the summary to paste.
//! - [`labels`] — the words for the engine's enums, so every view says the same.
//! - [`examples`] — the built-in example reports the page offers.

#![warn(missing_docs)]

pub mod examples;
pub mod export;
pub mod labels;
pub mod view_model;
