//! UAX #29 sentence and word boundaries for text made only of ASCII characters: the very
//! pieces `unicode-segmentation` gives, for a fraction of the work.
//!
//! Segmenting is a third of a comparison's time outside the facts step, and most of that was
//! the general boundary iterators looking every character up in Unicode-wide tables. Over
//! ASCII only a handful of categories occur, so these are the same state machines (rule for
//! rule, quirks included) over a 128-entry table. [`super`] uses them when a paragraph or a
//! sentence is ASCII and the general iterators otherwise; the tests check both give the same
//! pieces for every short string over each category, and for long random ones.

use std::ops::Range;

/// Sentence pieces of an ASCII `text`, as `split_sentence_bound_indices` cuts them.
pub(super) fn sentence_pieces(text: &str) -> Vec<Range<usize>> {
    debug_assert!(text.is_ascii());
    let mut pieces = Vec::new();
    let mut start = 0;
    for end in sentence_breaks(text.as_bytes()) {
        pieces.push(start..end);
        start = end;
    }
    pieces
}

/// Word pieces of an ASCII `text`, as `split_word_bound_indices` cuts them: every byte of the
/// text is in exactly one piece.
pub(super) fn word_pieces(text: &str) -> Vec<Range<usize>> {
    debug_assert!(text.is_ascii());
    let bytes = text.as_bytes();
    // About two pieces per word, words of five or six letters.
    let mut pieces = Vec::with_capacity(bytes.len() / 3 + 1);
    let mut start = 0;
    while start < bytes.len() {
        let end = start + word_piece_len(&bytes[start..]);
        pieces.push(start..end);
        start = end;
    }
    pieces
}

/// Sentence break property of an ASCII byte (UAX #29 table 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sb {
    Other,
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
}

/// [`sentence_category`] of every ASCII byte, looked up rather than worked out per byte.
static SENTENCE_CATEGORIES: [Sb; 128] = {
    let mut table = [Sb::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = sentence_category(b as u8);
        b += 1;
    }
    table
};

const fn sentence_category(b: u8) -> Sb {
    match b {
        b'\t' | 0x0B | 0x0C | b' ' => Sb::Sp,
        b'\n' => Sb::Lf,
        b'\r' => Sb::Cr,
        b'!' | b'?' => Sb::STerm,
        b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Sb::Close,
        b',' | b'-' | b':' | b';' => Sb::SContinue,
        b'.' => Sb::ATerm,
        b'0'..=b'9' => Sb::Numeric,
        b'A'..=b'Z' => Sb::Upper,
        b'a'..=b'z' => Sb::Lower,
        _ => Sb::Other,
    }
}

/// What the sentence machine remembers of the text read so far: its last four parts, runs of
/// Close and of Sp collapsed into one part each (as `unicode-segmentation` keeps it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    Cr,
    Lf,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

type State = [Part; 4];

fn advance(parts: State, cat: Sb) -> State {
    match (parts[3], cat) {
        (Part::ClosePlus, Sb::Close) | (Part::SpPlus, Sb::Sp) => parts,
        _ => [
            parts[1],
            parts[2],
            parts[3],
            match cat {
                Sb::Cr => Part::Cr,
                Sb::Lf => Part::Lf,
                Sb::ATerm => Part::ATerm,
                Sb::Upper | Sb::Lower => Part::UpperLower,
                Sb::Close => Part::ClosePlus,
                Sb::Sp => Part::SpPlus,
                Sb::STerm => Part::STerm,
                Sb::Other | Sb::Numeric | Sb::SContinue => Part::Other,
            },
        ],
    }
}

fn is_sa_term(part: Part) -> bool {
    matches!(part, Part::STerm | Part::ATerm)
}

/// SB8: ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower.
fn sb8(parts: &State, ahead: &[u8]) -> bool {
    let mut idx = if parts[3] == Part::SpPlus { 2 } else { 3 };
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    if parts[idx] != Part::ATerm {
        return false;
    }
    for &b in ahead {
        match SENTENCE_CATEGORIES[usize::from(b & 0x7F)] {
            Sb::Lower => return true,
            Sb::Upper | Sb::Cr | Sb::Lf | Sb::STerm | Sb::ATerm => return false,
            _ => {}
        }
    }
    false
}

/// SB8a (and SB10): SATerm Close* Sp*.
fn sb8a(parts: &State) -> bool {
    let mut idx = if parts[3] == Part::SpPlus { 2 } else { 3 };
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    is_sa_term(parts[idx])
}

/// SB9: SATerm Close*.
fn sb9(parts: &State) -> bool {
    let idx = if parts[3] == Part::ClosePlus { 2 } else { 3 };
    is_sa_term(parts[idx])
}

/// SB11: SATerm Close* Sp* ParaSep?
fn sb11(parts: &State) -> bool {
    let mut idx = if matches!(parts[3], Part::Cr | Part::Lf) {
        2
    } else {
        3
    };
    if parts[idx] == Part::SpPlus {
        idx -= 1;
    }
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    is_sa_term(parts[idx])
}

/// Byte offsets where a sentence ends, the end of the text included (none for an empty text).
fn sentence_breaks(text: &[u8]) -> Vec<usize> {
    let mut breaks = Vec::new();
    let mut state: State = [Part::Sot; 4];
    for (at, &b) in text.iter().enumerate() {
        let before = state;
        let cat = SENTENCE_CATEGORIES[usize::from(b & 0x7F)];
        state = advance(state, cat);
        let breaks_here = match cat {
            // SB1: the start of the text is no sentence end.
            _ if before[3] == Part::Sot => false,
            // SB3.
            Sb::Lf if before[3] == Part::Cr => false,
            // SB4.
            _ if matches!(before[3], Part::Cr | Part::Lf) => true,
            // SB6.
            Sb::Numeric if before[3] == Part::ATerm => false,
            // SB7.
            Sb::Upper if before[2] == Part::UpperLower && before[3] == Part::ATerm => false,
            // SB8.
            _ if sb8(&before, &text[at..]) => false,
            // SB8a.
            Sb::SContinue | Sb::STerm | Sb::ATerm if sb8a(&before) => false,
            // SB9.
            Sb::Close | Sb::Sp | Sb::Cr | Sb::Lf if sb9(&before) => false,
            // SB10.
            Sb::Sp | Sb::Cr | Sb::Lf if sb8a(&before) => false,
            // SB11.
            _ if sb11(&before) => true,
            // SB998.
            _ => false,
        };
        if breaks_here {
            breaks.push(at);
        }
    }
    // SB2.
    if !text.is_empty() {
        breaks.push(text.len());
    }
    breaks
}

/// Word break property of an ASCII byte (UAX #29 table 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wb {
    Any,
    Cr,
    Lf,
    Newline,
    WSegSpace,
    DoubleQuote,
    SingleQuote,
    MidNum,
    MidNumLet,
    MidLetter,
    Numeric,
    ALetter,
    ExtendNumLet,
}

/// [`word_category`] of every ASCII byte, looked up rather than worked out per byte.
static WORD_CATEGORIES: [Wb; 128] = {
    let mut table = [Wb::Any; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = word_category(b as u8);
        b += 1;
    }
    table
};

const fn word_category(b: u8) -> Wb {
    match b {
        b'\n' => Wb::Lf,
        0x0B | 0x0C => Wb::Newline,
        b'\r' => Wb::Cr,
        b' ' => Wb::WSegSpace,
        b'"' => Wb::DoubleQuote,
        b'\'' => Wb::SingleQuote,
        b',' | b';' => Wb::MidNum,
        b'.' => Wb::MidNumLet,
        b':' => Wb::MidLetter,
        b'0'..=b'9' => Wb::Numeric,
        b'A'..=b'Z' | b'a'..=b'z' => Wb::ALetter,
        b'_' => Wb::ExtendNumLet,
        _ => Wb::Any,
    }
}

/// Length of the first word piece of a non-empty ASCII text. Without Extend, Format, ZWJ,
/// Hebrew, Katakana, regional indicators or emoji in ASCII, the rules left are WB3–WB3d,
/// WB5–WB13b and WB999.
fn word_piece_len(text: &[u8]) -> usize {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum In {
        Space,
        Letter,
        Numeric,
        ExtendNumLet,
        /// Past a MidLetter, MidNumLet or single quote after a letter, which joins only
        /// when a letter follows (WB6, WB7).
        NeedLetter,
        /// Past a MidNum, MidNumLet or single quote after a digit, which joins only when a
        /// digit follows (WB11, WB12).
        NeedNumeric,
    }
    let mut state = match WORD_CATEGORIES[usize::from(text[0] & 0x7F)] {
        // WB3, WB3a.
        Wb::Cr => return if text.get(1) == Some(&b'\n') { 2 } else { 1 },
        Wb::ALetter => In::Letter,
        Wb::Numeric => In::Numeric,
        Wb::ExtendNumLet => In::ExtendNumLet,
        Wb::WSegSpace => In::Space,
        // WB3a and WB999.
        _ => return 1,
    };
    // Where the piece ends if a pending MidLetter or MidNum finds no partner.
    let mut fallback = 0;
    for (at, &b) in text.iter().enumerate().skip(1) {
        let cat = WORD_CATEGORIES[usize::from(b & 0x7F)];
        state = match (state, cat) {
            // WB3d.
            (In::Space, Wb::WSegSpace) => In::Space,
            // WB5, WB9, WB13a.
            (In::Letter, Wb::ALetter) => In::Letter,
            (In::Letter, Wb::Numeric) => In::Numeric,
            (In::Letter, Wb::ExtendNumLet) => In::ExtendNumLet,
            (In::Letter, Wb::MidLetter | Wb::MidNumLet | Wb::SingleQuote) => {
                fallback = at;
                In::NeedLetter
            }
            // WB8, WB10, WB13a.
            (In::Numeric, Wb::Numeric) => In::Numeric,
            (In::Numeric, Wb::ALetter) => In::Letter,
            (In::Numeric, Wb::ExtendNumLet) => In::ExtendNumLet,
            (In::Numeric, Wb::MidNum | Wb::MidNumLet | Wb::SingleQuote) => {
                fallback = at;
                In::NeedNumeric
            }
            // WB13a, WB13b.
            (In::ExtendNumLet, Wb::ExtendNumLet) => In::ExtendNumLet,
            (In::ExtendNumLet, Wb::ALetter) => In::Letter,
            (In::ExtendNumLet, Wb::Numeric) => In::Numeric,
            // WB7, WB11.
            (In::NeedLetter, Wb::ALetter) => In::Letter,
            (In::NeedNumeric, Wb::Numeric) => In::Numeric,
            (In::NeedLetter | In::NeedNumeric, _) => return fallback,
            // WB999.
            _ => return at,
        };
    }
    match state {
        In::NeedLetter | In::NeedNumeric => fallback,
        _ => text.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn library_sentences(text: &str) -> Vec<Range<usize>> {
        text.split_sentence_bound_indices()
            .map(|(at, piece)| at..at + piece.len())
            .collect()
    }

    fn library_words(text: &str) -> Vec<Range<usize>> {
        text.split_word_bound_indices()
            .map(|(at, piece)| at..at + piece.len())
            .collect()
    }

    /// One byte of every sentence and word category, and of no category.
    const EACH_CATEGORY: &[u8] = b"aZ7.!?,-:;\"'()_ \t\x0b\r\n#";

    #[test]
    fn every_string_of_up_to_four_categories_cuts_as_the_library_does() {
        let n = EACH_CATEGORY.len();
        let mut text = String::new();
        for len in 0..=4u32 {
            for mut code in 0..n.pow(len) {
                text.clear();
                for _ in 0..len {
                    text.push(EACH_CATEGORY[code % n] as char);
                    code /= n;
                }
                assert_eq!(sentence_pieces(&text), library_sentences(&text), "{text:?}");
                assert_eq!(word_pieces(&text), library_words(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn every_ascii_character_has_the_library_category() {
        // Each character between contexts that tell its category apart.
        for b in 0..=127u8 {
            let c = b as char;
            for context in [
                "a{}b", "A.{}b", "A. {}a", "1{}2", "a{}a", "{} a", "x!{} a", "a {}",
            ] {
                let text = context.replace("{}", &c.to_string());
                assert_eq!(sentence_pieces(&text), library_sentences(&text), "{text:?}");
                assert_eq!(word_pieces(&text), library_words(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn news_copy_cuts_as_the_library_does() {
        let text = "U.S. envoys met Gen. Lee on Dec. 1. \"It's done,\" he said (at 3:30 p.m.). \
                    Was it? Yes!  The 28-point plan costs $1,000.50; e.g. a_b... ok.\tEnd";
        assert_eq!(sentence_pieces(text), library_sentences(text));
        assert_eq!(word_pieces(text), library_words(text));
    }

    proptest! {
        #[test]
        fn random_ascii_cuts_as_the_library_does(
            text in proptest::collection::vec(
                prop_oneof![
                    4 => proptest::sample::select(EACH_CATEGORY.to_vec()),
                    1 => 0u8..128,
                ],
                0..60,
            ).prop_map(|bytes| String::from_utf8(bytes).expect("invariant: ASCII"))
        ) {
            prop_assert_eq!(sentence_pieces(&text), library_sentences(&text));
            prop_assert_eq!(word_pieces(&text), library_words(&text));
        }
    }
}
