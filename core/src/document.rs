//! A report ready to compare: its text and where its paragraphs, sentences and words are.

use crate::ingest::{self, IngestError, SourceInfo};
use crate::segment;
pub use crate::segment::{Paragraph, Sentence, Word};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A report: its text as the user gave it (decoded, extracted) and its segmentation.
///
/// Every span is a byte range into [`Document::text`]; line endings and Unicode
/// normalisation are handled when words are folded, so the offsets stay those of the
/// original text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The name shown to the user (usually the file name).
    pub name: String,
    /// The report's text.
    pub text: String,
    /// Where the text came from: format, encoding, size.
    pub source: SourceInfo,
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order, across all paragraphs.
    pub sentences: Vec<Sentence>,
    /// Words in order, across all sentences.
    pub words: Vec<Word>,
}

impl Document {
    /// Segment a text the user typed or pasted.
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Document {
        let text = text.into();
        let source = SourceInfo::plain_text(text.len());
        Document::from_parts(name.into(), text, source, Vec::new())
    }

    /// Decode and segment a file's bytes, choosing the format by name and content.
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> Result<Document, IngestError> {
        let name = name.into();
        let ingested = ingest::ingest(&name, bytes)?;
        Ok(Document::from_parts(
            name,
            ingested.text,
            ingested.source,
            ingested.boilerplate,
        ))
    }

    /// Segment `text`, marking the paragraphs whose byte ranges are listed in `boilerplate`
    /// (plus any [`segment`] recognises itself) as page furniture.
    pub fn from_parts(
        name: String,
        text: String,
        source: SourceInfo,
        boilerplate: Vec<Range<usize>>,
    ) -> Document {
        let segmented = segment::segment(&text, &boilerplate);
        Document {
            name,
            text,
            source,
            paragraphs: segmented.paragraphs,
            sentences: segmented.sentences,
            words: segmented.words,
        }
    }

    /// The text of a byte range.
    pub fn slice(&self, span: &Range<usize>) -> &str {
        &self.text[span.clone()]
    }

    /// The title: the first non-empty line, trimmed (Markdown heading marks removed).
    pub fn title(&self) -> &str {
        self.text
            .lines()
            .map(|l| l.trim().trim_start_matches('#').trim())
            .find(|l| !l.is_empty())
            .unwrap_or(&self.name)
    }

    /// Whether this report comes before `other` in the one order, independent of which the
    /// user put on the left, in which the engine's greedy steps read a pair: by text, then by
    /// which paragraphs are furniture (two documents of one text can differ only there). Ties
    /// in those steps then go the same way whichever report is on the left, so swapping the
    /// reports mirrors the comparison. False for equal documents.
    pub(crate) fn reads_before(&self, other: &Document) -> bool {
        let furniture = |d: &Document| {
            d.paragraphs
                .iter()
                .map(|p| p.boilerplate)
                .collect::<Vec<_>>()
        };
        (self.text.as_str(), furniture(self)) < (other.text.as_str(), furniture(other))
    }

    /// Number of words outside boilerplate.
    pub fn word_count(&self) -> usize {
        self.sentences
            .iter()
            .filter(|s| !s.boilerplate)
            .map(|s| s.words.len())
            .sum()
    }
}
