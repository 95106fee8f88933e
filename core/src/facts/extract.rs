//! Extraction over one report: each compared sentence is lexed once and handed to the finders
//! in a fixed order — dates first (so "May" and "Monday" are not names), then numbers, then
//! names — each claiming the tokens it uses. Quotes are found per paragraph, since a quotation
//! often spans sentences. What cannot be decided from one report alone (is "Macron" the
//! surname of someone named elsewhere?) is kept as a candidate for [`super::resolve`].

use super::calendar::DateValue;
use super::lex::{lex, TokKind};
use super::mention::{Detail, Entity, Mention};
use super::scan::{Candidate, Raw};
use super::scan::{Found, Scan, What};
use super::{canon, claims, dates, events, gazetteer, names, numbers, quotes};
use crate::document::Document;
use crate::model::FactKind;
use std::ops::Range;

/// Scan a whole report.
pub(super) fn scan_document(doc: &Document) -> Raw {
    let mut raw = Raw::default();
    let dateline = find_dateline(doc);
    let mut year_hints: Vec<DateValue> = Vec::new();
    // Where founding dates start: never the report's own date.
    let mut founding: Vec<usize> = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let mut scan = Scan::new(&doc.text, sentence.span.clone());
        let mut found = Vec::new();
        if sentence.boilerplate {
            // Page furniture is not compared, but "Published March 10, 2026" still tells
            // which year the report's dates are in.
            dates::find(&mut scan, &mut found);
            // A masthead's founding date ("Est. May 19, 1883") is not the report's.
            year_hints.extend(
                found
                    .into_iter()
                    .filter(|f| !is_founding(&scan, f))
                    .filter_map(|f| match f.what {
                        What::Fact(_, Detail::Date(d)) => Some(d),
                        _ => None,
                    }),
            );
            continue;
        }
        let in_dateline_paragraph = dateline.as_ref().is_some_and(|(span, _)| {
            doc.paragraphs[sentence.paragraph]
                .span
                .contains(&span.start)
        });
        if let Some((span, _)) = &dateline {
            if sentence.span.contains(&span.start) {
                let toks: Vec<usize> = (0..scan.len())
                    .filter(|&i| span.contains(&scan.toks[i].span.start))
                    .collect();
                if let (Some(&a), Some(&b)) = (toks.first(), toks.last()) {
                    // Where the report was filed, not a fact it states: claimed, not listed.
                    scan.claim(a..b + 1);
                }
            }
        }
        dates::find(&mut scan, &mut found);
        numbers::find(&mut scan, &mut found);
        names::find(&mut scan, &mut found);
        let fallback = dateline
            .as_ref()
            .filter(|_| in_dateline_paragraph)
            .map(|(_, place)| place);
        events::assign(&scan, &mut found, fallback);
        claims::assign(&scan, &mut found);
        if let Some((span, _)) = dateline
            .as_ref()
            .filter(|(d, _)| sentence.span.contains(&d.start))
        {
            // "REYKJAVIK, March 10, 2026 —": the date the report was filed, not of any event
            // it tells, so it is no event's date to contradict.
            let dash = (0..scan.len()).find(|&i| {
                scan.toks[i].span.start >= span.end && scan.is_punct(i, "—–-") && !scan.joined(i)
            });
            if let Some(dash) = dash {
                for f in found.iter_mut().filter(|f| f.toks.end <= dash) {
                    if matches!(f.what, What::Fact(FactKind::Date, _)) {
                        f.event = None;
                    }
                }
            }
        }
        // In text order, so the report's mentions need no sort of their own (a long report
        // has tens of thousands, each a few hundred bytes to move).
        found.sort_by_key(|f| f.toks.start);
        for f in found {
            let span = scan.span(f.toks.clone());
            if is_founding(&scan, &f) {
                founding.push(span.start);
            }
            match f.what {
                What::Fact(kind, detail) => raw.mentions.push(Mention {
                    kind,
                    text: doc.text[span.clone()].to_string(),
                    span,
                    sentence: index,
                    label: String::new(),
                    detail,
                    event: f.event,
                }),
                What::Bare | What::Located => raw.candidates.push(Candidate {
                    key: candidate_key(&doc.text[span.clone()]),
                    surface: doc.text[span.clone()].to_string(),
                    span,
                    sentence: index,
                    located: matches!(f.what, What::Located),
                    event: f.event,
                }),
            }
        }
    }
    let before_quotes = raw.mentions.len();
    quotes::find(doc, &mut raw);
    raw.reference = reference_date(&raw.mentions, &year_hints, &founding);
    if let Some(reference) = raw.reference.clone() {
        infer_years(&mut raw.mentions, &reference);
    }
    let quoted = raw.mentions.split_off(before_quotes);
    raw.mentions = merge_by_start(std::mem::take(&mut raw.mentions), quoted);
    raw
}

/// Two lists of mentions, each in text order, as one in text order (ties to `a`).
fn merge_by_start(a: Vec<Mention>, b: Vec<Mention>) -> Vec<Mention> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut b = b.into_iter().peekable();
    for m in a {
        while b.peek().is_some_and(|q| q.span.start < m.span.start) {
            out.extend(b.next());
        }
        out.push(m);
    }
    out.extend(b);
    out
}

/// A candidate's key, a hyphenated name one word ("Marchetti-Sjöberg" → "marchettisjoberg"):
/// a lone surname is matched whole against the people named, whose hyphenated surnames
/// differ from it only by the space the hyphen becomes.
fn candidate_key(surface: &str) -> String {
    let mut out = String::with_capacity(surface.len());
    for (i, word) in surface.split(char::is_whitespace).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&canon::key(word).replace(' ', ""));
    }
    out
}

/// A dateline opening one of the first paragraphs: an ALL-CAPS place before a dash, comma or
/// colon ("PARIS —", "KYIV, Ukraine (Reuters) -", "REYKJAVIK (Wire):", "OSLO [Daily
/// Wire]:"), or a known place in ordinary capitals before a colon ("Tromsø:"), after an
/// optional credit in parentheses ("(Wire) OSLO (Wire):"). It says where the report was
/// filed: the place names the report's events when no sentence names one, but it is not
/// itself a fact the report states.
fn find_dateline(doc: &Document) -> Option<(Range<usize>, Entity)> {
    let paragraphs = doc.paragraphs.iter().filter(|p| !p.boilerplate).take(4);
    for paragraph in paragraphs {
        // A dateline is a few words long: lex only the paragraph's opening.
        let mut end = paragraph.span.end.min(paragraph.span.start + 160);
        while !doc.text.is_char_boundary(end) {
            end -= 1;
        }
        let toks = lex(&doc.text, paragraph.span.start..end);
        let surface = |i: usize| toks.get(i).map(|t| &doc.text[t.span.clone()]);
        // The index after a bracketed group opening at `i` ("(Wire)", "[Daily Wire]").
        let skip_group = |i: usize| -> usize {
            let close = match surface(i) {
                Some("(") => ")",
                Some("[") => "]",
                _ => return i,
            };
            (i + 1..toks.len().min(i + 12))
                .find(|&j| surface(j) == Some(close))
                .map_or(i, |j| j + 1)
        };
        // A page date glued before it ("date 2024-02-12 LISBON:", "Updated 10:05 LISBON —").
        let mut start = 0;
        if surface(0).is_some_and(|w| {
            crate::lexicon::lexicon()
                .timestamp_starts()
                .contains(&w.to_lowercase())
        }) {
            start = 1;
            while toks.get(start).is_some_and(|t| {
                t.kind == TokKind::Num || matches!(surface(start), Some("-" | "/" | ":" | "."))
            }) {
                start += 1;
            }
            if start == 1 {
                continue;
            }
        }
        let start = skip_group(start);
        let word_at = |i: usize, all_caps: bool| {
            toks.get(i).is_some_and(|t| {
                let s = &doc.text[t.span.clone()];
                t.kind == TokKind::Word
                    && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && if all_caps {
                        !s.chars().any(char::is_lowercase)
                    } else {
                        s.chars().next().is_some_and(char::is_uppercase)
                    }
            })
        };
        let caps = (start..toks.len())
            .take_while(|&i| word_at(i, true))
            .count();
        let title = (start..toks.len().min(start + 3))
            .take_while(|&i| word_at(i, false))
            .count();
        let (words, colon_only) = if caps > 0 {
            (caps, false)
        } else {
            (title, true)
        };
        if words == 0 {
            continue;
        }
        let after = skip_group(start + words);
        let ends = if colon_only {
            matches!(surface(after), Some(":"))
        } else {
            matches!(surface(after), Some("—" | "–" | "-" | "," | ":"))
        };
        if !ends {
            continue;
        }
        let span = toks[start].span.start..toks[start + words - 1].span.end;
        let name = &doc.text[span.clone()];
        let known = gazetteer::lookup(&canon::key(name)).filter(|hit| !hit.demonym);
        if colon_only && known.is_none() && !gazetteer::world_city(&canon::key(name)) {
            continue;
        }
        let entity = match known {
            Some(hit) => {
                let entry = gazetteer::entry(hit.id);
                Entity {
                    key: canon::key(entry.label),
                    label: entry.label.to_string(),
                    gazetteer: Some(hit.id),
                    demonym: false,
                }
            }
            None => Entity {
                key: canon::key(name),
                label: title_case(name),
                gazetteer: None,
                demonym: false,
            },
        };
        // The whole opening up to its dash or colon is furniture ("OSLO [Daily Wire]:").
        let span = toks[0].span.start.min(span.start)..toks[after].span.start;
        return Some((span, entity));
    }
    None
}

fn title_case(caps: &str) -> String {
    caps.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_string() + &chars.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A date written as when something was founded ("Est. May 19, 1883", "founded in 1901").
fn is_founding(scan: &Scan, f: &Found) -> bool {
    if !matches!(f.what, What::Fact(FactKind::Date, _)) {
        return false;
    }
    let mut before = f.toks.start.checked_sub(1);
    if before.is_some_and(|b| scan.is_punct(b, ".")) {
        before = before.and_then(|b| b.checked_sub(1));
    }
    if before.is_some_and(|b| scan.key(b) == "in") {
        before = before.and_then(|b| b.checked_sub(1));
    }
    before.is_some_and(|b| {
        crate::lexicon::lexicon()
            .founding_words()
            .contains(scan.key(b))
    })
}

/// The report's first full date: its dateline or publication date, else the first date
/// written with day, month and year.
fn reference_date(
    mentions: &[Mention],
    hints: &[DateValue],
    founding: &[usize],
) -> Option<DateValue> {
    let is_full = |d: &DateValue| d.year.is_some() && d.month.is_some() && d.day.is_some();
    let own = mentions
        .iter()
        .filter(|m| !founding.contains(&m.span.start));
    let written = own.filter_map(|m| match &m.detail {
        Detail::Date(d) if is_full(d) && !d.year_inferred => Some(d.clone()),
        _ => None,
    });
    hints
        .iter()
        .filter(|d| is_full(d))
        .cloned()
        .chain(written)
        .next()
}

/// Give month-and-day dates the year of `reference`, stepping a year back or forward across
/// the new year ("Dec. 30" in a report dated 2 January is the previous December).
pub(super) fn infer_years(mentions: &mut [Mention], reference: &DateValue) {
    let (Some(year), Some(month)) = (reference.year, reference.month) else {
        return;
    };
    for m in mentions {
        if let Detail::Date(d) = &mut m.detail {
            if let (None, Some(dm)) = (d.year, d.month) {
                let shift = if i32::from(dm) - i32::from(month) > 6 {
                    -1
                } else if i32::from(month) - i32::from(dm) > 6 {
                    1
                } else {
                    0
                };
                d.year = Some(year + shift);
                d.year_inferred = true;
            }
        }
    }
}
