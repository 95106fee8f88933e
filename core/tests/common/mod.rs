//! Helpers shared by the engine's black-box tests.

#![allow(dead_code)] // each test binary uses its own part

pub mod generate;
pub mod invariants;
pub mod news;

use corroborate_core::{Comparison, DiffTag, Document};
use std::ops::Range;

/// Read an annotated string: `"The [Élysée] meeting"` gives the text `"The Élysée meeting"` and
/// the byte range of each bracketed stretch, so tests state expected spans by marking the text
/// rather than counting bytes. Brackets cannot nest.
pub fn annotated(marked: &str) -> (String, Vec<Range<usize>>) {
    let mut text = String::with_capacity(marked.len());
    let mut spans = Vec::new();
    let mut open = None;
    for c in marked.chars() {
        match c {
            '[' => open = Some(text.len()),
            ']' => spans.push(open.take().expect("unbalanced ] in fixture")..text.len()),
            _ => text.push(c),
        }
    }
    assert!(open.is_none(), "unbalanced [ in fixture");
    (text, spans)
}

/// The texts of `spans` in `doc`.
pub fn texts<'a>(
    doc: &'a Document,
    spans: impl IntoIterator<Item = &'a Range<usize>>,
) -> Vec<&'a str> {
    spans.into_iter().map(|s| doc.slice(s)).collect()
}

/// Every diff segment of one side with a given tag, across all rows, as text.
pub fn tagged<'a>(
    doc: &'a Document,
    comparison: &Comparison,
    left: bool,
    tag: DiffTag,
) -> Vec<&'a str> {
    comparison
        .alignment
        .iter()
        .flat_map(|row| {
            if left {
                &row.left_diff
            } else {
                &row.right_diff
            }
        })
        .filter(|s| s.tag == tag)
        .map(|s| doc.slice(&s.span))
        .collect()
}

/// (left indices, right indices) of the rows that pair sentences.
pub fn pairs(comparison: &Comparison) -> Vec<(Vec<usize>, Vec<usize>)> {
    comparison
        .alignment
        .iter()
        .filter(|r| !r.left.is_empty() && !r.right.is_empty())
        .map(|r| (r.left.clone(), r.right.clone()))
        .collect()
}
