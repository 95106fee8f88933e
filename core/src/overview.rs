//! How close every pair of several reports is: the similarity map a reader scans first, to
//! see which accounts stand together and which apart, before opening any pair.
//!
//! ```
//! use corroborate_core::{overview, Document, Options};
//! let docs = [
//!     Document::from_text("a", "The ferry left Varna on Monday. It carried 212 people."),
//!     Document::from_text("b", "The ferry left Varna on Monday. It carried 212 people."),
//!     Document::from_text("c", "A storm closed the port of Burgas for two days."),
//! ];
//! let map = overview::similarity_map(&docs, &Options::default());
//! assert_eq!(map.len(), 3); // a–b, a–c, b–c
//! assert_eq!(map[0].similarity, 1.0);
//! assert!(map[1].similarity < 0.2);
//! ```

use crate::compare::compare;
use crate::document::Document;
use crate::options::Options;
use serde::{Deserialize, Serialize};

/// One pair of the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairOverview {
    /// The earlier report's index.
    pub left: usize,
    /// The later report's index.
    pub right: usize,
    /// The pair's similarity, 0..=1, as its comparison gives it.
    pub similarity: f64,
    /// Facts the two give different values for.
    pub contradictions: usize,
}

/// Every pair `(i, j)`, `i < j`, of `docs` in order (0–1, 0–2, …, 1–2, …), each with the
/// similarity and the contradictions its full comparison finds: the numbers the reader
/// sees when opening that pair.
pub fn similarity_map(docs: &[Document], options: &Options) -> Vec<PairOverview> {
    let mut pairs = Vec::with_capacity(docs.len() * docs.len().saturating_sub(1) / 2);
    for (i, left) in docs.iter().enumerate() {
        for (j, right) in docs.iter().enumerate().skip(i + 1) {
            let comparison = compare(left, right, options);
            pairs.push(PairOverview {
                left: i,
                right: j,
                similarity: comparison.similarity,
                contradictions: comparison.conflicts.len(),
            });
        }
    }
    pairs
}
