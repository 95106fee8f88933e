//! Quotations, straight or curly, with their speaker when the text attributes them:
//! `"…," Zelensky said`, `"…," said the president`, `he added`, `Macron told reporters
//! that "…"`, `Peskov labeled "outrageous"`, `according to …`.
//!
//! Quotes are found per paragraph, since one often spans sentences; its sentence is the one
//! where it opens. Who "he" or "the president" is gets settled once people are resolved
//! ([`super::resolve`]).

use super::canon::key;
use super::lex::{lex, Tok, TokKind};
use super::mention::{Detail, Mention};
pub use super::mention::{QuoteDetail, Speaker, SpeakerCue};
use super::scan::Raw;
use crate::document::Document;
use crate::model::FactKind;
use std::ops::Range;

/// Find the quotations of every compared paragraph.
pub(super) fn find(doc: &Document, raw: &mut Raw) {
    for paragraph in doc.paragraphs.iter().filter(|p| !p.boilerplate) {
        let has_marks = doc.text[paragraph.span.clone()].contains(['"', '“', '”', '«', '»', '„']);
        if !has_marks {
            continue;
        }
        let toks = lex(&doc.text, paragraph.span.clone());
        for (open, close) in pairs(&doc.text, &toks) {
            let Some(inner) = inner_span(&doc.text, &toks, open, close) else {
                continue;
            };
            let Some(sentence) = sentence_at(doc, inner.start) else {
                continue;
            };
            if !is_prose(&doc.text[inner.clone()]) {
                continue;
            }
            let words: Vec<String> = lex(&doc.text, inner.clone())
                .iter()
                .filter(|t| matches!(t.kind, TokKind::Word | TokKind::Num))
                .map(|t| key(&doc.text[t.span.clone()]))
                .collect();
            if words.is_empty() {
                continue;
            }
            let marks = format!(
                "{}{}",
                &doc.text[toks[open].span.clone()],
                &doc.text[toks[close].span.clone()]
            );
            let sentence_start = doc.sentences[sentence].span.start;
            // An attribution after the quote must be in the sentence where the quote closes:
            // `durable peace." Suspilne reported …` starts another sentence.
            let close_at = toks[close].span.start;
            let close_sentence = doc
                .sentences
                .partition_point(|s| s.span.start <= close_at)
                .saturating_sub(1);
            let sentence_end = doc
                .sentences
                .get(close_sentence)
                .map_or(usize::MAX, |s| s.span.end);
            let after = || speaker_after(&doc.text, &toks, close, sentence_end);
            let before = || speaker_before(&doc.text, &toks, open, sentence_start);
            let opens_sentence = toks[open].span.start <= sentence_start;
            let speaker = if opens_sentence {
                after().or_else(before)
            } else {
                before().or_else(after)
            };
            raw.mentions.push(Mention {
                kind: FactKind::Quote,
                span: inner.clone(),
                text: doc.text[inner.clone()].to_string(),
                sentence,
                label: String::new(),
                detail: Detail::Quote(QuoteDetail {
                    text: doc.text[inner.clone()].to_string(),
                    words,
                    marks,
                    speaker,
                }),
                event: None,
            });
        }
    }
}

/// True when quoted text reads as words someone said or wrote, not as code or markup: an
/// attribute value (`"javascript:alert(1)"`), a path or a snippet is no quotation. A sentence
/// of plain words with a payload inside it ("We have won <script>…</script> a fair wage") is
/// still what someone said, so mostly plain words make a quotation whatever else it holds.
fn is_prose(inner: &str) -> bool {
    let tokens: Vec<&str> = inner.split_whitespace().collect();
    let plain = tokens
        .iter()
        .filter(|t| {
            let word = t.trim_matches(|c: char| ",.;!?'’-".contains(c));
            !word.is_empty() && word.chars().all(char::is_alphabetic)
        })
        .count();
    if plain >= 4 && plain * 3 >= tokens.len() * 2 {
        return true;
    }
    if inner.contains(['<', '>', '{', '}', '=', '\\', '|']) {
        return false;
    }
    let chars: Vec<char> = inner.chars().collect();
    // "alert(1)", "javascript:alert", "user_id": a letter glued to a bracket, colon or
    // underscore with more glued after it (prose spaces them: "said: we", "(in Paris)").
    let glued = inner.contains("://")
        || chars.windows(3).any(|w| {
            w[0].is_alphabetic()
                && matches!(w[1], '(' | ':' | '[' | '_')
                && (w[2].is_alphanumeric() || w[2] == ')')
        });
    let has_word = inner
        .split_whitespace()
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2);
    has_word && !glued
}

/// The sentence containing byte `at`, if it is compared (not page furniture).
fn sentence_at(doc: &Document, at: usize) -> Option<usize> {
    let index = doc
        .sentences
        .partition_point(|s| s.span.start <= at)
        .checked_sub(1)?;
    (!doc.sentences[index].boilerplate).then_some(index)
}

/// Token indices of matching quote marks. Curly marks pair by direction; straight marks
/// alternate. An unclosed quote (a quotation continuing into the next paragraph) is dropped.
fn pairs(text: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, t) in toks.iter().enumerate() {
        if t.kind != TokKind::Punct {
            continue;
        }
        let mark = &text[t.span.clone()];
        match (mark, open) {
            ("“" | "«" | "„", None) => open = Some((i, mark)),
            ("”" | "»" | "“", Some((o, om))) if om != "\"" => {
                out.push((o, i));
                open = None;
            }
            ("\"", None) => open = Some((i, mark)),
            ("\"", Some((o, "\""))) => {
                out.push((o, i));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// The quoted words' byte range, without trailing punctuation inside the marks.
fn inner_span(text: &str, toks: &[Tok], open: usize, close: usize) -> Option<Range<usize>> {
    let mut last = close.checked_sub(1)?;
    while last > open
        && toks[last].kind == TokKind::Punct
        && ",.;:".contains(&text[toks[last].span.clone()])
    {
        last -= 1;
    }
    (last > open).then(|| toks[open + 1].span.start..toks[last].span.end)
}

fn tok_key(text: &str, toks: &[Tok], i: usize) -> String {
    toks.get(i)
        .map(|t| key(&text[t.span.clone()]))
        .unwrap_or_default()
}

fn is_cap(text: &str, toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        t.kind == TokKind::Word
            && text[t.span.clone()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    })
}

/// A capitalised run starting at `i` ("Zelensky", "Secretary of State Marco Rubio").
fn cap_run(text: &str, toks: &[Tok], i: usize) -> Option<Range<usize>> {
    if !is_cap(text, toks, i) {
        return None;
    }
    let mut end = i + 1;
    while is_cap(text, toks, end)
        || (tok_key(text, toks, end) == "of" && is_cap(text, toks, end + 1))
    {
        end += 1;
    }
    Some(i..end)
}

/// A speaker phrase starting at `i`: a name, a pronoun, or "the" + description.
fn phrase_at(text: &str, toks: &[Tok], i: usize) -> Option<(Range<usize>, SpeakerCue)> {
    let k = tok_key(text, toks, i);
    if crate::lexicon::lexicon()
        .speaker_pronouns()
        .contains(k.as_str())
    {
        return Some((i..i + 1, SpeakerCue::Pronoun));
    }
    if k == "the" {
        let mut end = i + 1;
        while end < i + 4
            && toks.get(end).is_some_and(|t| t.kind == TokKind::Word)
            && !crate::lexicon::lexicon()
                .reporting_verbs()
                .contains(tok_key(text, toks, end).as_str())
        {
            end += 1;
        }
        return (end > i + 1).then_some((i..end, SpeakerCue::Description));
    }
    if crate::lexicon::lexicon()
        .reporting_verbs()
        .contains(k.as_str())
    {
        return None;
    }
    cap_run(text, toks, i).map(|r| (r, SpeakerCue::Named))
}

fn speaker(text: &str, toks: &[Tok], range: Range<usize>, cue: SpeakerCue) -> Speaker {
    let mut span = toks[range.start].span.start..toks[range.end - 1].span.end;
    // "Macron's office said": the office speaks for Macron; keep both words in view.
    let body = toks
        .get(range.end)
        .is_some_and(|t| t.kind == TokKind::Possessive)
        && crate::lexicon::lexicon()
            .spokesbodies()
            .contains(tok_key(text, toks, range.end + 1).as_str());
    let written_end = if body {
        toks[range.end + 1].span.end
    } else {
        span.end
    };
    let written = text[span.start..written_end].to_string();
    if cue != SpeakerCue::Named {
        span = toks[range.start].span.start..written_end;
    }
    Speaker {
        label: written.clone(),
        written,
        span,
        cue,
    }
}

/// `"…," Zelensky said`, `"…," said Zelensky`, `"…," he added`, `"…," according to X`.
fn speaker_after(text: &str, toks: &[Tok], close: usize, sentence_end: usize) -> Option<Speaker> {
    let mut j = close + 1;
    while toks
        .get(j)
        .is_some_and(|t| t.kind == TokKind::Punct && ",—–-".contains(&text[t.span.clone()]))
    {
        j += 1;
    }
    if toks.get(j).is_none_or(|t| t.span.start >= sentence_end) {
        return None;
    }
    let k = tok_key(text, toks, j);
    if crate::lexicon::lexicon()
        .reporting_verbs()
        .contains(k.as_str())
    {
        let at = if k == "according" && tok_key(text, toks, j + 1) == "to" {
            j + 2
        } else {
            j + 1
        };
        let (range, cue) = phrase_at(text, toks, at)?;
        return Some(speaker(text, toks, range, cue));
    }
    let (range, cue) = phrase_at(text, toks, j)?;
    let mut verb = range.end;
    if toks
        .get(verb)
        .is_some_and(|t| t.kind == TokKind::Possessive)
    {
        verb += 2;
    }
    // "Zelensky said", "Zelensky also said", "the president said on X".
    let within = (verb..verb + 2).any(|v| {
        crate::lexicon::lexicon()
            .reporting_verbs()
            .contains(tok_key(text, toks, v).as_str())
    });
    within.then(|| speaker(text, toks, range, cue))
}

/// `Macron told reporters that "…"`, `Peskov labeled "outrageous"`, `Macron, speaking after
/// the meeting, called the talks "constructive"`: the nearest name before the last speech
/// verb before the quote, in the same sentence.
fn speaker_before(text: &str, toks: &[Tok], open: usize, sentence_start: usize) -> Option<Speaker> {
    let first = toks.partition_point(|t| t.span.start < sentence_start);
    // "so-called" is not a speech verb.
    let is_verb = |v: usize| {
        crate::lexicon::lexicon()
            .reporting_verbs()
            .contains(tok_key(text, toks, v).as_str())
            && toks[v].space_before
    };
    let verb = (first..open).rev().find(|&v| is_verb(v))?;
    let mut i = verb;
    // Skip a relative clause between subject and verb: "Umerov, who met Witkoff on Nov. 30
    // and again the following day, said …".
    if verb > first && tok_key(text, toks, verb - 1) == "," {
        let opener = (first + 1..verb - 1).rev().find(|&w| {
            matches!(tok_key(text, toks, w).as_str(), "who" | "which")
                && tok_key(text, toks, w - 1) == ","
        });
        if let Some(w) = opener {
            i = w - 1;
        }
    }
    while i > first {
        i -= 1;
        let k = tok_key(text, toks, i);
        if crate::lexicon::lexicon()
            .speaker_pronouns()
            .contains(k.as_str())
        {
            return Some(speaker(text, toks, i..i + 1, SpeakerCue::Pronoun));
        }
        if is_cap(text, toks, i) {
            if super::name_words::not_names().contains(k.as_str()) {
                // "Both leaders emphasized …": no one named.
                return None;
            }
            let mut start = i;
            while start > first
                && (is_cap(text, toks, start - 1)
                    || tok_key(text, toks, start - 1) == "of"
                        && is_cap(text, toks, start.saturating_sub(2)))
            {
                start -= 1;
            }
            let run = cap_run(text, toks, start)?;
            // Dates and places rarely speak: "said on Nov. 30", "the talks in Florida, but
            // said …" — unless right before the verb ("France stated").
            let adjacent = run.end == verb;
            let run_key = key(&text[toks[run.start].span.start..toks[run.end - 1].span.end]);
            let is_date = crate::lexicon::lexicon().is_calendar_word(run_key.trim_end_matches('.'));
            let is_place = super::gazetteer::lookup(&run_key).is_some_and(|h| !h.demonym);
            if is_date || (is_place && !adjacent) {
                i = start;
                continue;
            }
            return Some(speaker(text, toks, run, SpeakerCue::Named));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let doc = Document::from_text("t.txt", text);
        let mut raw = Raw::default();
        find(&doc, &mut raw);
        raw.mentions
            .iter()
            .map(|m| match &m.detail {
                Detail::Quote(q) => (
                    text[m.span.clone()].to_string(),
                    q.speaker.as_ref().map(|s| s.written.clone()),
                ),
                _ => unreachable!("quotes only"),
            })
            .collect()
    }

    fn q(text: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (text.to_string(), speaker.map(str::to_string))
    }

    #[test]
    fn speakers_after_the_quote() {
        assert_eq!(
            quotes("\"Peace must last. The war must end,\" Anna Berg said on Tuesday."),
            [q("Peace must last. The war must end", Some("Anna Berg"))]
        );
        assert_eq!(
            quotes("“We agreed,” said the minister."),
            [q("We agreed", Some("the minister"))]
        );
        assert_eq!(
            quotes("“We agreed,” he added."),
            [q("We agreed", Some("he"))]
        );
    }

    #[test]
    fn speakers_before_the_quote() {
        assert_eq!(
            quotes("Berg, speaking after the meeting, called the talks “constructive” and left."),
            [q("constructive", Some("Berg"))]
        );
        assert_eq!(
            quotes("Nowak's office said the leaders would discuss a “fair and lasting peace.”"),
            [q(
                "fair and lasting peace",
                Some("Nowak’s office".replace('’', "'").as_str())
            )]
        );
        assert_eq!(
            quotes("The deal is “historic”, officials said."),
            [q("historic", None)]
        );
    }

    #[test]
    fn unclosed_and_empty_quotes_are_skipped() {
        assert!(quotes("He said \"this never closes.").is_empty());
        assert!(quotes("Marks \"\" alone.").is_empty());
    }
}
