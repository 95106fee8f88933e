//! Contradictions: one slot given two values.
//!
//! The slot is found in corresponding sentences (rows of the sentence alignment): the weekday
//! or date of the same event, the figure for the same thing counted, the place of the same
//! kind of event. Values that can agree are paired first, so a sentence that also dates
//! another event ("met Monday; the Florida talks were on Sunday") contradicts nothing.
//! Bare years count in corresponding sentences when each gives one, after the same word ("by
//! 2029" against "by 2030").
//!
//! Some slots are recognised without the alignment. The value itself names the slot for the
//! speaker of the same quotation, and for a figure whose noun phrase ("patrol boats") each
//! report uses exactly once. And reports written independently rarely have their sentences
//! aligned, so the date of one event is also compared across sentences that did not
//! correspond, when both sentences pin the event down the same way ([`unaligned_dates`]).

use super::calendar::DateValue;
use super::mention::{places_related, Detail, Mention};
use super::numbers::Quantity;
use super::quotes::Speaker;
use super::resolve::{Analysis, STATEMENT_WORDS};
use crate::model::FactKind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
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
    let mut numbers_agreed: HashSet<(usize, usize)> = HashSet::default();
    for (left_sentences, right_sentences) in rows {
        let left = gather(&ls, left_sentences);
        let right = gather(&rs, right_sentences);
        if left.is_empty() || right.is_empty() {
            continue;
        }
        dates(&sides, &left, &right, &mut out);
        years(&sides, &left, &right, &mut out);
        numbers(&sides, &left, &right, &mut numbers_agreed, &mut out);
        places(&sides, &left, &right, &mut out);
    }
    unaligned_dates(&sides, &mut out);
    unique_figures(&sides, &numbers_agreed, &mut out);
    speakers(&sides, &mut out);
    out
}

/// Only day-level values: two reports giving different years for whatever a sentence's
/// "2022" and "2023" refer to is rarely one slot.
/// A dateline's date has no event: it is when the report was filed.
fn date_of(m: &Mention) -> Option<&DateValue> {
    match &m.detail {
        Detail::Date(v)
            if m.event.is_some()
                && (v.effective_weekday().is_some() || v.day.is_some() || v.minutes.is_some()) =>
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
    let mut left_done: HashSet<usize> = HashSet::default();
    let mut right_done: HashSet<usize> = HashSet::default();
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

/// A bare year ("2029"), with the word in front of it.
fn year_of(m: &Mention) -> Option<(i32, &str)> {
    match (&m.detail, &m.event) {
        (Detail::Date(v), Some(e)) if date_of(m).is_none() && v.relative.is_none() => {
            Some((v.year?, e.preposition.as_deref()?))
        }
        _ => None,
    }
}

/// Bare years in corresponding sentences: "by 2029" against "by 2030" is one deadline given
/// twice. Only when each side gives exactly one year after the same word, so that "since
/// 2022 … by 2030" against "by 2030" pairs nothing wrongly.
fn years(s: &Sides, left: &[usize], right: &[usize], out: &mut Vec<Contradiction>) {
    let ly: Vec<usize> = left
        .iter()
        .copied()
        .filter(|&i| year_of(s.left(i)).is_some())
        .collect();
    let ry: Vec<usize> = right
        .iter()
        .copied()
        .filter(|&j| year_of(s.right(j)).is_some())
        .collect();
    let (&[i], &[j]) = (ly.as_slice(), ry.as_slice()) else {
        return;
    };
    let (Some((x, px)), Some((y, py))) = (year_of(s.left(i)), year_of(s.right(j))) else {
        return;
    };
    let event = |m: &Mention| m.event.clone().unwrap_or_default();
    if x != y && px == py && event(s.left(i)).may_be_same(&event(s.right(j))) {
        out.push(Contradiction {
            kind: FactKind::Date,
            left: i,
            right: j,
            about: about_year(px, &event(s.left(i)), &event(s.right(j))),
            speakers: None,
        });
    }
}

/// "the year given after “by”", or the event's name when the clause has one.
fn about_year(preposition: &str, x: &super::mention::Event, y: &super::mention::Event) -> String {
    if x.noun.is_some() || y.noun.is_some() {
        x.describe_pair(y)
    } else {
        format!("the year given after “{preposition}”")
    }
}

/// Event words that name one encounter from either side: a report that says the leaders
/// "met" and one that says the president "arrived" for "talks" describe the same day.
const ENCOUNTER: &[&str] = &[
    "meeting",
    "talks",
    "discussions",
    "summit",
    "visit",
    "conference",
];

fn event_family(noun: &str) -> &str {
    if ENCOUNTER.contains(&noun) {
        "encounter"
    } else {
        noun
    }
}

/// Dates of one event in sentences the alignment did not pair.
///
/// Two dated sentences describe the same event when everything that pins an event down
/// agrees: the same kind of event (a meeting, talks, a visit are one encounter), the same
/// place named on both sides (the Élysée counts as Paris), and the people in it — two
/// people named in both sentences, or one when the event word is the same. Each side's
/// dates for that event are weighed together: if a date on one side agrees with one on the
/// other, the reports agree about it (one may give the day of an arrival, the other that of
/// the talks); otherwise the most direct pair of values is one contradiction, so a report
/// that repeats "Sunday" three times is contradicted once.
fn unaligned_dates(s: &Sides, out: &mut Vec<Contradiction>) {
    let people = |doc: usize| {
        let mut by_sentence: HashMap<usize, Vec<usize>> = HashMap::default();
        for (k, m) in s.a.mentions[doc].iter().enumerate() {
            if m.kind == FactKind::Person {
                let ids = by_sentence.entry(m.sentence).or_default();
                let id = s.a.ids[doc][k];
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        by_sentence
    };
    let (lp, rp) = (people(s.l), people(s.r));
    // Dates that can name an event — a day, placed, with an event word and someone in it —
    // bucketed by the kind of event and the city (or place) where it was.
    let buckets = |doc: usize, by_sentence: &HashMap<usize, Vec<usize>>| {
        let mut map: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
        for (k, m) in s.a.mentions[doc].iter().enumerate() {
            let Some(e) = m.event.as_ref().filter(|_| date_of(m).is_some()) else {
                continue;
            };
            let Some(noun) = e.noun.as_deref() else {
                continue;
            };
            if !by_sentence.contains_key(&m.sentence) {
                continue;
            }
            let mut places: Vec<String> = e.place.iter().chain(&e.also).map(place_key).collect();
            places.sort();
            places.dedup();
            for p in places {
                map.entry((event_family(noun).to_string(), p))
                    .or_default()
                    .push(k);
            }
        }
        map
    };
    let (lb, rb) = (buckets(s.l, &lp), buckets(s.r, &rp));
    let taken_left: HashSet<usize> = out.iter().map(|c| c.left).collect();
    let taken_right: HashSet<usize> = out.iter().map(|c| c.right).collect();
    let noun = |m: &Mention| m.event.as_ref().and_then(|e| e.noun.clone());
    let shared_people = |i: usize, j: usize| {
        let theirs = &rp[&s.right(j).sentence];
        lp[&s.left(i).sentence]
            .iter()
            .filter(|id| theirs.contains(id))
            .count()
    };
    let same_event = |i: usize, j: usize| {
        let shared = shared_people(i, j);
        shared >= 2 || (shared == 1 && noun(s.left(i)) == noun(s.right(j)))
    };
    let value = |m: &Mention| date_of(m).cloned().unwrap_or_default();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (bucket, left) in &lb {
        let Some(right) = rb.get(bucket) else {
            continue;
        };
        // A place where a report dates dozens of events is not one event's place.
        if left.len() > MAX_EVENT_DATES || right.len() > MAX_EVENT_DATES {
            continue;
        }
        let pairs: Vec<(usize, usize)> = left
            .iter()
            .flat_map(|&i| right.iter().map(move |&j| (i, j)))
            .filter(|&(i, j)| same_event(i, j))
            .collect();
        let agree = pairs.iter().any(|&(i, j)| {
            s.a.ids[s.l][i] == s.a.ids[s.r][j] || value(s.left(i)).compatible(&value(s.right(j)))
        });
        if agree {
            continue;
        }
        let best = pairs
            .iter()
            .copied()
            .filter(|(i, j)| !taken_left.contains(i) && !taken_right.contains(j))
            .filter_map(|(i, j)| {
                let (x, y) = (value(s.left(i)), value(s.right(j)));
                x.contradicts(&y)
                    .then(|| (std::cmp::Reverse(directness(&x, &y)), i, j))
            })
            .min();
        if let Some((_, i, j)) = best {
            if !found.iter().any(|&(a, b)| a == i || b == j) {
                found.push((i, j));
            }
        }
    }
    let event = |m: &Mention| m.event.clone().unwrap_or_default();
    found.sort();
    for (i, j) in found {
        out.push(Contradiction {
            kind: FactKind::Date,
            left: i,
            right: j,
            about: event(s.left(i)).describe_pair(&event(s.right(j))),
            speakers: None,
        });
    }
}

/// More dates than this for one kind of event in one place, on one side, and they are not
/// one event.
const MAX_EVENT_DATES: usize = 12;

/// A place as the city it is in, when the gazetteer knows it (the Élysée is in Paris).
fn place_key(p: &super::mention::Entity) -> String {
    match p.gazetteer.and_then(super::gazetteer::city_of) {
        Some(city) => super::canon::key(super::gazetteer::entry(city).label),
        None => p.key.clone(),
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
    // A share or a sum is named by what it is, not counted: "the percentage", not "the
    // number of percents".
    let whole = match x.unit.as_deref() {
        Some("percent") => Some("percentage"),
        Some("dollar" | "euro" | "pound") => Some("amount"),
        _ => None,
    };
    if let Some(whole) = whole {
        return if x.phrase.is_empty() {
            format!("the {whole}")
        } else {
            format!("the {whole} for the {}", x.phrase)
        };
    }
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
    let mut right_done: HashSet<usize> = HashSet::default();
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
        let mut map: HashMap<(String, bool), Vec<usize>> = HashMap::default();
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
    let mut seen: HashSet<usize> = HashSet::default();
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
