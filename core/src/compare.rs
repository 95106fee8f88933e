//! The high-level entry point: two documents in, one [`Comparison`] out.

use crate::align::{self, Pair};
use crate::diff;
use crate::document::Document;
use crate::model::*;
use crate::options::Options;
use crate::verbatim;
use crate::vocabulary::Vocabulary;

/// Compare two reports: align their sentences, diff the words of each pair, find verbatim
/// passages and compare their facts.
///
/// Rows follow the left report's reading order; a right-only sentence comes right after the
/// row holding the right sentence before it (or first, when none comes before it).
///
/// `similarity` is the share of all compared words of both reports that the other report
/// keeps, equal or spelled differently, inside corresponding sentences:
/// `(left kept + right kept) / (left words + right words)`. It is exactly 1.0 for a report
/// compared with itself (and for two reports without words), 0.0 when no sentence
/// corresponds, and it does not depend on which report is on the left.
///
/// ```
/// use corroborate_core::{compare, Document, Options, RowKind};
/// let left = Document::from_text("a.txt", "The leaders met in Paris on Monday. They spoke for two hours.");
/// let right = Document::from_text("b.txt", "They spoke for two hours. The leaders met in Paris on Sunday.");
/// let c = compare(&left, &right, &Options::default());
/// let rows: Vec<(Vec<usize>, Vec<usize>, RowKind, bool)> =
///     c.alignment.iter().map(|r| (r.left.clone(), r.right.clone(), r.kind, r.moved)).collect();
/// assert_eq!(rows, [
///     (vec![0], vec![1], RowKind::Reworded, true),
///     (vec![1], vec![0], RowKind::Same, false),
/// ]);
/// assert_eq!(c.similarity, 22.0 / 24.0); // 11 of 12 words kept on each side
/// ```
pub fn compare(left: &Document, right: &Document, options: &Options) -> Comparison {
    compare_with_progress(left, right, options, &mut |_| {})
}

/// [`compare`], reporting progress (0..=1) to `progress` between steps and while diffing,
/// so a worker can keep a progress bar moving on long reports.
pub fn compare_with_progress(
    left: &Document,
    right: &Document,
    options: &Options,
    progress: &mut dyn FnMut(f64),
) -> Comparison {
    compare_in_steps(left, right, options, progress, &mut |_, _| Ok(()))
}

/// [`compare_with_progress`], asking `before` at the start of each [`Step`] that follows the
/// alignment and the word differences, with the comparison so far: `Ok(())` runs the step,
/// `Err(failure)` leaves it out as failed (a page that saw the step fail on this pair need
/// not run it again). A page shows the comparison so far while the steps run.
///
/// One failing step costs only itself: a panic in a step (a bug), or in `before` for it, is
/// caught and kept in [`Comparison::failed`], and what the step would have filled stays
/// empty. Catching needs panics that unwind, as in native builds; where a panic aborts (the
/// page's WebAssembly) the caller keeps what `before` was handed instead.
///
/// ```
/// use corroborate_core::{compare::compare_in_steps, Document, Options, Step};
/// let left = Document::from_text("a.txt", "The leaders met in Paris on Monday.");
/// let right = Document::from_text("b.txt", "The leaders met in Paris on Sunday.");
/// let c = compare_in_steps(&left, &right, &Options::default(), &mut |_| {}, &mut |step, so_far| {
///     assert!(so_far.facts.is_empty(), "the facts come last");
///     if step == Step::Facts { panic!("a bug in the facts") }
///     Ok(())
/// });
/// assert_eq!(c.alignment.len(), 1, "the alignment and word differences are all there");
/// assert!(c.facts.is_empty() && c.conflicts.is_empty());
/// assert_eq!(c.failed[0].step, Step::Facts);
/// assert_eq!(c.failed[0].note, "Facts could not be worked out for this pair — the comparison above is complete.");
/// assert_eq!(c.failed[0].details, "a bug in the facts");
/// ```
pub fn compare_in_steps(
    left: &Document,
    right: &Document,
    options: &Options,
    progress: &mut dyn FnMut(f64),
    before: &mut dyn FnMut(Step, &Comparison) -> Result<(), StepFailure>,
) -> Comparison {
    // Both reports' words numbered once, for alignment, the word diffs and verbatim passages.
    let vocabulary = Vocabulary::new(&[left, right]);
    let mut comparison = compare_words(left, right, options, &vocabulary, progress);
    progress(0.8);
    run_step(&mut comparison, Step::Verbatim, before, |c| {
        let verbatim = verbatim::verbatim_with_vocabulary(left, right, &vocabulary, options);
        let boilerplate = options.include_boilerplate;
        c.summary.verbatim_share_left =
            verbatim::share(left, verbatim.iter().map(|p| &p.left), boilerplate);
        c.summary.verbatim_share_right =
            verbatim::share(right, verbatim.iter().map(|p| &p.right), boilerplate);
        c.verbatim = verbatim;
    });
    progress(0.9);
    run_step(&mut comparison, Step::Facts, before, |c| {
        // Related rows are not read as corresponding sentences (see `compare_facts`).
        let (mut facts, mut conflicts) = crate::facts::compare_facts(left, right, &c.alignment);
        crate::facts::set_aside(
            &mut facts,
            &mut conflicts,
            &options.set_aside,
            [left, right],
        );
        c.facts = facts;
        c.conflicts = conflicts;
    });
    progress(1.0);
    comparison
}

/// Run one step on `comparison`, asking `before` first; a step left out or failing leaves
/// what it fills empty and says why in `comparison.failed`.
fn run_step(
    comparison: &mut Comparison,
    step: Step,
    before: &mut dyn FnMut(Step, &Comparison) -> Result<(), StepFailure>,
    work: impl FnOnce(&mut Comparison),
) {
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        before(step, comparison)?;
        work(comparison);
        Ok(())
    }));
    let failure = match ran {
        Ok(Ok(())) => return,
        Ok(Err(failure)) => failure,
        Err(panic) => StepFailure::new(step, panic_message(panic.as_ref())),
    };
    match step {
        Step::Verbatim => {
            comparison.verbatim.clear();
            comparison.summary.verbatim_share_left = 0.0;
            comparison.summary.verbatim_share_right = 0.0;
        }
        Step::Facts => {
            comparison.facts.clear();
            comparison.conflicts.clear();
        }
    }
    comparison.failed.push(failure);
}

/// The message a panic was raised with.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a step of the comparison panicked".into())
}

/// The alignment, the word differences, the similarity and the counts: everything but the
/// steps of [`Step`], whose lists start empty.
fn compare_words(
    left: &Document,
    right: &Document,
    options: &Options,
    vocabulary: &Vocabulary,
    progress: &mut dyn FnMut(f64),
) -> Comparison {
    let forms = diff::WordForms::new(vocabulary.len());
    // The word differences number words by what the reader's settings say counts; with the
    // settings that match the folded forms, the numbering is the one already made.
    let keyed;
    let keys = if options.word_match.is_folded() {
        vocabulary
    } else {
        keyed = Vocabulary::keyed(&[left, right], &options.word_match);
        &keyed
    };
    let pairs = align::align_with_vocabulary(left, right, vocabulary, options);
    progress(0.4);
    let moved = align::moved(&pairs);
    let compared = |doc: &Document| -> Vec<usize> {
        (0..doc.sentences.len())
            .filter(|&s| options.include_boilerplate || !doc.sentences[s].boilerplate)
            .collect()
    };
    let (left_sentences, right_sentences) = (compared(left), compared(right));
    let (left_words, right_words) = (
        word_count(left, &left_sentences),
        word_count(right, &right_sentences),
    );

    let mut kept = 0usize;
    let mut report = |done: usize| {
        if done.is_multiple_of(256) {
            progress(0.4 + 0.4 * done as f64 / pairs.len().max(1) as f64);
        }
    };
    let mut pair_rows: Vec<AlignedRow> = Vec::with_capacity(pairs.len());
    for (i, (pair, &moved)) in pairs.iter().zip(&moved).enumerate() {
        if !pair.is_counterpart(options) {
            pair_rows.push(related_row(left, right, pair, moved));
            continue;
        }
        let d = diff::diff_pair_with_vocabulary(
            left,
            &pair.left,
            right,
            &pair.right,
            (keys, vocabulary),
            &forms,
        );
        kept += d.left_kept + d.right_kept;
        pair_rows.push(pair_row(pair, moved, d));
        report(i);
    }

    let alignment = arrange(
        left,
        right,
        &left_sentences,
        &right_sentences,
        &pairs,
        pair_rows,
    );

    let total_words = left_words + right_words;
    let similarity = if total_words == 0 {
        1.0
    } else {
        kept as f64 / total_words as f64
    };
    let count = |kind: RowKind| alignment.iter().filter(|r| r.kind == kind).count();
    let summary = Summary {
        corresponding: pairs.len() - count(RowKind::Related),
        related: count(RowKind::Related),
        reworded: count(RowKind::Reworded),
        moved: moved.iter().filter(|&&m| m).count(),
        left_only: count(RowKind::LeftOnly),
        right_only: count(RowKind::RightOnly),
        verbatim_share_left: 0.0,
        verbatim_share_right: 0.0,
    };
    let summarize = |doc: &Document, sentences: &[usize], words: usize| DocumentSummary {
        name: doc.name.clone(),
        words,
        sentences: sentences.len(),
        sentence_spans: doc.sentences.iter().map(|s| s.span.clone()).collect(),
    };
    Comparison {
        left: summarize(left, &left_sentences, left_words),
        right: summarize(right, &right_sentences, right_words),
        similarity,
        alignment,
        verbatim: Vec::new(),
        facts: Vec::new(),
        conflicts: Vec::new(),
        summary,
        word_match: options.word_match,
        failed: Vec::new(),
    }
}

fn word_count(doc: &Document, sentences: &[usize]) -> usize {
    sentences
        .iter()
        .map(|&s| doc.sentences[s].words.len())
        .sum()
}

fn pair_row(pair: &Pair, moved: bool, d: diff::PairDiff) -> AlignedRow {
    let same = diff::is_unchanged(&d.left) && diff::is_unchanged(&d.right);
    AlignedRow {
        left: pair.left.clone(),
        right: pair.right.clone(),
        kind: if same {
            RowKind::Same
        } else {
            RowKind::Reworded
        },
        moved,
        score: shown_score(pair),
        left_diff: d.left,
        right_diff: d.right,
    }
}

/// A pair made on words only the two share: side by side, no word diff (each side one
/// stretch, as a one-sided row's), nothing kept for the similarity.
fn related_row(left: &Document, right: &Document, pair: &Pair, moved: bool) -> AlignedRow {
    AlignedRow {
        left: pair.left.clone(),
        right: pair.right.clone(),
        kind: RowKind::Related,
        moved,
        score: shown_score(pair),
        left_diff: diff::one_sided(left, &pair.left),
        right_diff: diff::one_sided(right, &pair.right),
    }
}

/// A pair's score as rows give it: four decimals are all a reader needs, and keep the JSON
/// short.
fn shown_score(pair: &Pair) -> f64 {
    (pair.score * 1e4).round() / 1e4
}

fn one_sided_row(doc: &Document, sentence: usize, side: Side) -> AlignedRow {
    let segments = diff::one_sided(doc, &[sentence]);
    let (left, right, kind, left_diff, right_diff) = match side {
        Side::Left => (vec![sentence], vec![], RowKind::LeftOnly, segments, vec![]),
        Side::Right => (vec![], vec![sentence], RowKind::RightOnly, vec![], segments),
    };
    AlignedRow {
        left,
        right,
        kind,
        moved: false,
        score: 0.0,
        left_diff,
        right_diff,
    }
}

/// Put pair rows and one-sided rows in reading order: the left report's order, with each
/// right-only sentence after the row holding the right sentence told just before it.
fn arrange(
    left: &Document,
    right: &Document,
    left_sentences: &[usize],
    right_sentences: &[usize],
    pairs: &[Pair],
    pair_rows: Vec<AlignedRow>,
) -> Vec<AlignedRow> {
    // Row of each left sentence in left order: the pair starting at it, or a left-only row.
    let mut pair_at_left = vec![None; left.sentences.len()];
    let mut paired_left = vec![false; left.sentences.len()];
    let mut pair_of_right = vec![None; right.sentences.len()];
    for (p, pair) in pairs.iter().enumerate() {
        pair_at_left[pair.left[0]] = Some(p);
        pair.left.iter().for_each(|&l| paired_left[l] = true);
        pair.right.iter().for_each(|&r| pair_of_right[r] = Some(p));
    }
    // Right-only sentences, grouped by the pair they follow (None: before every pair).
    let mut after_pair: Vec<Vec<usize>> = vec![Vec::new(); pairs.len()];
    let mut before_all: Vec<usize> = Vec::new();
    let mut anchor: Option<usize> = None;
    for &r in right_sentences {
        match pair_of_right[r] {
            Some(p) => anchor = Some(p),
            None => match anchor {
                Some(p) => after_pair[p].push(r),
                None => before_all.push(r),
            },
        }
    }
    let mut pair_rows: Vec<Option<AlignedRow>> = pair_rows.into_iter().map(Some).collect();
    let mut rows = Vec::with_capacity(left_sentences.len() + right_sentences.len());
    rows.extend(
        before_all
            .iter()
            .map(|&r| one_sided_row(right, r, Side::Right)),
    );
    for &l in left_sentences {
        if let Some(p) = pair_at_left[l] {
            rows.push(
                pair_rows[p]
                    .take()
                    .expect("invariant: each pair starts at exactly one left sentence"),
            );
            rows.extend(
                after_pair[p]
                    .iter()
                    .map(|&r| one_sided_row(right, r, Side::Right)),
            );
        } else if !paired_left[l] {
            rows.push(one_sided_row(left, l, Side::Left));
        }
    }
    rows
}
