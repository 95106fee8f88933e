//! Folding for matching: case, accents, quote marks and Unicode normalisation, so that
//! "Élysée" matches "Elysee", "Höfði" matches "Hofdi" and ’ matches '.
//!
//! Folding only ever produces a *key* for comparing words; the text itself is never
//! rewritten, so every span stays a byte range into the original text (line endings,
//! decomposed accents and all).
//!
//! Start with [`fold`]. [`align_term`] goes one step further for sentence alignment only.

use unicode_normalization::UnicodeNormalization;

/// Fold one word for matching: compatibility decomposition (NFKD, so ligatures and
/// full-width forms match their plain letters), combining marks dropped (accents off), lower
/// case, curly quotes and dashes made plain, invisible format characters dropped, and the
/// Latin letters that have no decomposition (ð, ø, ł, ß, æ…) spelled the way English-language
/// newsrooms write them.
///
/// Never returns an empty string for a non-empty word: a word made only of marks folds to
/// itself, so every word can still be matched with an identical copy.
///
/// ```
/// use corroborate_core::fold::fold;
/// assert_eq!(fold("Élysée"), "elysee");
/// assert_eq!(fold("Höfði"), "hofdi");
/// assert_eq!(fold("Zelenskyy’s"), "zelenskyy's");
/// ```
pub fn fold(word: &str) -> String {
    // Most news words are plain ASCII; skip the normaliser for them (a 1 MB report has
    // about 170,000 words).
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) || is_invisible(c) {
            continue;
        }
        for lower in c.to_lowercase() {
            push_plain(&mut out, lower);
        }
    }
    if out.is_empty() {
        word.to_lowercase()
    } else {
        out
    }
}

/// Characters that change nothing a reader sees: soft hyphens, zero-width spaces and
/// joiners, the byte-order mark, word joiners. Pasted web text is full of them.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    )
}

/// Push a lower-case char, replacing typographic variants with the plain form.
fn push_plain(out: &mut String, c: char) {
    let plain: &str = match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => "\"",
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        // No canonical decomposition, so NFKD leaves these alone.
        'ð' | 'đ' => "d",
        'ø' => "o",
        'ł' => "l",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'ı' => "i",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(plain);
}

/// The key a word contributes to sentence alignment: its folded form with a possessive
/// `'s` and a plural `s` taken off, so "Oliynyk's turbines" and "the turbine Oliynyk
/// ordered" share two terms. Hyphenated compounds give one term per part (see
/// [`align_terms`]). Never used for the word diff, which compares whole folded words.
pub fn align_term(folded: &str) -> &str {
    let base = folded
        .strip_suffix("'s")
        .or_else(|| folded.strip_suffix('\''))
        .unwrap_or(folded);
    // A light plural rule rather than a stemmer: English news plurals are mostly a bare
    // "s", while "ss", "us" and "is" endings ("press", "census", "Paris") are not plurals.
    if base.len() > 3
        && base.ends_with('s')
        && !base.ends_with("ss")
        && !base.ends_with("us")
        && !base.ends_with("is")
    {
        &base[..base.len() - 1]
    } else {
        base
    }
}

/// The alignment terms of one folded word: a hyphenated compound ("reagan-gorbachev",
/// "28-point") gives each part, so it still matches text that spells the parts apart.
pub fn align_terms(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split('-')
        .filter(|part| !part.is_empty())
        .map(align_term)
        .filter(|term| !term.is_empty())
}

/// Common English function words, plus the reporting verbs every news sentence carries
/// ("said", "told", "according"). Sorted, for binary search.
///
/// They are weighted down in sentence alignment rather than ignored, so that two sentences
/// made only of them can still pair, and a capitalised one after an ambiguous abbreviation
/// ("…in the U.S. The minister…") starts a new sentence.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "according", "added", "after", "again", "against", "all", "also",
    "although", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "be",
    "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "doing", "down", "during", "each", "either", "even", "ever", "every",
    "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it",
    "its", "itself", "just", "least", "less", "may", "me", "might", "more", "most", "much",
    "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once",
    "one", "only", "onto", "or", "other", "others", "our", "ours", "ourselves", "out", "over",
    "own", "per", "said", "same", "say", "saying", "says", "several", "she", "should", "since",
    "so", "some", "such", "tell", "than", "that", "the", "their", "theirs", "them", "themselves",
    "then", "there", "these", "they", "this", "those", "though", "through", "thus", "to", "told",
    "too", "toward", "towards", "under", "until", "up", "upon", "us", "very", "via", "was", "we",
    "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
    "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
];

/// True for a folded word on the built-in English stop list.
pub fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.binary_search(&folded).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_letters_without_decomposition_fold_away() {
        assert_eq!(fold("Reykjavík"), fold("Reykjavik"));
        assert_eq!(fold("Höfði"), "hofdi");
        assert_eq!(fold("Halldórsdóttir"), "halldorsdottir");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Łódź"), "lodz");
    }

    #[test]
    fn decomposed_and_composed_accents_fold_alike() {
        assert_eq!(fold("E\u{301}lyse\u{301}e"), fold("Élysée"));
    }

    #[test]
    fn typographic_quotes_dashes_and_invisibles_fold_plain() {
        assert_eq!(fold("Oliynyk’s"), "oliynyk's");
        assert_eq!(fold("28‐point"), "28-point");
        assert_eq!(fold("geo\u{00AD}thermal"), "geothermal");
        assert_eq!(fold("ﬁrst"), "first");
    }

    #[test]
    fn a_word_of_marks_alone_never_folds_to_nothing() {
        assert!(!fold("\u{301}").is_empty());
        assert!(!fold("\u{200B}").is_empty());
    }

    #[test]
    fn alignment_terms_drop_possessives_and_plurals_and_split_compounds() {
        assert_eq!(align_term("oliynyk's"), "oliynyk");
        assert_eq!(align_term("turbines"), "turbine");
        assert_eq!(align_term("paris"), "paris");
        assert_eq!(align_term("press"), "press");
        let parts: Vec<&str> = align_terms("reagan-gorbachev").collect();
        assert_eq!(parts, ["reagan", "gorbachev"]);
    }

    #[test]
    fn stop_list_is_sorted_and_recognises_function_words() {
        assert!(STOP_WORDS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(is_stop_word("the") && is_stop_word("said"));
        assert!(!is_stop_word("turbine"));
    }
}
