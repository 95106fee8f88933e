//! Folding for matching: case, accents, quote marks and Unicode normalisation, so that
//! "Élysée" matches "Elysee" and ’ matches '.

use unicode_normalization::UnicodeNormalization;

/// Fold one word for matching: NFKD, combining marks dropped, lower case, curly quotes and
/// dashes made plain.
pub fn fold(word: &str) -> String {
    word.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2010}'..='\u{2015}' => '-',
            other => other,
        })
        .collect()
}
