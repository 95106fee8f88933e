//! The fact × source matrix for three or more reports: which report carries which fact, and
//! which gives a different value for the same slot.

use super::contradict::{contradictions, Rows};
use super::resolve::analyse;
use crate::document::Document;
use crate::model::{FactMatrix, MatrixCell, MatrixRow};
use crate::Options;
use std::collections::BTreeMap;
use std::ops::Range;

/// The fact × source matrix of `docs`: one row per canonical fact (canonicalised across all
/// reports together), one cell per report. A cell is `Different` when the report does not
/// carry the fact but contradicts a report that does (it says Monday where that one says
/// Sunday), found by aligning each pair of reports with [`crate::align::align`].
///
/// Rows come contradicted first, then by kind, then by how many reports carry them (most
/// first). The JSON shape is documented on [`FactMatrix`].
///
/// ```
/// use corroborate_core::{facts, Document, MatrixCell};
/// let docs = [
///     Document::from_text("a.txt", "Anna Lindqvist met Marek Nowak in Oslo."),
///     Document::from_text("b.txt", "Anna Lindqvist met Marek Nowak in Oslo."),
///     Document::from_text("c.txt", "Lindqvist spoke in Oslo."),
/// ];
/// let m = facts::matrix(&docs);
/// assert_eq!(m.reports, ["a.txt", "b.txt", "c.txt"]);
/// let nowak = m.rows.iter().find(|r| r.label == "Marek Nowak").unwrap();
/// assert_eq!(nowak.present, 2);
/// assert_eq!(nowak.cells[2], MatrixCell::Absent);
/// ```
pub fn matrix(docs: &[Document]) -> FactMatrix {
    matrix_of(&docs.iter().collect::<Vec<_>>())
}

/// [`matrix`] of reports held elsewhere (a corpus's event among all its reports), so they
/// need not be copied into one slice.
pub fn matrix_of(docs: &[&Document]) -> FactMatrix {
    let options = Options::default();
    let mut rows = BTreeMap::new();
    for i in 0..docs.len() {
        for j in i + 1..docs.len() {
            let pairs = crate::align::align(docs[i], docs[j], &options);
            // Counterparts only, as in a comparison of the pair (`Pair::is_counterpart`).
            let found: Rows = pairs
                .into_iter()
                .filter(|p| p.is_counterpart(&options))
                .map(|p| (p.left, p.right))
                .collect();
            rows.insert((i, j), found);
        }
    }
    rows_matrix(docs, &|i, j| rows.get(&(i, j)).cloned().unwrap_or_default())
}

/// [`matrix`] with the corresponding sentences of reports `i < j` supplied by `rows(i, j)`
/// as `(sentences of i, sentences of j)` groups.
pub fn matrix_with_rows(
    docs: &[Document],
    rows: &dyn Fn(usize, usize) -> Vec<(Vec<usize>, Vec<usize>)>,
) -> FactMatrix {
    rows_matrix(&docs.iter().collect::<Vec<_>>(), rows)
}

fn rows_matrix(
    docs: &[&Document],
    rows: &dyn Fn(usize, usize) -> Vec<(Vec<usize>, Vec<usize>)>,
) -> FactMatrix {
    let a = analyse(docs);
    let n = docs.len();
    // fact → report → mentions carrying it
    let mut present: BTreeMap<usize, Vec<Vec<usize>>> = BTreeMap::new();
    for d in 0..n {
        for (m, &id) in a.ids[d].iter().enumerate() {
            present.entry(id).or_insert_with(|| vec![Vec::new(); n])[d].push(m);
        }
    }
    // fact → report → contradicting mentions of that report
    let mut different: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        for j in i + 1..n {
            for c in contradictions(&a, i, j, &rows(i, j)) {
                different
                    .entry((a.ids[i][c.left], j))
                    .or_default()
                    .push(c.right);
                different
                    .entry((a.ids[j][c.right], i))
                    .or_default()
                    .push(c.left);
            }
        }
    }
    let mut out: Vec<(usize, MatrixRow)> = present
        .iter()
        .map(|(&id, per_doc)| {
            let cells: Vec<MatrixCell> = (0..n)
                .map(|d| {
                    let spans = |list: &[usize]| -> Vec<Range<usize>> {
                        list.iter()
                            .map(|&m| a.mentions[d][m].span.clone())
                            .collect()
                    };
                    if !per_doc[d].is_empty() {
                        let mut forms: Vec<String> = Vec::new();
                        for &m in &per_doc[d] {
                            let written = a.mentions[d][m].text.clone();
                            if !forms.contains(&written) {
                                forms.push(written);
                            }
                        }
                        MatrixCell::Present {
                            forms,
                            spans: spans(&per_doc[d]),
                        }
                    } else if let Some(list) = different.get(&(id, d)) {
                        let mut list = list.clone();
                        list.sort_unstable();
                        list.dedup();
                        let value = a.mentions[d][list[0]].text.clone();
                        MatrixCell::Different {
                            value,
                            spans: spans(&list),
                        }
                    } else {
                        MatrixCell::Absent
                    }
                })
                .collect();
            let count = |f: fn(&MatrixCell) -> bool| cells.iter().filter(|c| f(c)).count();
            let row = MatrixRow {
                kind: a.facts[id].kind,
                label: a.facts[id].label.clone(),
                present: count(|c| matches!(c, MatrixCell::Present { .. })),
                different: count(|c| matches!(c, MatrixCell::Different { .. })),
                cells,
            };
            (id, row)
        })
        .collect();
    out.sort_by_key(|(id, r)| (r.different == 0, r.kind, std::cmp::Reverse(r.present), *id));
    FactMatrix {
        reports: docs.iter().map(|d| d.name.clone()).collect(),
        rows: out.into_iter().map(|(_, r)| r).collect(),
    }
}
