//! Text → paragraphs, sentences and words.
//!
//! Start with [`segment`], which [`crate::Document`] calls for you. The three steps are
//! usable on their own: [`paragraph_spans`], [`sentence_spans`], [`word_spans`].
//!
//! Sentences and words come from `unicode-segmentation` (UAX #29), with fixes for what it
//! gets wrong in news copy:
//!
//! - a full stop after a title ("Mr.", "Dr.", "Gen.", "Sen.", "Gov.", "Lt.", "Col.") never
//!   ends a sentence; after a month or "No." it does not when a number follows ("Dec. 1",
//!   "No. 10");
//! - after an initial ("James B. Comey"), a dotted abbreviation ("U.S.", "a.m.") or a word
//!   like "St.", "Jr.", "Inc." the sentence goes on unless the next word is a capitalised
//!   function word ("…in the U.S. The minister…" is two sentences, "U.S. President Donald
//!   Trump" one);
//! - a list number ("1. U.S. Diplomatic Surge") starts its item instead of being a sentence;
//! - hard-wrapped lines inside a paragraph are one running text (UAX #29 would end a
//!   sentence at every line break);
//! - "28-point" and "e-mail" are one word, and so is "U.S." with its final dot ("1,000",
//!   "3.5" and "10th" already are).
//!
//! A sentence never crosses a paragraph. Stretches without a single letter, digit or emoji
//! ("—", "* * *") join the neighbouring sentence, or, when a whole paragraph has none, form
//! no sentence at all. All spans are byte ranges into the text as given: "\r\n" line endings
//! need no conversion.

use crate::fold::{fold, is_stop_word};
use crate::lexicon::lexicon;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// A paragraph (a block separated by blank lines, or one line of a line-per-paragraph text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Byte range in the text.
    #[serde(with = "crate::span_serde")]
    pub span: Range<usize>,
    /// Page furniture ("Post a Comment", bylines, captions) rather than report text;
    /// excluded from comparison unless [`crate::Options::include_boilerplate`] is set.
    pub boilerplate: bool,
}

/// A sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte range in the text (trimmed of surrounding white space).
    #[serde(with = "crate::span_serde")]
    pub span: Range<usize>,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Indices of its words in [`crate::Document::words`].
    pub words: Range<usize>,
    /// Copied from its paragraph, for quick filtering.
    pub boilerplate: bool,
}

/// A word (or number, like "1,000" or "28-point").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Word {
    /// Byte range in the text.
    #[serde(with = "crate::span_serde")]
    pub span: Range<usize>,
    /// Case-, accent- and quote-folded form used for matching (see [`crate::fold`]).
    pub folded: String,
}

/// The segmentation of one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmented {
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Words in order.
    pub words: Vec<Word>,
}

/// Segment `text`; paragraphs overlapping a range in `boilerplate` are marked as such, and so
/// are their sentences.
///
/// ```
/// use corroborate_core::segment::segment;
/// let text = "Talks end\r\n\r\nU.S. envoys met Gen. Lee on Dec. 1. They agreed a 12-point plan.";
/// let s = segment(text, &[]);
/// let sentences: Vec<&str> = s.sentences.iter().map(|x| &text[x.span.clone()]).collect();
/// assert_eq!(sentences, ["Talks end", "U.S. envoys met Gen. Lee on Dec. 1.", "They agreed a 12-point plan."]);
/// assert_eq!(&text[s.words[2].span.clone()], "U.S.");
/// ```
pub fn segment(text: &str, boilerplate: &[Range<usize>]) -> Segmented {
    let furniture = RangeSet::new(boilerplate);
    // Line breaks become spaces once for the whole text, not once per paragraph and again
    // per sentence.
    let running = running_text(text);
    let mut out = Segmented::default();
    // News prose runs about six bytes a word.
    out.words.reserve(text.len() / 6);
    for span in paragraph_spans(text) {
        let paragraph = out.paragraphs.len();
        let is_boilerplate = furniture.overlaps(&span);
        for sentence in sentences_in(&running[span.clone()], span.start) {
            let first_word = out.words.len();
            let words = words_in(&running[sentence.clone()], sentence.start);
            out.words.extend(words.into_iter().map(|w| Word {
                folded: fold(&text[w.clone()]),
                span: w,
            }));
            out.sentences.push(Sentence {
                span: sentence,
                paragraph,
                words: first_word..out.words.len(),
                boilerplate: is_boilerplate,
            });
        }
        out.paragraphs.push(Paragraph {
            span,
            boilerplate: is_boilerplate,
        });
    }
    out
}

/// Paragraph spans, trimmed of white space, in order.
///
/// Paragraphs are blocks separated by blank lines; lines inside a block are one paragraph
/// (hard-wrapped text), except that a Markdown heading (one line) or list item starts a new
/// one. A text
/// with no blank line between its lines has one paragraph per line, and then a line that
/// starts in lower case continues the line before it (a wrapped line cannot start a
/// paragraph in lower case).
pub fn paragraph_spans(text: &str) -> Vec<Range<usize>> {
    let lines = content_lines(text);
    let is_blank = |l: &Range<usize>| text[l.clone()].trim().is_empty();
    let first = lines.iter().position(|l| !is_blank(l));
    let last = lines.iter().rposition(|l| !is_blank(l));
    let blank_separated = match (first, last) {
        (Some(first), Some(last)) => lines[first..last].iter().any(is_blank),
        _ => return Vec::new(),
    };
    let mut out: Vec<Range<usize>> = Vec::new();
    // A heading is one line: what follows it starts afresh, as does what follows a gap.
    let mut previous_ends_block = true;
    for line in &lines {
        let content = &text[line.clone()];
        let trimmed = content.trim();
        if trimmed.is_empty() {
            previous_ends_block = true;
            continue;
        }
        let start = line.start + (content.len() - content.trim_start().len());
        let end = start + trimmed.len();
        let continues = !previous_ends_block
            && if blank_separated {
                !starts_block(trimmed)
            } else {
                trimmed.chars().next().is_some_and(char::is_lowercase)
            };
        match out.last_mut() {
            Some(paragraph) if continues => paragraph.end = end,
            _ => out.push(start..end),
        }
        previous_ends_block = trimmed.starts_with('#');
    }
    out
}

/// Sentence spans inside `paragraph` (a byte range of `text`), trimmed, in order.
pub fn sentence_spans(text: &str, paragraph: Range<usize>) -> Vec<Range<usize>> {
    sentences_in(&running_text(&text[paragraph.clone()]), paragraph.start)
}

/// [`sentence_spans`] of a paragraph's running text (see [`running_text`]) that starts at
/// byte `offset` of the text.
fn sentences_in(running: &str, offset: usize) -> Vec<Range<usize>> {
    // UAX #29 pieces, re-joined where a full stop belongs to an abbreviation.
    let mut pieces: Vec<Range<usize>> = Vec::new();
    let raw = if running.is_ascii() {
        ascii::sentence_pieces(running)
    } else {
        running
            .split_sentence_bound_indices()
            .map(|(at, piece)| at..at + piece.len())
            .collect()
    };
    for range in raw {
        match pieces.last_mut() {
            Some(last) if continues_after(&running[last.clone()], &running[range.clone()]) => {
                last.end = range.end
            }
            _ => pieces.push(range),
        }
    }
    // Trim, then fold stretches without words into a neighbour.
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut pending_start: Option<usize> = None;
    for piece in pieces {
        let Some(trimmed) = trim_range(running, piece) else {
            continue;
        };
        let span = offset + trimmed.start..offset + trimmed.end;
        if has_word(&running[trimmed]) {
            let start = pending_start.take().unwrap_or(span.start);
            out.push(start..span.end);
        } else if let Some(last) = out.last_mut() {
            last.end = span.end;
        } else {
            pending_start.get_or_insert(span.start);
        }
    }
    out
}

/// Word spans inside `sentence` (a byte range of `text`), in order. White space and
/// punctuation between words belong to no word.
pub fn word_spans(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    words_in(&running_text(&text[sentence.clone()]), sentence.start)
}

/// [`word_spans`] of a sentence's running text (see [`running_text`]) that starts at byte
/// `offset` of the text.
fn words_in(running: &str, offset: usize) -> Vec<Range<usize>> {
    let pieces: Vec<(usize, &str)> = if running.is_ascii() {
        ascii::word_pieces(running)
            .into_iter()
            .map(|r| (r.start, &running[r]))
            .collect()
    } else {
        running.split_word_bound_indices().collect()
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < pieces.len() {
        let (start, piece) = pieces[k];
        k += 1;
        if !has_word(piece) {
            continue;
        }
        let mut end = start + piece.len();
        // "U.S" + "." → "U.S."
        if is_dotted_abbreviation(piece) && pieces.get(k).is_some_and(|p| p.1 == ".") {
            end += 1;
            k += 1;
        }
        // "28" + "-" + "point" → "28-point" (UAX #29 splits at every hyphen).
        while let (Some(&(_, dash)), Some(&(part_start, part))) = (pieces.get(k), pieces.get(k + 1))
        {
            if !is_hyphen(dash) || !has_word(part) {
                break;
            }
            end = part_start + part.len();
            k += 2;
            if is_dotted_abbreviation(part) && pieces.get(k).is_some_and(|p| p.1 == ".") {
                end += 1;
                k += 1;
            }
        }
        // UAX #29 joins a narrow no-break space to the word beside it (it is a connector in
        // Mongolian), so French "dit\u{202F}:" would make "dit\u{202F}" a word that never
        // matches "dit". A word neither starts nor ends in white space.
        let word = &running[start..end];
        let start = start + (word.len() - word.trim_start().len());
        let end = start + word.trim().len();
        out.push(offset + start..offset + end);
    }
    out
}

/// Lines of `text` as byte ranges without their terminators ("\n", "\r\n" or a lone "\r").
fn content_lines(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(start..i);
                start = i + 1;
            }
            b'\r' => {
                lines.push(start..i);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    lines.push(start..bytes.len());
    lines
}

/// A Markdown heading or list item: starts its own paragraph even without a blank line.
fn starts_block(line: &str) -> bool {
    if line.starts_with('#') {
        return true;
    }
    if ["- ", "* ", "+ ", "• "].iter().any(|m| line.starts_with(m)) {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
}

/// The text with line breaks turned into spaces (same byte length, so offsets carry over),
/// so UAX #29 reads hard-wrapped lines as running text.
fn running_text(text: &str) -> Cow<'_, str> {
    // Bytes, not chars: both are ASCII (never part of a longer UTF-8 sequence), and a char
    // search decodes every character.
    let is_break = |b: &u8| *b == b'\r' || *b == b'\n';
    if !text.as_bytes().iter().any(is_break) {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    bytes
        .iter_mut()
        .filter(|b| is_break(b))
        .for_each(|b| *b = b' ');
    Cow::Owned(String::from_utf8(bytes).expect("invariant: ASCII replaced by ASCII stays UTF-8"))
}

fn trim_range(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let piece = &text[range.clone()];
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = range.start + (piece.len() - piece.trim_start().len());
    Some(start..start + trimmed.len())
}

/// True when `piece` holds something a reader would call a word: a letter, a digit or an
/// emoji (emoji carry meaning in social-media quotes; punctuation and symbols do not).
fn has_word(piece: &str) -> bool {
    // Most pieces are ASCII: look at bytes first, decode only what is not.
    piece.bytes().any(|b| b.is_ascii_alphanumeric())
        || (!piece.is_ascii()
            && piece
                .chars()
                .any(|c| c.is_alphanumeric() || is_pictograph(c)))
}

fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x2300..=0x23FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF)
}

fn is_hyphen(piece: &str) -> bool {
    matches!(piece, "-" | "\u{2010}" | "\u{2011}")
}

/// "U.S", "a.m", "Ph.D": letters in groups of one to three joined by dots (as UAX #29 gives
/// them, without the final dot).
fn is_dotted_abbreviation(word: &str) -> bool {
    word.as_bytes().contains(&b'.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=3).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// Whether the sentence `before` (as UAX #29 cut it) runs on into `after`.
fn continues_after(before: &str, after: &str) -> bool {
    let Some(body) = before.trim_end().strip_suffix('.') else {
        return false;
    };
    // A list number alone ("1.", "12.") introduces what follows.
    let marker = body.trim_start();
    if (1..=3).contains(&marker.len()) && marker.bytes().all(|b| b.is_ascii_digit()) {
        return !after.trim().is_empty();
    }
    let token_start = body
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = &body[token_start..];
    let next = after.trim_start();
    let next_word_len = next
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(next.len(), |(i, _)| i);
    let next_word = &next[..next_word_len];
    let Some(first) = next_word.chars().next() else {
        return false;
    };
    if token.is_empty() {
        return false;
    }
    if lexicon().sentence_titles().contains(token) {
        return true;
    }
    let before_number = first.is_numeric();
    if lexicon().before_number().contains(token) {
        return before_number;
    }
    let initial = token.chars().count() == 1 && token.chars().all(char::is_uppercase);
    if initial
        || is_dotted_abbreviation(token)
        || lexicon().ambiguous_abbreviations().contains(token)
    {
        return before_number || (first.is_uppercase() && !is_stop_word(&fold(next_word)));
    }
    false
}

/// Sorted, merged byte ranges with an overlap test.
struct RangeSet(Vec<Range<usize>>);

impl RangeSet {
    fn new(ranges: &[Range<usize>]) -> RangeSet {
        let mut sorted: Vec<Range<usize>> =
            ranges.iter().filter(|r| r.start < r.end).cloned().collect();
        sorted.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
        for r in sorted {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        RangeSet(merged)
    }

    fn overlaps(&self, span: &Range<usize>) -> bool {
        // The first merged range ending after span.start is the only candidate.
        let i = self.0.partition_point(|r| r.end <= span.start);
        self.0.get(i).is_some_and(|r| r.start < span.end)
    }
}

mod ascii;

#[cfg(test)]
mod tests;
