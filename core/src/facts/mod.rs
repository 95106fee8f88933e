//! Facts: people, organisations, places, dates, numbers and quotes, extracted from each report
//! and compared — corroborated (both say it), single-sourced (one says it) or contradicted
//! (one says Sunday, the other Monday).
//!
//! Start with [`compare_facts`], which [`crate::compare`] calls with the sentence alignment;
//! for three or more reports, [`matrix`] gives the fact × source table. Under them, in
//! pipeline order:
//!
//! 1. [`extract`] — one report's mentions, each with its byte range and sentence: names cut
//!    at title cues, a built-in [`gazetteer`] of places and organisations, [`dates`] and
//!    times, [`numbers`] with their noun and hedge, [`quotes`] with their speaker.
//! 2. Canonicalisation over the reports compared together: "Zelenskyy", "Zelenskiy" and
//!    "Zelensky" are one person ([`is_spelling_variant`]), "Élysée" and "Elysee" one place,
//!    "U.S." and "United States" one country, "Monday" joins "Monday 1 December 2025".
//! 3. Comparison: statuses per fact, and contradictions between corresponding sentences —
//!    or between any two that date one event — where each date belongs to the event of its
//!    own clause ([`Event`]).
//!
//! Extraction is rule-based and linear in the length of the text: one lexing pass per
//! sentence, lookups in hash tables, and small per-kind buckets when comparing.
//!
//! **Adding a fact kind**: a finder module with a `find(scan, out)` over one sentence's
//! [`extract`] scan (it claims the tokens it uses), called from `extract::scan_document` in
//! the order the kinds take precedence; a [`Detail`] variant for what it reads; its
//! canonical key in `resolve`; and, if two values can clash, a rule in `contradict`.
//! **Word lists** are never constants here: every finder reads them through
//! [`crate::lexicon`], whose files are `core/lexicon/<language>/<list>.txt`. A second language
//! is a new folder there (same file names) plus its arm in [`crate::lexicon::Language`].

pub mod calendar;
pub mod canon;
mod claim_words;
pub mod claims;
mod contradict;
pub mod dates;
pub mod events;
mod extract;
pub mod gazetteer;
pub mod lex;
mod matrix;
mod mention;
mod name_words;
pub mod names;
pub mod numbers;
mod pair;
mod phrases;
pub mod quotes;
mod resolve;
mod scan;
mod set_aside;

pub use calendar::DateValue;
pub use canon::is_spelling_variant;
pub use matrix::{matrix, matrix_of, matrix_with_rows};
pub use mention::{Detail, Entity, Event, Mention, PersonName};
pub use numbers::Quantity;
pub use quotes::{QuoteDetail, Speaker, SpeakerCue};
pub use set_aside::set_aside;

use crate::document::Document;
use crate::model::{AlignedRow, Conflict, Fact};

/// The mentions of facts in one report, in text order, each labelled with its canonical
/// fact (people, spellings and dates resolved within this report alone).
///
/// ```
/// use corroborate_core::{facts, Document, FactKind};
/// let doc = Document::from_text("a.txt", "President Anna Lindqvist met Marek Nowak in Paris on Monday.");
/// let mentions = facts::extract(&doc);
/// let people: Vec<&str> = mentions.iter().filter(|m| m.kind == FactKind::Person).map(|m| m.label.as_str()).collect();
/// assert_eq!(people, ["Anna Lindqvist", "Marek Nowak"]);
/// assert!(mentions.iter().any(|m| m.kind == FactKind::Date && m.label == "Monday"));
/// ```
pub fn extract(doc: &Document) -> Vec<Mention> {
    let mut analysis = resolve::analyse(&[doc]);
    analysis.mentions.pop().unwrap_or_default()
}

/// Compare the facts of two reports, using the sentence alignment to find contradictions:
/// sentences that correspond (rows pairing left and right sentences) can contradict, and so
/// can dates of one event — the same kind of event, place and people — in sentences the
/// alignment left unpaired.
///
/// ```
/// use corroborate_core::{facts, AlignedRow, Document, FactKind, FactStatus, RowKind};
/// let left = Document::from_text("a.txt", "The leaders met in Paris on Monday.\nThey spoke for two hours.");
/// let right = Document::from_text("b.txt", "The leaders met in Paris on Sunday.\nThey spoke for two hours.");
/// let row = |l: usize, r: usize| AlignedRow {
///     left: vec![l], right: vec![r], kind: RowKind::Reworded, moved: false, score: 0.9,
///     left_diff: vec![], right_diff: vec![],
/// };
/// let (found, conflicts) = facts::compare_facts(&left, &right, &[row(0, 0), row(1, 1)]);
/// assert_eq!(conflicts.len(), 1);
/// assert_eq!((conflicts[0].left.as_str(), conflicts[0].right.as_str()), ("Monday", "Sunday"));
/// assert_eq!(conflicts[0].about, "the Paris meeting");
/// assert_eq!(found[0].status, FactStatus::Conflict);
/// assert!(found.iter().any(|f| f.label == "Paris" && f.status == FactStatus::Shared));
/// assert!(found.iter().any(|f| f.kind == FactKind::Number && f.label == "2 hours"));
/// ```
pub fn compare_facts(
    left: &Document,
    right: &Document,
    alignment: &[AlignedRow],
) -> (Vec<Fact>, Vec<Conflict>) {
    // Related rows pair sentences of one sub-topic, not one statement told twice: their
    // figures meet as those of sentences left apart do (a van's three injured beside the
    // day's 56 are two counts, not one count given twice).
    let rows: Vec<(Vec<usize>, Vec<usize>)> = alignment
        .iter()
        .filter(|row| !row.left.is_empty() && !row.right.is_empty())
        .filter(|row| row.kind != crate::model::RowKind::Related)
        .map(|row| (row.left.clone(), row.right.clone()))
        .collect();
    compare_facts_with_rows(left, right, &rows)
}

/// [`compare_facts`] with the corresponding sentences given directly as
/// `(left sentence indices, right sentence indices)` groups.
///
/// Swapping the reports swaps the answer: every fact keeps its status with left-only and
/// right-only exchanged, and every contradiction its two sides. Resolving names and pairing
/// clashing values are greedy steps whose ties go to the report read first, so both reports
/// are always read in one order of their own (by their text), whichever the caller put on
/// the left.
pub fn compare_facts_with_rows(
    left: &Document,
    right: &Document,
    rows: &[(Vec<usize>, Vec<usize>)],
) -> (Vec<Fact>, Vec<Conflict>) {
    let swapped = right.reads_before(left);
    let (analysis, l, r) = if swapped {
        (resolve::analyse(&[right, left]), 1, 0)
    } else {
        (resolve::analyse(&[left, right]), 0, 1)
    };
    let contradictions = if swapped {
        // In the reading order of the report read first, as its rows come when it is left.
        let mut rows: Vec<_> = rows.iter().map(|(a, b)| (b.clone(), a.clone())).collect();
        rows.sort();
        contradict::contradictions(&analysis, r, l, &rows)
            .into_iter()
            .map(contradict::Contradiction::mirrored)
            .collect()
    } else {
        contradict::contradictions(&analysis, l, r, &rows.to_vec())
    };
    let facts = pair::facts(&analysis, l, r, &contradictions);
    let conflicts = contradictions
        .iter()
        .map(|c| {
            let (lm, rm) = (
                &analysis.mentions[l][c.left],
                &analysis.mentions[r][c.right],
            );
            let ((left_text, left_span), (right_text, right_span)) = match &c.speakers {
                Some([l, r]) => (l.clone(), r.clone()),
                None => (
                    (left.text[lm.span.clone()].to_string(), lm.span.clone()),
                    (right.text[rm.span.clone()].to_string(), rm.span.clone()),
                ),
            };
            Conflict {
                kind: c.kind,
                left: left_text,
                right: right_text,
                left_sentence: lm.sentence,
                right_sentence: rm.sentence,
                about: c.about.clone(),
                left_span,
                right_span,
            }
        })
        .collect();
    (facts, conflicts)
}
