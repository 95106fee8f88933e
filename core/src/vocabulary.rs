//! Numbers for the folded words of reports compared together, so that the steps after
//! segmenting compare and hash numbers rather than strings.
//!
//! [`crate::compare`] numbers the words of both reports once; alignment, the word diffs and
//! verbatim passages then read [`Vocabulary::ids`] instead of each hashing or comparing
//! every folded word again (a 1 MB report has about 170,000 words and a few thousand
//! distinct ones).

use crate::document::{Document, Word};
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// The distinct folded words of a few documents, numbered from 0 in order of first
/// appearance (the documents in the order given, each in reading order): two words have the
/// same id exactly when their folded forms are equal.
///
/// ```
/// use corroborate_core::{vocabulary::Vocabulary, Document};
/// let left = Document::from_text("a", "The talks ended. THE END");
/// let right = Document::from_text("b", "Talks end.");
/// let vocabulary = Vocabulary::new(&[&left, &right]);
/// assert_eq!(vocabulary.ids(0), [0, 1, 2, 0, 3]);
/// assert_eq!(vocabulary.ids(1), [1, 3]);
/// assert_eq!(vocabulary.len(), 4);
/// assert_eq!(vocabulary.word(3), "end");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vocabulary {
    /// Per document, the id of each of its words.
    ids: Vec<Vec<u32>>,
    /// Per id, the folded word.
    words: Vec<String>,
}

impl Vocabulary {
    /// Number the words of `docs`.
    pub fn new(docs: &[&Document]) -> Vocabulary {
        Vocabulary::numbered(docs, |_, word| Cow::Borrowed(word.folded.as_str()))
    }

    /// Number the words of `docs` by their keys under `settings` ([`crate::fold::word_key`])
    /// rather than their folded forms: the numbering of the word differences.
    pub fn keyed(docs: &[&Document], settings: &crate::WordMatch) -> Vocabulary {
        Vocabulary::numbered(docs, |doc, word| {
            crate::fold::word_key(doc.slice(&word.span), &word.folded, settings)
        })
    }

    /// Number the words of `docs` by `key_of`: equal keys, equal ids. Keys borrowed from the
    /// documents are hashed without copying; only each distinct key is kept as a string.
    fn numbered<'d>(
        docs: &[&'d Document],
        key_of: impl Fn(&'d Document, &'d Word) -> Cow<'d, str>,
    ) -> Vocabulary {
        let total: usize = docs.iter().map(|d| d.words.len()).sum();
        let mut known: FxHashMap<Cow<'d, str>, u32> = FxHashMap::default();
        // Distinct words grow far slower than words; a sixteenth is a roomy start.
        known.reserve(total / 16);
        let mut words: Vec<String> = Vec::new();
        let ids = docs
            .iter()
            .map(|&doc| {
                doc.words
                    .iter()
                    .map(|word| {
                        let next = words.len() as u32;
                        *known.entry(key_of(doc, word)).or_insert_with_key(|key| {
                            words.push(key.to_string());
                            next
                        })
                    })
                    .collect()
            })
            .collect();
        Vocabulary { ids, words }
    }

    /// The id of each word of the `doc`-th document given to [`Vocabulary::new`], in the
    /// order of [`Document::words`].
    pub fn ids(&self, doc: usize) -> &[u32] {
        &self.ids[doc]
    }

    /// The folded word (or key, for [`Vocabulary::keyed`]) numbered `id`.
    pub fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }

    /// Number of distinct folded words (every id is below it).
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the documents have no words at all.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}
