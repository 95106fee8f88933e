//! What must hold for every input, whatever its language, script or size: the checks the
//! black-box tests and the fuzz targets (`fuzz/`, which includes this file by path) run on
//! each document and comparison. Each check panics with what broke.
//!
//! - every span lies inside its text, on char boundaries, and pieces nest: words in their
//!   sentence, sentences in their paragraph, all in reading order;
//! - each row's diff segments tile its sentences exactly: the left segments rebuild the left
//!   sentences, the right segments the right ones;
//! - a report compared with itself has similarity exactly 1.0 and no conflicts;
//! - swapping the reports mirrors the comparison: the same pairs, the same similarity, and
//!   every fact with its status swapped (left-only ↔ right-only; shared and conflict stay).

use corroborate_core::ingest::{self, SourceInfo};
use corroborate_core::{compare, Comparison, DiffSegment, Document, FactKind, FactStatus, Options};
use std::ops::Range;

/// Longest text [`check_file`] also compares with itself: [`check_pair`] covers longer pairs,
/// and one self-comparison per input keeps fuzzing the file formats fast.
const SELF_COMPARE_BYTES: usize = 16 * 1024;

/// Text as the page takes a paste: segmented, with its furniture lines marked.
pub fn pasted(name: &str, text: &str) -> Document {
    let furniture = ingest::furniture(text);
    let source = SourceInfo::plain_text(text.len());
    Document::from_parts(name.to_string(), text.to_string(), source, furniture)
}

/// Read `bytes` as a file called `name`: either a typed error with a message for the user, or
/// a text whose furniture ranges and segmentation hold together, and which compared with
/// itself is identical.
pub fn check_file(name: &str, bytes: &[u8]) {
    let ingested = match ingest::ingest(name, bytes) {
        Ok(ingested) => ingested,
        Err(error) => {
            assert!(!error.to_string().is_empty(), "an error without a message");
            return;
        }
    };
    assert!(
        ingested.text.chars().any(|c| !c.is_whitespace()),
        "ingest accepted a blank text"
    );
    for range in &ingested.boilerplate {
        check_span(&ingested.text, range, "furniture");
    }
    let doc = Document::from_parts(
        name.to_string(),
        ingested.text,
        ingested.source,
        ingested.boilerplate,
    );
    check_document(&doc);
    if doc.text.len() <= SELF_COMPARE_BYTES {
        let options = Options::default();
        let c = compare(&doc, &doc, &options);
        check_comparison(&doc, &doc, &c, &options);
        check_self_comparison(&doc, &c);
    }
}

/// Two pasted reports: both segmentations, both orders of comparison, and the left report
/// with itself, checked. Returns the left-to-right comparison for further checks.
pub fn check_pair(left: &str, right: &str, options: &Options) -> Comparison {
    let left = pasted("left", left);
    let right = pasted("right", right);
    check_document(&left);
    check_document(&right);
    let ab = compare(&left, &right, options);
    check_comparison(&left, &right, &ab, options);
    let ba = compare(&right, &left, options);
    check_comparison(&right, &left, &ba, options);
    check_mirrored(&ab, &ba);
    let aa = compare(&left, &left, options);
    check_comparison(&left, &left, &aa, options);
    check_self_comparison(&left, &aa);
    ab
}

/// `span` is a non-inverted range inside `text` that starts and ends on char boundaries.
pub fn check_span(text: &str, span: &Range<usize>, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} cuts a character"
    );
}

/// Paragraphs, sentences and words of `doc` nest, follow each other in order, lie on char
/// boundaries and carry the text they claim.
pub fn check_document(doc: &Document) {
    let text = &doc.text;
    let mut after = 0;
    for (i, p) in doc.paragraphs.iter().enumerate() {
        check_span(text, &p.span, "paragraph");
        assert!(
            p.span.start >= after && !p.span.is_empty(),
            "paragraph {i} {:?} overlaps the one before or is empty",
            p.span
        );
        after = p.span.end;
    }
    let mut after = 0;
    let mut next_word = 0;
    for (i, s) in doc.sentences.iter().enumerate() {
        check_span(text, &s.span, "sentence");
        assert!(
            s.span.start >= after && !s.span.is_empty(),
            "sentence {i} {:?} overlaps the one before or is empty",
            s.span
        );
        after = s.span.end;
        let paragraph = doc
            .paragraphs
            .get(s.paragraph)
            .unwrap_or_else(|| panic!("sentence {i} names paragraph {}", s.paragraph));
        assert!(
            paragraph.span.start <= s.span.start && s.span.end <= paragraph.span.end,
            "sentence {i} {:?} leaves its paragraph {:?}",
            s.span,
            paragraph.span
        );
        assert_eq!(
            s.boilerplate, paragraph.boilerplate,
            "sentence {i} boilerplate"
        );
        assert_eq!(
            s.words.start, next_word,
            "sentence {i} words do not follow on"
        );
        assert!(s.words.end <= doc.words.len() && s.words.start <= s.words.end);
        next_word = s.words.end;
        let mut word_after = s.span.start;
        for w in s.words.clone() {
            let word = &doc.words[w];
            check_span(text, &word.span, "word");
            assert!(
                word.span.start >= word_after
                    && !word.span.is_empty()
                    && word.span.end <= s.span.end,
                "word {w} {:?} out of order or outside sentence {i} {:?}",
                word.span,
                s.span
            );
            assert!(!word.folded.is_empty(), "word {w} folds to nothing");
            word_after = word.span.end;
        }
    }
    assert_eq!(next_word, doc.words.len(), "words outside every sentence");
}

/// Everything `c` says about `left` and `right` points into their texts and is consistent:
/// every compared sentence in exactly one row, diffs tiling their rows' sentences, spans on
/// char boundaries, shares and similarity in 0..=1.
pub fn check_comparison(left: &Document, right: &Document, c: &Comparison, options: &Options) {
    let spans = |d: &Document| {
        d.sentences
            .iter()
            .map(|s| s.span.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(c.left.sentence_spans, spans(left));
    assert_eq!(c.right.sentence_spans, spans(right));
    assert!(
        (0.0..=1.0).contains(&c.similarity),
        "similarity {}",
        c.similarity
    );
    let compared = |d: &Document| -> Vec<bool> {
        d.sentences
            .iter()
            .map(|s| options.include_boilerplate || !s.boilerplate)
            .collect()
    };
    let (mut left_seen, mut right_seen) = (compared(left), compared(right));
    for (r, row) in c.alignment.iter().enumerate() {
        assert!(
            !row.left.is_empty() || !row.right.is_empty(),
            "row {r} is empty"
        );
        for (side, doc, seen, diff) in [
            ("left", left, &mut left_seen, &row.left_diff),
            ("right", right, &mut right_seen, &row.right_diff),
        ] {
            let sentences = if side == "left" {
                &row.left
            } else {
                &row.right
            };
            for &s in sentences {
                assert!(
                    seen.get(s).copied() == Some(true),
                    "row {r}: {side} sentence {s} not compared or in two rows"
                );
                seen[s] = false;
            }
            check_tiling(doc, sentences, diff, &format!("row {r} {side}"));
        }
    }
    assert!(
        left_seen.iter().chain(&right_seen).all(|&unseen| !unseen),
        "a compared sentence is in no row"
    );
    for v in &c.verbatim {
        check_span(&left.text, &v.left, "verbatim left");
        check_span(&right.text, &v.right, "verbatim right");
        assert!(v.words >= options.min_verbatim_words.max(1));
    }
    for f in &c.facts {
        f.left_spans
            .iter()
            .for_each(|s| check_span(&left.text, s, "fact left"));
        f.right_spans
            .iter()
            .for_each(|s| check_span(&right.text, s, "fact right"));
    }
    for k in &c.conflicts {
        check_span(&left.text, &k.left_span, "conflict left");
        check_span(&right.text, &k.right_span, "conflict right");
        assert!(k.left_sentence < left.sentences.len() && k.right_sentence < right.sentences.len());
    }
    for share in [
        c.summary.verbatim_share_left,
        c.summary.verbatim_share_right,
    ] {
        assert!((0.0..=1.0).contains(&share), "verbatim share {share}");
    }
}

/// The segments of one side of a row cover its sentences exactly, in order, each segment
/// inside one sentence, none empty: concatenated, their text is the sentences' text.
pub fn check_tiling(doc: &Document, sentences: &[usize], segments: &[DiffSegment], what: &str) {
    let mut segments = segments.iter();
    for &s in sentences {
        let span = &doc.sentences[s].span;
        let mut at = span.start;
        while at < span.end {
            let segment = segments
                .next()
                .unwrap_or_else(|| panic!("{what}: sentence {s} {span:?} uncovered from {at}"));
            check_span(&doc.text, &segment.span, what);
            assert!(
                segment.span.start == at && segment.span.end > at && segment.span.end <= span.end,
                "{what}: segment {:?} does not continue sentence {s} {span:?} at {at}",
                segment.span
            );
            at = segment.span.end;
        }
    }
    assert!(
        segments.next().is_none(),
        "{what}: segments beyond its sentences"
    );
}

/// A report compared with itself: similarity exactly 1.0, no conflicts, and every fact shared.
pub fn check_self_comparison(doc: &Document, c: &Comparison) {
    assert_eq!(c.similarity, 1.0, "a report compared with itself");
    assert!(
        c.conflicts.is_empty(),
        "a report contradicts itself: {:?}",
        c.conflicts
    );
    for f in &c.facts {
        assert_eq!(
            f.status,
            FactStatus::Shared,
            "{:?} {:?} in {:?}",
            f.kind,
            f.label,
            doc.text
        );
    }
}

/// `ab` compares a with b and `ba` b with a: the same sentence pairs mirrored, the same
/// similarity, and the same facts with left-only and right-only swapped.
pub fn check_mirrored(ab: &Comparison, ba: &Comparison) {
    let pairs = |c: &Comparison, swap: bool| {
        let mut p: Vec<(Vec<usize>, Vec<usize>)> = c
            .alignment
            .iter()
            .filter(|r| !r.left.is_empty() && !r.right.is_empty())
            .map(|r| {
                if swap {
                    (r.right.clone(), r.left.clone())
                } else {
                    (r.left.clone(), r.right.clone())
                }
            })
            .collect();
        p.sort();
        p
    };
    assert_eq!(pairs(ab, false), pairs(ba, true), "pairs are not mirrored");
    assert_eq!(
        ab.similarity, ba.similarity,
        "similarity depends on the order"
    );
    assert_eq!(fact_statuses(ab, false), fact_statuses(ba, true), "facts");
    assert_eq!(ab.conflicts.len(), ba.conflicts.len(), "conflicts");
}

type FactKey = (
    FactKind,
    Vec<(usize, usize)>,
    Vec<(usize, usize)>,
    FactStatus,
);

/// Each fact as (kind, left mentions, right mentions, status), sorted, read from the other
/// side when `swap`.
fn fact_statuses(c: &Comparison, swap: bool) -> Vec<FactKey> {
    let ranges = |spans: &[Range<usize>]| -> Vec<(usize, usize)> {
        spans.iter().map(|s| (s.start, s.end)).collect()
    };
    let mut out: Vec<FactKey> = c
        .facts
        .iter()
        .map(|f| {
            let (l, r) = (ranges(&f.left_spans), ranges(&f.right_spans));
            if swap {
                let status = match f.status {
                    FactStatus::LeftOnly => FactStatus::RightOnly,
                    FactStatus::RightOnly => FactStatus::LeftOnly,
                    other => other,
                };
                (f.kind, r, l, status)
            } else {
                (f.kind, l, r, f.status)
            }
        })
        .collect();
    out.sort();
    out
}
