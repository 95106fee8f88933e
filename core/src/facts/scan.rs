//! The scanner's state and vocabulary, shared by [`super::extract`] (which runs the finders
//! over a report) and the finders themselves (dates, numbers, names, quotes, claims,
//! events): a sentence being scanned, what a finder found in it, and what a report yields
//! before the reports are read together. Its own module so the finders depend on it and
//! not on the extraction that calls them.

use super::calendar::DateValue;
use super::canon;
use super::lex::{lex, Tok, TokKind};
use super::mention::{Detail, Event, Mention};
use crate::model::FactKind;
use std::ops::Range;

/// One sentence being scanned: its tokens, their keys, and which tokens a finder has claimed.
pub(super) struct Scan<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    /// Every token's key, end to end in one buffer ([`Scan::key`] slices it with
    /// `key_ends`): a long report has hundreds of thousands of tokens, and a string each
    /// was most of the cost of scanning it.
    keys: String,
    key_ends: Vec<u32>,
    pub used: Vec<bool>,
    /// Title-case lines ("Macron and Zelenskyy Explore Dual-Track Path") capitalise every
    /// word, so capitalisation says nothing there and only known names are taken.
    pub headline: bool,
}

impl<'a> Scan<'a> {
    pub fn new(text: &'a str, span: Range<usize>) -> Scan<'a> {
        let toks = lex(text, span);
        let mut keys = String::with_capacity(toks.iter().map(|t| t.span.len()).sum());
        let mut key_ends = Vec::with_capacity(toks.len());
        for t in &toks {
            let word = &text[t.span.clone()];
            if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
                keys.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                keys.push_str(&canon::key(word));
            }
            key_ends.push(keys.len() as u32);
        }
        let used = vec![false; toks.len()];
        let mut scan = Scan {
            text,
            toks,
            keys,
            key_ends,
            used,
            headline: false,
        };
        scan.headline = scan.looks_like_headline();
        scan
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token as written; empty past either end, so finders can look around freely.
    pub fn surface(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.span.clone()])
    }

    pub fn key(&self, i: usize) -> &str {
        let Some(&end) = self.key_ends.get(i) else {
            return "";
        };
        let start = if i == 0 { 0 } else { self.key_ends[i - 1] };
        &self.keys[start as usize..end as usize]
    }

    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
    }

    /// True for a word starting with a capital letter.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i)
            && self
                .surface(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    /// True for a word written all in capitals, at least two letters ("PARIS", "NATO").
    pub fn is_all_caps(&self, i: usize) -> bool {
        let s = self.surface(i);
        self.is_word(i)
            && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !s.chars().any(char::is_lowercase)
    }

    pub fn is_punct(&self, i: usize, chars: &str) -> bool {
        self.kind(i) == Some(TokKind::Punct) && chars.contains(self.surface(i))
    }

    /// True when token `i` directly follows the previous one, without white space.
    pub fn joined(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// Byte range covering tokens `toks`.
    pub fn span(&self, toks: Range<usize>) -> Range<usize> {
        self.toks[toks.start].span.start..self.toks[toks.end - 1].span.end
    }

    pub fn claim(&mut self, toks: Range<usize>) {
        for u in &mut self.used[toks] {
            *u = true;
        }
    }

    pub fn free(&self, toks: Range<usize>) -> bool {
        toks.end <= self.len() && !self.used[toks].iter().any(|&u| u)
    }

    fn looks_like_headline(&self) -> bool {
        let puncts: Vec<&str> = self
            .toks
            .iter()
            .rev()
            .take(2)
            .filter(|t| t.kind == TokKind::Punct)
            .map(|t| &self.text[t.span.clone()])
            .collect();
        // Prose ends with a full stop, possibly inside a closing quote; headlines do not.
        let terminal = |p: &str| matches!(p, "." | "!" | "?");
        let ends_like_prose = match puncts.as_slice() {
            [last, ..] if terminal(last) => true,
            [quote, before] => matches!(*quote, "\"" | "”" | "’") && terminal(before),
            _ => false,
        };
        let content: Vec<usize> = (0..self.len())
            .filter(|&i| self.is_word(i) && self.surface(i).chars().count() > 3)
            .collect();
        let capitalised = content.iter().filter(|&&i| self.is_capitalised(i)).count();
        // A headline is short; a long line of names ("… Foreign Minister Wang Yi, Commerce
        // Minister …") cut off before its full stop is still prose.
        (3..=16).contains(&content.len())
            && capitalised * 10 >= content.len() * 8
            && !ends_like_prose
    }
}

/// What a finder found, in token positions of the sentence being scanned.
pub(super) struct Found {
    pub toks: Range<usize>,
    pub what: What,
    pub event: Option<Event>,
}

// A found fact carries its detail inline: values live for one sentence's scan, and a box
// would cost an allocation for every mention found.
#[allow(clippy::large_enum_variant)]
pub(super) enum What {
    /// A fact mention, decided.
    Fact(FactKind, Detail),
    /// A lone capitalised word: a person's surname if someone of that name is known.
    Bare,
    /// An unknown name after "in", "at", "from": a place unless it is a known surname.
    Located,
}

/// A mention that needs the other reports to decide what it is.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub span: Range<usize>,
    pub sentence: usize,
    pub key: String,
    pub surface: String,
    pub located: bool,
    pub event: Option<Event>,
}

/// Everything one report yields before canonicalisation.
#[derive(Debug, Clone, Default)]
pub(super) struct Raw {
    pub mentions: Vec<Mention>,
    pub candidates: Vec<Candidate>,
    /// The report's first full date (dateline or publication date, else the first written
    /// in full), which gives yearless dates their year.
    pub reference: Option<DateValue>,
}
