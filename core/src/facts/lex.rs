//! A small lexer for fact extraction: words, numbers and punctuation, each with its byte span.
//!
//! The document's own words leave punctuation out, but facts need it: the period of "Dec." and
//! "U.S.", the comma of "December 1, 2025", the dash of a dateline, the possessive of
//! "Sunday's", quote marks. So each sentence is scanned once more here, in one linear pass.

use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (with inner digits, apostrophes, and the periods of "U.S." or "Dec.").
    Word,
    /// Digits with inner thousands separators or decimal point, and an ordinal suffix ("1st").
    Num,
    /// The possessive "'s" / "’s", split off so "Sunday's" is the weekday "Sunday".
    Possessive,
    /// Any other visible character.
    Punct,
}

/// One token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    /// Byte range in the document text.
    pub span: Range<usize>,
    /// What it is.
    pub kind: TokKind,
    /// True when white space separates it from the previous token (false for "28-point").
    pub space_before: bool,
}

/// Tokens of `text[range]`, spans relative to the whole `text`.
pub fn lex(text: &str, range: Range<usize>) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::new();
    let mut i = range.start;
    let end = range.end;
    let mut space = true;
    while i < end {
        let c = char_at(text, i);
        let len = c.len_utf8();
        if c.is_whitespace() {
            space = true;
            i += len;
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphabetic() {
            i = scan_word(text, i, end);
            kind = TokKind::Word;
        } else if c.is_ascii_digit() {
            i = scan_number(text, i, end);
            kind = TokKind::Num;
        } else if is_apostrophe(c)
            && !space
            && i + len < end
            && matches!(bytes[i + len], b's' | b'S')
            && !next_is_alnum(text, i + len + 1, end)
        {
            i += len + 1;
            kind = TokKind::Possessive;
        } else {
            i += len;
            kind = TokKind::Punct;
        }
        toks.push(Tok {
            span: start..i,
            kind,
            space_before: space,
        });
        space = false;
    }
    toks
}

fn char_at(text: &str, i: usize) -> char {
    text[i..]
        .chars()
        .next()
        .expect("invariant: index on a char boundary inside the text")
}

fn next_is_alnum(text: &str, i: usize, end: usize) -> bool {
    i < end && char_at(text, i).is_alphanumeric()
}

/// Apostrophes as news text writes them: straight, curly and the modifier letter.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Han, kana and Hangul: scripts written without spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

fn scan_word(text: &str, start: usize, end: usize) -> usize {
    let mut i = start;
    // A word stays in one kind of script: a page decoded with the wrong encoding turns a
    // curly quote into an ideograph glued to the next Latin word ("鈥揂ugust"), and the
    // Latin letters after it are still their own word.
    let cjk = is_cjk(char_at(text, start));
    while i < end {
        let c = char_at(text, i);
        if c.is_alphabetic() && is_cjk(c) != cjk {
            break;
        }
        if c.is_alphanumeric() || is_combining(c) {
            i += c.len_utf8();
        } else if is_apostrophe(c) && next_is_alnum(text, i + c.len_utf8(), end) {
            // "O'Brien" and "don't" stay whole; the possessive "'s" is split off.
            let after = i + c.len_utf8();
            let is_possessive = matches!(text.as_bytes()[after], b's' | b'S')
                && !next_is_alnum(text, after + 1, end);
            if is_possessive {
                break;
            }
            i = after;
        } else {
            break;
        }
    }
    let word = &text[start..i];
    if i < end && text.as_bytes()[i] == b'.' {
        let single_letter = word.chars().count() == 1;
        if single_letter {
            // Initialisms ("U.S.", "a.m.") and initials ("James B. Comey").
            let mut j = i + 1;
            while j + 1 < end {
                let c = char_at(text, j);
                if c.is_alphabetic() && c.len_utf8() == 1 && text.as_bytes()[j + 1] == b'.' {
                    j += 2;
                } else {
                    break;
                }
            }
            if j > i + 1 || word.chars().all(char::is_uppercase) {
                return j.max(i + 1);
            }
        } else if crate::lexicon::lexicon()
            .abbreviations()
            .contains(&word.to_lowercase())
        {
            return i + 1;
        }
    }
    i
}

fn is_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

fn scan_number(text: &str, start: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < end {
        let b = bytes[i];
        if b.is_ascii_digit()
            || ((b == b',' || b == b'.') && i + 1 < end && bytes[i + 1].is_ascii_digit())
        {
            i += 1;
        } else {
            break;
        }
    }
    // Ordinal suffixes: "1st", "22nd", "3rd", "10th" (compared as bytes: the next two bytes
    // may be half of a multi-byte character).
    if i + 2 <= end {
        let suffix = bytes[i..i + 2].to_ascii_lowercase();
        let is_ordinal = matches!(&suffix[..], b"st" | b"nd" | b"rd" | b"th");
        if is_ordinal && !next_is_alnum(text, i + 2, end) {
            return i + 2;
        }
    }
    i
}

/// A rough English singular, enough for matching "drones" with "drone".
pub(super) fn singular(k: &str) -> String {
    if k.len() > 4 && k.ends_with("ies") {
        format!("{}y", &k[..k.len() - 3])
    } else if k.ends_with("sses")
        || k.ends_with("xes")
        || k.ends_with("ches")
        || k.ends_with("shes")
    {
        k[..k.len() - 2].to_string()
    } else if k.len() > 3
        && k.ends_with('s')
        && !k.ends_with("ss")
        && !k.ends_with("us")
        && !k.ends_with("is")
    {
        k[..k.len() - 1].to_string()
    } else {
        k.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        lex(text, 0..text.len())
            .iter()
            .map(|t| &text[t.span.clone()])
            .collect()
    }

    #[test]
    fn keeps_abbreviations_initialisms_and_numbers_whole() {
        assert_eq!(
            words("U.S. envoy met Mr. Smith on Dec. 1 at 10 a.m., 1,000 km."),
            [
                "U.S.", "envoy", "met", "Mr.", "Smith", "on", "Dec.", "1", "at", "10", "a.m.", ",",
                "1,000", "km", "."
            ]
        );
    }

    #[test]
    fn splits_possessives_and_hyphens() {
        let text = "Sunday’s 28-point plan, Ukraine's O'Brien";
        let toks = lex(text, 0..text.len());
        let kinds: Vec<_> = toks
            .iter()
            .map(|t| (&text[t.span.clone()], t.kind))
            .collect();
        assert_eq!(kinds[0], ("Sunday", TokKind::Word));
        assert_eq!(kinds[1], ("’s", TokKind::Possessive));
        assert_eq!(kinds[2], ("28", TokKind::Num));
        assert_eq!(kinds[3], ("-", TokKind::Punct));
        assert!(!toks[3].space_before && !toks[4].space_before);
        assert_eq!(kinds[9], ("O'Brien", TokKind::Word));
    }

    #[test]
    fn mis_decoded_quotes_do_not_glue_to_words() {
        assert_eq!(
            words("July\u{9225}\u{63D3}ugust"),
            ["July", "\u{9225}\u{63D3}", "ugust"]
        );
        assert_eq!(words("東京 Tokyo"), ["東京", "Tokyo"]);
    }

    #[test]
    fn ordinals_and_initials() {
        assert_eq!(
            words("December 1st, James B. Comey"),
            ["December", "1st", ",", "James", "B.", "Comey"]
        );
    }
}
