//! Two reports' facts side by side: corroborated, single-sourced, or contradicted — the list
//! the facts panel shows, built from the canonical facts and the contradictions
//! ([`super::contradict`]).

use super::claims::{ClaimContext, Stance};
use super::contradict::Contradiction;
use super::mention::{Detail, Mention};
use super::resolve::{same_quote, Analysis};
use crate::model::{Fact, FactStatus, Side};
use rustc_hash::FxHashSet as HashSet;
use std::collections::BTreeMap;

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
        (Detail::Number(x), Detail::Number(y)) => {
            let mut notes = Vec::new();
            if x.hedge != y.hedge {
                notes.push(format!(
                    "left says {}, right says {}",
                    x.hedge.as_deref().unwrap_or("exactly"),
                    y.hedge.as_deref().unwrap_or("exactly")
                ));
            }
            notes.extend(stance_note(&x.context, &y.context));
            notes.join("; ")
        }
        _ => String::new(),
    }
}

/// What a reader weighing a corroborated figure should know: one report states it in its
/// own voice while the other only attributes it, or gives it only as a claim.
fn stance_note(x: &ClaimContext, y: &ClaimContext) -> Option<String> {
    let (sx, sy) = (x.stance(), y.stance());
    if sx == sy {
        return None;
    }
    let says = |side: &str, c: &ClaimContext| match c.stance() {
        Stance::Stated => format!("{side} states it as fact"),
        // The source is kept folded for matching ("operator", "ministry of health"), which
        // reads badly quoted back; the sentence itself, one hover away, names it.
        Stance::Attributed => format!("{side} attributes it to a source"),
        Stance::Doubted => format!(
            "{side} gives it only as a claim (“{}”)",
            c.doubt.as_deref().unwrap_or_default()
        ),
    };
    Some(format!("{}, {}", says("left", x), says("right", y)))
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
