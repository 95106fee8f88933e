//! "Copy summary": what a journalist pastes into an e-mail about a pair of reports.

use super::{display_name, fact_counts, percent, shorten};
use crate::labels;
use corroborate_core::{Comparison, Document, FactKind, FactStatus};
use std::fmt::Write;

/// Most single-sourced facts named per kind; the rest are counted ("and 4 more").
const NAMED_PER_KIND: usize = 3;

/// Longest fact quoted in the summary, in characters (quotes run to whole sentences).
const FACT_CHARS: usize = 70;

/// Longest report title in the summary, in characters.
const TITLE_CHARS: usize = 100;

/// Longest report title in a heading that names a side, in characters.
const SHORT_TITLE_CHARS: usize = 50;

/// A short plain-text summary of the comparison of `left` and `right`: the two reports, the
/// similarity, verbatim shares, sentence and fact counts, each contradiction on its own line,
/// then the single-sourced facts of each side, a few per kind.
///
/// Plain text with no markup and no line longer than a fact, so it reads the same in any
/// mail client; report text is collapsed onto one line wherever it appears.
pub fn summary_text(comparison: &Comparison, left: &Document, right: &Document) -> String {
    let mut out = String::new();
    let s = &comparison.summary;
    let _ = writeln!(out, "Corroborate comparison");
    for (side, doc) in [("Left: ", left), ("Right:", right)] {
        let _ = writeln!(out, "{side} {}", named(doc));
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "Similarity: {}", percent(comparison.similarity));
    let _ = writeln!(out, "Word changes: {}", comparison.word_match.summary());
    let _ = writeln!(
        out,
        "Verbatim: {} of the left, {} of the right ({})",
        percent(s.verbatim_share_left),
        percent(s.verbatim_share_right),
        labels::count(
            comparison.verbatim.len(),
            "shared passage",
            "shared passages"
        )
    );
    let _ = writeln!(
        out,
        "Sentences: {} corresponding ({} reworded, {} moved) · {} related · {} only left · {} only right",
        s.corresponding, s.reworded, s.moved, s.related, s.left_only, s.right_only
    );
    let counts: Vec<String> = fact_counts(comparison)
        .iter()
        .map(|(status, n)| format!("{n} {}", labels::status_label(*status)))
        .collect();
    let _ = writeln!(out, "Facts: {}", counts.join(" · "));

    if !comparison.conflicts.is_empty() {
        let _ = writeln!(out, "\nContradictions");
        for c in &comparison.conflicts {
            let about = one_line(&c.about);
            let about = if about.is_empty() {
                String::new()
            } else {
                format!(" ({about})")
            };
            let _ = writeln!(
                out,
                "- Left: {} — Right: {}{about}",
                one_line(&c.left),
                one_line(&c.right)
            );
        }
    }

    for (status, doc, heading) in [
        (FactStatus::LeftOnly, left, "Only in the left report"),
        (FactStatus::RightOnly, right, "Only in the right report"),
    ] {
        let lines = single_sourced(comparison, status);
        if !lines.is_empty() {
            let title = shorten(display_name(doc).0, SHORT_TITLE_CHARS);
            let _ = writeln!(out, "\n{heading} ({title})");
            for line in lines {
                let _ = writeln!(out, "- {line}");
            }
        }
    }
    out
}

/// "Title (file.txt)", or just the title when the file is named after it.
fn named(doc: &Document) -> String {
    match display_name(doc) {
        (title, Some(name)) => format!("{} ({})", shorten(title, TITLE_CHARS), one_line(name)),
        (title, None) => shorten(title, TITLE_CHARS),
    }
}

/// One line per kind: "People: A, B, C and 2 more".
fn single_sourced(comparison: &Comparison, status: FactStatus) -> Vec<String> {
    labels::KINDS
        .iter()
        .filter_map(|&kind| {
            let facts: Vec<&str> = comparison
                .facts
                .iter()
                .filter(|f| f.kind == kind && f.status == status)
                .map(|f| f.label.as_str())
                .collect();
            if facts.is_empty() {
                return None;
            }
            let named: Vec<String> = facts
                .iter()
                .take(NAMED_PER_KIND)
                .map(|label| fact_text(kind, label))
                .collect();
            let more = facts.len() - named.len();
            let list = if more == 0 {
                named.join(", ")
            } else {
                format!("{} and {more} more", named.join(", "))
            };
            Some(format!("{}: {list}", labels::kind_label(kind)))
        })
        .collect()
}

/// A fact as the summary shows it: on one line, quotes in quotation marks, long ones cut.
fn fact_text(kind: FactKind, label: &str) -> String {
    let text = shorten(label, FACT_CHARS);
    let quoted = text.starts_with(['"', '“', '«', '‘', '\'']);
    if kind == FactKind::Quote && !quoted {
        format!("“{text}”")
    } else {
        text
    }
}

/// Report text on one line: line breaks and runs of spaces become one space.
fn one_line(text: &str) -> String {
    shorten(text, usize::MAX)
}
