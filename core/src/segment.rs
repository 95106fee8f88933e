//! Text → paragraphs, sentences and words (UAX #29 via `unicode-segmentation`, plus the news
//! abbreviations it gets wrong).

use crate::document::{Paragraph, Sentence, Word};
use std::ops::Range;

/// The segmentation of one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmented {
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Words in order.
    pub words: Vec<Word>,
}

/// Segment `text`; paragraphs overlapping a range in `boilerplate` are marked as such.
pub fn segment(text: &str, boilerplate: &[Range<usize>]) -> Segmented {
    // Placeholder: one paragraph per non-empty line, one sentence per paragraph.
    let mut out = Segmented::default();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = offset + (line.len() - line.trim_start().len());
            let span = start..start + trimmed.len();
            let is_boiler = boilerplate.iter().any(|b| b.start < span.end && span.start < b.end);
            let first_word = out.words.len();
            for (i, w) in trimmed.split_word_bound_indices_placeholder() {
                out.words.push(Word { span: start + i..start + i + w.len(), folded: crate::fold::fold(w) });
            }
            out.sentences.push(Sentence { span: span.clone(), paragraph: out.paragraphs.len(), words: first_word..out.words.len(), boilerplate: is_boiler });
            out.paragraphs.push(Paragraph { span, boilerplate: is_boiler });
        }
        offset += line.len();
    }
    out
}

trait Placeholder {
    fn split_word_bound_indices_placeholder(&self) -> Vec<(usize, &str)>;
}
impl Placeholder for str {
    fn split_word_bound_indices_placeholder(&self) -> Vec<(usize, &str)> {
        use unicode_segmentation::UnicodeSegmentation;
        self.unicode_word_indices().collect()
    }
}
