//! Verbatim passages: maximal runs of identical folded words that both reports share, in any
//! position — the mark of shared wire copy.
//!
//! Start with [`verbatim`]; [`share`] gives the part of a report such passages cover.
//!
//! Every run of `k` words ([`crate::Options::min_verbatim_words`]) of the left report goes
//! into a hash index; each run of the right report is looked up and every hit extended both
//! ways as far as the words stay equal. Runs do not cross skipped boilerplate. Repetitive
//! text cannot make this quadratic: at most [`MAX_OCCURRENCES`] places of the left report are
//! kept for any one `k`-word run, and no new passage starts inside a stretch of the right report
//! already covered by one found before it. In a report that repeats itself endlessly a few
//! overlapping passages may therefore go unreported; every shared stretch is still covered.

use crate::document::Document;
use crate::model::VerbatimPassage;
use crate::vocabulary::Vocabulary;
use crate::Options;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Places of the left report kept per `k`-word run. Real reports repeat an 8-word run a
/// handful of times at most; a report of one word repeated 200,000 times repeats it
/// 199,993 times.
pub const MAX_OCCURRENCES: usize = 32;

/// All maximal runs of at least `min_words` equal folded words shared by `left` and `right`,
/// boilerplate left out, ordered by their place in the left report.
///
/// ```
/// use corroborate_core::{verbatim::verbatim, Document};
/// let left = Document::from_text("a", "Officials said the plan would bring power to Kharkiv before winter.");
/// let right = Document::from_text("b", "The plan would bring power to Kharkiv before winter, officials said.");
/// let passages = verbatim(&left, &right, 8);
/// assert_eq!(passages.len(), 1);
/// assert_eq!(left.slice(&passages[0].left), "the plan would bring power to Kharkiv before winter");
/// assert_eq!(passages[0].words, 9);
/// ```
pub fn verbatim(left: &Document, right: &Document, min_words: usize) -> Vec<VerbatimPassage> {
    let options = Options {
        min_verbatim_words: min_words,
        ..Options::default()
    };
    verbatim_with_options(left, right, &options)
}

/// [`verbatim`] with the run length and the boilerplate choice taken from `options`.
pub fn verbatim_with_options(
    left: &Document,
    right: &Document,
    options: &Options,
) -> Vec<VerbatimPassage> {
    let vocabulary = Vocabulary::new(&[left, right]);
    verbatim_with_vocabulary(left, right, &vocabulary, options)
}

/// [`verbatim_with_options`] with the words of `left` and `right` already numbered, as
/// documents 0 and 1 of `vocabulary`.
pub(crate) fn verbatim_with_vocabulary(
    left: &Document,
    right: &Document,
    vocabulary: &Vocabulary,
    options: &Options,
) -> Vec<VerbatimPassage> {
    let k = options.min_verbatim_words.max(1);
    let mut renumber = Renumber {
        ids: vec![u32::MAX; vocabulary.len()],
        next: 0,
    };
    let l = Words::new(
        left,
        vocabulary.ids(0),
        options.include_boilerplate,
        &mut renumber,
    );
    let r = Words::new(
        right,
        vocabulary.ids(1),
        options.include_boilerplate,
        &mut renumber,
    );

    // Per hash its first and last kept place and how many are kept; each kept place links
    // to the next (one list for all hashes rather than one vector each).
    let mut index: FxHashMap<u64, (u32, u32, u32)> = FxHashMap::default();
    index.reserve(l.ids.len());
    let mut next_place = vec![u32::MAX; l.ids.len()];
    for (i, hash) in l.runs(k) {
        let i = i as u32;
        let places = index.entry(hash).or_insert((i, i, 0));
        if (places.2 as usize) < MAX_OCCURRENCES {
            if places.2 > 0 {
                next_place[places.1 as usize] = i;
                places.1 = i;
            }
            places.2 += 1;
        }
    }

    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    let mut covered_until = 0;
    for (j, hash) in r.runs(k) {
        if j < covered_until {
            continue;
        }
        let Some(&(first, _, _)) = index.get(&hash) else {
            continue;
        };
        let mut reach = covered_until;
        let places = std::iter::successors(Some(first), |&i| {
            Some(next_place[i as usize]).filter(|&n| n != u32::MAX)
        });
        for i in places {
            let i = i as usize;
            if l.ids[i..i + k] != r.ids[j..j + k] {
                continue; // a hash collision
            }
            let mut back = 0;
            while i > back
                && j > back
                && l.chunk[i - back - 1] == l.chunk[i]
                && r.chunk[j - back - 1] == r.chunk[j]
                && l.ids[i - back - 1] == r.ids[j - back - 1]
            {
                back += 1;
            }
            let mut ahead = k;
            while i + ahead < l.ids.len()
                && j + ahead < r.ids.len()
                && l.chunk[i + ahead] == l.chunk[i]
                && r.chunk[j + ahead] == r.chunk[j]
                && l.ids[i + ahead] == r.ids[j + ahead]
            {
                ahead += 1;
            }
            found.push((i - back, j - back, back + ahead));
            reach = reach.max(j + ahead);
        }
        covered_until = reach;
    }
    found.sort_unstable();
    found.dedup();
    found
        .into_iter()
        .map(|(i, j, n)| VerbatimPassage {
            left: l.span(left, i, n),
            right: r.span(right, j, n),
            words: n,
        })
        .collect()
}

/// The part of `doc`'s compared words (boilerplate left out unless `include_boilerplate`)
/// that lie inside the byte ranges `spans`, 0..=1 (0 for a report without words).
pub fn share<'a>(
    doc: &Document,
    spans: impl IntoIterator<Item = &'a Range<usize>>,
    include_boilerplate: bool,
) -> f64 {
    let mut spans: Vec<&Range<usize>> = spans.into_iter().collect();
    spans.sort_by_key(|s| s.start);
    // Merge overlapping ranges so one sweep over the words in text order suffices.
    let mut merged: Vec<Range<usize>> = Vec::new();
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s.clone()),
        }
    }
    let (mut total, mut inside, mut m) = (0usize, 0usize, 0usize);
    for sentence in doc
        .sentences
        .iter()
        .filter(|s| include_boilerplate || !s.boilerplate)
    {
        for word in &doc.words[sentence.words.clone()] {
            total += 1;
            while m < merged.len() && merged[m].end < word.span.end {
                m += 1;
            }
            if merged.get(m).is_some_and(|r| r.start <= word.span.start) {
                inside += 1;
            }
        }
    }
    if total == 0 {
        0.0
    } else {
        inside as f64 / total as f64
    }
}

/// The compared words of one report as ids, with the stretch ("chunk") of consecutive
/// compared sentences each belongs to, so runs stop where boilerplate was skipped.
struct Words {
    ids: Vec<u32>,
    chunk: Vec<u32>,
    word: Vec<usize>,
}

/// Word ids numbered again in the order this step first meets them (compared words only),
/// as the index was always keyed: which runs share a hash, and so which places a run that
/// repeats endlessly keeps, stays what it was.
struct Renumber {
    ids: Vec<u32>,
    next: u32,
}

impl Words {
    fn new(
        doc: &Document,
        ids: &[u32],
        include_boilerplate: bool,
        renumber: &mut Renumber,
    ) -> Words {
        let compared = doc
            .sentences
            .iter()
            .filter(|s| include_boilerplate || !s.boilerplate)
            .map(|s| s.words.len())
            .sum();
        let mut out = Words {
            ids: Vec::with_capacity(compared),
            chunk: Vec::with_capacity(compared),
            word: Vec::with_capacity(compared),
        };
        let mut chunk = 0;
        let mut next_sentence = 0;
        for (s, sentence) in doc.sentences.iter().enumerate() {
            if sentence.boilerplate && !include_boilerplate {
                continue;
            }
            if s != next_sentence {
                chunk += 1;
            }
            next_sentence = s + 1;
            for w in sentence.words.clone() {
                let id = &mut renumber.ids[ids[w] as usize];
                if *id == u32::MAX {
                    *id = renumber.next;
                    renumber.next += 1;
                }
                out.ids.push(*id);
                out.chunk.push(chunk);
                out.word.push(w);
            }
        }
        out
    }

    /// (start, hash) of every run of `k` words inside one chunk, by a rolling polynomial
    /// hash (collisions are checked by the caller).
    fn runs(&self, k: usize) -> impl Iterator<Item = (usize, u64)> + '_ {
        const BASE: u64 = 0x9E37_79B9_7F4A_7C15;
        let top = (1..k).fold(1u64, |p, _| p.wrapping_mul(BASE));
        let mut hash = 0u64;
        (0..self.ids.len()).filter_map(move |end| {
            if end >= k {
                hash = hash.wrapping_sub((self.ids[end - k] as u64 + 1).wrapping_mul(top));
            }
            hash = hash
                .wrapping_mul(BASE)
                .wrapping_add(self.ids[end] as u64 + 1);
            let start = (end + 1).checked_sub(k)?;
            (self.chunk[start] == self.chunk[end]).then_some((start, hash))
        })
    }

    fn span(&self, doc: &Document, start: usize, len: usize) -> Range<usize> {
        doc.words[self.word[start]].span.start..doc.words[self.word[start + len - 1]].span.end
    }
}

#[cfg(test)]
mod tests;
