//! Names: runs of capitalised words, cut into gazetteer places and organisations, title cues
//! ("President", "Secretary of State", "special envoy") and the names they introduce.
//!
//! A run like "U.K. Prime Minister Keir Starmer" becomes the place United Kingdom, the title
//! "prime minister" and the person Keir Starmer; "National Security and Defense Council
//! Secretary Rustem Umerov" an organisation, a title and a person. Lone capitalised words
//! ("Macron stressed …") are left as candidates: they are people only if someone of that
//! surname is named somewhere (see [`super::resolve`]).

use super::canon::key;
use super::gazetteer::{self, EntryKind};
use super::lex::TokKind;
use super::mention::{Detail, Entity, PersonName};
use super::name_words::*;
use super::scan::{Found, Scan, What};
use crate::lexicon::lexicon;
use crate::model::FactKind;
use std::ops::Range;

#[cfg(test)]
mod tests;

fn titles() -> &'static super::phrases::Phrases {
    static TABLE: std::sync::OnceLock<super::phrases::Phrases> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| super::phrases::Phrases::new(title_list()))
}

/// One piece of a run.
#[derive(Debug, Clone)]
enum Piece {
    Known(gazetteer::Hit, Range<usize>),
    Title(String),
    Plain(Range<usize>),
}

/// Find the names in the sentence: people, places, organisations, and candidates.
pub(super) fn find(scan: &mut Scan, out: &mut Vec<Found>) {
    let mut i = 0;
    while i < scan.len() {
        if !starts_run(scan, i) {
            i += 1;
            continue;
        }
        let units = run_at(scan, i);
        let end = *units.last().expect("invariant: a run has its first word") + 1;
        if let Some(close) = acronym_after(scan, &units, end) {
            // "the Coastal Fisheries Board (CFB)": one organisation, known by both names.
            push_expanded(scan, i..close, end + 1..close - 1, out);
            scan.claim(i..close);
            i = close;
            continue;
        }
        interpret(scan, &units, out);
        scan.claim(i..end);
        i = end;
    }
}

/// The end (after the closing parenthesis) of an acronym in parentheses right after the
/// run ending at `end` that abbreviates it: its first letter is the run's, and the run is not
/// a gazetteer name already ("European Union (EU)" stays the gazetteer's).
fn acronym_after(scan: &Scan, units: &[usize], end: usize) -> Option<usize> {
    if !scan.is_punct(end, "(") || units.len() < 2 || scan.headline {
        return None;
    }
    let acronym = acronym_at(scan, end + 1)?;
    if !scan.is_punct(acronym.end, ")") {
        return None;
    }
    let initial = |s: &str| s.chars().next().map(|c| c.to_ascii_lowercase());
    let first = initial(scan.surface(units[0]));
    let known = gazetteer::lookup(&keys_of(scan, units)).is_some();
    (first == initial(scan.surface(acronym.start)) && !known).then_some(acronym.end + 1)
}

/// An acronym at `i`: a word in capitals, with a joined "-X" part ("KLP", "KLP-N").
fn acronym_at(scan: &Scan, i: usize) -> Option<Range<usize>> {
    if !scan.is_all_caps(i) || scan.surface(i).chars().count() > 6 {
        return None;
    }
    let hyphenated = is_hyphen(scan, i + 1)
        && scan.joined(i + 1)
        && scan.joined(i + 2)
        && scan.is_word(i + 2)
        && scan.surface(i + 2).chars().all(char::is_uppercase);
    Some(if hyphenated { i..i + 3 } else { i..i + 1 })
}

/// An organisation written out with its acronym: labelled by the words, keyed by the
/// acronym, so the acronym alone elsewhere (in this report or another) is the same fact.
fn push_expanded(scan: &Scan, toks: Range<usize>, acronym: Range<usize>, out: &mut Vec<Found>) {
    let words_end = acronym.start - 1;
    let label = scan.text[scan.span(toks.start..words_end)].to_string();
    let entity = Entity {
        key: key(&scan.text[scan.span(acronym)]),
        label,
        gazetteer: None,
        demonym: false,
    };
    out.push(Found {
        toks,
        what: What::Fact(FactKind::Organization, Detail::Organization(entity)),
        event: None,
    });
}

/// True when an acronym at `w` is used as a body of people: "the KLP", "KLP's", "KLP
/// leader", "KLP-backed", "KLP supporters". Unknown acronyms are otherwise left undecided.
fn acronym_is_body(scan: &Scan, w: &Range<usize>) -> bool {
    let after = w.end;
    // "the KLP is", "the KLP said": a body; "the VIP lounge": a modifier, nothing said.
    let next_is_modified = scan.is_word(after)
        && !scan.is_capitalised(after)
        && !lexicon().stop_words().contains(scan.key(after));
    let the_before =
        w.start > 0 && scan.key(w.start - 1) == "the" && scan.is_word(after) && !next_is_modified;
    let possessive = scan.kind(after) == Some(TokKind::Possessive);
    let cue_word = |i: usize| {
        scan.is_word(i)
            && (lexicon().acronym_cues().contains(scan.key(i))
                || roles().contains(scan.key(i))
                || titles().longest_at(i, |k| scan.key(k)).is_some())
    };
    let cue =
        cue_word(after) || (is_hyphen(scan, after) && scan.joined(after) && cue_word(after + 1));
    let not_a_title = titles().longest_at(w.start, |k| scan.key(k)).is_none();
    not_a_title && (the_before || possessive || cue)
}

/// A company by how the sentence speaks of it: "Northwind's shares", "Northwind's
/// shareholders", "shares of Northwind".
fn company_cue(scan: &Scan, first: usize, last: usize) -> bool {
    let possessive = scan.kind(last) == Some(TokKind::Possessive)
        && lexicon().company_cues().contains(scan.key(last + 1));
    let shares_of = first >= 2
        && matches!(scan.key(first - 1), "of" | "in")
        && matches!(scan.key(first - 2), "shares" | "stake");
    possessive || shares_of
}

fn is_name_word(scan: &Scan, i: usize) -> bool {
    !scan.used.get(i).copied().unwrap_or(true) && scan.is_capitalised(i)
}

fn starts_run(scan: &Scan, i: usize) -> bool {
    // "Dr. Welsh", "Mr. Orr": a title on the not-names list still opens a run before a name.
    let opens_title = || {
        titles()
            .longest_at(i, |k| scan.key(k))
            .is_some_and(|(_, n)| n > 1 || is_name_word(scan, i + 1))
    };
    is_name_word(scan, i) && (!not_names().contains(scan.key(i)) || opens_title())
}

/// The word tokens of the run starting at `i` (joiners and particles included, hyphens not).
fn run_at(scan: &Scan, i: usize) -> Vec<usize> {
    let mut units = vec![i];
    let mut j = i + 1;
    loop {
        if is_name_word(scan, j) {
            units.push(j);
            j += 1;
        } else if is_hyphen(scan, j)
            && scan.joined(j)
            && scan.joined(j + 1)
            && is_name_word(scan, j + 1)
        {
            units.push(j + 1);
            j += 2;
        } else if scan.is_word(j)
            && !scan.used[j]
            && particles().contains(scan.key(j))
            && is_hyphen(scan, j + 1)
            && scan.joined(j + 1)
            && scan.joined(j + 2)
            && is_name_word(scan, j + 2)
        {
            // "Omar al-Rashid", "Ahmad bin-Salem": the particle is written onto the name.
            units.extend([j, j + 2]);
            j += 3;
        } else if scan.is_word(j) && !scan.used[j] && is_joiner(scan.key(j)) {
            // Up to two lower-case joiners ("of the") between capitalised words.
            let mut k = j;
            while k < j + 2 && scan.is_word(k) && is_joiner(scan.key(k)) && !scan.is_capitalised(k)
            {
                k += 1;
            }
            if k > j && is_name_word(scan, k) && scan.key(j) != "the" {
                units.extend(j..=k);
                j = k + 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    units
}

/// A hyphen or an en dash inside a name: "Marchetti-Sjöberg" and "Marchetti–Sjöberg" alike.
fn is_hyphen(scan: &Scan, i: usize) -> bool {
    scan.is_punct(i, "-") || scan.is_punct(i, "\u{2013}") || scan.is_punct(i, "\u{2010}")
}

fn is_joiner(k: &str) -> bool {
    joiners().contains(k) || particles().contains(k)
}

fn keys_of(scan: &Scan, units: &[usize]) -> String {
    units
        .iter()
        .map(|&u| scan.key(u))
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_lower_joiner(scan: &Scan, u: usize) -> bool {
    !scan.is_capitalised(u) && is_joiner(scan.key(u))
}

/// Cut a run into pieces and turn the pieces into mentions.
fn interpret(scan: &Scan, units: &[usize], out: &mut Vec<Found>) {
    // A run may hold two joiners in a row ("Ukraine and and Volodymyr", a careless edit), so
    // cutting it at a joiner can leave a piece that starts or ends with one, or nothing at
    // all: a name never starts or ends with a lower-case joiner.
    let first_name = units.iter().position(|&u| !is_lower_joiner(scan, u));
    let last_name = units.iter().rposition(|&u| !is_lower_joiner(scan, u));
    let units = match (first_name, last_name) {
        (Some(a), Some(b)) => &units[a..=b],
        _ => return,
    };
    // "Coalition of the Willing and NATO" is two names; "National Security and Defense
    // Council" and "Bosnia and Herzegovina" are one.
    if let Some(k) = units
        .iter()
        .position(|&u| scan.key(u) == "and" && !scan.is_capitalised(u))
    {
        let known_across = segment(scan, units)
            .iter()
            .any(|p| matches!(p, Piece::Known(_, r) if r.start < k && r.end > k));
        if !known_across {
            let before_is_plain =
                matches!(segment(scan, &units[..k]).as_slice(), [Piece::Plain(_)]);
            let after = &units[k + 1..];
            // "Ministry of Fisheries and Ports": a body named "X of A and B" is one name.
            let head_of = units[..k]
                .iter()
                .position(|&u| scan.key(u) == "of")
                .is_some_and(|o| {
                    o >= 1
                        && o + 1 < k
                        && (org_words().contains(scan.key(units[o - 1]))
                            || place_words().contains(scan.key(units[o - 1])))
                });
            if head_of && matches!(segment(scan, after).as_slice(), [Piece::Plain(_)]) {
                let kind = if org_words().contains(scan.key(units[0]))
                    || units[..k]
                        .iter()
                        .any(|&u| org_words().contains(scan.key(u)))
                {
                    FactKind::Organization
                } else {
                    FactKind::Place
                };
                push_entity(scan, units, kind, out);
                return;
            }
            if let (true, Some(Piece::Plain(r))) = (before_is_plain, segment(scan, after).first()) {
                let last = scan.key(after[r.end - 1]);
                let kind = if org_words().contains(last) {
                    Some(FactKind::Organization)
                } else if place_words().contains(last) {
                    Some(FactKind::Place)
                } else {
                    None
                };
                if let (Some(kind), 0) = (kind, r.start) {
                    let end = k + 1 + r.end;
                    push_entity(scan, &units[..end], kind, out);
                    if end < units.len() {
                        interpret(scan, &units[end..], out);
                    }
                    return;
                }
            }
            interpret(scan, &units[..k], out);
            interpret(scan, after, out);
            return;
        }
    }
    // "Coalition of the Willing", "Ministry of Defence", "Sea of Azov": the keyword leads —
    // after a city if one opens the run ("Dunmore Faculty of Fine Arts", "Tollan Centre
    // for Maritime Law").
    let of_at = units
        .iter()
        .position(|&u| matches!(scan.key(u), "of" | "for") && !scan.is_capitalised(u));
    let has_of = of_at.is_some();
    let first = match of_at {
        Some(k) if k >= 2 && org_words().contains(scan.key(units[k - 1])) => scan.key(units[k - 1]),
        _ => scan.key(units[0]),
    };
    if has_of && gazetteer::lookup(&keys_of(scan, units)).is_none() {
        if org_words().contains(first) {
            push_entity(scan, units, FactKind::Organization, out);
            return;
        }
        if place_words().contains(first) {
            push_entity(scan, units, FactKind::Place, out);
            return;
        }
    }
    let pieces = segment(scan, units);
    let mut title: Option<String> = role_before(scan, units[0]);
    let mut p = 0;
    while p < pieces.len() {
        match &pieces[p] {
            // "Dr Danish", "Judge English": after a title a demonym is someone's name.
            Piece::Known(hit, range) if hit.demonym && title.is_some() && range.len() == 1 => {
                let u = units[range.start];
                let word = u..u + 1;
                out.push(person(scan, std::slice::from_ref(&word), title.take()));
            }
            Piece::Known(hit, range) => {
                push_known(*hit, &units[range.clone()], out);
                title = None;
            }
            Piece::Title(t) => title = Some(t.clone()),
            Piece::Plain(range) => {
                let group = &units[range.clone()];
                let next_is_title = matches!(pieces.get(p + 1), Some(Piece::Title(_)));
                let last = scan.key(*group.last().expect("invariant: pieces are not empty"));
                if org_words().contains(last) {
                    // "Washington Post", "Kyiv City Council", "Black Sea Fleet": a city, region
                    // or sea in front is part of the name (a country or demonym is not:
                    // "Russian Defense Ministry").
                    let part_of_name = |hit: &gazetteer::Hit| {
                        !hit.demonym
                            && !matches!(
                                gazetteer::entry(hit.id).kind,
                                EntryKind::Country | EntryKind::Organization
                            )
                    };
                    // Every known name right before it ("Asia-Pacific Economic
                    // Cooperation": Asia, Pacific) belongs to the name.
                    let mut start = range.start;
                    let mut q = p;
                    while let Some(Piece::Known(hit, r)) = q.checked_sub(1).map(|q| &pieces[q]) {
                        if !part_of_name(hit) || r.end != start {
                            break;
                        }
                        out.pop();
                        start = r.start;
                        q -= 1;
                    }
                    let with_city = &units[start..range.end];
                    push_entity(scan, with_city, FactKind::Organization, out);
                    title = None;
                } else if place_words().contains(last) && group.len() > 1 {
                    push_entity(scan, group, FactKind::Place, out);
                    title = None;
                } else if next_is_title && title.is_none() {
                    // "Energy Minister", "Defense Council Secretary": part of the title.
                    if let Some(Piece::Title(t)) = pieces.get(p + 1) {
                        title = Some(format!("{} {t}", keys_of(scan, group)));
                        p += 1;
                    }
                } else {
                    push_names(scan, group, title.take(), out);
                }
            }
        }
        p += 1;
    }
}

/// Split a run into gazetteer names, titles and plain words (longest match first).
fn segment(scan: &Scan, units: &[usize]) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let longest = gazetteer::longest_name();
    let mut p = 0;
    while p < units.len() {
        let max = if gazetteer::starts_name(scan.key(units[p])) {
            longest.min(units.len() - p)
        } else {
            0
        };
        let known = (1..=max).rev().find_map(|n| {
            let span = &units[p..p + n];
            if is_lower_joiner(scan, span[n - 1]) || is_lower_joiner(scan, span[0]) {
                return None;
            }
            let hit = gazetteer::lookup(&keys_of(scan, span))?;
            let caps_ok = !hit.acronym
                || span
                    .iter()
                    .all(|&u| scan.is_all_caps(u) || scan.surface(u).contains('.'));
            caps_ok.then_some((hit, n))
        });
        if let Some((hit, n)) = known {
            pieces.push(Piece::Known(hit, p..p + n));
            p += n;
            continue;
        }
        let unit_key = |k: usize| units.get(k).map_or("", |&u| scan.key(u));
        let title = titles()
            .longest_at(p, unit_key)
            .map(|(index, n)| (title_list()[index], n));
        if let Some((t, n)) = title {
            pieces.push(Piece::Title(t.to_string()));
            p += n;
            continue;
        }
        match pieces.last_mut() {
            Some(Piece::Plain(r)) if r.end == p => r.end = p + 1,
            _ => pieces.push(Piece::Plain(p..p + 1)),
        }
        p += 1;
    }
    // Plain groups split at lower-case joiners unless they make an organisation ("National
    // Security and Defense Council") or a place.
    let mut split = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Plain(r) => {
                let mut start = r.start;
                while start < r.end && is_lower_joiner(scan, units[start]) {
                    start += 1;
                }
                let last = scan.key(units[r.end - 1]);
                if start < r.end && (org_words().contains(last) || place_words().contains(last)) {
                    split.push(Piece::Plain(start..r.end));
                    continue;
                }
                let from = start;
                for (q, &u) in units.iter().enumerate().take(r.end).skip(from) {
                    if is_lower_joiner(scan, u) && !particles().contains(scan.key(u)) {
                        if q > start {
                            split.push(Piece::Plain(start..q));
                        }
                        start = q + 1;
                    }
                }
                if r.end > start {
                    split.push(Piece::Plain(start..r.end));
                }
            }
            other => split.push(other),
        }
    }
    split
}

/// A name in a list after an area noun and "of": "the provinces of Farah and Tarvan", "the
/// districts of Amber, Kelbor and Tarvan", "the city of Tarvan".
fn in_list_of_areas(scan: &Scan, first: usize) -> bool {
    let mut i = first;
    // Back over the list's earlier names and its commas and "and", a few tokens at most.
    while i > 0 && first - i < 12 {
        let b = i - 1;
        let k = scan.key(b);
        if k == "of" && !scan.is_capitalised(b) {
            let head = b.checked_sub(1).map(|h| scan.key(h)).unwrap_or("");
            let singular = head.strip_suffix('s').unwrap_or(head);
            return lexicon().area_heads().contains(head)
                || lexicon().area_heads().contains(singular);
        }
        let in_list = scan.is_punct(b, ",")
            || (k == "and" && !scan.is_capitalised(b))
            || (scan.is_word(b) && scan.is_capitalised(b));
        if !in_list {
            return false;
        }
        i = b;
    }
    false
}

/// A lower-case noun saying what kind of company the one-word name after it is: "carmaker
/// Kestrel", "pipeline operator Northwind".
fn company_kind_before(scan: &Scan, first: usize) -> bool {
    first > 0
        && scan.is_word(first - 1)
        && !scan.is_capitalised(first - 1)
        && lexicon().company_kinds().contains(scan.key(first - 1))
}

/// An apposition after a single name that only a person has: an age ("Marisol, 34,") or
/// a person noun ("Marisol, a resident of Tarvan,", "Tomas, a farmer").
fn person_apposition_after(scan: &Scan, end: usize) -> bool {
    if !scan.is_punct(end, ",") {
        return false;
    }
    let age = scan.kind(end + 1) == Some(TokKind::Num)
        && scan.is_punct(end + 2, ",")
        && scan
            .surface(end + 1)
            .parse::<u32>()
            .is_ok_and(|years| (1..120).contains(&years));
    let noun = matches!(scan.key(end + 1), "a" | "an")
        && (end + 2..end + 5)
            .take_while(|&t| scan.is_word(t))
            .any(|t| {
                let k = scan.key(t);
                !scan.is_capitalised(t)
                    && (lexicon().person_appositions().contains(k)
                        || roles().contains(k)
                        || occupations().contains(k))
            });
    age || noun
}

/// A lower-case role right before the run: "spokesperson Dmitry Peskov".
fn role_before(scan: &Scan, first: usize) -> Option<String> {
    let before = first.checked_sub(1)?;
    let k = scan.key(before);
    (scan.is_word(before) && !scan.is_capitalised(before) && roles().contains(k))
        .then(|| k.to_string())
}

fn push_known(hit: gazetteer::Hit, units: &[usize], out: &mut Vec<Found>) {
    let entry = gazetteer::entry(hit.id);
    let entity = Entity {
        key: key(entry.label),
        label: entry.label.to_string(),
        gazetteer: Some(hit.id),
        demonym: hit.demonym,
    };
    let (kind, detail) = match entry.kind {
        EntryKind::Organization => (FactKind::Organization, Detail::Organization(entity)),
        _ => (FactKind::Place, Detail::Place(entity)),
    };
    out.push(Found {
        toks: units[0]..units[units.len() - 1] + 1,
        what: What::Fact(kind, detail),
        event: None,
    });
}

fn push_entity(scan: &Scan, units: &[usize], kind: FactKind, out: &mut Vec<Found>) {
    push_span(scan, units[0]..units[units.len() - 1] + 1, kind, out);
}

/// A place or organisation written as the tokens `toks`.
fn push_span(scan: &Scan, toks: Range<usize>, kind: FactKind, out: &mut Vec<Found>) {
    let written = scan.text[scan.span(toks.clone())].to_string();
    let entity = Entity {
        key: key(&written),
        label: written,
        gazetteer: None,
        demonym: false,
    };
    let detail = match kind {
        FactKind::Organization => Detail::Organization(entity),
        _ => Detail::Place(entity),
    };
    out.push(Found {
        toks,
        what: What::Fact(kind, detail),
        event: None,
    });
}

/// Plain capitalised words: a person (two or three names, or one after a title), two people
/// ("Volodymyr Zelenskyy Emmanuel Macron" in a caption), or a candidate. A hyphenated name
/// ("Marchetti-Sjöberg") counts as one name.
fn push_names(scan: &Scan, group: &[usize], title: Option<String>, out: &mut Vec<Found>) {
    let mut words = hyphenated(scan, group);
    let mut title = title;
    // "Engineer Noémie Dufrêne" opening a sentence: the capital is the sentence's, the word
    // the role.
    let role_first = title.is_none()
        && words.len() >= 2
        && words[0].len() == 1
        && occupations().contains(scan.key(words[0].start));
    if role_first {
        title = Some(scan.key(words[0].start).to_string());
        words.remove(0);
    }
    let first = words[0].start;
    let after_number = first > 0
        && (scan.kind(first - 1) == Some(TokKind::Num)
            || scan.used[first - 1]
                && scan.kind(first - 1) == Some(TokKind::Word)
                && !scan.is_capitalised(first - 1));
    let last = words[words.len() - 1].end;
    let located = is_located(scan, first, words.len() == 1);
    let shouting = group.iter().any(|&u| scan.is_all_caps(u));
    if scan.headline || shouting {
        // Capitals say nothing here: only words that are known surnames (or bodies known
        // elsewhere) will count — unless an acronym is spoken of as a body of people.
        for w in hyphenated(scan, group) {
            let is_acronym = acronym_at(scan, w.start).is_some_and(|a| a == w);
            if !scan.headline && is_acronym && acronym_is_body(scan, &w) {
                push_span(scan, w, FactKind::Organization, out);
            } else {
                out.push(candidate(w, false));
            }
        }
        return;
    }
    if title.is_none() && company_cue(scan, first, last) {
        push_span(scan, first..last, FactKind::Organization, out);
        return;
    }
    // Particles do not count as names: "Ursula von der Leyen" is two names and one person.
    let is_particle =
        |w: &Range<usize>| w.len() == 1 && !scan.is_capitalised(w.start) && scan.is_word(w.start);
    let names = words.iter().filter(|w| !is_particle(w)).count();
    // A run that goes on into the sentence ("… Nasrin Abdul Karim Haidari said") is one
    // name; four names alone on a line are more often two people in a caption.
    let goes_on = scan.is_word(last) && !scan.is_capitalised(last);
    // "the Kestrel district", "Amber province": the area noun after the name says it.
    let area_after = scan.is_word(last)
        && !scan.is_capitalised(last)
        && lexicon().area_heads().contains(scan.key(last));
    if title.is_none() && names <= 3 && area_after {
        push_span(scan, first..last, FactKind::Place, out);
        return;
    }
    // A city of the world nothing else claimed: a place ("Novi Sad"), or for one word a
    // place unless someone of that surname is named.
    let city = title.is_none()
        && names <= 3
        && !after_number
        && gazetteer::world_city(&key(&scan.text[scan.span(first..last)]));
    if city && words.len() == 1 {
        out.push(candidate(first..last, true));
        return;
    }
    if city {
        push_span(scan, first..last, FactKind::Place, out);
        return;
    }
    match (names, title) {
        // "the March meeting", "a Sunday service": a month or weekday is no one and nowhere.
        (1, None) if is_calendar_word(scan.key(first)) => {}
        (1, Some(title)) => out.push(person(scan, &words, Some(title))),
        (1, None) if in_list_of_areas(scan, first) => {
            push_span(scan, first..last, FactKind::Place, out)
        }
        (1, None) if company_kind_before(scan, first) => {
            push_span(scan, first..last, FactKind::Organization, out)
        }
        (1, None) if person_apposition_after(scan, last) => out.push(person(scan, &words, None)),
        (1, None) => out.push(candidate(first..last, located)),
        (2..=5, Some(title)) => out.push(person(scan, &words, Some(title))),
        (2 | 3, None) if !after_number => {
            if located {
                out.push(candidate(first..last, true));
            } else {
                out.push(person(scan, &words, None));
            }
        }
        (4, None) if !after_number && goes_on => out.push(person(scan, &words, None)),
        (4, None) if !after_number && words.len() == 4 => {
            out.push(person(scan, &words[..2], None));
            out.push(person(scan, &words[2..], None));
        }
        _ => {}
    }
}

/// The run's words as token ranges, a hyphenated name ("Marchetti-Sjöberg") one range.
fn hyphenated(scan: &Scan, group: &[usize]) -> Vec<Range<usize>> {
    let mut words: Vec<Range<usize>> = Vec::new();
    for &u in group {
        match words.last_mut() {
            Some(w) if w.end + 1 == u && is_hyphen(scan, w.end) => w.end = u + 1,
            _ => words.push(u..u + 1),
        }
    }
    words
}

fn is_calendar_word(k: &str) -> bool {
    crate::lexicon::lexicon().is_calendar_word(k.trim_end_matches('.'))
}

/// True after a locative preposition. "To" also introduces people ("paid tribute to Vadym
/// Prystaiko", "spoke to Witkoff"), so after "to" only a single word counts, and that one
/// still becomes a person if someone of that surname is named.
fn is_located(scan: &Scan, first: usize, single_word: bool) -> bool {
    let before = match first.checked_sub(1) {
        Some(b) if scan.key(b) == "the" => b.checked_sub(1),
        other => other,
    };
    before.is_some_and(|b| {
        let k = scan.key(b);
        locatives().contains(k)
            && !scan.is_capitalised(b)
            && (single_word || k != "to")
            && scan.key(b.wrapping_sub(1)) != "according"
    })
}

fn candidate(toks: Range<usize>, located: bool) -> Found {
    Found {
        toks,
        what: if located { What::Located } else { What::Bare },
        event: None,
    }
}

fn person(scan: &Scan, words: &[Range<usize>], title: Option<String>) -> Found {
    let word_key = |w: &Range<usize>| key(&scan.text[scan.span(w.clone())]);
    // Particles belong to the surname: "Charles de Gaulle", "Ursula von der Leyen".
    let surname_start = words
        .iter()
        .position(|w| {
            w.len() == 1 && particles().contains(scan.key(w.start)) && !scan.is_capitalised(w.start)
        })
        .unwrap_or_else(|| {
            // "Zhou Lan": a family name written first is the surname.
            let first =
                |w: &Range<usize>| lexicon().family_name_first().contains(scan.key(w.start));
            match words {
                [a, b] if a.len() == 1 && b.len() == 1 && first(a) && !first(b) => 0,
                _ => words.len() - 1,
            }
        });
    let family_first = surname_start == 0 && words.len() == 2;
    let (surname, given) = if family_first {
        (word_key(&words[0]), vec![word_key(&words[1])])
    } else {
        let surname = words[surname_start..]
            .iter()
            .map(word_key)
            .collect::<Vec<_>>()
            .join(" ");
        (
            surname,
            words[..surname_start].iter().map(word_key).collect(),
        )
    };
    let toks = words[0].start..words[words.len() - 1].end;
    Found {
        what: What::Fact(
            FactKind::Person,
            Detail::Person(PersonName {
                title,
                given,
                surname,
                written: scan.text[scan.span(toks.clone())].to_string(),
            }),
        ),
        toks,
        event: None,
    }
}
