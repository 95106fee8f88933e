//! Dates: the weekday, date or time of one event, in corresponding sentences or in any two
//! that pin the event down the same way; and a bare year after the same word.

use super::{Contradiction, Sides};
use crate::facts::calendar::DateValue;
use crate::facts::mention::Detail;
use crate::facts::mention::{Event, Mention};
use crate::model::FactKind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

/// Only day-level values: two reports giving different years for whatever a sentence's
/// "2022" and "2023" refer to is rarely one slot.
/// A dateline's date has no event: it is when the report was filed.
fn date_of(m: &Mention) -> Option<&DateValue> {
    match &m.detail {
        Detail::Date(v)
            if m.event.is_some()
                && (v.effective_weekday().is_some()
                    || v.day.is_some()
                    || v.minutes.is_some()
                    || v.period.is_some()) =>
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

pub(super) fn paired(s: &Sides, left: &[usize], right: &[usize], out: &mut Vec<Contradiction>) {
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
    // Two clashing days name one event's day when a clause says what the event was ("met",
    // "talks", "signed"), or when both sentences lead up to the date in the same words ("the
    // ferry left the harbour on"): "the results of Thursday's polls" against "counting ended
    // on Sunday" are two days of one story, not one day given twice. Clock times are one
    // event's time on their own.
    let one_slot = |i: usize, j: usize| {
        let (x, y) = (event(s.left(i)), event(s.right(j)));
        let clock = value(s.left(i)).minutes.is_some() && value(s.right(j)).minutes.is_some();
        x.noun.is_some() || y.noun.is_some() || clock || x.same_frame(&y)
    };
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
            if x.contradicts(&y) && same_event(i, j) && one_slot(i, j) {
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
            about: about_day(&event(s.left(i)), &event(s.right(j))),
            speakers: None,
        });
    }
}

/// What a clashing day is the day of: the event's name when a clause gives one ("the Paris
/// meeting"), else the words both reports lead up to it with ("when “The ferry left the
/// harbour”").
fn about_day(x: &Event, y: &Event) -> String {
    match (
        &x.frame,
        x.noun.is_none() && y.noun.is_none() && x.same_frame(y),
    ) {
        (Some(frame), true) => format!("when “{frame}”"),
        _ => x.describe_pair(y),
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
pub(super) fn years(s: &Sides, left: &[usize], right: &[usize], out: &mut Vec<Contradiction>) {
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
fn about_year(preposition: &str, x: &Event, y: &Event) -> String {
    if x.noun.is_some() || y.noun.is_some() {
        x.describe_pair(y)
    } else {
        format!("the year given after “{preposition}”")
    }
}

fn event_family(noun: &str) -> &str {
    if crate::lexicon::lexicon().encounter_events().contains(noun) {
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
pub(super) fn unaligned(s: &Sides, out: &mut Vec<Contradiction>) {
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
fn place_key(p: &crate::facts::mention::Entity) -> String {
    match p.gazetteer.and_then(crate::facts::gazetteer::city_of) {
        Some(city) => crate::facts::canon::key(crate::facts::gazetteer::entry(city).label),
        None => p.key.clone(),
    }
}

/// A weekday written beside its own date ("on Wednesday (Oct. 30)") that the calendar puts
/// on another day: the report contradicts itself, and another report that dates the same
/// event to the date's true weekday ("Thursday's talks") contradicts the written weekday —
/// even across sentences the alignment left apart, since the date pins the event down.
pub(super) fn misdated(s: &Sides, out: &mut Vec<Contradiction>) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (mine, theirs, on_left) in [(s.l, s.r, true), (s.r, s.l, false)] {
        let mentions = &s.a.mentions[mine];
        for (k, m) in mentions.iter().enumerate() {
            let Some(written) = date_of(m).and_then(|v| v.weekday) else {
                continue;
            };
            let Some(true_day) = own_date(mentions, k) else {
                continue;
            };
            if true_day == written {
                continue;
            }
            let noun = |m: &Mention| m.event.as_ref().and_then(|e| e.noun.clone());
            let same_kind = |other: &Mention| match (noun(m), noun(other)) {
                (Some(a), Some(b)) => event_family(&a) == event_family(&b),
                _ => false,
            };
            let partner = s.a.mentions[theirs].iter().position(|other| {
                date_of(other).is_some_and(|v| v.weekday == Some(true_day) && v.day.is_none())
                    && same_kind(other)
                    && m.event
                        .clone()
                        .unwrap_or_default()
                        .may_be_same(&other.event.clone().unwrap_or_default())
            });
            if let Some(j) = partner {
                let pair = if on_left { (k, j) } else { (j, k) };
                let taken = out.iter().any(|c| c.left == pair.0 || c.right == pair.1);
                if !taken && !found.contains(&pair) {
                    found.push(pair);
                }
            }
        }
    }
    found.sort_unstable();
    let event = |m: &Mention| m.event.clone().unwrap_or_default();
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

/// The weekday of the date written with the weekday at `k`: in the same mention
/// ("Wednesday, 30 October 2025"), or in one beside it ("Wednesday (Oct. 30)").
fn own_date(mentions: &[Mention], k: usize) -> Option<u8> {
    let m = &mentions[k];
    let Detail::Date(v) = &m.detail else {
        return None;
    };
    if let Some(day) = v.computed_weekday() {
        return Some(day);
    }
    let next = mentions.get(k + 1)?;
    let Detail::Date(d) = &next.detail else {
        return None;
    };
    let close = next.sentence == m.sentence && next.span.start.saturating_sub(m.span.end) <= 3;
    (close && d.weekday.is_none())
        .then(|| d.computed_weekday())
        .flatten()
}
