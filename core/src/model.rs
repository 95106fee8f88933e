//! The plain data a comparison produces: the one seam between the engine and every view
//! (the page, the command line, the exports). It serialises to the JSON documented in the
//! README; field names here are that schema, so rename nothing without updating it.

use crate::span_serde;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One of the two reports in a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The first report (shown in the left pane).
    Left,
    /// The second report (shown in the right pane).
    Right,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// Everything Corroborate found when comparing two reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The left report, as compared.
    pub left: DocumentSummary,
    /// The right report, as compared.
    pub right: DocumentSummary,
    /// Overall similarity, 0..=1; exactly 1.0 for a report compared with itself.
    pub similarity: f64,
    /// Sentence rows in reading order of the left report, with right-only sentences placed
    /// where they fall in the right report.
    pub alignment: Vec<AlignedRow>,
    /// Passages of at least [`crate::Options::min_verbatim_words`] identical words that both
    /// reports share, anywhere.
    pub verbatim: Vec<VerbatimPassage>,
    /// Facts of the pair with their status (filled by [`crate::facts`]).
    pub facts: Vec<Fact>,
    /// Contradictions: the same slot with different values in corresponding sentences.
    pub conflicts: Vec<Conflict>,
    /// Counts and shares for the summary bar.
    pub summary: Summary,
    /// What counted as a word change in this comparison's word differences.
    #[serde(default)]
    pub word_match: crate::word_match::WordMatch,
    /// The steps that failed on this pair (a bug in the engine), each with the note a reader
    /// sees and its details; empty when every step ran. What a failed step fills stays empty
    /// (its verbatim passages and shares, or its facts and contradictions); the alignment,
    /// the word differences and the similarity are always complete.
    #[serde(default)]
    pub failed: Vec<StepFailure>,
}

/// A step of a comparison that runs after the alignment and the word differences, and can
/// fail on its own without costing the reader what came before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Passages both reports carry word for word ([`crate::verbatim`]).
    Verbatim,
    /// Facts and contradictions ([`crate::facts`]).
    Facts,
}

impl Step {
    /// Every step, in the order a comparison runs them.
    pub const ALL: [Step; 2] = [Step::Verbatim, Step::Facts];

    /// What the step works out, as a reader would say it.
    pub fn what(self) -> &'static str {
        match self {
            Step::Verbatim => "Verbatim passages",
            Step::Facts => "Facts",
        }
    }
}

/// A step that failed on a pair, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepFailure {
    /// The step.
    pub step: Step,
    /// The plain note shown where the step's results would be: "Facts could not be worked
    /// out for this pair — the comparison above is complete."
    pub note: String,
    /// What went wrong, to copy into a bug report.
    pub details: String,
}

impl StepFailure {
    /// `step` failed for the reason `details`.
    pub fn new(step: Step, details: impl Into<String>) -> StepFailure {
        StepFailure {
            step,
            note: format!(
                "{} could not be worked out for this pair — the comparison above is complete.",
                step.what()
            ),
            details: details.into(),
        }
    }
}

/// What a comparison says about one report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentSummary {
    /// The report's name (its file name, or the title of pasted text).
    pub name: String,
    /// Number of words compared (boilerplate excluded unless asked for).
    pub words: usize,
    /// Number of sentences compared.
    pub sentences: usize,
    /// Byte range of each sentence in the report's text, indexed by sentence number.
    #[serde(with = "span_serde::vec")]
    pub sentence_spans: Vec<Range<usize>>,
}

/// How the sentences of one alignment row relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    /// The same words (after folding case, accents and quote marks).
    Same,
    /// Corresponding sentences that differ in wording.
    Reworded,
    /// Sentences of one sub-topic, told differently: paired on words only the two share
    /// (see [`crate::align::Pair::is_counterpart`]) and side by side for the reader, with no
    /// word diff (nearly every word differs) and no weight in the similarity. The facts read
    /// them as sentences the alignment left apart.
    Related,
    /// A sentence only the left report has.
    LeftOnly,
    /// A sentence only the right report has.
    RightOnly,
}

/// One row of the side-by-side view: sentences of the left report and their counterparts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignedRow {
    /// Indices of the left report's sentences in this row (empty for right-only rows).
    pub left: Vec<usize>,
    /// Indices of the right report's sentences in this row (empty for left-only rows).
    pub right: Vec<usize>,
    /// How the two sides relate.
    pub kind: RowKind,
    /// True when the right report tells this sentence in another place of its order.
    pub moved: bool,
    /// Alignment score of the pair, 0..=1 (0 for one-sided rows).
    pub score: f64,
    /// The left sentences cut into word-diff segments that tile their spans exactly.
    pub left_diff: Vec<DiffSegment>,
    /// The right sentences cut into word-diff segments that tile their spans exactly.
    pub right_diff: Vec<DiffSegment>,
}

/// What a stretch of a sentence is, relative to its counterpart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffTag {
    /// Present on both sides (including the spaces and punctuation between words).
    Equal,
    /// Deleted (on the left side) or inserted (on the right side).
    Changed,
    /// The same word spelled differently (Zelenskyy / Zelenskiy): not an edit.
    Variant,
}

/// A stretch of one sentence with its diff tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffSegment {
    /// Byte range in the report's text.
    #[serde(with = "span_serde")]
    pub span: Range<usize>,
    /// What this stretch is.
    pub tag: DiffTag,
}

/// A passage both reports carry word for word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerbatimPassage {
    /// Byte range in the left report.
    #[serde(with = "span_serde")]
    pub left: Range<usize>,
    /// Byte range in the right report.
    #[serde(with = "span_serde")]
    pub right: Range<usize>,
    /// Number of words in the passage.
    pub words: usize,
}

/// Counts for the summary bar.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Rows pairing counterparts of both reports (same + reworded; related rows apart).
    pub corresponding: usize,
    /// Of those, rows whose wording differs.
    pub reworded: usize,
    /// Of those, rows the right report tells in another order.
    pub moved: usize,
    /// Left sentences with no counterpart.
    pub left_only: usize,
    /// Right sentences with no counterpart.
    pub right_only: usize,
    /// Rows pairing sentences of one sub-topic, told differently ([`RowKind::Related`]).
    #[serde(default)]
    pub related: usize,
    /// Share of the left report's words inside verbatim passages, 0..=1.
    pub verbatim_share_left: f64,
    /// Share of the right report's words inside verbatim passages, 0..=1.
    pub verbatim_share_right: f64,
}

/// The kind of a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A named person.
    Person,
    /// An organisation, institution or company.
    Organization,
    /// A place: country, city, building.
    Place,
    /// A date, weekday or time expression.
    Date,
    /// A number or quantity with its noun.
    Number,
    /// A quotation, with its speaker when attributed.
    Quote,
}

/// Whether the two reports agree on a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactStatus {
    /// Both reports say it (corroborated).
    Shared,
    /// Only the left report says it.
    LeftOnly,
    /// Only the right report says it.
    RightOnly,
    /// The reports give different values for the same slot.
    Conflict,
}

/// One canonical fact of the pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// What kind of fact.
    pub kind: FactKind,
    /// Canonical text (e.g. "Volodymyr Zelensky", "Monday 1 December 2025").
    pub label: String,
    /// Corroborated, single-sourced or contradicted.
    pub status: FactStatus,
    /// Surface forms as written in the left report (distinct, in order of appearance).
    pub left: Vec<String>,
    /// Surface forms as written in the right report.
    pub right: Vec<String>,
    /// Every mention in the left report.
    #[serde(with = "span_serde::vec")]
    pub left_spans: Vec<Range<usize>>,
    /// Every mention in the right report.
    #[serde(with = "span_serde::vec")]
    pub right_spans: Vec<Range<usize>>,
    /// A short human note, e.g. how a near-identical quote differs; empty when none.
    #[serde(default)]
    pub note: String,
}

/// A contradiction: corresponding sentences giving the same slot different values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// The kind of the contradicted value.
    pub kind: FactKind,
    /// The value as written in the left report.
    pub left: String,
    /// The value as written in the right report.
    pub right: String,
    /// Index of the left sentence that says it.
    pub left_sentence: usize,
    /// Index of the right sentence that says it.
    pub right_sentence: usize,
    /// What the slot is, in a few words ("the Paris meeting").
    pub about: String,
    /// Byte range of the left value.
    #[serde(with = "span_serde")]
    pub left_span: Range<usize>,
    /// Byte range of the right value.
    #[serde(with = "span_serde")]
    pub right_span: Range<usize>,
}

impl Conflict {
    /// What identifies this contradiction to a reader, so that one they set aside as "not a
    /// contradiction" is recognised when the pair is compared again.
    pub fn key(&self) -> ConflictKey {
        ConflictKey {
            kind: self.kind,
            left: self.left.clone(),
            right: self.right.clone(),
            about: self.about.clone(),
        }
    }
}

/// A contradiction by what it says rather than where: the two values as written and what
/// they are about. A reader who judges one "not a contradiction" (two figures for different
/// places, say) sets it aside by its key ([`crate::Options::set_aside`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ConflictKey {
    /// The kind of the values.
    pub kind: FactKind,
    /// The value as written in the left report.
    pub left: String,
    /// The value as written in the right report.
    pub right: String,
    /// What the values are about.
    pub about: String,
}

impl ConflictKey {
    /// The same key seen with the reports exchanged.
    pub fn mirrored(&self) -> ConflictKey {
        ConflictKey {
            left: self.right.clone(),
            right: self.left.clone(),
            ..self.clone()
        }
    }
}

/// The fact × source matrix of three or more reports: one row per canonical fact, one column
/// per report (see `facts::matrix`). Serialises as
/// `{ "reports": [name…], "rows": [{ "kind", "label", "present", "different", "cells": [cell…] }] }`
/// where each cell is `{ "state": "present", "forms": […], "spans": [[start, end]…] }`,
/// `{ "state": "absent" }` or `{ "state": "different", "value": text as written, "spans": […] }`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FactMatrix {
    /// The reports' names, in column order.
    pub reports: Vec<String>,
    /// One row per fact.
    pub rows: Vec<MatrixRow>,
}

/// One fact across all reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatrixRow {
    /// What kind of fact.
    pub kind: FactKind,
    /// Canonical text.
    pub label: String,
    /// How many reports carry it.
    pub present: usize,
    /// How many reports give a different value for the same slot.
    pub different: usize,
    /// One cell per report, in column order.
    pub cells: Vec<MatrixCell>,
}

/// What one report says about one fact.
///
/// In JSON a cell is internally tagged, as documented (`{"state": "present", "forms": […],
/// "spans": […]}`). Binary formats (the page's worker messages) cannot read that form back
/// without a self-describing decoder, so for them it is the plain enum derived here
/// (`remote = "Self"` makes the derive give `MatrixCell::serialize` and `deserialize`
/// functions; the trait impls below pick a form by `is_human_readable`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub enum MatrixCell {
    /// The report carries the fact.
    Present {
        /// Surface forms as written in this report.
        forms: Vec<String>,
        /// Every mention in this report.
        #[serde(with = "span_serde::vec")]
        spans: Vec<Range<usize>>,
    },
    /// The report does not mention it.
    Absent,
    /// The report gives another value for the same slot (Monday where others say Sunday).
    Different {
        /// The other value, as written in this report.
        value: String,
        /// Where this report says it.
        #[serde(with = "span_serde::vec")]
        spans: Vec<Range<usize>>,
    },
}

/// [`MatrixCell`]'s JSON form, and the serde impls choosing between the two forms.
mod cell_serde {
    use super::{span_serde, MatrixCell, Range};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// The JSON form: the same cell, internally tagged.
    #[derive(Serialize, Deserialize)]
    #[serde(remote = "MatrixCell", tag = "state", rename_all = "snake_case")]
    enum Tagged {
        Present {
            forms: Vec<String>,
            #[serde(with = "span_serde::vec")]
            spans: Vec<Range<usize>>,
        },
        Absent,
        Different {
            value: String,
            #[serde(with = "span_serde::vec")]
            spans: Vec<Range<usize>>,
        },
    }

    impl Serialize for MatrixCell {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            if serializer.is_human_readable() {
                Tagged::serialize(self, serializer)
            } else {
                MatrixCell::serialize(self, serializer)
            }
        }
    }

    impl<'de> Deserialize<'de> for MatrixCell {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            if deserializer.is_human_readable() {
                Tagged::deserialize(deserializer)
            } else {
                MatrixCell::deserialize(deserializer)
            }
        }
    }
}
