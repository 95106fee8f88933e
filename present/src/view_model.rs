//! From a [`Comparison`] to what the panes draw: rows of sentences, each sentence cut into
//! styled runs where word diffs, verbatim passages and fact mentions overlap.
//!
//! Pure and browser-free, built once per comparison (never during a render). Every run is a
//! byte range into the document's text; nothing here re-tokenises.

use corroborate_core::{
    Comparison, DiffSegment, DiffTag, Document, DocumentSummary, FactKind, FactStatus, RowKind,
    Side,
};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A fact mentioned in a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactMark {
    /// Index into [`Comparison::facts`].
    pub fact: usize,
    /// The fact's kind.
    pub kind: FactKind,
    /// The fact's status.
    pub status: FactStatus,
}

/// A stretch of a sentence that is styled one way throughout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    /// Byte range in the document's text.
    #[serde(with = "corroborate_core::span_serde")]
    pub span: Range<usize>,
    /// Equal, changed (deleted on the left, inserted on the right) or a spelling variant.
    pub diff: DiffTag,
    /// Inside a passage both reports carry word for word.
    pub verbatim: bool,
    /// Facts mentioned here, outermost (longest mention) first.
    pub facts: Vec<FactMark>,
}

/// One row of the side-by-side view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowView {
    /// How the two sides relate.
    pub kind: RowKind,
    /// Left sentence indices (empty for right-only rows).
    pub left: Vec<usize>,
    /// Right sentence indices (empty for left-only rows).
    pub right: Vec<usize>,
    /// The right report tells this row's sentence in another place of its order.
    pub moved: bool,
    /// For a row the right report tells elsewhere: the paragraph (1-based) where its right
    /// sentence sits in the right report.
    pub moved_to: Option<usize>,
    /// Page furniture ("Share this article", bylines) left out of the comparison: shown dimmed
    /// where it stands in its report.
    pub furniture: bool,
}

/// Everything the panes draw for one comparison.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PairView {
    /// Rows in display order.
    pub rows: Vec<RowView>,
    /// Styled runs of each left sentence, by sentence index.
    pub left_runs: Vec<Vec<Run>>,
    /// Styled runs of each right sentence, by sentence index.
    pub right_runs: Vec<Vec<Run>>,
    /// The row each left sentence is drawn in, by sentence index.
    pub left_row: Vec<usize>,
    /// The row each right sentence is drawn in, by sentence index.
    pub right_row: Vec<usize>,
}

impl PairView {
    /// Build the view of a comparison of `left` and `right`.
    pub fn build(comparison: &Comparison, left: &Document, right: &Document) -> PairView {
        let rows: Vec<RowView> = comparison
            .alignment
            .iter()
            .map(|row| RowView {
                kind: row.kind,
                left: row.left.clone(),
                right: row.right.clone(),
                moved: row.moved,
                moved_to: (row.moved && !row.right.is_empty())
                    .then(|| {
                        paragraph_number(right, &comparison.right.sentence_spans, row.right[0])
                    })
                    .flatten(),
                furniture: false,
            })
            .collect();
        let rows = with_furniture(rows, left, right);
        let row_of = |count: usize, side: Side| {
            let mut of = vec![usize::MAX; count];
            for (r, row) in rows.iter().enumerate() {
                let indices = if side == Side::Left {
                    &row.left
                } else {
                    &row.right
                };
                for &s in indices {
                    if let Some(slot) = of.get_mut(s) {
                        *slot = r;
                    }
                }
            }
            of
        };
        PairView {
            left_row: row_of(left.sentences.len(), Side::Left),
            right_row: row_of(right.sentences.len(), Side::Right),
            rows,
            left_runs: side_view(comparison, Side::Left),
            right_runs: side_view(comparison, Side::Right),
        }
    }

    /// The row a sentence is drawn in.
    pub fn row_of(&self, side: Side, sentence: usize) -> Option<usize> {
        let of = match side {
            Side::Left => &self.left_row,
            Side::Right => &self.right_row,
        };
        of.get(sentence).copied().filter(|&r| r != usize::MAX)
    }

    /// The row of the sentence holding byte `at` of one side's text (a fact's mention).
    pub fn row_at(&self, side: Side, counted: &DocumentSummary, at: usize) -> Option<usize> {
        let spans = &counted.sentence_spans;
        let sentence = spans.partition_point(|s| s.end <= at);
        spans
            .get(sentence)
            .filter(|s| s.start <= at)
            .and_then(|_| self.row_of(side, sentence))
    }
}

/// Insert a row for every sentence the alignment left out (page furniture), right after the
/// row of the sentence it follows in its own report, so the reader still sees the whole text.
fn with_furniture(rows: Vec<RowView>, left: &Document, right: &Document) -> Vec<RowView> {
    let mut before: Vec<Vec<RowView>> = vec![Vec::new(); rows.len() + 1];
    for (side, doc) in [(Side::Left, left), (Side::Right, right)] {
        let mut row_of = vec![None; doc.sentences.len()];
        for (r, row) in rows.iter().enumerate() {
            let indices = if side == Side::Left {
                &row.left
            } else {
                &row.right
            };
            for &s in indices {
                if let Some(slot) = row_of.get_mut(s) {
                    *slot = Some(r);
                }
            }
        }
        let mut at = 0;
        for (sentence, row) in row_of.iter().enumerate() {
            match row {
                Some(r) => at = r + 1,
                None => before[at].push(RowView {
                    kind: if side == Side::Left {
                        RowKind::LeftOnly
                    } else {
                        RowKind::RightOnly
                    },
                    left: if side == Side::Left {
                        vec![sentence]
                    } else {
                        vec![]
                    },
                    right: if side == Side::Right {
                        vec![sentence]
                    } else {
                        vec![]
                    },
                    moved: false,
                    moved_to: None,
                    furniture: true,
                }),
            }
        }
    }
    let mut out = Vec::with_capacity(rows.len() + before.iter().map(Vec::len).sum::<usize>());
    let mut before = before.into_iter();
    for row in rows {
        out.extend(before.next().into_iter().flatten());
        out.push(row);
    }
    out.extend(before.flatten());
    out
}

/// The 1-based paragraph of a sentence, as the user would count paragraphs in the text.
fn paragraph_number(doc: &Document, spans: &[Range<usize>], sentence: usize) -> Option<usize> {
    let start = spans.get(sentence)?.start;
    let at = doc.paragraphs.partition_point(|p| p.span.start <= start);
    (at > 0).then_some(at)
}

fn side_view(comparison: &Comparison, side: Side) -> Vec<Vec<Run>> {
    let (summary, verbatim_of): (_, fn(&corroborate_core::VerbatimPassage) -> Range<usize>) =
        match side {
            Side::Left => (&comparison.left, |v| v.left.clone()),
            Side::Right => (&comparison.right, |v| v.right.clone()),
        };
    // One-sided rows are shaded as a whole; marking every word of them as changed would
    // only add noise, so only paired rows contribute word diffs.
    let diffs: Vec<DiffSegment> = comparison
        .alignment
        .iter()
        .filter(|row| matches!(row.kind, RowKind::Same | RowKind::Reworded))
        .flat_map(|row| match side {
            Side::Left => row.left_diff.iter(),
            Side::Right => row.right_diff.iter(),
        })
        .cloned()
        .collect();
    let verbatim: Vec<Range<usize>> = comparison.verbatim.iter().map(verbatim_of).collect();
    let mut facts = Vec::new();
    for (index, fact) in comparison.facts.iter().enumerate() {
        let spans = match side {
            Side::Left => &fact.left_spans,
            Side::Right => &fact.right_spans,
        };
        let mark = FactMark {
            fact: index,
            kind: fact.kind,
            status: fact.status,
        };
        facts.extend(spans.iter().map(|span| (span.clone(), mark)));
    }
    sentence_runs(&summary.sentence_spans, &diffs, &verbatim, &facts)
}

/// Cut each sentence into runs styled one way throughout.
///
/// `diffs` are disjoint; `verbatim` and `facts` may overlap each other and themselves (a
/// quote holds a name). Runs tile each sentence exactly, in text order. Linear in the
/// number of sentences and marks, apart from sorting.
pub fn sentence_runs(
    sentences: &[Range<usize>],
    diffs: &[DiffSegment],
    verbatim: &[Range<usize>],
    facts: &[(Range<usize>, FactMark)],
) -> Vec<Vec<Run>> {
    let mut diffs: Vec<&DiffSegment> = diffs.iter().filter(|d| !d.span.is_empty()).collect();
    diffs.sort_by_key(|d| d.span.start);
    let verbatim = merge(verbatim);
    let mut facts: Vec<&(Range<usize>, FactMark)> =
        facts.iter().filter(|(s, _)| !s.is_empty()).collect();
    facts.sort_by_key(|(s, _)| s.start);

    let mut order: Vec<usize> = (0..sentences.len()).collect();
    order.sort_by_key(|&i| sentences[i].start);
    let mut out = vec![Vec::new(); sentences.len()];
    let (mut next_diff, mut next_verbatim, mut next_fact) = (0, 0, 0);
    let mut active_facts: Vec<&(Range<usize>, FactMark)> = Vec::new();
    for i in order {
        let sentence = sentences[i].clone();
        if sentence.is_empty() {
            continue;
        }
        while next_diff < diffs.len() && diffs[next_diff].span.end <= sentence.start {
            next_diff += 1;
        }
        while next_verbatim < verbatim.len() && verbatim[next_verbatim].end <= sentence.start {
            next_verbatim += 1;
        }
        while next_fact < facts.len() && facts[next_fact].0.start < sentence.end {
            active_facts.push(facts[next_fact]);
            next_fact += 1;
        }
        active_facts.retain(|(s, _)| s.end > sentence.start);

        let local_diffs: Vec<&DiffSegment> = diffs[next_diff..]
            .iter()
            .take_while(|d| d.span.start < sentence.end)
            .copied()
            .collect();
        let local_verbatim: Vec<&Range<usize>> = verbatim[next_verbatim..]
            .iter()
            .take_while(|v| v.start < sentence.end)
            .collect();

        let mut cuts = vec![sentence.start, sentence.end];
        let inside = |p: usize| p > sentence.start && p < sentence.end;
        let ranges = local_diffs
            .iter()
            .map(|d| &d.span)
            .chain(local_verbatim.iter().copied())
            .chain(active_facts.iter().map(|(s, _)| s));
        for r in ranges {
            cuts.extend([r.start, r.end].into_iter().filter(|&p| inside(p)));
        }
        cuts.sort_unstable();
        cuts.dedup();

        let mut runs: Vec<Run> = Vec::new();
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            let covers = |r: &Range<usize>| r.start <= a && a < r.end;
            let diff = local_diffs
                .iter()
                .find(|d| covers(&d.span))
                .map_or(DiffTag::Equal, |d| d.tag);
            let verbatim = local_verbatim.iter().any(|v| covers(v));
            let mut marks: Vec<&(Range<usize>, FactMark)> = active_facts
                .iter()
                .copied()
                .filter(|(s, _)| covers(s))
                .collect();
            marks.sort_by_key(|(s, m)| (std::cmp::Reverse(s.len()), m.fact));
            let facts: Vec<FactMark> = marks.into_iter().map(|(_, m)| *m).collect();
            match runs.last_mut() {
                Some(last)
                    if last.diff == diff && last.verbatim == verbatim && last.facts == facts =>
                {
                    last.span.end = b
                }
                _ => runs.push(Run {
                    span: a..b,
                    diff,
                    verbatim,
                    facts,
                }),
            }
        }
        out[i] = runs;
    }
    out
}

/// Sort ranges and merge the overlapping or touching ones into a disjoint list.
fn merge(ranges: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut sorted: Vec<Range<usize>> = ranges.iter().filter(|r| !r.is_empty()).cloned().collect();
    sorted.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
    for r in sorted {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

#[cfg(test)]
mod tests;
