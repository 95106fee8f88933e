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

/// The straight quotation mark a typographic one stands for: ’ and ‘ are ', “ » are ".
fn plain_quote(c: char) -> Option<&'static str> {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => Some("'"),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => Some("\""),
        _ => None,
    }
}

/// Push a lower-case char, replacing typographic variants with the plain form.
fn push_plain(out: &mut String, c: char) {
    if let Some(quote) = plain_quote(c) {
        out.push_str(quote);
        return;
    }
    let plain: &str = match c {
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

/// The keys a word contributes to sentence alignment, each with whether it is a stop word.
///
/// Alignment wants "Oliynyk's turbines" to meet "the turbine Oliynyk ordered", "Zelenskiy"
/// to meet "Zelensky" and "Dec. 1st" to meet "December 1", so on top of [`fold`] each key
/// loses a possessive, a plural "s" and an "-ing" or "-ed" ending, months are spelled out,
/// ordinals lose their suffix, and letters go through the rough [`sound_key`]. A
/// hyphenated compound ("reagan-gorbachev", "28-point") gives one key per part. Stop words
/// are kept as they are; a word of dashes alone is its own key. The word diff never uses
/// these keys: it compares whole folded words.
///
/// ```
/// use corroborate_core::fold::align_terms;
/// let keys: Vec<(String, bool)> = align_terms("zelenskyy's").collect();
/// assert_eq!(keys, [("zelenski".to_string(), false)]);
/// ```
pub fn align_terms(folded: &str) -> impl Iterator<Item = (String, bool)> + '_ {
    // A word of dashes alone (a dash carrying a combining mark counts as a word) keys as
    // itself: a sentence without a single key could not even pair with itself.
    let dashes = folded
        .bytes()
        .all(|b| b == b'-')
        .then(|| (folded.to_string(), false));
    folded
        .split('-')
        .filter(|part| !part.is_empty())
        .map(|part| {
            if is_stop_word(part) {
                (part.to_string(), true)
            } else {
                (align_term(part), false)
            }
        })
        .chain(dashes)
}

fn align_term(folded: &str) -> String {
    let base = folded
        .strip_suffix("'s")
        .or_else(|| folded.strip_suffix('\''))
        .unwrap_or(folded);
    if let Some(month) = full_month(base) {
        return month.to_string();
    }
    let digits = base.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(&base[digits..], "st" | "nd" | "rd" | "th") {
        return base[..digits].to_string();
    }
    sound_key(strip_ending(base))
}

/// A light English stemmer rather than a full one: news plurals are mostly a bare "s"
/// ("ss", "us" and "is" endings are not plurals: "press", "census", "Paris"), and "-ing" and
/// "-ed" only go when four letters stay ("meeting" → "meet", but "during", "need" stay).
fn strip_ending(word: &str) -> &str {
    let n = word.len();
    if n > 3 && word.ends_with('s') && !["ss", "us", "is"].iter().any(|e| word.ends_with(e)) {
        return &word[..n - 1];
    }
    if n >= 7 && word.ends_with("ing") {
        return &word[..n - 3];
    }
    if n >= 6 && word.ends_with("ed") {
        return &word[..n - 2];
    }
    word
}

fn full_month(word: &str) -> Option<&'static str> {
    crate::lexicon::lexicon().month_full_key(word)
}

/// A rough phonetic key for any word, on a folded word, by which the alignment's index lets
/// sentences meet: y and j read as i, w as v, ph as f, kh as h, ck and c as k, x as ks, ou as
/// u, and doubled letters single. "Zelenskyy", "Zelenskiy" and "Zelensky" all give
/// "zelenski". Only a key to find candidates by: whether two spellings are one name is
/// decided by [`crate::spelling`].
pub fn sound_key(folded: &str) -> String {
    let chars: Vec<char> = folded.chars().collect();
    let mut out = String::with_capacity(folded.len());
    let mut last: Option<char> = None;
    let mut push = |c: char| {
        if last != Some(c) {
            out.push(c);
            last = Some(c);
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let next = chars.get(i + 1).copied();
        let (mapped, used): (&[char], usize) = match (chars[i], next) {
            ('p', Some('h')) => (&['f'], 2),
            ('k', Some('h')) => (&['h'], 2),
            ('c', Some('k')) => (&['k'], 2),
            ('c', Some('h')) => (&['c', 'h'], 2),
            ('o', Some('u')) => (&['u'], 2),
            ('c', _) => (&['k'], 1),
            ('x', _) => (&['k', 's'], 1),
            ('y' | 'j', _) => (&['i'], 1),
            ('w', _) => (&['v'], 1),
            _ => (std::slice::from_ref(&chars[i]), 1),
        };
        mapped.iter().for_each(|&c| push(c));
        i += used;
    }
    out
}

/// True for a folded word on the built-in English stop list.
pub fn is_stop_word(folded: &str) -> bool {
    crate::lexicon::lexicon().stop_words().contains(folded)
}

/// The key a word is compared by in the word differences under `settings`: its folded form
/// ([`fold`]), with what the settings say counts added back from the word as written (its
/// capitals, its kind of quote marks) or taken away (its own punctuation, the thousands
/// separators of a number). Two words are the same word in a diff exactly when their keys
/// are equal.
///
/// ```
/// use corroborate_core::{fold::{fold, word_key}, WordMatch};
/// let key = |w: &str, m: &WordMatch| word_key(w, &fold(w), m).into_owned();
/// let strict = WordMatch::default();
/// assert_ne!(key("Monday", &strict), key("monday", &strict));
/// assert_eq!(key("Monday’s", &strict), key("Monday's", &strict));
/// assert_eq!(key("Élysée", &strict), key("Elysee", &strict));
/// let loose = WordMatch { ignore_case: true, ignore_punctuation: true,
///                         ignore_number_format: true, quotes_alike: false };
/// assert_eq!(key("U.S.", &loose), key("us", &loose));
/// assert_eq!(key("1,000", &loose), key("1000", &loose));
/// assert_ne!(key("Monday’s", &loose), key("Monday's", &loose));
/// ```
pub fn word_key<'a>(
    written: &str,
    folded: &'a str,
    settings: &crate::WordMatch,
) -> std::borrow::Cow<'a, str> {
    use std::borrow::Cow;
    if settings.is_folded() {
        return Cow::Borrowed(folded);
    }
    let mut key: Cow<str> = Cow::Borrowed(folded);
    if settings.ignore_number_format {
        if let Some(plain) = ungrouped_number(folded) {
            key = Cow::Owned(plain);
        }
    }
    if settings.ignore_punctuation && key.chars().any(|c| !c.is_alphanumeric()) {
        let bare: String = key.chars().filter(|c| c.is_alphanumeric()).collect();
        // A word made only of marks ("&", "—") keeps them: it still has to match itself.
        if !bare.is_empty() {
            key = Cow::Owned(bare);
        }
    }
    let capitals = !settings.ignore_case && written.chars().any(char::is_uppercase);
    let quotes = !settings.quotes_alike && written.chars().any(is_quote_mark);
    if capitals || quotes {
        let mut owned = key.into_owned();
        // Separated from the folded letters by a character no word carries, so a suffix
        // never makes two different words equal.
        if capitals {
            owned.push('\u{0}');
            // Which letters are capitals, in order: accents and ligatures fold away, so
            // "Élysée" and "Elysee" stay alike while "US" and "Us" do not.
            owned.extend(written.chars().filter(|c| c.is_alphabetic()).map(|c| {
                if c.is_uppercase() {
                    'U'
                } else {
                    'l'
                }
            }));
        }
        if quotes {
            owned.push('\u{1}');
            owned.extend(written.chars().filter(|&c| is_quote_mark(c)));
        }
        key = Cow::Owned(owned);
    }
    key
}

/// Quotation marks and apostrophes of every style, straight and curly.
fn is_quote_mark(c: char) -> bool {
    matches!(c, '\'' | '"') || plain_quote(c).is_some()
}

/// Marks that group a number's digits in threes: commas, and the thin and no-break spaces
/// some styles use.
fn is_digit_group_mark(c: char) -> bool {
    matches!(c, ',' | '\u{2009}' | '\u{202F}' | '\u{00A0}')
}

/// A number whose digits are grouped ("1,000", "12,500.75", "$1,000"), without its group
/// marks; `None` for any other word.
fn ungrouped_number(folded: &str) -> Option<String> {
    let chars: Vec<char> = folded.chars().collect();
    let between_digits = |i: usize| {
        i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit())
    };
    let marks = |i: usize| is_digit_group_mark(chars[i]) && between_digits(i);
    (0..chars.len()).any(marks).then(|| {
        (0..chars.len())
            .filter(|&i| !marks(i))
            .map(|i| chars[i])
            .collect()
    })
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
    fn alignment_terms_drop_possessives_endings_and_spelling_and_split_compounds() {
        let keys = |w: &str| -> Vec<String> { align_terms(w).map(|(k, _)| k).collect() };
        assert_eq!(keys("oliynyk's"), ["olinik"]);
        assert_eq!(keys("turbines"), keys("turbine"));
        assert_eq!(keys("meeting"), keys("meet"));
        assert_eq!(keys("zelenskiy"), keys("zelensky"));
        assert_eq!(keys("dec"), ["december"]);
        assert_eq!(keys("1st"), ["1"]);
        assert_eq!(keys("paris"), ["paris"]);
        assert_eq!(keys("during"), ["during"]);
        assert_eq!(keys("reagan-gorbachev"), ["reagan", "gorbachev"]);
        assert_eq!(
            align_terms("the").collect::<Vec<_>>(),
            [("the".to_string(), true)]
        );
    }

    #[test]
    fn stop_list_is_sorted_and_recognises_function_words() {
        assert!(is_stop_word("the") && is_stop_word("said") && !is_stop_word("ceasefire"));
        assert!(is_stop_word("the") && is_stop_word("said"));
        assert!(!is_stop_word("turbine"));
    }
}
