//! The words claims are read with — measures, hedges, vague quantities, attribution verbs —
//! parsed once from the language's data file (`core/lexicon/en/claims.txt`, given by
//! [`crate::lexicon`], the one place that knows the files), so the rules in
//! [`super::numbers`], [`super::claims`] and the contradiction rules hold no word lists.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// How a hedge bounds the value it stands before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HedgeKind {
    /// The value or more ("at least", "more than", "over").
    Lower,
    /// The value or less ("up to", "fewer than").
    Upper,
    /// A little below the value ("nearly", "almost").
    Near,
    /// Within a tenth either way ("about", "around").
    About,
}

/// A measure a figure can be a claim about.
#[derive(Debug, Clone)]
pub struct Measure {
    /// Canonical key ("dead", "crowd").
    pub key: &'static str,
    /// What a contradiction says it is about ("death toll", "crowd size").
    pub label: &'static str,
}

/// Every list of the data file, parsed.
pub struct ClaimWords {
    measures: Vec<Measure>,
    measure_of: HashMap<&'static str, usize>,
    cue_of: HashMap<&'static str, &'static str>,
    vague_first: HashSet<&'static str>,
    people: HashSet<&'static str>,
    crowd_verbs: HashSet<&'static str>,
    /// Multi-word crowd verbs, as word lists.
    pub crowd_phrases: Vec<Vec<&'static str>>,
    fillers: HashSet<&'static str>,
    units_before: HashSet<&'static str>,
    /// Hedges as word lists with their kind, longest first.
    pub hedges: Vec<(Vec<&'static str>, HedgeKind)>,
    /// Vague quantities as word lists with their bounds, longest first.
    pub vague: Vec<(Vec<&'static str>, f64, f64)>,
    source_verbs: HashSet<&'static str>,
    doubts: HashSet<&'static str>,
    parts: HashSet<&'static str>,
    per: HashSet<&'static str>,
    thresholds: HashSet<&'static str>,
    event_measures: HashSet<&'static str>,
}

/// The loaded word lists.
pub fn words() -> &'static ClaimWords {
    static WORDS: OnceLock<ClaimWords> = OnceLock::new();
    WORDS.get_or_init(|| parse(crate::lexicon::lexicon().claims_file()))
}

fn parse(text: &'static str) -> ClaimWords {
    let mut w = ClaimWords {
        measures: Vec::new(),
        measure_of: HashMap::default(),
        cue_of: HashMap::default(),
        vague_first: HashSet::default(),
        people: HashSet::default(),
        crowd_verbs: HashSet::default(),
        crowd_phrases: Vec::new(),
        fillers: HashSet::default(),
        units_before: HashSet::default(),
        hedges: Vec::new(),
        vague: Vec::new(),
        source_verbs: HashSet::default(),
        doubts: HashSet::default(),
        parts: HashSet::default(),
        per: HashSet::default(),
        thresholds: HashSet::default(),
        event_measures: HashSet::default(),
    };
    for line in text.lines() {
        let line = line.trim();
        let Some((section, entry)) = line.split_once(':') else {
            continue;
        };
        if line.starts_with('#') {
            continue;
        }
        let entry = entry.trim();
        let alternatives = || entry.split('|').map(str::trim).filter(|s| !s.is_empty());
        let words = || entry.split_whitespace().filter(|w| *w != "|");
        match section.trim() {
            "measure" => {
                let mut fields = entry.split('|').map(str::trim);
                let (Some(key), Some(label), Some(list)) =
                    (fields.next(), fields.next(), fields.next())
                else {
                    continue;
                };
                let index = w.measures.len();
                w.measures.push(Measure { key, label });
                for word in list.split_whitespace() {
                    w.measure_of.entry(word).or_insert(index);
                }
            }
            "measure cue" => {
                let Some((key, list)) = entry.split_once('|') else {
                    continue;
                };
                for word in list.split_whitespace() {
                    w.cue_of.insert(word, key.trim());
                }
            }
            "people" => w.people.extend(words()),
            "crowd verb" if entry.contains('|') => {
                for phrase in alternatives() {
                    let list: Vec<&str> = phrase.split_whitespace().collect();
                    if list.len() == 1 {
                        w.crowd_verbs.insert(list[0]);
                    } else {
                        w.crowd_phrases.push(list);
                    }
                }
            }
            "crowd verb" => w.crowd_verbs.extend(words()),
            "filler" => w.fillers.extend(words()),
            "unit before" => w.units_before.extend(words()),
            "source verb" => w.source_verbs.extend(words()),
            "doubt" => w.doubts.extend(words()),
            "part" => w.parts.extend(words()),
            "per" => w.per.extend(words()),
            "threshold" => w.thresholds.extend(words()),
            "event measure" => w.event_measures.extend(words()),
            s if s.starts_with("hedge ") => {
                let kind = match &s[6..] {
                    "lower" => HedgeKind::Lower,
                    "upper" => HedgeKind::Upper,
                    "near" => HedgeKind::Near,
                    _ => HedgeKind::About,
                };
                for phrase in alternatives() {
                    w.hedges.push((phrase.split_whitespace().collect(), kind));
                }
            }
            "vague" => {
                let Some((phrase, range)) = entry.split_once('=') else {
                    continue;
                };
                let mut bounds = range
                    .split_whitespace()
                    .filter_map(|n| n.parse::<f64>().ok());
                if let (Some(low), Some(high)) = (bounds.next(), bounds.next()) {
                    w.vague
                        .push((phrase.split_whitespace().collect(), low, high));
                }
            }
            _ => {}
        }
    }
    w.hedges
        .sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
    w.vague_first = w.vague.iter().map(|(words, _, _)| words[0]).collect();
    w.vague
        .sort_by_key(|(words, _, _)| std::cmp::Reverse(words.len()));
    w
}

impl ClaimWords {
    /// The measure a word names ("killed" → dead, "turnout" → crowd).
    pub fn measure(&self, word: &str) -> Option<&Measure> {
        self.measure_of.get(word).map(|&i| &self.measures[i])
    }

    /// The measure with this key.
    pub fn measure_by_key(&self, key: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| m.key == key)
    }

    /// The measure a word of a figure's clause names, looking back from a number that stands
    /// alone: a measure word ("toll", "seats") or a cue ("the rally numbered …").
    pub fn clause_measure(&self, word: &str) -> Option<&'static str> {
        self.measure(word)
            .map(|m| m.key)
            .or_else(|| self.cue_of.get(word).copied())
    }

    /// The measure a verb right before a figure names ("killed 2,000", "injuring three").
    pub fn verb_measure(&self, word: &str) -> Option<&'static str> {
        self.measure(word).map(|m| m.key)
    }

    /// True for a word a vague quantity can start with: most words are not, and one hash
    /// says so before the list is walked.
    pub fn starts_vague(&self, word: &str) -> bool {
        self.vague_first.contains(word)
    }

    /// True for a noun of people ("people", "civilians").
    pub fn is_people(&self, word: &str) -> bool {
        self.people.contains(word)
    }

    /// True for a one-word verb of attending ("rallied").
    pub fn is_crowd_verb(&self, word: &str) -> bool {
        self.crowd_verbs.contains(word)
    }

    /// True for a word skipped between a number and its measure ("more", "were").
    pub fn is_filler(&self, word: &str) -> bool {
        self.fillers.contains(word)
    }

    /// True for a measure written before its number ("magnitude").
    pub fn is_unit_before(&self, word: &str) -> bool {
        self.units_before.contains(word)
    }

    /// True for a verb that attributes a figure ("said", "estimated", "according").
    pub fn is_source_verb(&self, word: &str) -> bool {
        self.source_verbs.contains(word)
    }

    /// True for a word that gives a figure only as someone's claim ("reportedly", "alleged").
    pub fn is_doubt(&self, word: &str) -> bool {
        self.doubts.contains(word)
    }

    /// True for a noun naming a part of a place ("hospital", "district").
    pub fn is_part(&self, word: &str) -> bool {
        self.parts.contains(word)
    }

    /// True for a measure of the event itself ("dead", "crowd"), which has one true value
    /// however many clauses of a report give it.
    pub fn is_event_measure(&self, key: &str) -> bool {
        self.event_measures.contains(key)
    }

    /// True for a word making a figure a requirement, not a count ("requires", "majority").
    pub fn is_threshold(&self, word: &str) -> bool {
        self.thresholds.contains(word)
    }

    /// True for a verb after a noun of people that ends its noun phrase ("took" in "100,000
    /// people took to the streets", "lost" in "15 people lost their lives").
    pub fn ends_people_phrase(&self, word: &str) -> bool {
        self.crowd_verbs.contains(word)
            || self.crowd_phrases.iter().any(|p| p[0] == word)
            || (self.fillers.contains(word) && self.measure(word).is_none())
    }

    /// True for a word making a figure a rate ("per", "each").
    pub fn is_per(&self, word: &str) -> bool {
        self.per.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_parses_into_every_list() {
        let w = words();
        assert_eq!(w.measure("killed").map(|m| m.key), Some("dead"));
        assert_eq!(w.measure("turnout").map(|m| m.label), Some("crowd size"));
        assert!(w.is_people("civilians") && w.is_crowd_verb("rallied"));
        assert!(w
            .crowd_phrases
            .iter()
            .any(|p| p == &["took", "to", "the", "streets"]));
        assert!(w
            .hedges
            .iter()
            .any(|(p, k)| p == &["at", "least"] && *k == HedgeKind::Lower));
        let tens = w
            .vague
            .iter()
            .find(|(p, _, _)| p == &["tens", "of", "thousands"])
            .map(|v| (v.1, v.2));
        assert_eq!(tens, Some((20000.0, 99999.0)));
        assert!(w.is_source_verb("according") && w.is_part("hospital"));
    }
}
