//! Contradictions: one slot given two values — the one rule the pair view, the fact ×
//! source matrix, the CLI and the exports all read.
//!
//! One file per kind of slot:
//! - [`dates`]: the weekday, date or time of one event, and a bare year after the same word;
//! - [`numbers`]: a figure — a claim with a value and its bounds, a measure, a scope and a
//!   source ([`super::claims`]);
//! - [`places`]: where one kind of event took place;
//! - [`speakers`]: who said a quotation.
//!
//! Corresponding sentences (rows of the sentence alignment) are the strongest evidence that
//! two values fill one slot: a date, figure or place substituted in them is compared first.
//! Sentences the alignment left apart meet only through claims that pin one slot down on
//! their own — the same event with the same people for a date, the same measure, scope and
//! source for a figure — and through sentences that share an identical figure (two reports
//! quoting "2,053 dead" in one sentence tell the same statement).
mod dates;
mod numbers;
mod places;
mod speakers;

use super::mention::Mention;
use super::resolve::Analysis;
use crate::model::FactKind;
use rustc_hash::FxHashSet as HashSet;
use std::collections::BTreeMap;
use std::ops::Range;

/// A contradiction between two mentions (indices into each report's mentions).
#[derive(Debug, Clone)]
pub(super) struct Contradiction {
    pub kind: FactKind,
    pub left: usize,
    pub right: usize,
    pub about: String,
    /// For a quotation's speaker: the speakers' text and spans instead of the quote's.
    pub speakers: Option<[(String, Range<usize>); 2]>,
}

impl Contradiction {
    /// The same contradiction seen from the other report.
    pub fn mirrored(self) -> Contradiction {
        Contradiction {
            left: self.right,
            right: self.left,
            speakers: self.speakers.map(|[l, r]| [r, l]),
            ..self
        }
    }
}

/// Corresponding sentence groups: (left sentence indices, right sentence indices).
pub(super) type Rows = Vec<(Vec<usize>, Vec<usize>)>;

/// The two reports being compared.
pub(super) struct Sides<'a> {
    pub a: &'a Analysis,
    pub l: usize,
    pub r: usize,
}

impl Sides<'_> {
    pub fn left(&self, i: usize) -> &Mention {
        &self.a.mentions[self.l][i]
    }
    pub fn right(&self, j: usize) -> &Mention {
        &self.a.mentions[self.r][j]
    }
}

/// Find the contradictions between reports `l` and `r` of `a`.
pub(super) fn contradictions(a: &Analysis, l: usize, r: usize, rows: &Rows) -> Vec<Contradiction> {
    let sides = Sides { a, l, r };
    let by_sentence = |mentions: &[Mention]| {
        let mut map: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, m) in mentions.iter().enumerate() {
            map.entry(m.sentence).or_default().push(i);
        }
        map
    };
    let (ls, rs) = (by_sentence(&a.mentions[l]), by_sentence(&a.mentions[r]));
    let gather = |map: &BTreeMap<usize, Vec<usize>>, sentences: &[usize]| -> Vec<usize> {
        sentences
            .iter()
            .filter_map(|s| map.get(s))
            .flatten()
            .copied()
            .collect()
    };
    let mut out = Vec::new();
    let mut numbers_agreed: HashSet<(usize, usize)> = HashSet::default();
    for (left_sentences, right_sentences) in rows {
        let left = gather(&ls, left_sentences);
        let right = gather(&rs, right_sentences);
        if left.is_empty() || right.is_empty() {
            continue;
        }
        dates::paired(&sides, &left, &right, &mut out);
        dates::years(&sides, &left, &right, &mut out);
        numbers::paired(&sides, &left, &right, &mut numbers_agreed, &mut out);
        places::paired(&sides, &left, &right, &mut out);
    }
    for (left_sentence, right_sentence) in numbers::anchors(&sides, rows) {
        let left = gather(&ls, &[left_sentence]);
        let right = gather(&rs, &[right_sentence]);
        numbers::paired(&sides, &left, &right, &mut numbers_agreed, &mut out);
    }
    dates::misdated(&sides, &mut out);
    dates::unaligned(&sides, &mut out);
    numbers::unaligned(&sides, &numbers_agreed, &mut out);
    speakers::speakers(&sides, &mut out);
    out
}
