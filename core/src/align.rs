//! Sentence alignment: which sentences of two reports correspond, even when reordered or
//! reworded.
//!
//! Start with [`align`]; [`moved`] then says which pairs the right report tells out of order.
//!
//! Each compared sentence becomes a TF-IDF vector of its folded content words (possessives
//! and plurals trimmed, compounds split, stop words weighted down; see [`crate::fold`]).
//! Candidate pairs come from an inverted index, never from scoring all pairs, and are scored
//! by cosine, lowered by up to a quarter when the two sides differ much in length. Pairs are then chosen globally, best score first over all candidates — not
//! greedily in document order — so a sentence goes to its best counterpart wherever it
//! sits. No pair below [`Options::align_threshold`] is made, unless it falls short by less
//! than a fifth and the two sentences share two words that neither report uses anywhere
//! else (see [`Pair::is_counterpart`]). Two adjacent sentences that
//! together match one sentence of the other report pair as 2:1 (or 1:2) when the merge scores
//! clearly better than either sentence alone.

mod vectors;

use crate::document::Document;
use crate::vocabulary::Vocabulary;
use crate::Options;
use vectors::{cosine, merge_bags, scored_pairs, Terms, Vector};

/// How much better a 2:1 merge must score than the better of its two parts alone. A second
/// sentence that only repeats a name or two raises the cosine a little; one that carries the
/// other half of the counterpart raises it a lot.
const MERGE_MARGIN: f64 = 0.1;

/// How much a difference in length can take off a pair's score: up to a quarter, for a
/// sentence facing one many times longer. Lengths of corresponding sentences go together
/// (the signal Gale and Church built sentence alignment on); without this a four-word photo
/// caption made of two names outscores the long sentence that really tells the same thing.
const LENGTH_WEIGHT: f64 = 0.25;

/// Least cosine each part of a 2:1 merge must have with the counterpart on its own: both
/// sentences have to contribute something.
const MERGE_PART_MIN: f64 = 0.1;

/// Share of the threshold from which two sentences pair on the strength of words only they
/// share (see [`ANCHOR_TERMS`]): 0.2 for the default 0.25. Below the threshold sentences of
/// one sub-topic outnumber true counterparts, but two words that each report uses once, and
/// only in these two sentences, say the two tell one thing ("tried in absentia", "women and
/// children").
const ANCHORED_SHARE: f64 = 0.8;

/// Content words two sentences must share, each used by neither report anywhere else, to
/// pair between [`ANCHORED_SHARE`] of the threshold and the threshold. One is often a coincidence (a
/// place both name once); two rarely are. The idea is patience diff's: a line that occurs
/// once on each side anchors the alignment.
const ANCHOR_TERMS: usize = 2;

/// Scores are compared on a grid this fine, so that the order of floating-point sums (which
/// depends on which report is on the left) never decides between equal candidates: swapping
/// the reports mirrors the alignment.
const SCORE_GRID: f64 = 1e9;

/// A pairing of sentences: `left` and `right` sentence indices with a score in 0..=1.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// Left sentence indices (one, or two adjacent ones for a 2:1 pair).
    pub left: Vec<usize>,
    /// Right sentence indices (one, or two adjacent ones for a 1:2 pair).
    pub right: Vec<usize>,
    /// How well the two sides correspond, 0..=1: the cosine of their TF-IDF vectors,
    /// lowered by up to a quarter as their lengths differ.
    pub score: f64,
}

impl Pair {
    /// True when the pair scores at least the threshold: the two tell the same thing, in
    /// other words. A pair below it was made on words only the two share (see
    /// [`ANCHORED_SHARE`]): the same sub-topic, side by side for the reader, but not
    /// evidence that a figure in one and a figure in the other fill one slot, so the facts
    /// read it as two sentences the alignment left apart.
    pub fn is_counterpart(&self, options: &Options) -> bool {
        on_grid(self.score) >= on_grid(options.align_threshold.clamp(0.0, 1.0))
    }
}

/// Pair the compared sentences of `left` and `right` (boilerplate sentences are left out
/// unless [`Options::include_boilerplate`]). Pairs come in left reading order; a sentence is
/// in at most one pair.
///
/// ```
/// use corroborate_core::{align::align, Document, Options};
/// let left = Document::from_text("a", "Talks began in Oslo. Prices of gas rose sharply.");
/// let right = Document::from_text("b", "Gas prices rose sharply. The talks in Oslo began.");
/// let pairs = align(&left, &right, &Options::default());
/// let indices: Vec<(Vec<usize>, Vec<usize>)> =
///     pairs.into_iter().map(|p| (p.left, p.right)).collect();
/// assert_eq!(indices, [(vec![0], vec![1]), (vec![1], vec![0])]);
/// ```
pub fn align(left: &Document, right: &Document, options: &Options) -> Vec<Pair> {
    align_with_vocabulary(left, right, &Vocabulary::new(&[left, right]), options)
}

/// [`align`] with the words of `left` and `right` already numbered, as documents 0 and 1 of
/// `vocabulary`.
pub(crate) fn align_with_vocabulary(
    left: &Document,
    right: &Document,
    vocabulary: &Vocabulary,
    options: &Options,
) -> Vec<Pair> {
    let left = (left, vocabulary.ids(0));
    let right = (right, vocabulary.ids(1));
    let words = vocabulary.len();
    // Candidate search, 2:1 merges and ties are all read from one report to the other; read
    // them in the pair's own order so that swapping the reports mirrors the alignment.
    if right.0.reads_before(left.0) {
        let mut pairs: Vec<Pair> = align_in_order(right, left, words, options)
            .into_iter()
            .map(|p| Pair {
                left: p.right,
                right: p.left,
                score: p.score,
            })
            .collect();
        pairs.sort_by_key(|p| p.left[0]);
        pairs
    } else {
        align_in_order(left, right, words, options)
    }
}

/// [`align`], reading from `left` to `right`, each given with its word ids (all below
/// `words`).
fn align_in_order(
    (left, left_ids): (&Document, &[u32]),
    (right, right_ids): (&Document, &[u32]),
    words: usize,
    options: &Options,
) -> Vec<Pair> {
    let mut terms = Terms::new(words);
    let left_bags = terms.bags(left, left_ids, options.include_boilerplate);
    let right_bags = terms.bags(right, right_ids, options.include_boilerplate);
    terms.weigh([&left_bags, &right_bags]);
    let left_vectors: Vec<Vector> = left_bags.bags.iter().map(|b| terms.vector(b)).collect();
    let right_vectors: Vec<Vector> = right_bags.bags.iter().map(|b| terms.vector(b)).collect();

    let word_counts = |doc: &Document, sentences: &[usize]| -> Vec<usize> {
        sentences
            .iter()
            .map(|&s| doc.sentences[s].words.len())
            .collect()
    };
    let left_len = word_counts(left, &left_bags.sentences);
    let right_len = word_counts(right, &right_bags.sentences);

    let threshold = options.align_threshold.clamp(0.0, 1.0);
    let part_min = MERGE_PART_MIN.min(threshold);
    // Cosines of all pairs that could matter, then the length-aware scores. The search keeps
    // each sentence's best few counterparts, looked up from one report in the other; looking
    // both ways keeps a pair that is among the best few of either of its sentences.
    let mut found = scored_pairs(&terms, &left_vectors, &right_vectors, part_min);
    found.extend(
        scored_pairs(&terms, &right_vectors, &left_vectors, part_min)
            .into_iter()
            .map(|(r, l, cos)| (l, r, cos)),
    );
    // In (left, right) order: by right, then (keeping that order) by left.
    let mut found = bucketed(&found, right_vectors.len(), |p| p.1);
    found = bucketed(&found, left_vectors.len(), |p| p.0);
    found.dedup_by_key(|&mut (l, r, _)| (l, r));
    let scored: Vec<(usize, usize, f64, f64)> = found
        .into_iter()
        .map(|(l, r, cos)| (l, r, cos, cos * length_prior(left_len[l], right_len[r])))
        .collect();

    let mut candidates: Vec<Candidate> = scored
        .iter()
        .filter(|&&(l, r, _, score)| {
            on_grid(score) >= on_grid(threshold)
                || (on_grid(score) >= on_grid(threshold * ANCHORED_SHARE)
                    && terms.unique_shared(&left_bags.bags[l], &right_bags.bags[r]) >= ANCHOR_TERMS)
        })
        .map(|&(l, r, _, score)| Candidate {
            left: [l, l],
            right: [r, r],
            score,
        })
        .collect();

    // 2:1 merges: two adjacent left sentences that each share something with one right
    // sentence; then the mirror image, 1:2.
    let merge = |bags: &[vectors::Bag],
                 lens: &[usize],
                 whole: (&Vector, usize),
                 a: usize,
                 best_part: f64| {
        let merged = terms.vector(&merge_bags(&bags[a], &bags[a + 1]));
        let score = cosine(&merged, whole.0) * length_prior(lens[a] + lens[a + 1], whole.1);
        (on_grid(score) >= on_grid(threshold)
            && on_grid(score) >= on_grid(best_part + MERGE_MARGIN))
        .then_some(score)
    };
    // `scored` is in (left, right) order, so kept in order within each right sentence it
    // comes out in (right, left) order.
    let by_right = bucketed(&scored, right_vectors.len(), |p| p.1);
    for w in by_right.windows(2) {
        let ((l1, r1, _, s1), (l2, r2, _, s2)) = (w[0], w[1]);
        if r1 == r2 && l2 == l1 + 1 {
            let whole = (&right_vectors[r1], right_len[r1]);
            if let Some(score) = merge(&left_bags.bags, &left_len, whole, l1, s1.max(s2)) {
                candidates.push(Candidate {
                    left: [l1, l2],
                    right: [r1, r1],
                    score,
                });
            }
        }
    }
    let by_left = scored;
    for w in by_left.windows(2) {
        let ((l1, r1, _, s1), (l2, r2, _, s2)) = (w[0], w[1]);
        if l1 == l2 && r2 == r1 + 1 {
            let whole = (&left_vectors[l1], left_len[l1]);
            if let Some(score) = merge(&right_bags.bags, &right_len, whole, r1, s1.max(s2)) {
                candidates.push(Candidate {
                    left: [l1, l1],
                    right: [r1, r2],
                    score,
                });
            }
        }
    }

    let chosen = choose(candidates, left_vectors.len(), right_vectors.len());
    chosen
        .into_iter()
        .map(|c| Pair {
            left: c.lefts().map(|i| left_bags.sentences[i]).collect(),
            right: c.rights().map(|i| right_bags.sentences[i]).collect(),
            score: c.score,
        })
        .collect()
}

/// Which pairs the right report tells in another order: those off the longest run of pairs
/// whose right sentences increase in left reading order (the longest increasing
/// subsequence), so one sentence moved from the top to the bottom marks only that sentence.
/// `pairs` must be in left reading order, as [`align`] returns them.
pub fn moved(pairs: &[Pair]) -> Vec<bool> {
    let keys: Vec<usize> = pairs
        .iter()
        .map(|p| p.right.first().copied().unwrap_or(0))
        .collect();
    // Patience sorting: tails[k] = index of the smallest tail of an increasing run of
    // length k + 1; back links rebuild the run.
    let mut tails: Vec<usize> = Vec::new();
    let mut back: Vec<Option<usize>> = vec![None; keys.len()];
    for (i, &key) in keys.iter().enumerate() {
        let k = tails.partition_point(|&t| keys[t] < key);
        back[i] = k.checked_sub(1).map(|p| tails[p]);
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut moved = vec![true; keys.len()];
    let mut at = tails.last().copied();
    while let Some(i) = at {
        moved[i] = false;
        at = back[i];
    }
    moved
}

/// 1 for sentences of equal length, falling towards `1 - LENGTH_WEIGHT` as one grows many
/// times longer than the other.
fn length_prior(a: usize, b: usize) -> f64 {
    let (short, long) = (a.min(b) as f64, a.max(b) as f64);
    if long == 0.0 {
        1.0
    } else {
        1.0 - LENGTH_WEIGHT * (1.0 - short / long)
    }
}

/// `(score * SCORE_GRID).round() as i64`, exactly, without the maths library's `round`:
/// candidate search puts every bound it ranks on the grid, and neither the page's
/// WebAssembly nor a baseline x86-64 build has an instruction for rounding half away from
/// zero, so `round` is a function call there. The fraction `scaled - whole` is exact (Sterbenz).
pub(crate) fn on_grid(score: f64) -> i64 {
    let scaled = score * SCORE_GRID;
    // Toward zero and saturating, as `round() as i64` saturates; NaN gives 0 as it does.
    let whole = scaled as i64;
    let fraction = scaled - whole as f64;
    if fraction >= 0.5 {
        whole.saturating_add(1)
    } else if fraction <= -0.5 {
        whole.saturating_sub(1)
    } else {
        whole
    }
}

/// `items` in buckets by `key` (below `buckets`), keeping their order within each bucket: a
/// counting sort, linear where a comparison sort of the candidate pairs was a sizeable part
/// of aligning long reports.
fn bucketed<T: Copy>(items: &[T], buckets: usize, key: impl Fn(&T) -> usize) -> Vec<T> {
    let mut starts = vec![0usize; buckets + 1];
    for item in items {
        starts[key(item) + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let mut out: Vec<Option<T>> = vec![None; items.len()];
    for item in items {
        let at = &mut starts[key(item)];
        out[*at] = Some(*item);
        *at += 1;
    }
    out.into_iter()
        .map(|item| item.expect("invariant: every slot is filled once"))
        .collect()
}

/// A possible pair, in ranks among the compared sentences. A 1:1 pair repeats its index.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    left: [usize; 2],
    right: [usize; 2],
    score: f64,
}

impl Candidate {
    fn is_merge(&self) -> bool {
        self.left[0] != self.left[1] || self.right[0] != self.right[1]
    }

    fn lefts(&self) -> impl Iterator<Item = usize> {
        let [a, b] = self.left;
        std::iter::once(a).chain((b != a).then_some(b))
    }

    fn rights(&self) -> impl Iterator<Item = usize> {
        let [a, b] = self.right;
        std::iter::once(a).chain((b != a).then_some(b))
    }
}

/// Best first over all candidates: higher score; at equal score a 1:1 pair before a merge,
/// then the pair whose sentences sit at the more similar relative position in their reports
/// (so repeated sentences pair in order, and a report compared with itself pairs every
/// sentence with itself), then the earlier pair. Returns the chosen pairs in left order.
fn choose(candidates: Vec<Candidate>, left_len: usize, right_len: usize) -> Vec<Candidate> {
    let position = |c: &Candidate| {
        let l = c.left[0] as f64 / left_len.max(1) as f64;
        let r = c.right[0] as f64 / right_len.max(1) as f64;
        on_grid((l - r).abs())
    };
    // The order as two integers and the candidate's place (ties keep the order candidates
    // came in): scores and positions lie on the grid between 0 and 1, so each fits in 64 bits.
    let mut order: Vec<(u128, u128, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(at, c)| {
            let score = u64::try_from(on_grid(c.score)).unwrap_or(0);
            let position = u64::try_from(position(c)).unwrap_or(0);
            let first = (u128::from(u64::MAX - score) << 64)
                | (u128::from(c.is_merge()) << 63)
                | u128::from(position);
            let then = ((c.left[0] as u128 + c.right[0] as u128) << 64) | c.left[0] as u128;
            (first, then, at)
        })
        .collect();
    order.sort_unstable();
    let mut left_used = vec![false; left_len];
    let mut right_used = vec![false; right_len];
    let mut chosen = Vec::new();
    for c in order.into_iter().map(|(_, _, at)| candidates[at]) {
        if c.lefts().any(|i| left_used[i]) || c.rights().any(|i| right_used[i]) {
            continue;
        }
        c.lefts().for_each(|i| left_used[i] = true);
        c.rights().for_each(|i| right_used[i] = true);
        chosen.push(c);
    }
    chosen.sort_by_key(|c| c.left[0]);
    chosen
}

#[cfg(test)]
mod tests;
