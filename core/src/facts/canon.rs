//! Canonical keys: the folding that makes "Élysée" equal "Elysee", "U.S." equal "US", and the
//! rule that makes "Zelenskyy", "Zelenskiy" and "Zelensky" one surname but keeps "Zelenska"
//! apart.

use crate::fold::fold;
pub use crate::spelling::{edit_distance, skeleton};
use crate::spelling::{is_feminine_form, letters_are_name_variants};
use std::hash::Hasher;

/// A matching key for a word or phrase: folded (case, accents, quote marks), letters outside
/// Unicode decomposition spelled out (ð → d, ø → o, ß → ss), periods and apostrophes dropped
/// ("U.S." → "us", "O'Brien" → "obrien"), runs of spaces and hyphens made one space.
///
/// ```
/// use corroborate_core::facts::canon::key;
/// assert_eq!(key("Élysée"), key("Elysee"));
/// assert_eq!(key("Höfði"), "hofdi");
/// assert_eq!(key("U.S."), "us");
/// ```
pub fn key(text: &str) -> String {
    // Most tokens are plain ASCII words: fold them without Unicode normalisation.
    if text.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in fold(text).chars() {
        let spelled: &str = match c {
            'ð' | 'đ' => "d",
            'þ' => "th",
            'æ' => "ae",
            'œ' => "oe",
            'ø' => "o",
            'ß' => "ss",
            'ł' => "l",
            'ı' => "i",
            '.' | '\'' => "",
            c if c.is_whitespace() || c == '-' => {
                pending_space = !out.is_empty();
                continue;
            }
            _ => {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
                continue;
            }
        };
        if !spelled.is_empty() && pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push_str(spelled);
    }
    out
}

/// True when two surnames (or single-word names) are spellings of one name: their
/// transliteration skeletons are equal, or within one edit for names of six letters or more
/// (two from nine) — unless exactly one of them has a feminine ending.
///
/// This is the rule used to merge people across reports; the word diff can use it to show
/// "Zelenskyy" / "Zelenskiy" as a variant rather than an edit.
///
/// ```
/// use corroborate_core::facts::is_spelling_variant;
/// assert!(is_spelling_variant("Zelenskyy", "Zelenskiy"));
/// assert!(is_spelling_variant("Zelenskiy", "Zelensky"));
/// assert!(is_spelling_variant("Oliynyk", "Oleynik"));
/// assert!(is_spelling_variant("Élysée", "Elysee"));
/// assert!(!is_spelling_variant("Zelenska", "Zelensky"));
/// assert!(!is_spelling_variant("Paris", "Kyiv"));
/// ```
pub fn is_spelling_variant(a: &str, b: &str) -> bool {
    NameForm::new(a).is_variant(&NameForm::new(b))
}

/// A name prepared for comparison: its key, transliteration skeleton and gender marking,
/// computed once so clustering many mentions does not recompute them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameForm {
    /// The name's [`key`].
    pub key: String,
    skeleton: String,
    /// The skeleton's letters.
    letters: Vec<char>,
    feminine: bool,
}

impl NameForm {
    /// Prepare a name as written (or already a key).
    pub fn new(name: &str) -> NameForm {
        let key = key(name);
        let skeleton = skeleton(&key);
        NameForm {
            letters: skeleton.chars().collect(),
            skeleton,
            feminine: is_feminine_form(&key),
            key,
        }
    }

    /// True when the two have the same skeleton (a closer match than a mere variant).
    pub fn same_skeleton(&self, other: &NameForm) -> bool {
        self.skeleton == other.skeleton && self.feminine == other.feminine
    }

    /// Keys to index names by, so that finding the names this one may match needs no scan of
    /// them all: any two names with the same skeleton, or that [`NameForm::is_variant`] calls
    /// variants, share at least one key. The keys are hashes of the skeleton with up to as
    /// many letters deleted as the rule allows edits (none below six letters, one below nine,
    /// two from nine on): two strings within that many edits — an adjacent swap included —
    /// become equal after deleting at most that many letters from each (the
    /// symmetric-deletion index of spelling correctors). A shared key is a candidate, not a
    /// match (hashes can collide too): check it with [`NameForm::is_variant`].
    ///
    /// ```
    /// use corroborate_core::facts::canon::NameForm;
    /// let a = NameForm::new("Gorbachev").variant_keys();
    /// let b = NameForm::new("Gorbachov").variant_keys();
    /// assert!(a.iter().any(|k| b.contains(k)));
    /// ```
    pub fn variant_keys(&self) -> Vec<u64> {
        let letters = &self.letters;
        let n = letters.len();
        // The hash of the letters with those at `skip` left out.
        let hash = |skip: [usize; 2]| {
            let mut h = rustc_hash::FxHasher::default();
            for (i, c) in letters.iter().enumerate() {
                if !skip.contains(&i) {
                    h.write_u32(*c as u32);
                }
            }
            h.write_usize(n - skip.iter().filter(|&&i| i < n).count());
            h.finish()
        };
        let mut keys = vec![hash([n, n])];
        if n >= 6 {
            keys.extend((0..n).map(|i| hash([i, n])));
        }
        if n >= 9 {
            keys.extend(
                (0..n)
                    .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
                    .map(|(i, j)| hash([i, j])),
            );
        }
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// The rule of [`is_spelling_variant`].
    pub fn is_variant(&self, other: &NameForm) -> bool {
        if self.key == other.key {
            return true;
        }
        if self.key.is_empty() || other.key.is_empty() || self.feminine != other.feminine {
            return false;
        }
        letters_are_name_variants(&self.letters, self.feminine, &other.letters, other.feminine)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_case_accents_periods_and_spacing() {
        assert_eq!(key("Élysée Palace"), "elysee palace");
        assert_eq!(key("U.K."), key("UK"));
        assert_eq!(key("Halldórsdóttir"), "halldorsdottir");
        assert_eq!(key("  Ukraine-US "), "ukraine us");
    }

    #[test]
    fn transliterations_share_a_skeleton() {
        assert_eq!(skeleton("zelenskyy"), skeleton("zelenskiy"));
        assert_eq!(skeleton("zelenskiy"), skeleton("zelensky"));
        assert_eq!(skeleton("oliynyk"), skeleton("oliinyk"));
    }

    #[test]
    fn edit_distance_counts_swaps_once() {
        assert_eq!(edit_distance("macron", "marcon"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        // Past the stack rows too.
        let long = "ab".repeat(40);
        assert_eq!(edit_distance(&long, &format!("{long}c")), 1);
        assert_eq!(edit_distance(&format!("ba{long}"), &format!("ab{long}")), 1);
    }

    #[test]
    fn every_variant_or_same_skeleton_shares_an_index_key() {
        let names = [
            "Zelenskyy",
            "Zelensky",
            "Zelenska",
            "Oliynyk",
            "Oleynik",
            "Oliinyk",
            "Gorbachev",
            "Gorbachov",
            "Halldorsdottir",
            "Haldorsdotir",
            "Macron",
            "Marcon",
            "Yermak",
            "Jermak",
            "Lindqvist",
            "Lindquist",
            "Ann",
            "An",
            "",
            "Kowalczyk",
            "Kovalchik",
            "Abramowicz",
            "Abramovich",
            "Abramovitch",
        ];
        for a in names {
            for b in names {
                let (fa, fb) = (NameForm::new(a), NameForm::new(b));
                if fa.is_variant(&fb) || fa.same_skeleton(&fb) {
                    let keys = fb.variant_keys();
                    assert!(
                        fa.variant_keys().iter().any(|k| keys.contains(k)),
                        "{a} / {b}"
                    );
                }
            }
        }
    }

    #[test]
    fn variants_merge_but_gendered_forms_and_strangers_do_not() {
        assert!(is_spelling_variant("Zelenskyy", "Zelensky"));
        assert!(is_spelling_variant("Halldórsdóttir", "Halldorsdottir"));
        assert!(!is_spelling_variant("Zelenska", "Zelenskiy"));
        assert!(!is_spelling_variant("Ivanova", "Ivanov"));
        assert!(!is_spelling_variant("Putin", "Rutin"));
        assert!(!is_spelling_variant("Trump", "Tramp"));
        assert!(is_spelling_variant("Yermak", "Jermak"));
    }
}
