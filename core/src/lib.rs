//! # corroborate-core
//!
//! The engine behind Corroborate: it compares news reports of the same event and says which
//! sentences correspond, which words differ, and which facts both reports carry.
//! It has no browser dependency; the web page and the command line are thin shells over it.
//!
//! Start with [`compare`]: it takes two [`Document`]s and returns a [`Comparison`], plain data
//! that serialises to the JSON documented in the README. Under it sit small steps you can use on
//! their own, in pipeline order:
//!
//! 1. [`ingest`] — bytes of a file (`.txt`, `.md`, `.html`, `.docx`, any common encoding) → text,
//!    with typed errors for what a user can get wrong ([`IngestError`]).
//! 2. [`segment`] — text → paragraphs, sentences and words ([`Document`]); every span is a byte
//!    range into the document's text, so views never re-tokenise.
//! 3. [`align`] — which sentences correspond, even when reordered or reworded (1:1 and 2:1).
//! 4. [`diff`] — the word-level differences inside each corresponding pair.
//! 5. [`verbatim`] — passages of eight or more identical words shared anywhere (wire copy).
//! 6. [`facts`] — people, places, dates, numbers and quotes: corroborated, single-sourced or
//!    contradicted.
//!
//! ```
//! use corroborate_core::{compare, Document, Options};
//! let left = Document::from_text("a.txt", "The leaders met in Paris on Monday. They spoke for two hours.");
//! let right = Document::from_text("b.txt", "They spoke for two hours. The leaders met in Paris on Sunday.");
//! let comparison = compare(&left, &right, &Options::default());
//! assert_eq!(comparison.left.sentences, 2);
//! ```

pub mod align;
pub mod compare;
pub mod diff;
pub mod document;
pub mod facts;
pub mod fold;
pub mod ingest;
pub mod model;
pub mod segment;
pub mod span_serde;
pub mod verbatim;

pub use compare::{compare, Options};
pub use document::Document;
pub use ingest::IngestError;
pub use model::*;
