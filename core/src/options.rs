//! The settings of a comparison, read by every step (alignment, verbatim passages, facts)
//! and set by the page, the command line and the JSON. Kept apart from [`crate::compare`], the
//! orchestrator, so the steps depend on their settings and not on what runs them.

use crate::model::ConflictKey;
pub use crate::word_match::WordMatch;

/// Tunable settings of a comparison. `Options::default()` is what the page and CLI use.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Options {
    /// Shortest shared run of identical words reported as verbatim (default 8).
    pub min_verbatim_words: usize,
    /// Lowest alignment score (TF-IDF cosine, 0..=1) at which two sentences are paired
    /// (default 0.25: a sentence and its reworded counterpart usually score 0.4–0.9, and two
    /// independently written accounts of one thing often only 0.25–0.35, because each tells
    /// it in its own words around the shared names and figures; sentences that merely share
    /// a name or two score below 0.2, and between 0.2 and 0.25 pairs of one sub-topic with
    /// different details outnumber true counterparts).
    pub align_threshold: f64,
    /// Compare paragraphs recognised as page furniture too.
    pub include_boilerplate: bool,
    /// Contradictions the reader judged not to be contradictions: left out of the result,
    /// their two values listed as what each report alone says (see [`crate::facts::set_aside`]).
    pub set_aside: Vec<ConflictKey>,
    /// What counts as a word change in the word differences.
    pub word_match: WordMatch,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_verbatim_words: 8,
            align_threshold: 0.25,
            include_boilerplate: false,
            set_aside: Vec::new(),
            word_match: WordMatch::default(),
        }
    }
}
