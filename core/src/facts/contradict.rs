//! Contradictions: one slot given two values.
//!
//! The slot is found in corresponding sentences (rows of the sentence alignment): the weekday
//! or date of the same event, the figure for the same thing counted, the place of the same
//! kind of event. Values that can agree are paired first, so a sentence that also dates
//! another event ("met Monday; the Florida talks were on Sunday") contradicts nothing.
//! Two slots are recognised without the alignment, because the value itself names the slot:
//! the speaker of the same quotation, and a figure whose noun phrase ("patrol boats") each
//! report uses exactly once.

use super::calendar::DateValue;
use super::mention::{places_related, Detail, Mention};
use super::numbers::Quantity;
use super::quotes::Speaker;
use super::resolve::{Analysis, STATEMENT_WORDS};
use crate::model::FactKind;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

/// A contradiction between two mentions (indices into each report's mentions).
#[derive(Debug, Clone)]
pub(super) struct Contradiction {
    pub kind: FactKind,
    pub left: usize,
    pub right: usize,
    pub about: String,
    /// For a quotation's speaker: the speakers' text and spans instead of the quote's.
    pub speakers: Option<[(String, Range<usize>); 2]>,
}

impl Contradiction {
    /// The same contradiction seen from the other report.
    pub fn mirrored(self) -> Contradiction {
        Contradiction {
            left: self.right,
            right: self.left,
            speakers: self.speakers.map(|[l, r]| [r, l]),
            ..self
        }
    }
}

/// Corresponding sentence groups: (left sentence indices, right sentence indices).
pub(super) type Rows = Vec<(Vec<usize>, Vec<usize>)>;

/// The two reports being compared.
struct Sides<'a> {
    a: &'a Analysis,
    l: usize,
    r: usize,
}

impl Sides<'_> {
    fn left(&self, i: usize) -> &Mention {
        &self.a.mentions[self.l][i]
    }
    fn right(&self, j: usize) -> &Mention {
        &self.a.mentions[self.r][j]
    }
}

/// Find the contradictions between reports `l` and `r` of `a`.
pub(super) fn contradictions(a: &Analysis, l: usize, r: usize, rows: &Rows) -> Vec<Contradiction> {
    let sides = Sides { a, l, r };
    let by_sentence = |mentions: &[Mention]| {
        let mut map: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, m) in mentions.iter().enumerate() {
            map.entry(m.sentence).or_default().push(i);
        }
        map
    };
    let (ls, rs) = (by_sentence(&a.mentions[l]), by_sentence(&a.mentions[r]));
    let gather = |map: &BTreeMap<usize, Vec<usize>>, sentences: &[usize]| -> Vec<usize> {
        sentences
            .iter()
            .filter_map(|s| map.get(s))
            .flatten()
            .copied()
            .collect()
    };
    let mut out = Vec::new();
    let mut numbers_agreed: HashSet<(usize, usize)> = HashSet::new();
    for (left_sentences, right_sentences) in rows {
        let left = gather(&ls, left_sentences);
        let right = gather(&rs, right_sentences);
        if left.is_empty() || right.is_empty() {
            continue;
        }
        dates(&sides, &left, &right, &mut out);
        numbers(&sides, &left, &right, &mut numbers_agreed, &mut out);
        places(&sides, &left, &right, &mut out);
    }
    unique_figures(&sides, &numbers_agreed, &mut out);
    speakers(&sides, &mut out);
    out
}

/// Only day-level values: two reports giving different years for whatever a sentence's
/// "2022" and "2023" refer to is rarely one slot.
fn date_of(m: &Mention) -> Option<&DateValue> {
    match &m.detail {
        Detail::Date(v)
            if v.effective_weekday().is_some() || v.day.is_some() || v.minutes.is_some() =>
        {
            Some(v)
        }
        _ => None,
    }
}

/// How directly two dates speak to each other: a weekday against a weekday, a day against a
/// day. The contradiction shown is the most direct one ("Tuesday" against "Wednesday", not
/// the dateline's "March 3, 2026" against "Wednesday").
fn directness(x: &DateValue, y: &DateValue) -> u8 {
    u8::from(x.weekday.is_some() && y.weekday.is_some()) * 2
        + u8::from(x.day.is_some() && y.day.is_some()) * 2
        + u8::from(x.minutes.is_some() && y.minutes.is_some())
}

fn dates(s: &Sides, left: &[usize], right: &[usize], out: &mut Vec<Contradiction>) {
    let ld: Vec<usize> = left
        .iter()
        .copied()
        .filter(|&i| date_of(s.left(i)).is_some())
        .collect();
    let rd: Vec<usize> = right
        .iter()
        .copied()
        .filter(|&j| date_of(s.right(j)).is_some())
        .collect();
    let event = |m: &Mention| m.event.clone().unwrap_or_default();
    let same_event = |i: usize, j: usize| event(s.left(i)).may_be_same(&event(s.right(j)));
    let value = |m: &Mention| date_of(m).cloned().unwrap_or_default();
    // First pair the values that agree: those mentions contradict nothing.
    let mut left_done: HashSet<usize> = HashSet::new();
    let mut right_done: HashSet<usize> = HashSet::new();
    for &i in &ld {
        for &j in &rd {
            let agree = s.a.ids[s.l][i] == s.a.ids[s.r][j]
                || value(s.left(i)).compatible(&value(s.right(j)));
            if agree && same_event(i, j) {
                left_done.insert(i);
                right_done.insert(j);
            }
        }
    }
    let mut candidates: Vec<(u8, usize, usize)> = Vec::new();
    for &i in ld.iter().filter(|i| !left_done.contains(i)) {
        for &j in rd.iter().filter(|j| !right_done.contains(j)) {
            let (x, y) = (value(s.left(i)), value(s.right(j)));
            if x.contradicts(&y) && same_event(i, j) {
                candidates.push((directness(&x, &y), i, j));
            }
        }
    }
    candidates.sort_by_key(|&(d, i, j)| (std::cmp::Reverse(d), i, j));
    for (_, i, j) in candidates {
        if left_done.contains(&i) || right_done.contains(&j) {
            continue;
        }
        left_done.insert(i);
        right_done.insert(j);
        out.push(Contradiction {
            kind: FactKind::Date,
            left: i,
            right: j,
            about: event(s.left(i)).describe_pair(&event(s.right(j))),
            speakers: None,
        });
    }
}

fn quantity(m: &Mention) -> Option<&Quantity> {
    match &m.detail {
        Detail::Number(q) if q.slot().is_some() => Some(q),
        _ => None,
    }
}

fn same_slot(x: &Quantity, y: &Quantity) -> bool {
    x.slot() == y.slot() && x.ordinal == y.ordinal
}

fn about_figure(x: &Quantity) -> String {
    let phrase = if x.phrase.is_empty() {
        format!("{}s", x.slot().unwrap_or("item"))
    } else {
        x.phrase.clone()
    };
    match (&x.unit, x.ordinal) {
        (_, true) => format!("which {phrase}"),
        (Some(unit), false) if !x.phrase.is_empty() && x.compound => {
            format!("the {unit}s of the {phrase}")
        }
        _ => format!("the number of {phrase}"),
    }
}

fn numbers(
    s: &Sides,
    left: &[usize],
    right: &[usize],
    agreed: &mut HashSet<(usize, usize)>,
    out: &mut Vec<Contradiction>,
) {
    let mut right_done: HashSet<usize> = HashSet::new();
    for &i in left {
        let Some(x) = quantity(s.left(i)) else {
            continue;
        };
        let slot: Vec<usize> = right
            .iter()
            .copied()
            .filter(|&j| quantity(s.right(j)).is_some_and(|y| same_slot(x, y)))
            .collect();
        if let Some(&j) = slot
            .iter()
            .find(|&&j| quantity(s.right(j)).is_some_and(|y| !x.disagrees(y)))
        {
            agreed.insert((i, j));
            continue;
        }
        let left_agrees_elsewhere = |j: usize| {
            left.iter().any(|&k| {
                quantity(s.left(k))
                    .zip(quantity(s.right(j)))
                    .is_some_and(|(p, q)| same_slot(p, q) && !p.disagrees(q))
            })
        };
        if let Some(&j) = slot
            .iter()
            .find(|&&j| !right_done.contains(&j) && !left_agrees_elsewhere(j))
        {
            right_done.insert(j);
            agreed.insert((i, j));
            out.push(Contradiction {
                kind: FactKind::Number,
                left: i,
                right: j,
                about: about_figure(x),
                speakers: None,
            });
        }
    }
}

/// Words too general to name a slot on their own ("3 people", "2 years").
const GENERIC_NOUNS: &[&str] = &[
    "people", "person", "year", "month", "week", "day", "hour", "minute", "time", "percent",
    "member", "country", "official", "leader", "side", "part", "way", "thing", "one", "other",
];

/// A figure whose noun phrase each report uses exactly once names its slot even when the two
/// sentences are not aligned: "40 patrol boats" against "35 patrol boats".
fn unique_figures(s: &Sides, agreed: &HashSet<(usize, usize)>, out: &mut Vec<Contradiction>) {
    let phrase_key = |q: &Quantity| {
        let words: Vec<String> = q
            .phrase
            .split_whitespace()
            .map(|w| super::numbers::singular(&super::canon::key(w)))
            .collect();
        let specific = q
            .noun
            .as_deref()
            .is_some_and(|n| !GENERIC_NOUNS.contains(&n));
        (specific && !q.phrase.is_empty() && q.unit.is_none()).then(|| (words.join(" "), q.ordinal))
    };
    let index = |doc: usize| {
        let mut map: HashMap<(String, bool), Vec<usize>> = HashMap::new();
        for (i, m) in s.a.mentions[doc].iter().enumerate() {
            if let Some(k) = quantity(m).and_then(phrase_key) {
                map.entry(k).or_default().push(i);
            }
        }
        map
    };
    let (li, ri) = (index(s.l), index(s.r));
    let taken: HashSet<usize> = out
        .iter()
        .filter(|c| c.kind == FactKind::Number)
        .map(|c| c.left)
        .collect();
    let taken_right: HashSet<usize> = out
        .iter()
        .filter(|c| c.kind == FactKind::Number)
        .map(|c| c.right)
        .collect();
    let mut found: Vec<Contradiction> = Vec::new();
    for (k, lv) in &li {
        let Some(rv) = ri.get(k) else { continue };
        let (&[i], &[j]) = (lv.as_slice(), rv.as_slice()) else {
            continue;
        };
        if taken.contains(&i) || taken_right.contains(&j) || agreed.contains(&(i, j)) {
            continue;
        }
        let (Some(x), Some(y)) = (quantity(s.left(i)), quantity(s.right(j))) else {
            continue;
        };
        if x.disagrees(y) {
            found.push(Contradiction {
                kind: FactKind::Number,
                left: i,
                right: j,
                about: about_figure(x),
                speakers: None,
            });
        }
    }
    found.sort_by_key(|c| c.left);
    out.extend(found);
}

fn places(s: &Sides, left: &[usize], right: &[usize], out: &mut Vec<Contradiction>) {
    let entity = |m: &Mention| match &m.detail {
        Detail::Place(e) if !e.demonym => Some(e.clone()),
        _ => None,
    };
    let lp: Vec<usize> = left
        .iter()
        .copied()
        .filter(|&i| entity(s.left(i)).is_some())
        .collect();
    let rp: Vec<usize> = right
        .iter()
        .copied()
        .filter(|&j| entity(s.right(j)).is_some())
        .collect();
    let any_related = lp.iter().any(|&i| {
        rp.iter().any(|&j| {
            entity(s.left(i))
                .zip(entity(s.right(j)))
                .is_some_and(|(x, y)| places_related(&x, &y))
        })
    });
    if any_related {
        return;
    }
    let event_noun = |m: &Mention| m.event.as_ref().and_then(|e| e.noun.clone());
    for &i in &lp {
        let Some(noun) = event_noun(s.left(i)) else {
            continue;
        };
        if let Some(&j) = rp
            .iter()
            .find(|&&j| event_noun(s.right(j)).as_deref() == Some(noun.as_str()))
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
fn speakers(s: &Sides, out: &mut Vec<Contradiction>) {
    let (lm, rm) = (&s.a.mentions[s.l], &s.a.mentions[s.r]);
    let speaker_of = |m: &Mention| -> Option<Speaker> {
        match &m.detail {
            Detail::Quote(q) if q.words.len() >= STATEMENT_WORDS => q.speaker.clone(),
            _ => None,
        }
    };
    let mut seen: HashSet<usize> = HashSet::new();
    for (i, m) in lm.iter().enumerate() {
        let id = s.a.ids[s.l][i];
        let Some(ls) = speaker_of(m) else { continue };
        if !seen.insert(id) {
            continue;
        }
        let right_speakers: Vec<(usize, Speaker)> = (0..rm.len())
            .filter(|&j| s.a.ids[s.r][j] == id)
            .filter_map(|j| speaker_of(&rm[j]).map(|sp| (j, sp)))
            .collect();
        let left_labels: HashSet<String> = (0..lm.len())
            .filter(|&k| s.a.ids[s.l][k] == id)
            .filter_map(|k| speaker_of(&lm[k]))
            .map(|sp| sp.label)
            .collect();
        let Some((j, rs)) = right_speakers.first().cloned() else {
            continue;
        };
        if right_speakers
            .iter()
            .any(|(_, sp)| left_labels.contains(&sp.label))
        {
            continue;
        }
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
