//! Which event a date belongs to. A sentence can carry two events — "the Paris meeting
//! followed Sunday's talks in Florida" — so each date is tied to the clause it sits in, and the
//! clause's place and event word ("meeting", "talks") describe the event. Two dates in
//! corresponding sentences are compared only when their events may be the same.

use super::canon::key;
use super::gazetteer::{self, EntryKind};
use super::mention::{Detail, Entity, Event};
use super::scan::{Found, Scan, What};
use crate::model::FactKind;
use std::ops::Range;

/// Attach an [`Event`] to every date found in the sentence, and to every place named after
/// "in" / "at" (the place of its clause's event).
pub(super) fn assign(scan: &Scan, found: &mut [Found], fallback: Option<&Entity>) {
    if found.is_empty() {
        return;
    }
    let clauses = clauses(scan);
    let clause_of = |tok: usize| clauses.iter().position(|c| c.contains(&tok)).unwrap_or(0);
    let noun_of = |clause: usize| {
        clauses[clause].clone().find_map(|t| {
            crate::lexicon::lexicon()
                .event(scan.key(t))
                .map(str::to_string)
        })
    };
    let dated: Vec<usize> = found
        .iter()
        .filter(|f| is_date(f))
        .map(|f| clause_of(f.toks.start))
        .collect();
    let places: Vec<(usize, u8, Entity)> = found
        .iter()
        .filter_map(|f| place_of(scan, f).map(|(rank, e)| (f.toks.start, rank, e)))
        .collect();
    // The clause's places, best first: by rank, then nearest to `near`.
    let clause_places = |clause: usize, near: usize| {
        let mut list: Vec<&(usize, u8, Entity)> = places
            .iter()
            .filter(|(t, _, _)| clause_of(*t) == clause)
            .collect();
        list.sort_by_key(|(t, rank, _)| (*rank, t.abs_diff(near)));
        list.into_iter()
            .map(|(_, _, e)| e.clone())
            .collect::<Vec<Entity>>()
    };
    let undated_place = (0..clauses.len())
        .filter(|c| !dated.contains(c))
        .find_map(|c| clause_places(c, 0).into_iter().next());
    for f in found.iter_mut() {
        let clause = clause_of(f.toks.start);
        if is_date(f) {
            let mut list = clause_places(clause, f.toks.start).into_iter();
            let place = list
                .next()
                .or_else(|| undated_place.clone())
                .or_else(|| fallback.cloned());
            let before = f.toks.start.checked_sub(1);
            let preposition = before
                .filter(|&b| scan.is_word(b) && !scan.is_capitalised(b))
                .map(|b| scan.key(b).to_string());
            let frame = frame_of(
                scan,
                clauses[clause].start,
                f.toks.start,
                preposition.is_some(),
            );
            f.event = Some(Event {
                place,
                also: list.collect(),
                noun: noun_of(clause),
                preposition,
                frame,
            });
        } else if let Some((_, entity)) = place_of(scan, f).filter(|(rank, _)| *rank <= 2) {
            f.event = Some(Event {
                place: Some(entity),
                noun: noun_of(clause),
                ..Event::default()
            });
        }
    }
}

/// The fewest words a frame has: "they sailed" alone says little of what happened then.
const FRAME_WORDS: usize = 3;

/// The words of the clause before token `date` (and before its preposition, when it has
/// one), as written; none when there are fewer than [`FRAME_WORDS`]. The whole lead-up, not
/// its last words: "opened to trucks" and "closed to trucks" end alike but tell two steps of
/// one story.
fn frame_of(scan: &Scan, clause_start: usize, date: usize, preposition: bool) -> Option<String> {
    let end = if preposition { date - 1 } else { date };
    let words: Vec<usize> = (clause_start..end).filter(|&t| scan.is_word(t)).collect();
    match words.as_slice() {
        [first, .., last] if words.len() >= FRAME_WORDS => {
            Some(scan.text[scan.span(*first..*last + 1)].to_string())
        }
        _ => None,
    }
}

fn is_date(f: &Found) -> bool {
    matches!(f.what, What::Fact(FactKind::Date, _))
}

/// Token ranges of the sentence's clauses.
pub(super) fn clauses(scan: &Scan) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..scan.len() {
        let spaced_hyphen = scan.is_punct(i, "-") && !scan.joined(i);
        let breaks = scan.is_punct(i, ";—–():")
            || spaced_hyphen
            || (scan.is_word(i)
                && crate::lexicon::lexicon()
                    .clause_openers()
                    .contains(scan.key(i)));
        if breaks && i > start {
            out.push(start..i);
            start = i;
        }
    }
    out.push(start..scan.len().max(start + 1));
    out
}

/// A found name usable as an event's place, with a rank (lower is better): a city, landmark
/// or region after "in"/"at"; an unknown name there ("at the Belém Palace"); a country or sea
/// there ("ships in the Black Sea" is rarely where a meeting was); then cities, landmarks and
/// regions anywhere in the clause. Demonyms ("French officials") never.
fn place_of(scan: &Scan, f: &Found) -> Option<(u8, Entity)> {
    let locative = f.toks.start > 0 && {
        let before = f.toks.start - 1;
        let b = if scan.key(before) == "the" {
            before.saturating_sub(1)
        } else {
            before
        };
        crate::lexicon::lexicon()
            .event_locatives()
            .contains(scan.key(b))
    };
    match &f.what {
        What::Fact(FactKind::Place, Detail::Place(e)) if !e.demonym => {
            let kind = e.gazetteer.map(|id| gazetteer::entry(id).kind);
            let specific = matches!(
                kind,
                Some(EntryKind::City | EntryKind::Building | EntryKind::Region) | None
            );
            match (locative, specific, e.gazetteer.is_some()) {
                (true, true, true) => Some((0, e.clone())),
                (true, true, false) => Some((1, e.clone())),
                (true, false, _) => Some((2, e.clone())),
                (false, true, _) => Some((3, e.clone())),
                (false, false, _) => None,
            }
        }
        What::Located => {
            let written = scan.text[scan.span(f.toks.clone())].to_string();
            Some((
                1,
                Entity {
                    key: key(&written),
                    label: written,
                    gazetteer: None,
                    demonym: false,
                },
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{dates, names, numbers};
    use super::*;

    fn events(text: &str) -> Vec<(String, String)> {
        let mut scan = Scan::new(text, 0..text.len());
        let mut found = Vec::new();
        dates::find(&mut scan, &mut found);
        numbers::find(&mut scan, &mut found);
        names::find(&mut scan, &mut found);
        assign(&scan, &mut found, None);
        found
            .iter()
            .filter(|f| is_date(f))
            .map(|f| {
                let e = f.event.clone().unwrap_or_default();
                (
                    scan.text[scan.span(f.toks.clone())].to_string(),
                    e.describe(None),
                )
            })
            .collect()
    }

    #[test]
    fn each_date_takes_its_own_clause_place() {
        let found =
            events("The Paris meeting followed Sunday's discussions with officials in Florida.");
        assert_eq!(
            found,
            [("Sunday".to_string(), "the Florida discussions".to_string())]
        );
        let found = events("The leaders held talks in Paris on Sunday, at the Élysée Palace.");
        assert_eq!(
            found,
            [("Sunday".to_string(), "the Paris talks".to_string())]
        );
    }

    #[test]
    fn an_undated_clause_lends_its_place() {
        let found =
            events("A push unfolded Monday as Anna Berg met Marek Nowak at the Élysée Palace.");
        assert_eq!(
            found,
            [("Monday".to_string(), "the Paris meeting".to_string())]
        );
        let found = events("They met Monday; the talks in Florida were on Sunday.");
        assert_eq!(found[0].1, "the meeting");
        assert_eq!(found[1].1, "the Florida talks");
    }
}
