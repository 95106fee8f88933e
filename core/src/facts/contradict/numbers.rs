//! Figures: two claims about one measure whose values cannot both be true.
//!
//! A figure is a claim ([`crate::facts::numbers::Quantity`]): a value with the bounds its hedge
//! or range allows ("at least 100" is 100 or more; "tens of thousands" 20,000 to 99,999), a
//! measure (dead, injured, crowd, seats, dollars…), a scope (the places and parts of places
//! of its clause, the words narrowing its noun) and a source. Two figures contradict only when
//! they are about one measure in one scope and their bounds do not meet: "more than 260" and
//! "over 290" can both be true; "at least 100" rising to "at least 300" in a later report is
//! an update; one hospital's injured are a part of a country's, not a rival count.
//!
//! In corresponding sentences the figures of one measure are paired by their role (the words
//! of their clauses) after those that agree are set aside. Figures of sentences the
//! alignment left apart contradict only when one report's figure agrees with none of the
//! other's for that measure, and a figure of the other report is clearly about the same
//! thing: its clause shares words with it, its scope is the same, and — when either report
//! gives several figures for the measure, as a report citing several sources does — it comes
//! from the same source.

use super::{Contradiction, Rows, Sides};
use crate::facts::claim_words::words as claim_words;
use crate::facts::mention::{Detail, Mention};
use crate::facts::numbers::Quantity;
use crate::model::FactKind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

fn quantity(m: &Mention) -> Option<&Quantity> {
    match &m.detail {
        Detail::Number(q) if q.slot().is_some() => Some(q),
        _ => None,
    }
}

fn same_slot(x: &Quantity, y: &Quantity) -> bool {
    x.slot() == y.slot() && x.ordinal == y.ordinal && x.context.total == y.context.total
}

/// Places agree when either clause names none or they name one in common.
fn places_agree(x: &Quantity, y: &Quantity) -> bool {
    let (a, b) = (&x.context.places, &y.context.places);
    a.is_empty() || b.is_empty() || a.iter().any(|p| b.contains(p))
}

/// The scope of two figures in corresponding sentences: the same parts of places ("at two
/// hospitals" is not the whole country), places in common when both name one.
fn same_scope_paired(x: &Quantity, y: &Quantity) -> bool {
    x.context.parts == y.context.parts && places_agree(x, y)
}

/// In sentences apart, the words narrowing the noun must agree too ("266 direct seats" is
/// not "264 seats").
fn same_scope(x: &Quantity, y: &Quantity) -> bool {
    same_scope_paired(x, y) && x.context.modifiers == y.context.modifiers
}

/// How many content words the two figures' clauses share, leaving out the words of the
/// measure itself (every figure of seats says "seats").
fn overlap(x: &Quantity, y: &Quantity) -> usize {
    let w = claim_words();
    let own = |word: &str| {
        w.measure(word).is_some()
            || x.noun.as_deref() == Some(word)
            || y.noun.as_deref() == Some(word)
            || x.unit.as_deref() == Some(word)
    };
    x.context
        .words
        .iter()
        .filter(|word| !own(word) && y.context.words.binary_search(word).is_ok())
        .count()
}

/// How many clause words a figure must share with one of the other report, in sentences
/// the alignment left apart, to be about the same thing: none for a measure of the event
/// itself ("dead", "crowd", "magnitude": the report is about one event), one for another
/// named measure or a physical unit ("seats", "kilometres"), two for a plain noun
/// ("villages") or a sum of money. None for what is never compared apart: a
/// general noun ("3 people", "2 years"), an ordinal, and a requirement rather than a count
/// ("a party needs 169 seats for a majority").
fn apart_weight(x: &Quantity) -> Option<usize> {
    let w = claim_words();
    if x.ordinal || x.context.words.iter().any(|word| w.is_threshold(word)) {
        return None;
    }
    let slot = x.slot()?;
    if crate::lexicon::lexicon().generic_nouns().contains(slot) {
        return None;
    }
    if x.measure.as_deref().is_some_and(|m| w.is_event_measure(m)) {
        return Some(0);
    }
    let money = matches!(x.unit.as_deref(), Some("dollar" | "euro" | "pound"));
    let measured = x.measure.is_some() || x.unit.is_some();
    Some(if measured && !money { 1 } else { 2 })
}

/// Sums of money are many in a report — each deal, profit and price has one — so a sum is
/// compared across sentences apart only when each report gives one.
fn is_money(x: &Quantity) -> bool {
    matches!(x.unit.as_deref(), Some("dollar" | "euro" | "pound"))
        && x.measure.as_deref() == x.unit.as_deref()
}

/// Figures so far apart in size that they cannot be one count written two ways ("$55.4
/// billion" against "$237.41").
fn comparable_size(x: &Quantity, y: &Quantity) -> bool {
    let (a, b) = (x.bounds().0.max(1e-9), y.bounds().0.max(1e-9));
    a.max(b) / a.min(b) < 100.0
}

/// What two clashing figures are about: the measure's name and the place they share ("death
/// toll, Herat"), else the counted noun ("the number of drones").
fn about(x: &Quantity, y: &Quantity) -> String {
    let place = x
        .context
        .places
        .iter()
        .find(|p| y.context.places.contains(p))
        .or_else(|| x.context.places.first())
        .or_else(|| y.context.places.first());
    let named = x
        .measure
        .as_deref()
        .and_then(|m| claim_words().measure_by_key(m.split(" per ").next().unwrap_or(m)))
        .map(|m| {
            let per = x
                .measure
                .as_deref()
                .and_then(|m| m.split_once(" per "))
                .map(|(_, p)| p);
            match (per, x.context.total) {
                (Some(p), _) => format!("{} per {p}", m.label),
                (None, true) => format!("{} in all", m.label),
                (None, false) => m.label.to_string(),
            }
        });
    let base = named.unwrap_or_else(|| about_figure(x));
    match place {
        Some(p) => format!("{base}, {p}"),
        None => base,
    }
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

/// Figures of corresponding sentences (`left`, `right`: mention indices): each left figure is
/// set against the right figures of its measure and scope. One that agrees with any of them
/// is settled; otherwise it contradicts the one whose clause is most like its own, unless
/// that one agrees with another left figure.
pub(super) fn paired(
    s: &Sides,
    left: &[usize],
    right: &[usize],
    agreed: &mut HashSet<(usize, usize)>,
    out: &mut Vec<Contradiction>,
) {
    let mut right_done: HashSet<usize> = out
        .iter()
        .filter(|c| c.kind == FactKind::Number)
        .map(|c| c.right)
        .collect();
    let left_done: HashSet<usize> = out
        .iter()
        .filter(|c| c.kind == FactKind::Number)
        .map(|c| c.left)
        .collect();
    for &i in left {
        let Some(x) = quantity(s.left(i)) else {
            continue;
        };
        if left_done.contains(&i) {
            continue;
        }
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
        let best = slot
            .iter()
            .copied()
            .filter(|&j| !right_done.contains(&j) && !left_agrees_elsewhere(j))
            .filter(|&j| quantity(s.right(j)).is_some_and(|y| same_scope_paired(x, y)))
            .max_by_key(|&j| {
                let y = quantity(s.right(j)).expect("invariant: filtered to figures");
                (overlap(x, y), std::cmp::Reverse(j))
            });
        if let Some(j) = best {
            let y = quantity(s.right(j)).expect("invariant: filtered to figures");
            right_done.insert(j);
            agreed.insert((i, j));
            out.push(Contradiction {
                kind: FactKind::Number,
                left: i,
                right: j,
                about: about(x, y),
                speakers: None,
            });
        }
    }
}

/// Sentence pairs outside `rows` that state one identical figure of a named measure — two
/// reports writing "2,053 people were dead" each tell that statement, whatever else they
/// word differently — as (left sentence, right sentence).
pub(super) fn anchors(s: &Sides, rows: &Rows) -> Vec<(usize, usize)> {
    let paired: HashSet<(usize, usize)> = rows
        .iter()
        .flat_map(|(a, b)| a.iter().flat_map(move |&x| b.iter().map(move |&y| (x, y))))
        .collect();
    let distinctive = |q: &Quantity| {
        q.hedge.is_none() && q.upper.is_none() && q.value >= 10.0 && apart_weight(q).is_some()
    };
    let index = |doc: usize| {
        let mut map: HashMap<String, Vec<usize>> = HashMap::default();
        for m in &s.a.mentions[doc] {
            if let Some(q) = quantity(m).filter(|q| distinctive(q)) {
                let list = map.entry(q.key()).or_default();
                if !list.contains(&m.sentence) {
                    list.push(m.sentence);
                }
            }
        }
        map
    };
    let (li, ri) = (index(s.l), index(s.r));
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (key, lv) in &li {
        let Some(rv) = ri.get(key) else { continue };
        // A figure repeated across a report pins no one sentence down.
        if let (&[a], &[b]) = (lv.as_slice(), rv.as_slice()) {
            if !paired.contains(&(a, b)) && !out.contains(&(a, b)) {
                out.push((a, b));
            }
        }
    }
    out.sort_unstable();
    out
}

/// Figures of sentences the alignment left apart (see the module docs).
pub(super) fn unaligned(s: &Sides, agreed: &HashSet<(usize, usize)>, out: &mut Vec<Contradiction>) {
    let taken_left: HashSet<usize> = out
        .iter()
        .filter(|c| c.kind == FactKind::Number)
        .map(|c| c.left)
        .collect();
    let taken_right: HashSet<usize> = out
        .iter()
        .filter(|c| c.kind == FactKind::Number)
        .map(|c| c.right)
        .collect();
    let settled_left: HashSet<usize> = agreed.iter().map(|p| p.0).collect();
    let settled_right: HashSet<usize> = agreed.iter().map(|p| p.1).collect();
    // Figures by measure, on each side.
    let by_slot = |doc: usize| {
        let mut map: HashMap<(String, bool, bool), Vec<usize>> = HashMap::default();
        for (i, m) in s.a.mentions[doc].iter().enumerate() {
            if let Some(q) = quantity(m).filter(|q| apart_weight(q).is_some()) {
                let slot = q.slot().unwrap_or_default().to_string();
                map.entry((slot, q.ordinal, q.context.total))
                    .or_default()
                    .push(i);
            }
        }
        map
    };
    let (lb, rb) = (by_slot(s.l), by_slot(s.r));
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut keys: Vec<&(String, bool, bool)> = lb.keys().collect();
    keys.sort();
    for key in keys {
        let (lv, Some(rv)) = (&lb[key], rb.get(key)) else {
            continue;
        };
        let several = lv.len() > 1 || rv.len() > 1;
        if several && quantity(s.left(lv[0])).is_some_and(is_money) {
            continue;
        }
        let left_q = |i: usize| quantity(s.left(i)).expect("invariant: bucketed figures");
        let right_q = |j: usize| quantity(s.right(j)).expect("invariant: bucketed figures");
        // (figure, candidates on the other side, is it on the left)
        for (mine, theirs, on_left) in [(lv, rv, true), (rv, lv, false)] {
            for &i in mine {
                let x = if on_left { left_q(i) } else { right_q(i) };
                let other = |j: usize| if on_left { right_q(j) } else { left_q(j) };
                if theirs.iter().any(|&j| !x.disagrees(other(j))) {
                    continue;
                }
                let settled = if on_left {
                    &settled_left
                } else {
                    &settled_right
                };
                let taken = if on_left { &taken_left } else { &taken_right };
                if settled.contains(&i) || taken.contains(&i) {
                    continue;
                }
                let need = match apart_weight(x) {
                    Some(0) => 0,
                    Some(n) => n + usize::from(several),
                    None => continue,
                };
                let best = theirs
                    .iter()
                    .copied()
                    .filter(|&j| {
                        let y = other(j);
                        same_scope(x, y)
                            && comparable_size(x, y)
                            && (!several || x.context.source == y.context.source)
                            && overlap(x, y) >= need
                    })
                    .max_by_key(|&j| (overlap(x, other(j)), std::cmp::Reverse(j)));
                if let Some(j) = best {
                    let pair = if on_left { (i, j) } else { (j, i) };
                    let taken_other = if on_left { &taken_right } else { &taken_left };
                    if !taken_other.contains(&j) && !found.contains(&pair) {
                        found.push(pair);
                    }
                }
            }
        }
    }
    found.sort_unstable();
    let mut used_left: HashSet<usize> = HashSet::default();
    let mut used_right: HashSet<usize> = HashSet::default();
    for (i, j) in found {
        if !used_left.insert(i) || !used_right.insert(j) {
            continue;
        }
        let (x, y) = (
            quantity(s.left(i)).expect("invariant: figures"),
            quantity(s.right(j)).expect("invariant: figures"),
        );
        out.push(Contradiction {
            kind: FactKind::Number,
            left: i,
            right: j,
            about: about(x, y),
            speakers: None,
        });
    }
}
