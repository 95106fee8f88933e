//! What a figure is stated about, beyond its measure: the places of its clause, the part of a
//! place it counts ("at two hospitals"), the words of its clause, and who states it ("the
//! ministry said", "according to the agency"). Read once the sentence's names are found, so a
//! figure and a place in one clause meet.

use super::mention::Detail;
pub use super::mention::{ClaimContext, Stance};
use super::scan::{Found, Scan, What};
use crate::model::FactKind;

impl ClaimContext {
    /// How the report puts the figure forward.
    pub fn stance(&self) -> Stance {
        if self.doubt.is_some() {
            Stance::Doubted
        } else if self.attributed || self.source.is_some() {
            Stance::Attributed
        } else {
            Stance::Stated
        }
    }

    /// True when nothing is known.
    pub fn is_empty(&self) -> bool {
        *self == ClaimContext::default()
    }
}

/// Fill in the [`ClaimContext`] of every figure found in the sentence.
pub(super) fn assign(scan: &Scan, found: &mut [Found]) {
    if !found
        .iter()
        .any(|f| matches!(f.what, What::Fact(FactKind::Number, _)))
    {
        return;
    }
    let clauses = super::events::clauses(scan);
    let clause_of = |tok: usize| clauses.iter().position(|c| c.contains(&tok)).unwrap_or(0);
    // Places and names of the sentence, by clause.
    // Only where the clause says something happened ("in Herat", "at the site", "across
    // Varnia"), not who acts ("Iceland will send …") or where things go ("to Kharkiv").
    let locative = |f: &Found| {
        let mut b = f.toks.start;
        if b > 0 && scan.key(b - 1) == "the" {
            b -= 1;
        }
        b > 0
            && matches!(
                scan.key(b - 1),
                "in" | "at" | "near" | "across" | "inside" | "outside" | "throughout" | "of"
            )
    };
    let places: Vec<(usize, String)> = found
        .iter()
        .filter(|f| locative(f))
        .filter_map(|f| match &f.what {
            What::Fact(FactKind::Place, Detail::Place(e)) if !e.demonym => {
                Some((clause_of(f.toks.start), e.label.clone()))
            }
            What::Located => Some((
                clause_of(f.toks.start),
                scan.text[scan.span(f.toks.clone())].to_string(),
            )),
            _ => None,
        })
        .collect();
    let names: Vec<(usize, String)> = found
        .iter()
        .filter_map(|f| match &f.what {
            What::Fact(FactKind::Person | FactKind::Organization, _) | What::Bare => Some((
                f.toks.start,
                super::canon::key(&scan.text[scan.span(f.toks.clone())]),
            )),
            _ => None,
        })
        .collect();
    let source = source_of(scan, &names);
    let w = super::claim_words::words();
    let saying: Vec<usize> = (0..scan.len())
        .filter(|&i| {
            scan.is_word(i)
                && w.is_source_verb(scan.key(i))
                && !(scan.key(i) == "according" && scan.key(i + 1) != "to")
        })
        .collect();
    let doubts: Vec<usize> = (0..scan.len())
        .filter(|&i| scan.is_word(i) && w.is_doubt(scan.key(i)))
        .collect();
    let figures: Vec<std::ops::Range<usize>> = found
        .iter()
        .filter(|f| matches!(f.what, What::Fact(FactKind::Number, _)))
        .map(|f| f.toks.clone())
        .collect();
    for f in found.iter_mut() {
        let (start, end) = (f.toks.start, f.toks.end);
        let What::Fact(FactKind::Number, Detail::Number(q)) = &mut f.what else {
            continue;
        };
        let clause = clause_of(start);
        let window = claim_window(scan, start, end);
        let mut words: Vec<String> = window
            .clone()
            .filter(|&t| {
                scan.is_word(t)
                    && !crate::lexicon::lexicon()
                        .claim_function_words()
                        .contains(scan.key(t))
            })
            .flat_map(|t| {
                scan.key(t)
                    .split(' ')
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .map(|w| super::lex::singular(&w))
            .collect();
        words.sort();
        words.dedup();
        let w = super::claim_words::words();
        // A part belongs to this figure unless another figure stands between them ("send 35
        // boats and train 250 sailors at its school"); a figure may count the parts itself
        // ("600 people in the two districts").
        let between_other = |t: usize| {
            figures.iter().any(|other| {
                other.start != start
                    && !other.contains(&t)
                    && ((other.start > end && other.start < t)
                        || (other.start < start && other.start > t))
            })
        };
        let mut parts: Vec<String> = window
            .clone()
            .filter(|&t| scan.is_word(t) && w.is_part(scan.key(t)) && !between_other(t))
            .map(|t| super::lex::singular(scan.key(t)))
            .collect();
        parts.sort();
        parts.dedup();
        let mut clause_places: Vec<String> = places
            .iter()
            .filter(|(c, _)| *c == clause)
            .map(|(_, k)| k.clone())
            .collect();
        clause_places.sort();
        clause_places.dedup();
        // "266 direct seats": the words before the noun narrow what is counted.
        let modifiers: Vec<String> = match (&q.noun, q.unit.is_none()) {
            (Some(noun), true) => {
                // Names in the phrase ("2.2324 Exxon shares") say whose, not which kind.
                let mut list: Vec<String> = q
                    .phrase
                    .split_whitespace()
                    .filter(|w| !w.starts_with(char::is_uppercase))
                    .map(super::canon::key)
                    .map(|k| super::lex::singular(&k))
                    .filter(|k| k != noun)
                    .collect();
                list.sort();
                list
            }
            _ => Vec::new(),
        };
        let total = start >= 2 && scan.key(start - 1) == "of"
            || (start >= 3 && scan.key(start - 1) == "the" && scan.key(start - 2) == "of");
        let total = total && {
            let of = if scan.key(start - 1) == "the" {
                start - 2
            } else {
                start - 1
            };
            let before = if scan.key(of - 1) == "out" {
                of - 1
            } else {
                of
            };
            before > 0 && scan.kind(before - 1) == Some(super::lex::TokKind::Num)
        };
        q.context = ClaimContext {
            places: clause_places,
            parts,
            modifiers,
            words,
            source: source
                .as_ref()
                .filter(|(verb, _)| governs(scan, *verb, start))
                .map(|(_, s)| s.clone()),
            attributed: saying.iter().any(|&verb| governs(scan, verb, start)),
            doubt: doubts
                .iter()
                .find(|&&word| governs(scan, word, start))
                .map(|&word| scan.key(word).to_string()),
            total,
        };
    }
}

/// The tokens telling what a figure is about: up to fifteen words before it and ten after,
/// within its clause — bounded by a semicolon or a word opening another clause, not by
/// brackets or commas, which set off names and titles ("independents, backed by Imran
/// Khan's party (PTI), won 93").
fn claim_window(scan: &Scan, start: usize, end: usize) -> std::ops::Range<usize> {
    let hard = |t: usize| {
        scan.is_punct(t, ";")
            || (scan.is_word(t)
                && crate::lexicon::lexicon()
                    .claim_breaks()
                    .contains(scan.key(t)))
    };
    // Going back, a relative pronoun leads to what it is about ("the rally, which numbered …").
    let relative = |t: usize| matches!(scan.key(t), "which" | "who" | "whom" | "whose");
    let (mut a, mut words) = (start, 0);
    // A comma right after another figure ends that figure's claim ("bag 101, wins 75 seats").
    let after_figure = |t: usize| {
        scan.is_punct(t, ",") && t > 0 && scan.kind(t - 1) == Some(super::lex::TokKind::Num)
    };
    while a > 0 && words < 15 && (!hard(a - 1) || relative(a - 1)) && !after_figure(a - 1) {
        a -= 1;
        words += usize::from(scan.is_word(a));
    }
    let (mut b, mut words) = (end, 0);
    while b < scan.len() && words < 10 && !hard(b) {
        words += usize::from(scan.is_word(b));
        b += 1;
    }
    a..b
}

/// Who the sentence attributes what it says to: the name or noun before a verb of saying
/// ("the ministry said", "police estimated"), the name after one ("said the governor"), or
/// after "according to". A pronoun stands for someone the other report may name: it is kept
/// as written, so it matches nobody else.
fn source_of(scan: &Scan, names: &[(usize, String)]) -> Option<(usize, String)> {
    let w = super::claim_words::words();
    let verb = (0..scan.len()).find(|&i| {
        scan.is_word(i)
            && w.is_source_verb(scan.key(i))
            && !(scan.key(i) == "according" && scan.key(i + 1) != "to")
    })?;
    subject_of(scan, names, verb).map(|s| (verb, s))
}

/// True when the verb of saying at `verb` governs the figure at `at`.
fn governs(scan: &Scan, verb: usize, at: usize) -> bool {
    at < verb
        || !(verb + 1..at).any(|t| {
            crate::lexicon::lexicon()
                .subordinators()
                .contains(scan.key(t))
        })
}

fn subject_of(scan: &Scan, names: &[(usize, String)], verb: usize) -> Option<String> {
    if scan.key(verb) == "according" {
        return subject_after(scan, names, verb + 2);
    }
    let before = verb.checked_sub(1)?;
    if matches!(scan.key(before), "he" | "she" | "they" | "we" | "i") {
        return Some(scan.key(before).to_string());
    }
    // The nearest name before the verb, across an apposition ("Anna Berg, spokeswoman for
    // the ministry, said").
    let mut j = verb;
    while j > 0 && verb - j < 20 {
        j -= 1;
        if scan.is_punct(j, ";\"“”") {
            break;
        }
        if let Some((_, key)) = names.iter().find(|(start, _)| *start == j) {
            return Some(key.clone());
        }
    }
    if scan.is_word(before)
        && !scan.used[before]
        && !crate::lexicon::lexicon()
            .claim_function_words()
            .contains(scan.key(before))
    {
        // "police estimated", "officials said": a generic subject.
        let k = scan.key(before);
        if matches!(k, "officials" | "authorities" | "it") {
            return None;
        }
        return Some(super::lex::singular(k));
    }
    // "…, said the governor".
    if matches!(scan.key(verb), "said" | "says") {
        return subject_after(scan, names, verb + 1);
    }
    None
}

fn subject_after(scan: &Scan, names: &[(usize, String)], at: usize) -> Option<String> {
    let mut j = at;
    while j < scan.len() && j < at + 4 {
        if let Some((_, key)) = names.iter().find(|(start, _)| *start == j) {
            return Some(key.clone());
        }
        j += 1;
    }
    let k = if scan.key(at) == "the" { at + 1 } else { at };
    (scan.is_word(k)
        && !scan.used[k]
        && !crate::lexicon::lexicon()
            .claim_function_words()
            .contains(scan.key(k)))
    .then(|| super::lex::singular(scan.key(k)))
}
