//! What a reader takes away from a comparison of two reports: files to save and text to paste.
//!
//! Pure functions from the engine's [`Comparison`] (and the two [`Document`]s it compared) to
//! strings; the page only wraps them in a download or a clipboard write. Start with
//! [`html_report`] — a self-contained document to file or print — or pick the one you need:
//!
//! - [`html_report`] — both reports side by side with every highlight, the summary, the
//!   contradictions and the facts table; opens offline and prints in black and white.
//! - [`json`] — the `Comparison` exactly as `corroborate compare A B --json` prints it.
//! - [`facts_csv`] — one line per fact, for a spreadsheet or a script.
//! - [`summary_text`] — a few lines to paste into an e-mail.
//! - [`terminal_summary`] — what `corroborate compare` prints: the figures, the
//!   contradictions, one line per row.
//! - [`file_stem`] — the file name the downloads share, without extension.

mod csv;
mod html;
mod summary;
mod terminal;

pub use csv::facts_csv;
pub use html::html_report;
pub use summary::summary_text;
pub use terminal::terminal_summary;

use crate::labels::percent;
use corroborate_core::{Comparison, Document, FactStatus};

/// A comparison (or a matrix) as JSON: the schema documented in the README, pretty-printed with a final
/// newline, byte for byte what `corroborate compare LEFT RIGHT --json` prints.
///
/// The command line prints its JSON with this very function, so a script written against the
/// page's download reads the command line's output.
pub fn json(value: &impl serde::Serialize) -> String {
    let mut json = serde_json::to_string_pretty(value)
        .expect("invariant: the engine's data model serialises to JSON");
    json.push('\n');
    json
}

/// The stem of an export's file name, such as `corroborate-harbour-post-vs-meridian-wire`.
///
/// Each name loses its extension, its accents and its case; anything but letters and digits
/// becomes a single hyphen. The result never holds a character any common file system
/// refuses (`/ \ : * ? " < > |`, controls), never starts or ends with a dot or a space, and
/// stays far below the 255-byte limit of a file name, whatever the reports are called.
pub fn file_stem(left_name: &str, right_name: &str) -> String {
    format!(
        "corroborate-{}-vs-{}",
        slug(left_name, "left"),
        slug(right_name, "right")
    )
}

/// Longest slug of one report's name, in bytes: two of them and the fixed words stay well
/// under 255 bytes even in scripts that take four bytes a letter.
const SLUG_BYTES: usize = 60;

/// A report name as lower-case words joined by hyphens, or `fallback` when nothing is left.
fn slug(name: &str, fallback: &str) -> String {
    let folded = corroborate_core::fold::fold(strip_extension(name.trim()));
    let mut out = String::new();
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let extra = usize::from(!out.is_empty()) + word.len();
        if out.len() + extra > SLUG_BYTES {
            // Shorten at a word when possible; a single very long word is cut at a character.
            if out.is_empty() {
                out.extend(
                    word.char_indices()
                        .take_while(|(i, c)| i + c.len_utf8() <= SLUG_BYTES)
                        .map(|(_, c)| c),
                );
            }
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        fallback.to_string()
    } else {
        out
    }
}

/// `harbour-post.txt` → `harbour-post`; a name that is only an extension (`.txt`) or has a
/// dot for another reason (`Reuters 12.03`) keeps what a reader would call its name.
fn strip_extension(name: &str) -> &str {
    match name.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && (1..=5).contains(&ext.len())
                && ext.chars().all(|c| c.is_ascii_alphabetic()) =>
        {
            stem
        }
        _ => name,
    }
}

/// The statuses in the order a reader counts them: agreement first, contradiction last
/// ("14 corroborated · 6 only left · 9 only right · 1 contradicted").
const COUNT_ORDER: [FactStatus; 4] = [
    FactStatus::Shared,
    FactStatus::LeftOnly,
    FactStatus::RightOnly,
    FactStatus::Conflict,
];

/// How many facts have each status, in [`COUNT_ORDER`].
fn fact_counts(comparison: &Comparison) -> [(FactStatus, usize); 4] {
    COUNT_ORDER.map(|status| {
        let n = comparison
            .facts
            .iter()
            .filter(|f| f.status == status)
            .count();
        (status, n)
    })
}

/// The title a reader knows a report by, and its file name when that says something else.
fn display_name(doc: &Document) -> (&str, Option<&str>) {
    let title = doc.title().trim();
    let name = doc.name.trim();
    if title.is_empty() {
        (name, None)
    } else if name.is_empty() || name == title {
        (title, None)
    } else {
        (title, Some(name))
    }
}

/// Text on one line (line breaks and runs of spaces become one space), cut at a word to at
/// most `max_chars` characters with an ellipsis: a report without a headline has its whole
/// first paragraph as its title.
fn shorten(text: &str, max_chars: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max_chars {
        return line;
    }
    let cut: String = line.chars().take(max_chars.saturating_sub(1)).collect();
    // Back up to the last space unless that would throw away most of the text.
    let at_word = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        at_word.trim_end_matches([' ', ',', ';', ':', '—', '-'])
    )
}

#[cfg(test)]
mod tests;
