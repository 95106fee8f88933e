//! Two reports' facts side by side: corroborated, single-sourced, or contradicted.
//!
//! A contradiction is one slot given two values in corresponding sentences (rows of the
//! sentence alignment): the weekday or date of the same event, the figure for the same thing
//! counted, the place of the same kind of event, or the speaker of the same quotation. Values
//! that can agree are paired first, so a sentence that also dates another event ("met Monday;
//! the Florida talks were on Sunday") contradicts nothing.

use super::mention::{places_related, Detail, Mention};
use super::resolve::{same_quote, Analysis, STATEMENT_WORDS};
use crate::model::{Fact, FactKind, FactStatus, Side};
use std::collections::{BTreeMap, HashSet};

/// A contradiction between two mentions (indices into each report's mentions).
#[derive(Debug, Clone)]
pub(super) struct Contradiction {
    pub kind: FactKind,
    pub left: usize,
    pub right: usize,
    pub about: String,
    /// For a quotation's speaker: the speakers' text and spans instead of the quote's.
    pub speakers: Option<[(String, std::ops::Range<usize>); 2]>,
}

/// Corresponding sentence groups: (left sentence indices, right sentence indices).
pub(super) type Rows = Vec<(Vec<usize>, Vec<usize>)>;

/// Find the contradictions between reports `l` and `r` of `analysis`.
pub(super) fn contradictions(a: &Analysis, l: usize, r: usize, rows: &Rows) -> Vec<Contradiction> {
    let (lm, rm) = (&a.mentions[l], &a.mentions[r]);
    let by_sentence = |mentions: &[Mention]| {
        let mut map: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, m) in mentions.iter().enumerate() {
            map.entry(m.sentence).or_default().push(i);
        }
        map
    };
    let (ls, rs) = (by_sentence(lm), by_sentence(rm));
    let gather = |map: &BTreeMap<usize, Vec<usize>>, sentences: &[usize]| -> Vec<usize> {
        sentences
            .iter()
            .filter_map(|s| map.get(s))
            .flatten()
            .copied()
            .collect()
    };
    let mut out = Vec::new();
    for (left_sentences, right_sentences) in rows {
        let left = gather(&ls, left_sentences);
        let right = gather(&rs, right_sentences);
        if left.is_empty() || right.is_empty() {
            continue;
        }
        dates(a, l, r, &left, &right, &mut out);
        numbers(a, l, r, &left, &right, &mut out);
        places(a, l, r, &left, &right, &mut out);
    }
    speakers(a, l, r, &mut out);
    out
}

fn date_of(m: &Mention) -> Option<&super::calendar::DateValue> {
    match &m.detail {
        // Only day-level values: two reports giving different years for whatever a
        // sentence's "2022" and "2023" refer to is rarely one slot.
        Detail::Date(v)
            if v.effective_weekday().is_some() || v.day.is_some() || v.minutes.is_some() =>
        {
            Some(v)
        }
        _ => None,
    }
}

fn dates(
    a: &Analysis,
    l: usize,
    r: usize,
    left: &[usize],
    right: &[usize],
    out: &mut Vec<Contradiction>,
) {
    let (lm, rm) = (&a.mentions[l], &a.mentions[r]);
    let ld: Vec<usize> = left
        .iter()
        .copied()
        .filter(|&i| date_of(&lm[i]).is_some())
        .collect();
    let rd: Vec<usize> = right
        .iter()
        .copied()
        .filter(|&i| date_of(&rm[i]).is_some())
        .collect();
    let same_event = |i: usize, j: usize| {
        let (x, y) = (
            lm[i].event.clone().unwrap_or_default(),
            rm[j].event.clone().unwrap_or_default(),
        );
        x.may_be_same(&y)
    };
    let mut left_done = vec![false; ld.len()];
    let mut right_done = vec![false; rd.len()];
    for (p, &i) in ld.iter().enumerate() {
        for (q, &j) in rd.iter().enumerate() {
            let agree = a.ids[l][i] == a.ids[r][j]
                || date_of(&lm[i])
                    .zip(date_of(&rm[j]))
                    .is_some_and(|(x, y)| x.compatible(y));
            if agree && same_event(i, j) {
                left_done[p] = true;
                right_done[q] = true;
            }
        }
    }
    for (p, &i) in ld.iter().enumerate() {
        if left_done[p] {
            continue;
        }
        for (q, &j) in rd.iter().enumerate() {
            let differ = date_of(&lm[i])
                .zip(date_of(&rm[j]))
                .is_some_and(|(x, y)| x.contradicts(y));
            if !right_done[q] && differ && same_event(i, j) {
                right_done[q] = true;
                let (le, re) = (
                    lm[i].event.clone().unwrap_or_default(),
                    rm[j].event.clone().unwrap_or_default(),
                );
                let mut about = le.clone();
                if about.noun.is_none() {
                    about.noun = re.noun.clone();
                }
                out.push(Contradiction {
                    kind: FactKind::Date,
                    left: i,
                    right: j,
                    about: about.describe(re.place.as_ref()),
                    speakers: None,
                });
                break;
            }
        }
    }
}

fn numbers(
    a: &Analysis,
    l: usize,
    r: usize,
    left: &[usize],
    right: &[usize],
    out: &mut Vec<Contradiction>,
) {
    let (lm, rm) = (&a.mentions[l], &a.mentions[r]);
    let quantity = |m: &Mention| match &m.detail {
        Detail::Number(q) if q.slot().is_some() => Some(q.clone()),
        _ => None,
    };
    let mut right_done: HashSet<usize> = HashSet::new();
    for &i in left {
        let Some(x) = quantity(&lm[i]) else { continue };
        let same_slot: Vec<usize> = right
            .iter()
            .copied()
            .filter(|&j| {
                quantity(&rm[j]).is_some_and(|y| y.slot() == x.slot() && y.ordinal == x.ordinal)
            })
            .collect();
        if same_slot
            .iter()
            .any(|&j| quantity(&rm[j]).is_some_and(|y| !x.disagrees(&y)))
        {
            continue;
        }
        let other_left_agrees = |j: usize| {
            left.iter().any(|&k| {
                quantity(&lm[k])
                    .zip(quantity(&rm[j]))
                    .is_some_and(|(p, q)| p.slot() == q.slot() && !p.disagrees(&q))
            })
        };
        if let Some(&j) = same_slot
            .iter()
            .find(|&&j| !right_done.contains(&j) && !other_left_agrees(j))
        {
            right_done.insert(j);
            let phrase = if x.phrase.is_empty() {
                format!("{}s", x.slot().unwrap_or("item"))
            } else {
                x.phrase.clone()
            };
            let about = match (&x.unit, x.ordinal) {
                (_, true) => format!("which {phrase}"),
                (Some(unit), false) if !x.phrase.is_empty() => {
                    format!("the {unit}s of the {phrase}")
                }
                _ => format!("the number of {phrase}"),
            };
            out.push(Contradiction {
                kind: FactKind::Number,
                left: i,
                right: j,
                about,
                speakers: None,
            });
        }
    }
}

fn places(
    a: &Analysis,
    l: usize,
    r: usize,
    left: &[usize],
    right: &[usize],
    out: &mut Vec<Contradiction>,
) {
    let (lm, rm) = (&a.mentions[l], &a.mentions[r]);
    let entity = |m: &Mention| match &m.detail {
        Detail::Place(e) if !e.demonym => Some(e.clone()),
        _ => None,
    };
    let (lp, rp): (Vec<usize>, Vec<usize>) = (
        left.iter()
            .copied()
            .filter(|&i| entity(&lm[i]).is_some())
            .collect(),
        right
            .iter()
            .copied()
            .filter(|&j| entity(&rm[j]).is_some())
            .collect(),
    );
    let any_related = lp.iter().any(|&i| {
        rp.iter().any(|&j| {
            entity(&lm[i])
                .zip(entity(&rm[j]))
                .is_some_and(|(x, y)| places_related(&x, &y))
        })
    });
    if any_related {
        return;
    }
    let event_noun = |m: &Mention| m.event.as_ref().and_then(|e| e.noun.clone());
    for &i in &lp {
        let Some(noun) = event_noun(&lm[i]) else {
            continue;
        };
        if let Some(&j) = rp
            .iter()
            .find(|&&j| event_noun(&rm[j]).as_deref() == Some(noun.as_str()))
        {
            out.push(Contradiction {
                kind: FactKind::Place,
                left: i,
                right: j,
                about: format!("where the {noun} took place"),
                speakers: None,
            });
            return;
        }
    }
}

/// The same statement attributed to different people. Short quotes ("constructive") are
/// words anyone may use, so only statements count.
fn speakers(a: &Analysis, l: usize, r: usize, out: &mut Vec<Contradiction>) {
    let (lm, rm) = (&a.mentions[l], &a.mentions[r]);
    let speaker_of = |m: &Mention| match &m.detail {
        Detail::Quote(q) if q.words.len() >= STATEMENT_WORDS => q.speaker.clone(),
        _ => None,
    };
    let mut seen: HashSet<usize> = HashSet::new();
    for (i, m) in lm.iter().enumerate() {
        let id = a.ids[l][i];
        let Some(ls) = speaker_of(m) else { continue };
        if seen.contains(&id) {
            continue;
        }
        let right_same: Vec<usize> = (0..rm.len()).filter(|&j| a.ids[r][j] == id).collect();
        let right_speakers: Vec<(usize, super::quotes::Speaker)> = right_same
            .iter()
            .filter_map(|&j| speaker_of(&rm[j]).map(|s| (j, s)))
            .collect();
        let left_labels: HashSet<String> = (0..lm.len())
            .filter(|&k| a.ids[l][k] == id)
            .filter_map(|k| speaker_of(&lm[k]))
            .map(|s| s.label)
            .collect();
        if right_speakers.is_empty()
            || right_speakers
                .iter()
                .any(|(_, s)| left_labels.contains(&s.label))
        {
            continue;
        }
        seen.insert(id);
        let (j, rs) = right_speakers[0].clone();
        let words: Vec<&str> = match &m.detail {
            Detail::Quote(q) => q.text.split_whitespace().take(6).collect(),
            _ => Vec::new(),
        };
        out.push(Contradiction {
            kind: FactKind::Quote,
            left: i,
            right: j,
            about: format!("who said “{}…”", words.join(" ")),
            speakers: Some([(ls.written, ls.span), (rs.written, rs.span)]),
        });
    }
}

/// The facts of the pair, sorted: contradictions first, then by kind, corroborated before
/// single-sourced, then in reading order.
///
/// Each contradiction of a date, number or place is one fact of its own, labelled with its
/// slot ("the Paris meeting"), holding the two clashing mentions; those mentions leave the
/// facts of their values, so "1 contradicted" in the header means one contradiction. A
/// quotation with two speakers stays one fact, marked contradicted.
pub(super) fn facts(
    a: &Analysis,
    l: usize,
    r: usize,
    contradictions: &[Contradiction],
) -> Vec<Fact> {
    let slot_conflicts: Vec<&Contradiction> = contradictions
        .iter()
        .filter(|c| c.speakers.is_none())
        .collect();
    let taken_left: HashSet<usize> = slot_conflicts.iter().map(|c| c.left).collect();
    let taken_right: HashSet<usize> = slot_conflicts.iter().map(|c| c.right).collect();
    let speaker_notes: BTreeMap<usize, String> = contradictions
        .iter()
        .filter_map(|c| {
            let [(ls, _), (rs, _)] = c.speakers.as_ref()?;
            Some((
                a.ids[l][c.left],
                format!("attributed differently: left to {ls}, right to {rs}"),
            ))
        })
        .collect();
    let mut out: Vec<Fact> = slot_conflicts
        .iter()
        .map(|c| {
            let (lm, rm) = (&a.mentions[l][c.left], &a.mentions[r][c.right]);
            Fact {
                kind: c.kind,
                label: c.about.clone(),
                status: FactStatus::Conflict,
                left: vec![written(lm)],
                right: vec![written(rm)],
                left_spans: vec![lm.span.clone()],
                right_spans: vec![rm.span.clone()],
                note: format!("Left: {} — Right: {}", written(lm), written(rm)),
            }
        })
        .collect();
    let mut order: Vec<usize> = Vec::new();
    let mut sides: BTreeMap<usize, [Vec<usize>; 2]> = BTreeMap::new();
    for (side, doc, taken) in [(0, l, &taken_left), (1, r, &taken_right)] {
        for (i, &id) in a.ids[doc].iter().enumerate() {
            if taken.contains(&i) {
                continue;
            }
            let entry = sides.entry(id).or_insert_with(|| {
                order.push(id);
                [Vec::new(), Vec::new()]
            });
            entry[side].push(i);
        }
    }
    let mut facts: Vec<(usize, Fact)> = order
        .iter()
        .enumerate()
        .map(|(rank, &id)| {
            let [left, right] = &sides[&id];
            let status = if speaker_notes.contains_key(&id) {
                FactStatus::Conflict
            } else {
                match (left.is_empty(), right.is_empty()) {
                    (false, false) => FactStatus::Shared,
                    (false, true) => FactStatus::LeftOnly,
                    _ => FactStatus::RightOnly,
                }
            };
            let forms = |doc: usize, list: &[usize]| {
                let mut forms: Vec<String> = Vec::new();
                for &i in list {
                    let written = written(&a.mentions[doc][i]);
                    if !forms.contains(&written) {
                        forms.push(written);
                    }
                }
                forms
            };
            let note = speaker_notes
                .get(&id)
                .cloned()
                .unwrap_or_else(|| note(a, l, r, left, right));
            let fact = Fact {
                kind: a.facts[id].kind,
                label: a.facts[id].label.clone(),
                status,
                left: forms(l, left),
                right: forms(r, right),
                left_spans: left
                    .iter()
                    .map(|&i| a.mentions[l][i].span.clone())
                    .collect(),
                right_spans: right
                    .iter()
                    .map(|&i| a.mentions[r][i].span.clone())
                    .collect(),
                note,
            };
            (rank, fact)
        })
        .collect();
    facts.sort_by_key(|(rank, f)| (f.status != FactStatus::Conflict, f.kind, f.status, *rank));
    out.extend(facts.into_iter().map(|(_, f)| f));
    out
}

/// The mention as written in its report.
fn written(m: &Mention) -> String {
    m.text.clone()
}

/// How the two sides' versions differ, when they are not word for word the same.
fn note(a: &Analysis, l: usize, r: usize, left: &[usize], right: &[usize]) -> String {
    let (Some(&i), Some(&j)) = (left.first(), right.first()) else {
        return String::new();
    };
    match (&a.mentions[l][i].detail, &a.mentions[r][j].detail) {
        (Detail::Quote(x), Detail::Quote(y)) => quote_note(x, y),
        (Detail::Number(x), Detail::Number(y)) if x.hedge != y.hedge => format!(
            "left says {}, right says {}",
            x.hedge.as_deref().unwrap_or("exactly"),
            y.hedge.as_deref().unwrap_or("exactly")
        ),
        _ => String::new(),
    }
}

fn quote_note(x: &super::quotes::QuoteDetail, y: &super::quotes::QuoteDetail) -> String {
    if x.text == y.text {
        return if x.marks != y.marks {
            format!(
                "same words; quote marks differ ({} on the left, {} on the right)",
                x.marks, y.marks
            )
        } else {
            String::new()
        };
    }
    if x.words == y.words {
        return "same words; punctuation or capitals differ".into();
    }
    let (short, long, shorter_side) = if x.words.len() <= y.words.len() {
        (x, y, Side::Left)
    } else {
        (y, x, Side::Right)
    };
    let side = match shorter_side {
        Side::Left => "left",
        Side::Right => "right",
    };
    let n = short.words.len();
    if let Some(at) = long
        .words
        .windows(n)
        .position(|w| w == short.words.as_slice())
    {
        let before = long.words[..at].join(" ");
        let after = long.words[at + n..].join(" ");
        let mut cut = Vec::new();
        if !before.is_empty() {
            cut.push(format!("“{before} …”"));
        }
        if !after.is_empty() {
            cut.push(format!("“… {after}”"));
        }
        return format!(
            "the {side} quote is trimmed: it leaves out {}",
            cut.join(" and ")
        );
    }
    if same_quote(&x.words, &y.words) {
        return format!("wording differs: left “{}”, right “{}”", x.text, y.text);
    }
    String::new()
}
