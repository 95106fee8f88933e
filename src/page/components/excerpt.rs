//! One sentence of a report quoted in the facts panel, with the words it is quoted for
//! marked, so a reader sees where a fact or a contradiction comes from without scrolling.

use crate::page::shared::Shared;
use corroborate_core::Document;
use std::ops::Range;
use yew::prelude::*;

/// Props of [`Excerpt`].
#[derive(Properties, PartialEq)]
pub struct ExcerptProps {
    /// "L" or "R": which report it is from.
    pub side: AttrValue,
    /// The report.
    pub doc: Shared<Document>,
    /// Index of the sentence quoted.
    pub sentence: usize,
    /// Byte range (in the report's text) of the words to mark, if any.
    #[prop_or_default]
    pub mark: Option<Range<usize>>,
}

/// Characters kept on each side of the marked words: a long sentence is cut around them.
const CONTEXT: usize = 110;

/// The sentence, cut around the marked words when it is long.
#[component]
pub fn Excerpt(props: &ExcerptProps) -> Html {
    let Some(sentence) = props.doc.sentences.get(props.sentence) else {
        return html! {};
    };
    let span = sentence.span.clone();
    let mark = props
        .mark
        .clone()
        .filter(|m| m.start >= span.start && m.end <= span.end && m.start <= m.end)
        .unwrap_or(span.start..span.start);
    let text = &props.doc.text;
    let start = floor_char(text, mark.start.saturating_sub(CONTEXT).max(span.start));
    let end = ceil_char(text, (mark.end + CONTEXT).min(span.end));
    let before = &text[start..mark.start];
    let marked = &text[mark.clone()];
    let after = &text[mark.end..end];
    html! {
        <p class="excerpt" dir="auto">
            <span class="form-side">{&props.side}</span>
            if start > span.start { {"…"} }
            {before.trim_start()}
            if !marked.is_empty() { <mark>{marked}</mark> }
            {after.trim_end()}
            if end < span.end { {"…"} }
        </p>
    }
}

/// The nearest character boundary at or before `at`.
fn floor_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The nearest character boundary at or after `at`.
fn ceil_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The sentence of `doc` holding the byte offset `at`.
pub fn sentence_at(doc: &Document, at: usize) -> Option<usize> {
    let i = doc.sentences.partition_point(|s| s.span.end <= at);
    doc.sentences
        .get(i)
        .filter(|s| s.span.start <= at)
        .map(|_| i)
}
