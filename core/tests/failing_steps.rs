//! One failing step costs only itself: when verbatim passages or facts cannot be worked out
//! for a pair (a bug in that step), the reader still gets the alignment, the word
//! differences, the similarity and every step that did run, with a note saying what is
//! missing and the details to copy.

use corroborate_core::compare::{compare, compare_in_steps};
use corroborate_core::{Comparison, Document, Options, Step, StepFailure};

fn pair() -> (Document, Document) {
    let left = Document::from_text(
        "a.txt",
        "Leaders of Norway and Ukraine met in Oslo on Sunday to sign the grid agreement they \
         had negotiated for a year. About 40 engineers will repair the substation.",
    );
    let right = Document::from_text(
        "b.txt",
        "About 40 engineers will repair the substation. Leaders of Norway and Ukraine met in \
         Oslo on Monday to sign the grid agreement they had negotiated for a year.",
    );
    (left, right)
}

/// Everything that comes before the steps: rows, word differences, similarity, counts.
fn words_part(c: &Comparison) -> impl PartialEq + std::fmt::Debug + '_ {
    (
        &c.left,
        &c.right,
        c.similarity,
        &c.alignment,
        (c.summary.corresponding, c.summary.reworded, c.summary.moved),
    )
}

fn failing(step: Step) -> Comparison {
    let (left, right) = pair();
    compare_in_steps(
        &left,
        &right,
        &Options::default(),
        &mut |_| {},
        &mut |s, _| {
            if s == step {
                panic!("{s:?} failed on purpose");
            }
            Ok(())
        },
    )
}

#[test]
fn a_panic_in_the_facts_leaves_the_alignment_words_and_verbatim_passages() {
    let (left, right) = pair();
    let whole = compare(&left, &right, &Options::default());
    assert!(!whole.facts.is_empty() && !whole.conflicts.is_empty() && !whole.verbatim.is_empty());
    assert!(whole.failed.is_empty());

    let c = failing(Step::Facts);
    assert_eq!(words_part(&c), words_part(&whole));
    assert_eq!(c.verbatim, whole.verbatim, "the step before the facts ran");
    assert!(c.facts.is_empty() && c.conflicts.is_empty());
    let [failure] = &c.failed[..] else {
        panic!("one failed step expected: {:?}", c.failed)
    };
    assert_eq!(failure.step, Step::Facts);
    assert_eq!(
        failure.note,
        "Facts could not be worked out for this pair — the comparison above is complete."
    );
    assert_eq!(failure.details, "Facts failed on purpose");
}

#[test]
fn a_panic_in_the_verbatim_passages_still_gives_the_facts() {
    let (left, right) = pair();
    let whole = compare(&left, &right, &Options::default());
    let c = failing(Step::Verbatim);
    assert_eq!(words_part(&c), words_part(&whole));
    assert!(c.verbatim.is_empty());
    assert_eq!(c.summary.verbatim_share_left, 0.0);
    assert_eq!((&c.facts, &c.conflicts), (&whole.facts, &whole.conflicts));
    assert_eq!(c.failed.len(), 1);
    assert_eq!(c.failed[0].step, Step::Verbatim);
    assert!(c.failed[0]
        .note
        .starts_with("Verbatim passages could not be worked out"));
}

#[test]
fn a_step_known_to_fail_is_left_out_with_its_reason() {
    let (left, right) = pair();
    let mut asked = Vec::new();
    let c = compare_in_steps(
        &left,
        &right,
        &Options::default(),
        &mut |_| {},
        &mut |s, so_far| {
            asked.push((s, so_far.facts.len(), so_far.verbatim.len()));
            match s {
                Step::Facts => Err(StepFailure::new(s, "failed before on this pair")),
                Step::Verbatim => Ok(()),
            }
        },
    );
    // Each step is announced with the comparison so far: no facts yet, then the passages.
    assert_eq!(asked.len(), 2);
    assert_eq!(asked[0], (Step::Verbatim, 0, 0));
    assert_eq!((asked[1].0, asked[1].1), (Step::Facts, 0));
    assert!(asked[1].2 > 0);
    assert!(c.facts.is_empty());
    assert_eq!(c.failed[0].details, "failed before on this pair");
}

#[test]
fn the_json_names_the_failed_step_and_an_untroubled_comparison_has_none() {
    let json = serde_json::to_value(failing(Step::Facts)).unwrap();
    assert_eq!(json["failed"][0]["step"], "facts");
    assert!(json["failed"][0]["note"]
        .as_str()
        .unwrap()
        .starts_with("Facts could not be worked out"));
    let (left, right) = pair();
    let json = serde_json::to_value(compare(&left, &right, &Options::default())).unwrap();
    assert_eq!(json["failed"], serde_json::json!([]));
}
