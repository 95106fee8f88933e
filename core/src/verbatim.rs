//! Verbatim passages: maximal runs of identical folded words that both reports share.

use crate::document::Document;
use crate::model::VerbatimPassage;

/// All maximal runs of at least `min_words` equal folded words shared by `left` and `right`.
pub fn verbatim(left: &Document, right: &Document, min_words: usize) -> Vec<VerbatimPassage> {
    let _ = (left, right, min_words);
    Vec::new()
}
