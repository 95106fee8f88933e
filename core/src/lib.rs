#![warn(missing_docs)]
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
//! 2. [`segment`] — text → paragraphs, sentences and words ([`Document`]): UAX #29 plus the
//!    news abbreviations it gets wrong ("U.S. President", "Dec. 1", "James B. Comey"). Every
//!    span is a byte range into the document's text, so views never re-tokenise; [`fold`] gives
//!    each word the case-, accent- and quote-free form it is matched by.
//! 3. [`align`] — which sentences correspond, even when reordered or reworded: TF-IDF cosine
//!    over content words, candidates from an inverted index, pairs chosen best-first over the
//!    whole pair of reports, 1:1, 2:1 and 1:2; [`align::moved`] marks those told out of order.
//! 4. [`diff`] — the word-level differences inside each corresponding pair, with spelling
//!    variants of a name (Zelenskyy / Zelensky) told apart from real edits.
//! 5. [`verbatim`] — passages of eight or more identical words shared anywhere (wire copy).
//! 6. [`facts`] — people, places, dates, numbers and quotes: corroborated, single-sourced or
//!    contradicted.
//!
//! Steps 5 and 6 run after the alignment and the word differences, and each costs only
//! itself: a step that fails on a pair (a bug) leaves its results empty and says so in
//! [`Comparison::failed`], and the rest of the comparison is complete
//! ([`compare::compare_in_steps`]).
//!
//! The work grows about linearly with the length of the reports: no step compares every
//! sentence with every other, and repetitive text is bounded (see each module).
//!
//! ```
//! use corroborate_core::{compare, DiffTag, Document, Options, RowKind};
//! let left = Document::from_text("a.txt", "The leaders met in Paris on Monday. They spoke for two hours.");
//! let right = Document::from_text("b.txt", "They spoke for two hours. The leaders met in Paris on Sunday.");
//! let comparison = compare(&left, &right, &Options::default());
//!
//! // The first left sentence pairs with the second right one, reworded and moved;
//! // the second pairs with the first, word for word.
//! let first = &comparison.alignment[0];
//! assert_eq!((first.left.as_slice(), first.right.as_slice()), (&[0][..], &[1][..]));
//! assert_eq!((first.kind, first.moved), (RowKind::Reworded, true));
//! assert_eq!(comparison.alignment[1].kind, RowKind::Same);
//!
//! // Inside the pair only the weekday is marked, as byte ranges of each report's text.
//! let changed: Vec<&str> = first.left_diff.iter()
//!     .filter(|s| s.tag == DiffTag::Changed)
//!     .map(|s| left.slice(&s.span))
//!     .collect();
//! assert_eq!(changed, ["Monday"]);
//! assert!(comparison.similarity > 0.9 && comparison.similarity < 1.0);
//! ```

pub mod align;
pub mod compare;
pub mod corpus;
pub mod diff;
pub mod document;
pub mod facts;
pub mod fold;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod options;
pub mod overview;
pub mod segment;
pub mod span_serde;
pub mod spelling;
pub mod verbatim;
pub mod vocabulary;
pub mod word_match;

pub use compare::compare;
pub use document::Document;
pub use ingest::IngestError;
pub use model::*;
pub use options::Options;
pub use word_match::WordMatch;
