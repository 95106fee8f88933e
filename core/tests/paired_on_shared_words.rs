//! Sentences paired on words only they share sit side by side for the reader, but are not
//! evidence that their figures fill one slot: the van's three injured and the day's 56
//! injured are two counts, not one count given twice. They are a row of their own kind,
//! `related`, with no word diff.

use corroborate_core::{compare, facts, DiffTag, Document, Options, RowKind};

const LEFT: &str = "Thousands marched through Kelbor on Saturday against the new mining law. \
    A van drove into marchers by the old bridge, injuring three people. Organisers said the \
    march was the largest in a decade. The interior minister blamed opposition groups for \
    the unrest.";
const RIGHT: &str = "Tens of thousands joined Saturday's march in Kelbor against the mining \
    law. Police said 56 people were injured in the course of the day. The interior minister \
    accused the opposition of stirring unrest. Organisers called it the biggest march in ten \
    years.";

fn injured_clash(conflicts: &[corroborate_core::Conflict]) -> bool {
    conflicts
        .iter()
        .any(|c| c.left.contains("three") && c.right.contains("56"))
}

#[test]
fn a_pair_made_on_shared_words_is_shown_but_contradicts_nothing() {
    let (left, right) = (
        Document::from_text("a", LEFT),
        Document::from_text("b", RIGHT),
    );
    let c = compare(&left, &right, &Options::default());
    let row = c
        .alignment
        .iter()
        .find(|r| r.left == [1] && r.right == [1])
        .expect("the two injured counts are side by side");
    assert_eq!(row.kind, RowKind::Related);
    assert!(
        row.left_diff
            .iter()
            .chain(&row.right_diff)
            .all(|s| s.tag == DiffTag::Changed),
        "no word of a related row counts as kept"
    );
    assert_eq!(c.summary.related, 1);
    assert_eq!(
        c.summary.corresponding,
        c.alignment
            .iter()
            .filter(|r| matches!(r.kind, RowKind::Same | RowKind::Reworded))
            .count()
    );
    assert!(!injured_clash(&c.conflicts), "{:?}", c.conflicts);
    // Read as counterparts, the same two sentences would clash: the rule, not the figures,
    // keeps them apart.
    let rows: Vec<(Vec<usize>, Vec<usize>)> = c
        .alignment
        .iter()
        .filter(|r| !r.left.is_empty() && !r.right.is_empty())
        .map(|r| (r.left.clone(), r.right.clone()))
        .collect();
    let (_, as_counterparts) = facts::compare_facts_with_rows(&left, &right, &rows);
    assert!(injured_clash(&as_counterparts), "{as_counterparts:?}");
}
