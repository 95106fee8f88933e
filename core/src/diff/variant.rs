//! Spelling variants: two spellings of one word, such as transliterations of a name
//! (Zelenskyy / Zelenskiy / Zelensky, Oliynyk / Oliinyk / Oleynik) or British and American
//! spellings (colour / color, organise / organize). A diff shows them as variants, not edits.
//!
//! The rule, in two parts, on folded words (accents and case already gone, so Reykjavík and
//! Reykjavik are simply equal):
//!
//! 1. **Names** — both words capitalised as written, at least four letters, neither a weekday,
//!    month or number, and one name under the rule the facts merge people by
//!    ([`crate::spelling`]): the same transliteration skeleton, or within an edit inside the
//!    name from six letters on (Zelenskyy / Zelensky, Oleynik / Oliynyk, Gorbachev /
//!    Gorbachov), never a feminine surname against a masculine one (Zelenska / Zelensky).
//! 2. **Other words** — at least five letters and equal once the regular British–American
//!    differences are evened out: -our/-or, -ise/-ize, -yse/-yze, -isation/-ization,
//!    -ence/-ense, -tre/-ter at the end, -ogue/-og, -amme/-am, doubled l. A looser rule would
//!    hide real edits between ordinary words ("mediation" / "meditation").

use crate::spelling::{is_feminine_form, letters_are_name_variants, skeleton};
use std::cell::OnceCell;

/// True when `left` and `right` (as written, with their folded forms) are spellings of one
/// word under the rule above. Equal folded words are not variants: they are equal.
pub fn is_variant(left: &str, left_folded: &str, right: &str, right_folded: &str) -> bool {
    Spelling::new(left, left_folded).is_variant_of(&Spelling::new(right, right_folded))
}

/// A word ready to be checked against many others with the rule above: what the rule reads
/// of it (transliteration skeleton, British–American form) is worked out at most once, not
/// once per pair, since a rewritten block checks every word on one side against every word
/// on the other.
#[derive(Debug)]
pub struct Spelling<'a> {
    folded: &'a str,
    capitalised: bool,
    forms: FormsOf<'a>,
}

/// What the rule reads of one folded word, worked out when first needed. A comparison keeps
/// one per distinct word, so that a word met in many rewritten blocks, and in both directions
/// of a diff, is read once.
#[derive(Debug, Default)]
pub(crate) struct Forms {
    /// The skeleton's letters, when the word can be a name variant at all.
    name: OnceCell<Option<Vec<char>>>,
    /// The British–American form, when the word is long enough to have one.
    plain: OnceCell<Option<String>>,
}

#[derive(Debug)]
enum FormsOf<'a> {
    Own(Forms),
    Shared(&'a Forms),
}

impl<'a> Spelling<'a> {
    /// A word as written and its folded form.
    pub fn new(written: &str, folded: &'a str) -> Spelling<'a> {
        Spelling {
            folded,
            capitalised: is_capitalised(written),
            forms: FormsOf::Own(Forms::default()),
        }
    }

    /// [`Spelling::new`], reading the folded word's forms into `forms`, which must only ever
    /// be given with this same folded word.
    pub(crate) fn with_forms(written: &str, folded: &'a str, forms: &'a Forms) -> Spelling<'a> {
        Spelling {
            folded,
            capitalised: is_capitalised(written),
            forms: FormsOf::Shared(forms),
        }
    }

    fn forms(&self) -> &Forms {
        match &self.forms {
            FormsOf::Own(forms) => forms,
            FormsOf::Shared(forms) => forms,
        }
    }

    /// [`is_variant`] of the two words.
    pub fn is_variant_of(&self, other: &Spelling) -> bool {
        if self.folded == other.folded {
            return false;
        }
        if self.capitalised && other.capitalised {
            match (self.name(), other.name()) {
                (Some(a), Some(b)) => letters_are_name_variants(
                    a,
                    is_feminine_form(self.folded),
                    b,
                    is_feminine_form(other.folded),
                ),
                _ => false,
            }
        } else {
            matches!((self.plain(), other.plain()), (Some(a), Some(b)) if a == b)
        }
    }

    /// Names: letters only, at least four of them, neither a weekday nor a month.
    fn name(&self) -> Option<&[char]> {
        self.forms()
            .name
            .get_or_init(|| {
                let w = self.folded;
                let eligible = w.chars().all(char::is_alphabetic)
                    && w.chars().count() >= 4
                    && !is_calendar_word(w);
                eligible.then(|| skeleton(w).chars().collect())
            })
            .as_deref()
    }

    /// Other words: at least five letters.
    fn plain(&self) -> Option<&str> {
        self.forms()
            .plain
            .get_or_init(|| {
                (self.folded.chars().count() >= 5).then(|| british_american(self.folded))
            })
            .as_deref()
    }
}

fn is_capitalised(written: &str) -> bool {
    written.chars().next().is_some_and(char::is_uppercase)
}

/// Weekdays and months: a different one is a contradiction, never a spelling.
fn is_calendar_word(w: &str) -> bool {
    crate::lexicon::lexicon().is_calendar_word(w)
}

/// A word with the regular British–American spelling differences evened out.
fn british_american(word: &str) -> String {
    // Most words hold none of the patterns: look before replacing, since each replacement
    // builds a new string (a rewritten block checks every word of both sides).
    let holds = |w: &str, pattern: &str| {
        let (w, pattern) = (w.as_bytes(), pattern.as_bytes());
        (0..(w.len() + 1).saturating_sub(pattern.len()))
            .any(|at| w[at] == pattern[0] && w[at + 1..at + pattern.len()] == pattern[1..])
    };
    let mut w = if holds(word, "ll") {
        word.replace("ll", "l")
    } else {
        word.to_string()
    };
    for (from, to) in [
        ("isation", "ization"),
        ("yse", "yze"),
        ("ise", "ize"),
        ("our", "or"),
        ("ence", "ense"),
        ("ogue", "og"),
        ("amme", "am"),
    ] {
        if holds(&w, from) {
            w = w.replace(from, to);
        }
    }
    if let Some(stem) = w.strip_suffix("tre") {
        w = format!("{stem}ter");
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    fn variant(a: &str, b: &str) -> bool {
        is_variant(a, &fold(a), b, &fold(b))
    }

    #[test]
    fn transliterated_names_are_variants() {
        assert!(variant("Zelenskyy", "Zelenskiy"));
        assert!(variant("Zelenskyy", "Zelensky"));
        assert!(variant("Oliynyk", "Oliinyk"));
        assert!(variant("Oleynik", "Oliynyk"));
        assert!(variant("Gorbachev", "Gorbachov"));
        assert!(variant("Aleksandr", "Alexandr"));
    }

    #[test]
    fn different_names_weekdays_and_grammar_are_not_variants() {
        assert!(!variant("Iran", "Iraq"));
        assert!(!variant("Tuesday", "Thursday"));
        assert!(!variant("Russia", "Russian"));
        assert!(!variant("Sweden", "Swedes"));
        assert!(!variant("Monday", "Sunday"));
        assert!(!variant("Paris", "Parma"));
    }

    #[test]
    fn british_and_american_spellings_are_variants_but_other_words_are_not() {
        assert!(variant("colour", "color"));
        assert!(variant("organisation", "organization"));
        assert!(variant("travelled", "traveled"));
        assert!(variant("centre", "center"));
        assert!(variant("defence", "defense"));
        assert!(!variant("mediation", "meditation"));
        assert!(!variant("talks", "talked"));
        assert!(!variant("former", "farmer"));
    }

    #[test]
    fn equal_words_are_not_variants() {
        assert!(!variant("Reykjavík", "Reykjavik"));
    }
}
