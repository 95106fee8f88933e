//! Word-level differences inside a pair of corresponding sentences.
//!
//! Start with [`diff_words`]. The words of each side are diffed by their folded forms with
//! `similar` (Myers with its built-in work bounds; no deadline, so no clock is read — the
//! browser has none to offer in a worker without extra plumbing), and the result is mapped back
//! once to byte ranges of the original text: the views never re-tokenise.
//!
//! The segments of each side tile every sentence span exactly, so concatenating their text
//! rebuilds the sentence. Between two words the gap (spaces, punctuation) takes their tag
//! when both have the same one, so a changed run highlights as one stretch; otherwise it is
//! `Equal` (a highlight never starts or ends on a space). Only words are compared: a comma
//! or a curly quote where the other report has a straight one is not a difference.
//! Replaced words that are spellings of one word ([`variant::is_variant`]) are tagged
//! `Variant`.
//!
//! Myers' work grows with the product of the two sides' lengths when they differ throughout,
//! which no news sentence comes near but two transcripts without a full stop do (200,000
//! words each took half a minute). Past [`MYERS_MAX_CELLS`] word pairs, once the common
//! start and end are set aside, a pair is diffed window by window: [`WINDOW_WORDS`] words
//! of the longer side against the same share of the other. The tiling and every invariant
//! hold; the diff is then close to, not always, the shortest.

pub mod variant;

use crate::document::Document;
use crate::model::{DiffSegment, DiffTag};
use crate::vocabulary::Vocabulary;
use rustc_hash::FxHashMap;
use similar::{capture_diff, Algorithm, DiffOp};
use std::ops::Range;
use variant::{Forms, Spelling};

/// Largest replaced block (left words × right words) searched for spelling variants; beyond
/// it a block is plainly rewritten and the search would only cost time.
const VARIANT_SEARCH_LIMIT: usize = 4_096;

/// Most word pairs (left words × right words, common start and end left out) diffed in one
/// piece: 2,048 words a side. Ordinary sentences, even 2:1 merges of long ones, stay far
/// below it and get the shortest diff.
pub const MYERS_MAX_CELLS: usize = 1 << 22;

/// Words of the longer side per window when a pair past [`MYERS_MAX_CELLS`] is diffed
/// window by window.
pub const WINDOW_WORDS: usize = 256;

/// The word diff of one pair of corresponding sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairDiff {
    /// Segments tiling the left sentences, sentence after sentence.
    pub left: Vec<DiffSegment>,
    /// Segments tiling the right sentences, sentence after sentence.
    pub right: Vec<DiffSegment>,
    /// Left words found unchanged on the right (equal or spelling variants).
    pub left_kept: usize,
    /// Right words found unchanged on the left (equal or spelling variants).
    pub right_kept: usize,
}

/// Diff the words of the sentences `left_sentences` (indices into `left.sentences`) against
/// those of `right_sentences`, returning segments that tile each side's sentence spans
/// exactly, sentence after sentence. See [`diff_pair`] for the counts as well.
///
/// ```
/// use corroborate_core::{diff::diff_words, DiffTag, Document};
/// let left = Document::from_text("a", "Zelenskyy met him on Monday.");
/// let right = Document::from_text("b", "Zelensky met him on Sunday.");
/// let (l, _r) = diff_words(&left, &[0], &right, &[0]);
/// let shown: Vec<(&str, DiffTag)> = l.iter().map(|s| (left.slice(&s.span), s.tag)).collect();
/// assert_eq!(shown, [
///     ("Zelenskyy", DiffTag::Variant),
///     (" met him on ", DiffTag::Equal),
///     ("Monday", DiffTag::Changed),
///     (".", DiffTag::Equal),
/// ]);
/// ```
pub fn diff_words(
    left: &Document,
    left_sentences: &[usize],
    right: &Document,
    right_sentences: &[usize],
) -> (Vec<DiffSegment>, Vec<DiffSegment>) {
    let diff = diff_pair(left, left_sentences, right, right_sentences);
    (diff.left, diff.right)
}

/// [`diff_words`] with the number of words each side keeps.
///
/// The number of words kept does not depend on which side is which, so neither does a
/// comparison's similarity. Myers' algorithm breaks ties between equally short edit scripts
/// by direction, and spelling variants are looked for only inside replaced blocks, so the
/// diff of one direction can pair a variant that the other leaves as two edits. Both
/// directions are therefore diffed (when the words differ at all) and the one keeping more
/// words is shown; at equal counts, as almost always, the diff from left to right. A pair
/// diffed window by window (see the module docs) is diffed once, from the side whose words
/// come first in lexical order.
pub fn diff_pair(
    left: &Document,
    left_sentences: &[usize],
    right: &Document,
    right_sentences: &[usize],
) -> PairDiff {
    // Number the pair's own words: numbers compare faster than strings.
    fn number<'d>(
        ids: &mut FxHashMap<&'d str, u32>,
        doc: &'d Document,
        sentences: &[usize],
    ) -> (Vec<usize>, Vec<u32>) {
        let words = word_indices(doc, sentences);
        let numbers = words
            .iter()
            .map(|&w| {
                let next = ids.len() as u32;
                *ids.entry(doc.words[w].folded.as_str()).or_insert(next)
            })
            .collect();
        (words, numbers)
    }
    let mut ids = FxHashMap::default();
    let (left_words, left_ids) = number(&mut ids, left, left_sentences);
    let (right_words, right_ids) = number(&mut ids, right, right_sentences);
    let forms = WordForms::new(ids.len());
    let left_side = Words::new(left, left_words, left_ids, &forms);
    let right_side = Words::new(right, right_words, right_ids, &forms);
    diff_sides(left_sentences, &left_side, right_sentences, &right_side)
}

/// What the spelling-variant rule reads of each distinct word of a comparison (by word id),
/// shared by all its pairs.
pub(crate) struct WordForms(Vec<Forms>);

impl WordForms {
    /// Room for words numbered below `words`.
    pub(crate) fn new(words: usize) -> WordForms {
        WordForms((0..words).map(|_| Forms::default()).collect())
    }
}

/// [`diff_pair`] with the words of `left` and `right` already numbered, as documents 0 and 1
/// of `keys` (the numbering that decides which words are equal, see
/// [`Vocabulary::keyed`]) and of `folded` (their folded forms), and their spelling forms kept
/// in `forms` (made for `folded`).
pub(crate) fn diff_pair_with_vocabulary(
    left: &Document,
    left_sentences: &[usize],
    right: &Document,
    right_sentences: &[usize],
    (keys, folded): (&Vocabulary, &Vocabulary),
    forms: &WordForms,
) -> PairDiff {
    let side = |doc, sentences, doc_index: usize| {
        let words = word_indices(doc, sentences);
        let (key_ids, folded_ids) = (keys.ids(doc_index), folded.ids(doc_index));
        let ids = words.iter().map(|&w| key_ids[w]).collect();
        let forms_ids = words.iter().map(|&w| folded_ids[w]).collect();
        Words::with_forms_ids(doc, words, ids, forms_ids, forms)
    };
    let left_side = side(left, left_sentences, 0);
    let right_side = side(right, right_sentences, 1);
    diff_sides(left_sentences, &left_side, right_sentences, &right_side)
}

/// [`diff_pair`] of two numbered sides.
fn diff_sides(
    left_sentences: &[usize],
    left_side: &Words,
    right_sentences: &[usize],
    right_side: &Words,
) -> PairDiff {
    let kept = |tags: &[DiffTag]| tags.iter().filter(|&&t| t != DiffTag::Changed).count();
    let windows = windows(&left_side.ids, &right_side.ids);
    let back: Vec<_> = windows
        .iter()
        .map(|(l, r)| (r.clone(), l.clone()))
        .collect();
    let (left_tags, right_tags) = if windows.len() > 1 {
        // Too long to diff twice: one direction, the same whichever side is left.
        if left_side.keys().le(right_side.keys()) {
            word_tags(left_side, right_side, &windows)
        } else {
            let (right_tags, left_tags) = word_tags(right_side, left_side, &back);
            (left_tags, right_tags)
        }
    } else {
        let (mut left_tags, mut right_tags) = word_tags(left_side, right_side, &windows);
        if left_side.ids != right_side.ids {
            let (right_back, left_back) = word_tags(right_side, left_side, &back);
            if kept(&left_back) + kept(&right_back) > kept(&left_tags) + kept(&right_tags) {
                (left_tags, right_tags) = (left_back, right_back);
            }
        }
        (left_tags, right_tags)
    };
    PairDiff {
        left: tile(left_side.doc, left_sentences, &left_tags),
        right: tile(right_side.doc, right_sentences, &right_tags),
        left_kept: kept(&left_tags),
        right_kept: kept(&right_tags),
    }
}

/// The words of one side of a pair: their indices in the document, their ids (equal ids
/// for words the diff takes as equal, on both sides) and the ids of their folded forms
/// (under which their spelling forms are kept).
struct Words<'a> {
    doc: &'a Document,
    words: Vec<usize>,
    ids: Vec<u32>,
    forms_ids: Vec<u32>,
    forms: &'a WordForms,
}

impl<'a> Words<'a> {
    /// Words whose ids are the ids of their folded forms.
    fn new(doc: &'a Document, words: Vec<usize>, ids: Vec<u32>, forms: &'a WordForms) -> Self {
        let forms_ids = ids.clone();
        Words::with_forms_ids(doc, words, ids, forms_ids, forms)
    }

    fn with_forms_ids(
        doc: &'a Document,
        words: Vec<usize>,
        ids: Vec<u32>,
        forms_ids: Vec<u32>,
        forms: &'a WordForms,
    ) -> Self {
        Words {
            doc,
            words,
            ids,
            forms_ids,
            forms,
        }
    }

    /// The `i`-th word, ready for the variant rule.
    fn spelling(&self, i: usize) -> Spelling<'a> {
        let word = &self.doc.words[self.words[i]];
        let forms = &self.forms.0[self.forms_ids[i] as usize];
        Spelling::with_forms(self.doc.slice(&word.span), &word.folded, forms)
    }

    /// The folded words, in order.
    fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        self.words
            .iter()
            .map(|&w| self.doc.words[w].folded.as_str())
    }
}

/// One tag per word of `old` and of `new`: the Myers diff of their keys over `windows` (see
/// [`windows`]), with spelling variants found inside replaced blocks.
fn word_tags(
    old: &Words,
    new: &Words,
    windows: &[(Range<usize>, Range<usize>)],
) -> (Vec<DiffTag>, Vec<DiffTag>) {
    let mut old_tags = vec![DiffTag::Equal; old.ids.len()];
    let mut new_tags = vec![DiffTag::Equal; new.ids.len()];
    for (old_range, new_range) in windows {
        let (old_range, new_range) = (old_range.clone(), new_range.clone());
        let ops = capture_diff(Algorithm::Myers, &old.ids, old_range, &new.ids, new_range);
        tag_ops(old, new, ops, &mut old_tags, &mut new_tags);
    }
    (old_tags, new_tags)
}

/// The stretches of `old` and `new` to diff, in order: both whole, or past
/// [`MYERS_MAX_CELLS`] the part between their common start and end cut into windows of
/// proportional size (what lies outside the windows is equal).
fn windows(old: &[u32], new: &[u32]) -> Vec<(Range<usize>, Range<usize>)> {
    let (n, m) = (old.len(), new.len());
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (rest_old, rest_new) = (n - prefix - suffix, m - prefix - suffix);
    if rest_old.saturating_mul(rest_new) <= MYERS_MAX_CELLS {
        return vec![(0..n, 0..m)];
    }
    let count = rest_old.max(rest_new).div_ceil(WINDOW_WORDS);
    let cut = |len: usize, i: usize| prefix + len * i / count;
    (0..count)
        .map(|i| {
            (
                cut(rest_old, i)..cut(rest_old, i + 1),
                cut(rest_new, i)..cut(rest_new, i + 1),
            )
        })
        .collect()
}

/// Tag the words the diff `ops` deletes, inserts or replaces, and look for spelling variants
/// inside replaced blocks.
fn tag_ops(
    old: &Words,
    new: &Words,
    ops: Vec<DiffOp>,
    old_tags: &mut [DiffTag],
    new_tags: &mut [DiffTag],
) {
    for op in ops {
        match op {
            DiffOp::Equal { .. } => {}
            DiffOp::Delete {
                old_index, old_len, ..
            } => old_tags[old_index..old_index + old_len].fill(DiffTag::Changed),
            DiffOp::Insert {
                new_index, new_len, ..
            } => new_tags[new_index..new_index + new_len].fill(DiffTag::Changed),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let old_range = old_index..old_index + old_len;
                let new_range = new_index..new_index + new_len;
                old_tags[old_range.clone()].fill(DiffTag::Changed);
                new_tags[new_range.clone()].fill(DiffTag::Changed);
                if old_len * new_len <= VARIANT_SEARCH_LIMIT {
                    mark_variants(
                        (old, old_range.clone(), &mut old_tags[old_range]),
                        (new, new_range.clone(), &mut new_tags[new_range]),
                    );
                }
            }
        }
    }
}

/// Segments for sentences without a counterpart: each sentence whole, `Changed`.
pub fn one_sided(doc: &Document, sentences: &[usize]) -> Vec<DiffSegment> {
    sentences
        .iter()
        .map(|&s| DiffSegment {
            span: doc.sentences[s].span.clone(),
            tag: DiffTag::Changed,
        })
        .collect()
}

/// True when no word differs: the diff segments are all `Equal`.
pub fn is_unchanged(segments: &[DiffSegment]) -> bool {
    segments.iter().all(|s| s.tag == DiffTag::Equal)
}

fn word_indices(doc: &Document, sentences: &[usize]) -> Vec<usize> {
    sentences
        .iter()
        .flat_map(|&s| doc.sentences[s].words.clone())
        .collect()
}

/// Inside one replaced block, pair words that are spellings of each other, in order (a
/// name keeps its place in a sentence even when the words around it change).
fn mark_variants(
    (left, left_range, left_tags): (&Words, Range<usize>, &mut [DiffTag]),
    (right, right_range, right_tags): (&Words, Range<usize>, &mut [DiffTag]),
) {
    let rights: Vec<Spelling> = right_range.map(|i| right.spelling(i)).collect();
    let mut from = 0;
    for (i, l) in left_range.enumerate() {
        let l = left.spelling(l);
        if let Some(offset) = rights[from..].iter().position(|r| l.is_variant_of(r)) {
            left_tags[i] = DiffTag::Variant;
            right_tags[from + offset] = DiffTag::Variant;
            from += offset + 1;
        }
    }
}

/// Cut each sentence into segments: words with their tags, and the gaps around them.
fn tile(doc: &Document, sentences: &[usize], tags: &[DiffTag]) -> Vec<DiffSegment> {
    let mut out: Vec<DiffSegment> = Vec::new();
    let mut tag_of = tags.iter().copied();
    for &s in sentences {
        let sentence = &doc.sentences[s];
        let first_segment = out.len();
        let mut at = sentence.span.start;
        let mut previous: Option<DiffTag> = None;
        for word in &doc.words[sentence.words.clone()] {
            let tag = tag_of
                .next()
                .expect("invariant: one tag per word of the diffed sentences");
            let gap = match previous {
                Some(before) if before == tag => tag,
                _ => DiffTag::Equal,
            };
            push(&mut out, first_segment, at..word.span.start, gap);
            push(&mut out, first_segment, word.span.clone(), tag);
            at = word.span.end;
            previous = Some(tag);
        }
        push(
            &mut out,
            first_segment,
            at..sentence.span.end,
            DiffTag::Equal,
        );
    }
    out
}

/// Append a segment, joining it to the previous one of the same sentence when the tags
/// agree (fewer, longer segments for the views).
fn push(out: &mut Vec<DiffSegment>, sentence_start: usize, span: Range<usize>, tag: DiffTag) {
    if span.is_empty() {
        return;
    }
    if out.len() > sentence_start {
        if let Some(last) = out.last_mut() {
            if last.tag == tag && last.span.end == span.start {
                last.span.end = span.end;
                return;
            }
        }
    }
    out.push(DiffSegment { span, tag });
}

#[cfg(test)]
mod tests;
