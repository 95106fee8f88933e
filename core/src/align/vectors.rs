//! TF-IDF sentence vectors and the inverted index that finds candidate pairs without scoring
//! every pair of sentences.

use super::on_grid;
use crate::document::Document;
use crate::fold::align_terms;
use rustc_hash::FxHashMap;

/// How much a stop word counts next to a content word of the same rarity. Not zero, so that
/// "He said so." can still pair with "He said so.", but low enough that two sentences sharing
/// only "the", "of" and "said" stay apart.
const STOP_WEIGHT: f64 = 0.2;

/// Most postings of one term scanned for one sentence. A term in more sentences than this
/// (a name repeated through a long report, or one word repeated 200,000 times) is only looked
/// up near the sentence's expected position in the other report, which keeps candidate search
/// linear in the length of the reports. A moved sentence is still found through its rarer
/// words (names, numbers), whose postings are short.
const POSTING_WINDOW: usize = 48;

/// Most candidates kept per left sentence: those sharing the most weight of key terms. A
/// sentence's counterpart, and each half of a 2:1 merge, is among its best few; keeping every
/// sentence that shares one common word would make the work grow with the square of the
/// vocabulary's repetition.
const CANDIDATES_PER_SENTENCE: usize = 12;

/// A sentence as a bag of alignment terms: (term id, count), sorted by term id.
pub(super) type Bag = Vec<(u32, u32)>;

/// The compared sentences of one report and their term bags.
pub(super) struct SideBags {
    /// Document indices of the compared sentences, in reading order.
    pub sentences: Vec<usize>,
    /// One bag per compared sentence.
    pub bags: Vec<Bag>,
}

/// Terms of both reports: ids, whether each is a stop word, and its inverse document
/// frequency over all compared sentences of the pair.
pub(super) struct Terms {
    /// Keyed by the term and whether it is a stop word: a name whose transliteration key
    /// spells a stop word ("Ann" → "an", "Inn" → "in") is a content term of its own. Keyed by
    /// the spelling alone, it took the stop flag of whichever report said it first, and
    /// swapping the reports changed the alignment.
    ids: FxHashMap<(String, bool), u32>,
    stop: Vec<bool>,
    idf: Vec<f64>,
    /// Per side, in how many of its compared sentences each term occurs.
    side_df: [Vec<u32>; 2],
    /// Per word id, where its term ids sit in `word_terms` (`u32::MAX` before it is first
    /// met): words repeat (a 1 MB report has about 170,000 words and a few thousand distinct
    /// ones), and a term costs a stemmer, a skeleton and a hash of an owned string.
    by_word: Vec<(u32, u32)>,
    word_terms: Vec<u32>,
}

impl Terms {
    /// Terms for reports whose word ids are all below `words`.
    pub fn new(words: usize) -> Terms {
        Terms {
            ids: FxHashMap::default(),
            stop: Vec::new(),
            idf: Vec::new(),
            side_df: [Vec::new(), Vec::new()],
            by_word: vec![(u32::MAX, u32::MAX); words],
            word_terms: Vec::new(),
        }
    }

    fn id(&mut self, term: String, stop: bool) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry((term, stop)).or_insert_with(|| {
            self.stop.push(stop);
            next
        })
    }

    /// Bags of the compared sentences of `doc`, whose words have the ids `word_ids`.
    pub fn bags(
        &mut self,
        doc: &Document,
        word_ids: &[u32],
        include_boilerplate: bool,
    ) -> SideBags {
        let mut side = SideBags {
            sentences: Vec::new(),
            bags: Vec::new(),
        };
        let mut sentence_terms: Vec<u32> = Vec::new();
        for (index, sentence) in doc.sentences.iter().enumerate() {
            if sentence.boilerplate && !include_boilerplate {
                continue;
            }
            sentence_terms.clear();
            for w in sentence.words.clone() {
                let (start, end) = self.word_terms(word_ids[w], &doc.words[w].folded);
                sentence_terms.extend_from_slice(&self.word_terms[start..end]);
            }
            sentence_terms.sort_unstable();
            let mut bag: Bag = Vec::new();
            for &term in &sentence_terms {
                match bag.last_mut() {
                    Some(last) if last.0 == term => last.1 += 1,
                    _ => bag.push((term, 1)),
                }
            }
            side.sentences.push(index);
            side.bags.push(bag);
        }
        side
    }

    /// Where the term ids of the word numbered `word` (folded: `folded`) sit in
    /// `word_terms`, worked out the first time it is met.
    fn word_terms(&mut self, word: u32, folded: &str) -> (usize, usize) {
        let (start, end) = self.by_word[word as usize];
        if start != u32::MAX {
            return (start as usize, end as usize);
        }
        let start = self.word_terms.len();
        for (term, stop) in align_terms(folded) {
            let id = self.id(term, stop);
            self.word_terms.push(id);
        }
        let end = self.word_terms.len();
        self.by_word[word as usize] = (start as u32, end as u32);
        (start, end)
    }

    /// Fix the inverse document frequencies once both reports' bags are known. Smoothed
    /// (`ln((n + 1) / (df + 1)) + 1`) so that a term in every sentence of two short reports
    /// still counts a little, and a term in one sentence counts most.
    pub fn weigh(&mut self, sides: [&SideBags; 2]) {
        let mut df = vec![0u32; self.stop.len()];
        let mut n = 0usize;
        for (k, side) in sides.into_iter().enumerate() {
            let mut own = vec![0u32; self.stop.len()];
            n += side.bags.len();
            for bag in &side.bags {
                for &(term, _) in bag {
                    df[term as usize] += 1;
                    own[term as usize] += 1;
                }
            }
            self.side_df[k] = own;
        }
        self.idf = df
            .iter()
            .map(|&d| ((n as f64 + 1.0) / (d as f64 + 1.0)).ln() + 1.0)
            .collect();
    }

    fn weight(&self, term: u32, count: u32) -> f64 {
        let t = term as usize;
        let stop = if self.stop[t] { STOP_WEIGHT } else { 1.0 };
        (1.0 + (count as f64).ln()) * self.idf[t] * stop
    }

    /// The unit TF-IDF vector of a bag.
    pub fn vector(&self, bag: &Bag) -> Vector {
        let mut entries: Vec<(u32, f64)> =
            bag.iter().map(|&(t, c)| (t, self.weight(t, c))).collect();
        let norm = entries.iter().map(|e| e.1 * e.1).sum::<f64>().sqrt();
        let mut stop_norm = 0.0;
        if norm > 0.0 {
            for e in &mut entries {
                e.1 /= norm;
                if self.stop[e.0 as usize] {
                    stop_norm += e.1 * e.1;
                }
            }
        }
        let all_stop = entries.iter().all(|e| self.stop[e.0 as usize]);
        Vector {
            entries,
            stop_norm: stop_norm.sqrt(),
            all_stop,
        }
    }

    /// Content terms that `left` and `right` share and that neither report uses in any other
    /// sentence: each report says this word once, in these two sentences.
    pub fn unique_shared(&self, left: &Bag, right: &Bag) -> usize {
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < left.len() && j < right.len() {
            let (a, b) = (left[i].0, right[j].0);
            match a.cmp(&b) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let t = a as usize;
                    if !self.stop[t] && self.side_df[0][t] == 1 && self.side_df[1][t] == 1 {
                        n += 1;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }

    /// The terms a sentence is found by: its content words, or its stop words when it has
    /// nothing else.
    fn is_key(&self, vector: &Vector, term: u32) -> bool {
        vector.all_stop || !self.stop[term as usize]
    }
}

/// A unit-length sparse TF-IDF vector.
pub(super) struct Vector {
    /// (term id, weight), sorted by term id.
    entries: Vec<(u32, f64)>,
    /// Length of the stop-word part, to bound what stop words can add to a cosine.
    stop_norm: f64,
    /// Made only of stop words (then the stop words are its key terms).
    all_stop: bool,
}

/// Cosine of two unit vectors.
pub(super) fn cosine(a: &Vector, b: &Vector) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.entries.len() && j < b.entries.len() {
        let (ta, wa) = a.entries[i];
        let (tb, wb) = b.entries[j];
        match ta.cmp(&tb) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += wa * wb;
                i += 1;
                j += 1;
            }
        }
    }
    dot.clamp(0.0, 1.0)
}

/// The bag of two sentences read as one.
pub(super) fn merge_bags(a: &Bag, b: &Bag) -> Bag {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                out.push((x.0, x.1 + y.1));
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                out.push(*x);
                i += 1;
            }
            (Some(x), None) => {
                out.push(*x);
                i += 1;
            }
            (_, Some(y)) => {
                out.push(*y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// For each left sentence, its best [`CANDIDATES_PER_SENTENCE`] right sentences whose cosine
/// reaches `min_score`, found through an inverted index of the right report's key terms:
/// `(left rank, right rank, cosine)`.
///
/// Only pairs sharing a key term are scored, and a term's postings are read at most
/// [`POSTING_WINDOW`] at a time, so the work grows with the length of the reports, not with
/// the product of their sentence counts.
pub(super) fn scored_pairs(
    terms: &Terms,
    left: &[Vector],
    right: &[Vector],
    min_score: f64,
) -> Vec<(usize, usize, f64)> {
    let postings = Postings::new(terms, right);
    let mut found = Vec::new();
    // Plain slices rather than vectors in the loops below: the page's size-optimised build
    // does not inline a vector's indexing, and these run once per posting read.
    let partial: &mut [f64] = &mut vec![0.0; right.len()];
    let touched: &mut [u32] = &mut vec![0; right.len()];
    // The left sentence's weights by term, so that each candidate's cosine is one pass over
    // its own terms (the sums come out exactly as [`cosine`]'s: the same products, in the
    // same term order, with zeros added where a term is not shared).
    let dense: &mut [f64] = &mut vec![0.0; terms.stop.len()];
    let mut best = [0u32; CANDIDATES_PER_SENTENCE];
    for (rank, vector) in left.iter().enumerate() {
        let expected = (rank * right.len() / left.len().max(1)) as u32;
        let mut reached = 0;
        for &(term, weight) in &vector.entries {
            if !terms.is_key(vector, term) {
                continue;
            }
            let list = postings.of(term);
            let window = if list.len() <= POSTING_WINDOW {
                list
            } else {
                let at = list.partition_point(|p| p.0 < expected);
                let start = at
                    .saturating_sub(POSTING_WINDOW / 2)
                    .min(list.len() - POSTING_WINDOW);
                &list[start..start + POSTING_WINDOW]
            };
            for &(other, other_weight) in window {
                let slot = &mut partial[other as usize];
                if *slot == 0.0 {
                    touched[reached] = other;
                    reached += 1;
                }
                *slot += weight * other_weight;
            }
        }
        // Key terms give the exact content part of the cosine; stop words can add at most the
        // product of the two stop-word parts' lengths (Cauchy–Schwarz). Sentences that can
        // reach `min_score` stay at the front of `touched`, their bounds in `partial`.
        let mut kept = 0;
        for t in 0..reached {
            let other = touched[t];
            let o = other as usize;
            let bound = partial[o] + vector.stop_norm * right[o].stop_norm;
            if bound + 1e-9 >= min_score {
                partial[o] = bound;
                touched[kept] = other;
                kept += 1;
            } else {
                partial[o] = 0.0;
            }
        }
        let candidates = &touched[..kept];
        let chosen: &[u32] = if kept > CANDIDATES_PER_SENTENCE {
            // Among equals (repeated sentences), those nearest the expected position. Bounds
            // are compared on the score grid: the rounding of sums must not push a sentence's
            // own copy out of the best few when a dozen others score as well. Each candidate's
            // rank is one integer, and the best few are kept in order as they come: most
            // candidates fall short of the last kept one at a single comparison.
            let mut ranked = [u128::MAX; CANDIDATES_PER_SENTENCE];
            for &other in candidates {
                let grid = u64::try_from(on_grid(partial[other as usize])).unwrap_or(0);
                let key = (u128::from(u64::MAX - grid) << 64)
                    | (u128::from(other.abs_diff(expected)) << 32)
                    | u128::from(other);
                if key < ranked[CANDIDATES_PER_SENTENCE - 1] {
                    let mut at = CANDIDATES_PER_SENTENCE - 1;
                    while at > 0 && ranked[at - 1] > key {
                        ranked[at] = ranked[at - 1];
                        at -= 1;
                    }
                    ranked[at] = key;
                }
            }
            for (slot, key) in best.iter_mut().zip(ranked) {
                *slot = key as u32;
            }
            &best[..]
        } else {
            candidates
        };
        for &(term, weight) in &vector.entries {
            dense[term as usize] = weight;
        }
        for &other in chosen {
            let score = dot_dense(dense, &right[other as usize]);
            if score + 1e-9 >= min_score {
                found.push((rank, other as usize, score));
            }
        }
        for &(term, _) in &vector.entries {
            dense[term as usize] = 0.0;
        }
        for &other in &touched[..kept] {
            partial[other as usize] = 0.0;
        }
    }
    found
}

/// [`cosine`] of a unit vector spread out by term (`dense`) and another.
fn dot_dense(dense: &[f64], b: &Vector) -> f64 {
    let mut dot = 0.0;
    for &(term, weight) in &b.entries {
        dot += dense[term as usize] * weight;
    }
    dot.clamp(0.0, 1.0)
}

/// The inverted index of one report's key terms: for each term, the (sentence rank, weight)
/// of the sentences it is a key of, in reading order; all in one array.
struct Postings {
    /// Term `t`'s postings are `entries[starts[t]..starts[t + 1]]`.
    starts: Vec<usize>,
    entries: Vec<(u32, f64)>,
}

impl Postings {
    fn new(terms: &Terms, vectors: &[Vector]) -> Postings {
        fn keys<'a>(terms: &'a Terms, vector: &'a Vector) -> impl Iterator<Item = &'a (u32, f64)> {
            vector
                .entries
                .iter()
                .filter(move |&&(term, _)| terms.is_key(vector, term))
        }
        let mut starts = vec![0usize; terms.stop.len() + 1];
        for vector in vectors {
            for &(term, _) in keys(terms, vector) {
                starts[term as usize + 1] += 1;
            }
        }
        for t in 1..starts.len() {
            starts[t] += starts[t - 1];
        }
        let mut next = starts.clone();
        let mut entries = vec![(0, 0.0); starts[starts.len() - 1]];
        for (rank, vector) in vectors.iter().enumerate() {
            for &(term, weight) in keys(terms, vector) {
                let at = &mut next[term as usize];
                entries[*at] = (rank as u32, weight);
                *at += 1;
            }
        }
        Postings { starts, entries }
    }

    fn of(&self, term: u32) -> &[(u32, f64)] {
        let t = term as usize;
        &self.entries[self.starts[t]..self.starts[t + 1]]
    }
}
