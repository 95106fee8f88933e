//! A comparison as the command line prints it: the figures of the page's summary bar, the
//! contradictions, and one line per aligned row.

use super::{fact_counts, percent, shorten};
use crate::labels;
use corroborate_core::{Comparison, Document, RowKind, Step};
use std::fmt::Write;

/// Longest sentence excerpt shown on a row, in characters.
const EXCERPT_CHARS: usize = 72;

/// The summary `corroborate compare LEFT RIGHT` prints: each report's counts, the
/// similarity and word-change settings, the verbatim share, sentence and fact counts, the
/// contradictions, one line per row, and last the note of any step that failed.
pub fn terminal_summary(comparison: &Comparison, left: &Document, right: &Document) -> String {
    let mut out = String::new();
    let s = &comparison.summary;
    for (side, doc, counted) in [
        ("left ", left, &comparison.left),
        ("right", right, &comparison.right),
    ] {
        let _ = writeln!(
            out,
            "{side}  {}  ({}, {}; {} words, {} sentences)",
            doc.name,
            doc.source.format.label(),
            doc.source.encoding,
            counted.words,
            counted.sentences
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "Similarity       {}", percent(comparison.similarity));
    let _ = writeln!(out, "Word changes     {}", comparison.word_match.summary());
    let failed = |step: Step| comparison.failed.iter().any(|f| f.step == step);
    if failed(Step::Verbatim) {
        let _ = writeln!(out, "Verbatim shared  not worked out (see the end)");
    } else {
        let _ = writeln!(
            out,
            "Verbatim shared  {} of the left, {} of the right ({} of 8+ identical words)",
            percent(s.verbatim_share_left),
            percent(s.verbatim_share_right),
            labels::count(comparison.verbatim.len(), "passage", "passages"),
        );
    }
    let _ = writeln!(
        out,
        "Sentences        {} corresponding ({} reworded, {} moved), {} related, {} only left, {} only right",
        s.corresponding, s.reworded, s.moved, s.related, s.left_only, s.right_only
    );
    if failed(Step::Facts) {
        let _ = writeln!(out, "Facts            not worked out (see the end)");
    } else {
        let _ = writeln!(
            out,
            "Facts            {}",
            fact_counts(comparison)
                .map(|(status, n)| format!("{n} {}", labels::status_label(status)))
                .join(", ")
        );
    }
    if !comparison.conflicts.is_empty() {
        let _ = writeln!(out, "\nContradictions");
        for conflict in &comparison.conflicts {
            let about = if conflict.about.is_empty() {
                String::new()
            } else {
                format!(" — {}", conflict.about)
            };
            let _ = writeln!(
                out,
                "  {}: left says \"{}\" (L{}), right says \"{}\" (R{}){about}",
                format!("{:?}", conflict.kind).to_lowercase(),
                conflict.left,
                conflict.left_sentence + 1,
                conflict.right,
                conflict.right_sentence + 1,
            );
        }
    }
    let _ = writeln!(
        out,
        "\nRows (L = left sentence, R = right sentence, ↕ = moved)"
    );
    for row in &comparison.alignment {
        let (kind, text) = match row.kind {
            RowKind::Same => ("same      ", excerpt(left, &row.left)),
            RowKind::Reworded => ("reworded  ", excerpt(left, &row.left)),
            RowKind::Related => ("related   ", excerpt(left, &row.left)),
            RowKind::LeftOnly => ("left only ", excerpt(left, &row.left)),
            RowKind::RightOnly => ("right only", excerpt(right, &row.right)),
        };
        let _ = writeln!(
            out,
            "  {kind} {:<7} {:<7} {} {text}",
            indices('L', &row.left),
            indices('R', &row.right),
            if row.moved { "↕" } else { " " },
        );
    }
    // Last, so "the comparison above" is everything printed before.
    for failure in &comparison.failed {
        let _ = writeln!(out, "\n{}", failure.note);
        let _ = writeln!(out, "  Details for a bug report: {}", failure.details);
    }
    out
}

/// "L3" or "L3+4" (1-based, as people count sentences).
fn indices(side: char, sentences: &[usize]) -> String {
    if sentences.is_empty() {
        return String::new();
    }
    let numbers: Vec<String> = sentences.iter().map(|i| (i + 1).to_string()).collect();
    format!("{side}{}", numbers.join("+"))
}

/// The sentences' text on one line, shortened to [`EXCERPT_CHARS`].
fn excerpt(doc: &Document, sentences: &[usize]) -> String {
    let text: Vec<&str> = sentences
        .iter()
        .filter_map(|&i| doc.sentences.get(i))
        .map(|s| doc.slice(&s.span))
        .collect();
    shorten(&text.join(" "), EXCERPT_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_count_from_one() {
        assert_eq!(indices('L', &[2, 3]), "L3+4");
        assert_eq!(indices('R', &[]), "");
    }
}
