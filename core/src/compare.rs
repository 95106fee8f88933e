//! The high-level entry point: two documents in, one [`Comparison`] out.

use crate::document::Document;
use crate::model::*;

/// Tunable settings of a comparison. `Options::default()` is what the page and CLI use.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Options {
    /// Shortest shared run of identical words reported as verbatim.
    pub min_verbatim_words: usize,
    /// Lowest alignment score at which two sentences are paired.
    pub align_threshold: f64,
    /// Compare paragraphs recognised as page furniture too.
    pub include_boilerplate: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_verbatim_words: 8,
            align_threshold: 0.3,
            include_boilerplate: false,
        }
    }
}

/// Compare two reports.
pub fn compare(left: &Document, right: &Document, options: &Options) -> Comparison {
    let summarize = |d: &Document| DocumentSummary {
        name: d.name.clone(),
        words: d.word_count(),
        sentences: d.sentences.len(),
        sentence_spans: d.sentences.iter().map(|s| s.span.clone()).collect(),
    };
    let _ = options;
    Comparison {
        left: summarize(left),
        right: summarize(right),
        similarity: 0.0,
        alignment: Vec::new(),
        verbatim: Vec::new(),
        facts: Vec::new(),
        conflicts: Vec::new(),
        summary: Summary::default(),
    }
}
