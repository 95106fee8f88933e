//! [`WordMatch`]: which differences between two words count as a word change. Its own
//! module because both the settings ([`crate::Options`]) and the result they produce
//! ([`crate::Comparison::word_match`], which says what was ignored) carry it.

/// What counts as a word change in the word differences (and so in the similarity and in
/// whether a pair is told in the same words). These settings never change the text shown,
/// and never what the alignment, the verbatim passages or the facts read: those always read
/// words folded (case, accents and quote marks set aside), since a pair of sentences is the
/// same pair whatever its capitals. Accents and letter forms ("Élysée", "Elysee") are always
/// read alike too: outlets strip or keep them by house style, not to say something else.
///
/// ```
/// use corroborate_core::{compare, Document, Options, WordMatch};
/// let left = Document::from_text("a", "The ministry counted 1,000 votes on Monday.");
/// let right = Document::from_text("b", "The Ministry counted 1000 votes on Monday.");
/// let strict = compare(&left, &right, &Options::default());
/// assert!(strict.similarity < 1.0, "a capital and a thousands separator are word changes");
/// let loose = Options {
///     word_match: WordMatch { ignore_case: true, ignore_number_format: true, ..WordMatch::default() },
///     ..Options::default()
/// };
/// assert_eq!(compare(&left, &right, &loose).similarity, 1.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct WordMatch {
    /// "Monday" and "monday" are the same word (default off: a capital is a change).
    pub ignore_case: bool,
    /// A word's own punctuation is no change: "U.S." and "US", "co-operate" and
    /// "cooperate", "1,000" and "1000" (default off). Punctuation between words (commas, full stops) is never
    /// a word change.
    pub ignore_punctuation: bool,
    /// Curly and straight quotation marks and apostrophes are alike: "Monday’s" and
    /// "Monday's" (default on: house style, not wording).
    pub quotes_alike: bool,
    /// Numbers written with and without thousands separators are alike: "1,000" and "1000"
    /// (default off).
    pub ignore_number_format: bool,
}

impl Default for WordMatch {
    fn default() -> Self {
        WordMatch {
            ignore_case: false,
            ignore_punctuation: false,
            quotes_alike: true,
            ignore_number_format: false,
        }
    }
}

impl WordMatch {
    /// True when words match exactly as folded for alignment ([`crate::fold::fold`]): case
    /// and quote marks set aside, punctuation and number formatting kept.
    pub fn is_folded(&self) -> bool {
        self.ignore_case
            && self.quotes_alike
            && !self.ignore_punctuation
            && !self.ignore_number_format
    }

    /// The settings that are on, in words, for summaries and exports ("quotation marks
    /// alike", …), in a fixed order.
    pub fn described(&self) -> Vec<&'static str> {
        [
            (self.ignore_case, "case ignored"),
            (self.ignore_punctuation, "punctuation in words ignored"),
            (self.quotes_alike, "quotation marks alike"),
            (self.ignore_number_format, "number formatting ignored"),
        ]
        .into_iter()
        .filter_map(|(on, words)| on.then_some(words))
        .collect()
    }

    /// One line for summaries: the settings that are on, or that every difference counts.
    ///
    /// ```
    /// use corroborate_core::WordMatch;
    /// assert_eq!(WordMatch::default().summary(), "every difference counts but quotation mark style");
    /// let none = WordMatch { quotes_alike: false, ..WordMatch::default() };
    /// assert_eq!(none.summary(), "every difference counts");
    /// let two = WordMatch { ignore_case: true, ..WordMatch::default() };
    /// assert_eq!(two.summary(), "case ignored, quotation marks alike");
    /// ```
    pub fn summary(&self) -> String {
        match self.described().as_slice() {
            [] => "every difference counts".into(),
            ["quotation marks alike"] => "every difference counts but quotation mark style".into(),
            on => on.join(", "),
        }
    }
}
