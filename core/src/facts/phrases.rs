//! Word and phrase tables ("prime minister", "earlier this year", "more than"), built once
//! into hash tables, so a look-up at a token costs one hash, not a scan of the list.

use std::collections::HashMap;

/// A table of phrases of space-separated keys.
pub(crate) struct Phrases {
    /// First word → (phrase index, its words), longest first.
    by_first: HashMap<&'static str, Vec<(usize, Vec<&'static str>)>>,
}

impl Phrases {
    pub fn new(table: &'static [&'static str]) -> Phrases {
        type Index = HashMap<&'static str, Vec<(usize, Vec<&'static str>)>>;
        let mut by_first: Index = HashMap::new();
        for (i, phrase) in table.iter().enumerate() {
            let words: Vec<&'static str> = phrase.split(' ').collect();
            by_first.entry(words[0]).or_default().push((i, words));
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(i, words)| (std::cmp::Reverse(words.len()), *i));
        }
        Phrases { by_first }
    }

    /// The longest phrase starting at token `at`, where `key(i)` gives token `i`'s key:
    /// (phrase index in the table, number of words).
    pub fn longest_at<'k>(
        &self,
        at: usize,
        key: impl Fn(usize) -> &'k str,
    ) -> Option<(usize, usize)> {
        let list = self.by_first.get(key(at))?;
        list.iter()
            .find(|(_, words)| {
                words
                    .iter()
                    .enumerate()
                    .skip(1)
                    .all(|(k, w)| key(at + k) == *w)
            })
            .map(|(i, words)| (*i, words.len()))
    }
}

/// Declare a lazily built [`Phrases`] over a table.
macro_rules! phrase_table {
    ($name:ident, $table:expr) => {
        fn $name() -> &'static $crate::facts::phrases::Phrases {
            static TABLE: std::sync::OnceLock<$crate::facts::phrases::Phrases> =
                std::sync::OnceLock::new();
            TABLE.get_or_init(|| $crate::facts::phrases::Phrases::new($table))
        }
    };
}
pub(super) use phrase_table;
