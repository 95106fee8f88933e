//! When two spellings are one name: one rule, read by the word diff (a variant shown as
//! such, not as an edit: [`crate::diff::variant`]) and by the facts (one person across
//! reports: [`crate::facts::canon`]).
//!
//! A name is compared by its transliteration [`skeleton`] — the spellings romanisation
//! systems disagree on collapsed, so "Zelenskyy", "Zelenskiy" and "Zelensky" are one — and
//! two skeletons are one name when they are equal, or, from six letters on, within one edit
//! (two from nine) that keeps the first and last letters ("Gorbachev" / "Gorbachov",
//! "Oleynik" / "Oliynyk"): a change at the end is grammar ("Russia" / "Russian"), a change at
//! the start another name. A feminine surname and a masculine one are never one name, however
//! close ("Zelenska" / "Zelensky").
//!
//! ```
//! use corroborate_core::spelling::{is_name_variant, skeleton};
//! assert_eq!(skeleton("zelenskyy"), skeleton("zelensky"));
//! assert!(is_name_variant("gorbachev", "gorbachov"));
//! assert!(!is_name_variant("zelenska", "zelensky"));
//! assert!(!is_name_variant("russia", "russian"));
//! ```

/// The transliteration skeleton of a folded name: the spellings that romanisation systems
/// disagree on are collapsed, so that "zelenskyy", "zelenskiy" and "zelensky" share one
/// skeleton, and "oliynyk", "oliinyk" come within one edit of "oleynik".
pub fn skeleton(folded: &str) -> String {
    let mut s = folded.replace(['-', ' '], "");
    // Order matters: multi-letter spellings first.
    for (from, to) in [
        ("x", "ks"),
        ("ck", "k"),
        ("shch", "sc"),
        ("sch", "sh"),
        ("kh", "h"),
        ("zh", "j"),
        ("ts", "c"),
        ("tz", "c"),
        ("ph", "f"),
        ("w", "v"),
        ("ou", "u"),
        ("yy", "y"),
        ("iy", "y"),
        ("ij", "y"),
        ("yi", "y"),
        ("ii", "y"),
        ("ie", "e"),
    ] {
        s = s.replace(from, to);
    }
    // A final -i / -y / -j is one ending however it is romanised (Zelenskyi, Zelensky), and
    // an initial J- / I- / Y- one sound (Jermak, Yermak).
    if s.ends_with('i') || s.ends_with('j') {
        s.pop();
        s.push('y');
    }
    if s.starts_with('j') {
        s.replace_range(0..1, "y");
    }
    let mut out = String::with_capacity(s.len());
    // Doubled letters are one sound however a romanisation writes it (Mohammad, Mohamad).
    for c in s.chars().map(|c| if c == 'i' { 'y' } else { c }) {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// True when two folded names are spellings of one name under the rule above.
pub fn is_name_variant(a: &str, b: &str) -> bool {
    let letters = |w: &str| -> Vec<char> { skeleton(w).chars().collect() };
    a == b
        || letters_are_name_variants(
            &letters(a),
            is_feminine_form(a),
            &letters(b),
            is_feminine_form(b),
        )
}

/// The rule above on skeletons already split into letters, with whether each name has a
/// feminine ending (see [`is_feminine_form`]), for callers that compare one name with many.
pub fn letters_are_name_variants(
    a: &[char],
    a_feminine: bool,
    b: &[char],
    b_feminine: bool,
) -> bool {
    if a_feminine != b_feminine {
        return false;
    }
    if a == b {
        return true;
    }
    // Short names are too easily one edit apart (Trump / Tramp), so edits are allowed only
    // from six letters on, and only inside the name.
    let shortest = a.len().min(b.len());
    if shortest < 6 || a.first() != b.first() || a.last() != b.last() {
        return false;
    }
    let allowed = if shortest >= 9 { 2 } else { 1 };
    // Each edit changes the length by at most one letter: a cheap test first.
    a.len().abs_diff(b.len()) <= allowed && letter_distance(a, b) <= allowed
}

/// Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short
/// strings, counted in chars. Names are short, so the quadratic table is tiny.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    letter_distance(&a, &b)
}

/// [`edit_distance`] of letters already split out. Clustering the names of a long report
/// measures thousands of pairs, so for names of up to 63 letters the three table rows live
/// on the stack.
pub fn letter_distance(a: &[char], b: &[char]) -> usize {
    const ROW: usize = 64;
    if b.len() >= ROW {
        let mut rows = vec![0; 3 * (b.len() + 1)];
        let (prev2, rest) = rows.split_at_mut(b.len() + 1);
        let (prev, cur) = rest.split_at_mut(b.len() + 1);
        return distance_rows(a, b, prev2, prev, cur);
    }
    let (mut prev2, mut prev, mut cur) = ([0; ROW], [0; ROW], [0; ROW]);
    let n = b.len() + 1;
    distance_rows(a, b, &mut prev2[..n], &mut prev[..n], &mut cur[..n])
}

/// The optimal-string-alignment table, row by row, in three rows of `b.len() + 1` cells.
fn distance_rows<'r>(
    a: &[char],
    b: &[char],
    mut prev2: &'r mut [usize],
    mut prev: &'r mut [usize],
    mut cur: &'r mut [usize],
) -> usize {
    for (j, cell) in prev.iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(prev2[j - 2] + 1);
            }
            cur[j] = best;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Feminine endings of Slavic and Baltic surnames. Two surnames that differ in whether they
/// carry one are different people's (Zelenska / Zelensky, Ivanova / Ivanov), however close
/// their spelling.
pub fn is_feminine_form(folded: &str) -> bool {
    [
        "ska", "skaya", "cka", "ckaya", "ova", "eva", "ina", "yna", "aya", "ite", "yte", "iene",
    ]
    .iter()
    .any(|end| folded.ends_with(end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    /// Names the diff and the facts must judge alike: variants first, then different names.
    const SAME: &[(&str, &str)] = &[
        ("Zelenskyy", "Zelenskiy"),
        ("Zelenskiy", "Zelensky"),
        ("Oliynyk", "Oleynik"),
        ("Gorbachev", "Gorbachov"),
        ("Aleksandr", "Alexandr"),
        ("Mohammad", "Mohamad"),
        ("Halldorsdottir", "Haldorsdotir"),
    ];
    const DIFFERENT: &[(&str, &str)] = &[
        ("Zelenska", "Zelensky"),
        ("Ivanova", "Ivanov"),
        ("Russia", "Russian"),
        ("Sweden", "Swedes"),
        ("Iran", "Iraq"),
        ("Paris", "Parma"),
        ("Trump", "Tramp"),
    ];

    #[test]
    fn the_word_diff_and_the_facts_read_names_by_one_rule() {
        for &(a, b) in SAME.iter().chain(DIFFERENT) {
            let expected = SAME.contains(&(a, b));
            let in_diff = crate::diff::variant::is_variant(a, &fold(a), b, &fold(b));
            let in_facts = crate::facts::is_spelling_variant(a, b);
            assert_eq!(in_diff, expected, "diff: {a} / {b}");
            assert_eq!(in_facts, expected, "facts: {a} / {b}");
            assert_eq!(is_name_variant(&fold(a), &fold(b)), expected, "{a} / {b}");
        }
    }
}
