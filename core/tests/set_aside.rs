//! Contradictions a reader set aside as "not a contradiction" leave the comparison and its
//! facts read as if the engine had never paired the two values.

use corroborate_core::{compare, Comparison, Document, FactKind, FactStatus, Options};

fn compared(left: &str, right: &str, options: &Options) -> Comparison {
    compare(
        &Document::from_text("left.txt", left),
        &Document::from_text("right.txt", right),
        options,
    )
}

#[test]
fn a_figure_set_aside_becomes_what_each_report_alone_says() {
    let (left, right) = (
        "The storm damaged 40 homes in the valley on Tuesday, officials said.",
        "The storm damaged 55 homes in the valley on Tuesday, officials said.",
    );
    let first = compared(left, right, &Options::default());
    assert_eq!(first.conflicts.len(), 1, "{:#?}", first.conflicts);
    let key = first.conflicts[0].key();

    let again = compared(
        left,
        right,
        &Options {
            set_aside: vec![key.clone()],
            ..Options::default()
        },
    );
    assert!(again.conflicts.is_empty(), "{:#?}", again.conflicts);
    assert!(again.facts.iter().all(|f| f.status != FactStatus::Conflict));
    let one_sided = |status| {
        again
            .facts
            .iter()
            .filter(|f| f.kind == FactKind::Number && f.status == status)
            .count()
    };
    assert_eq!(
        (
            one_sided(FactStatus::LeftOnly),
            one_sided(FactStatus::RightOnly)
        ),
        (1, 1)
    );

    // Seen from the other side, the mirrored key sets the same contradiction aside.
    let swapped = compared(
        right,
        left,
        &Options {
            set_aside: vec![key.mirrored()],
            ..Options::default()
        },
    );
    assert!(swapped.conflicts.is_empty(), "{:#?}", swapped.conflicts);
}

#[test]
fn a_key_that_matches_nothing_changes_nothing() {
    let (left, right) = (
        "The ferry left the harbour on Sunday.",
        "The ferry left the harbour on Monday.",
    );
    let first = compared(left, right, &Options::default());
    let mut key = first.conflicts[0].key();
    key.right = "Friday".into();
    let again = compared(
        left,
        right,
        &Options {
            set_aside: vec![key],
            ..Options::default()
        },
    );
    assert_eq!(again, first);
}
