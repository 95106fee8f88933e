//! Many reports at once: group the reports of one event without comparing every pair, then
//! say, for each event, which facts its reports corroborate, which they contradict (and how
//! many reports stand on each side), which only one report gives, and who carries whose
//! wording.
//!
//! Start with [`group`], then [`summarise`] each group of two or more reports:
//!
//! 1. each report's *terms* — its folded content words, stop words left out — are hashed
//!    once into a MinHash [`Signature`] of [`SIGNATURE_HASHES`] minima;
//! 2. reports whose signatures agree in every row of one of [`BANDS`] bands land in one
//!    bucket (locality-sensitive hashing), and so do reports naming the same person, place
//!    or body; candidate pairs come from shared buckets, never from all pairs, and a bucket
//!    of more than a few hundred reports (a common word, "the United States") gives none;
//! 3. a candidate pair is one event when its reports share enough of who and where for how
//!    much of their wording they share ([`same_event`]): independent accounts of one event
//!    share a tenth to a third of their content words and several names, reports of two
//!    events in one place share words or a name or two, rarely both; groups are the
//!    connected reports.
//!
//! ```
//! use corroborate_core::{corpus, Document};
//! let docs = [
//!     Document::from_text("a", "Floods in the Varnia valley killed 40 people on Sunday, said governor Ana Kovac."),
//!     Document::from_text("b", "Governor Ana Kovac said floods killed 45 people in the Varnia valley on Sunday."),
//!     Document::from_text("c", "The Kelbor chess final ended in a draw after six hours in Tarvan."),
//! ];
//! let events = corpus::group(&docs);
//! assert_eq!(events, [vec![0, 1], vec![2]]);
//! let summary = corpus::summarise(&docs, &events[0]);
//! assert_eq!(summary.contradictions.len(), 1);
//! ```

use crate::document::Document;
use crate::facts;
use crate::fold::is_stop_word;
use crate::model::{FactKind, MatrixCell};
use crate::verbatim;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::{Deserialize, Serialize};

/// Minima in a signature: the estimate of a Jaccard similarity is the share of equal minima,
/// within about ±0.06 for 64.
pub const SIGNATURE_HASHES: usize = 64;

/// Bands of the signature, each of `SIGNATURE_HASHES / BANDS` rows. Two reports become a
/// candidate pair when one band agrees whole; with 32 bands of 2 rows, a pair with term
/// similarity 0.2 does so with probability 1 − (1 − 0.2²)³² ≈ 0.73, one with 0.3 ≈ 0.95, one
/// with 0.05 ≈ 0.08.
pub const BANDS: usize = 32;

/// Least estimated Jaccard similarity of two reports' terms for them to be one event when
/// they share [`MIN_SHARED_NAMES`] names.
pub const MIN_SIMILARITY: f64 = 0.08;

/// Least number of people, places and bodies both reports name for them to be one event.
pub const MIN_SHARED_NAMES: usize = 2;

/// Shared names that make two reports one event on their own, given some shared wording
/// ([`MIN_SIMILARITY_MANY_NAMES`]): a deal's buyer, seller and adviser named in two reports
/// that tell it in other words.
pub const MANY_SHARED_NAMES: usize = 3;

/// Least estimated similarity with [`MANY_SHARED_NAMES`] names.
pub const MIN_SIMILARITY_MANY_NAMES: f64 = 0.02;

/// A bucket holding more reports than this is a band of very common words, not an event:
/// it gives no candidates, so a huge corpus cannot make one bucket compare all its pairs.
pub const MAX_BUCKET: usize = 500;

/// Least words of a verbatim passage counted as reuse.
pub const REUSE_MIN_WORDS: usize = 8;

/// Most reports of one event whose every pair is checked for reuse; an event this large is
/// a running story, and its pairs grow as the square.
pub const MAX_REUSE_REPORTS: usize = 60;

/// A report's MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub Vec<u64>);

/// What grouping reads of one report, worked out once.
#[derive(Debug, Clone)]
pub struct Profile {
    /// The MinHash signature of its terms.
    pub signature: Signature,
    /// The folded labels of the people, places and bodies it names.
    pub names: HashSet<String>,
}

/// The profile of one report: its signature and the names it carries.
pub fn profile(doc: &Document) -> Profile {
    let terms: HashSet<u64> = doc
        .sentences
        .iter()
        .filter(|s| !s.boilerplate)
        .flat_map(|s| &doc.words[s.words.clone()])
        .map(|w| w.folded.as_str())
        .filter(|w| w.chars().count() > 2 && !is_stop_word(w))
        .map(hash_term)
        .collect();
    let names = facts::extract(doc)
        .into_iter()
        .filter(|m| {
            matches!(
                m.kind,
                FactKind::Person | FactKind::Place | FactKind::Organization
            )
        })
        .map(|m| crate::fold::fold(&m.label))
        .collect();
    Profile {
        signature: signature(&terms),
        names,
    }
}

/// The MinHash signature of a set of hashed terms: for each of [`SIGNATURE_HASHES`] seeds,
/// the least remixed term. An empty set has a signature of maxima, equal to nothing's but
/// another empty set's.
pub fn signature(terms: &HashSet<u64>) -> Signature {
    Signature(
        (0..SIGNATURE_HASHES as u64)
            .map(|seed| {
                terms
                    .iter()
                    .map(|&t| mix(t ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15)))
                    .min()
                    .unwrap_or(u64::MAX)
            })
            .collect(),
    )
}

impl Signature {
    /// The share of equal minima: an estimate of the two sets' Jaccard similarity.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let equal = self
            .0
            .iter()
            .zip(&other.0)
            .filter(|(a, b)| a == b && **a != u64::MAX)
            .count();
        equal as f64 / SIGNATURE_HASHES as f64
    }
}

/// Candidate pairs `(i, j)`, `i < j`: reports whose signatures agree in a whole band, or
/// that name the same person, place or body.
pub fn candidates(profiles: &[Profile]) -> Vec<(usize, usize)> {
    let rows = SIGNATURE_HASHES / BANDS;
    let mut buckets: HashMap<(usize, u64), Vec<usize>> = HashMap::default();
    for (i, p) in profiles.iter().enumerate() {
        let s = &p.signature;
        if s.0.iter().any(|&h| h != u64::MAX) {
            for band in 0..BANDS {
                let key = s.0[band * rows..(band + 1) * rows]
                    .iter()
                    .fold(band as u64, |acc, &h| mix(acc ^ h));
                buckets.entry((band, key)).or_default().push(i);
            }
        }
        for name in &p.names {
            buckets.entry((BANDS, hash_term(name))).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = buckets
        .values()
        .filter(|members| members.len() <= MAX_BUCKET)
        .flat_map(|members| {
            members
                .iter()
                .enumerate()
                .flat_map(move |(k, &i)| members[k + 1..].iter().map(move |&j| (i, j)))
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// True when two profiled reports are one event: they share [`MIN_SHARED_NAMES`] names and
/// [`MIN_SIMILARITY`] of their terms, or [`MANY_SHARED_NAMES`] names and a little wording.
/// Names in `common` (named by more reports than a bucket holds: a country, a capital) do
/// not count.
pub fn same_event(a: &Profile, b: &Profile, common: &HashSet<String>) -> bool {
    let names = a
        .names
        .intersection(&b.names)
        .filter(|n| !common.contains(*n))
        .count();
    let similarity = a.signature.similarity(&b.signature);
    (names >= MIN_SHARED_NAMES && similarity >= MIN_SIMILARITY)
        || (names >= MANY_SHARED_NAMES && similarity >= MIN_SIMILARITY_MANY_NAMES)
}

/// Group reports by event: each report in exactly one group, groups by their first report,
/// reports in each group in input order.
pub fn group(docs: &[Document]) -> Vec<Vec<usize>> {
    let profiles: Vec<Profile> = docs.iter().map(profile).collect();
    group_profiles(&profiles)
}

/// [`group`] on profiles already worked out (the command line works them out in parallel).
pub fn group_profiles(profiles: &[Profile]) -> Vec<Vec<usize>> {
    let mut named_by: HashMap<&str, usize> = HashMap::default();
    for name in profiles.iter().flat_map(|p| &p.names) {
        *named_by.entry(name.as_str()).or_default() += 1;
    }
    let common: HashSet<String> = named_by
        .into_iter()
        .filter(|&(_, n)| n > MAX_BUCKET)
        .map(|(name, _)| name.to_string())
        .collect();
    let confirmed = candidates(profiles)
        .into_iter()
        .filter(|&(i, j)| same_event(&profiles[i], &profiles[j], &common));
    connected(profiles.len(), confirmed)
}

/// The reports `0..n` joined by the confirmed pairs `edges`: each report in exactly one
/// group, groups by their first report, reports in each group in order. Any runner of the
/// corpus job that confirms pairs its own way joins them here.
pub fn connected(n: usize, edges: impl IntoIterator<Item = (usize, usize)>) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (i, j) in edges {
        let (a, b) = (root(&mut parent, i), root(&mut parent, j));
        if a != b {
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut index: HashMap<usize, usize> = HashMap::default();
    for i in 0..n {
        let r = root(&mut parent, i);
        let g = *index.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
}

/// One value of a contradicted fact and the reports that give it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// The value as the first of these reports writes it.
    pub value: String,
    /// The reports giving it (indices into the corpus).
    pub reports: Vec<usize>,
}

/// A fact the reports of one event give different values for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventContradiction {
    /// What kind of fact.
    pub kind: FactKind,
    /// The fact as most of its reports give it.
    pub label: String,
    /// Each value with the reports giving it, most reports first.
    pub sides: Vec<Side>,
}

/// A fact only one report of the event gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SingleSourced {
    /// What kind of fact.
    pub kind: FactKind,
    /// The fact.
    pub label: String,
    /// The report giving it.
    pub report: usize,
}

/// Two reports sharing passages word for word.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reuse {
    /// One report (the earlier in the corpus).
    pub a: usize,
    /// The other.
    pub b: usize,
    /// Passages of [`REUSE_MIN_WORDS`] or more identical words.
    pub passages: usize,
    /// Words in them.
    pub words: usize,
    /// Share of `a`'s compared words inside them, 0..=1.
    pub share_a: f64,
    /// Share of `b`'s compared words inside them, 0..=1.
    pub share_b: f64,
}

/// What the reports of one event say together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventSummary {
    /// The event's reports (indices into the corpus).
    pub reports: Vec<usize>,
    /// Facts given with different values, each with its sides.
    pub contradictions: Vec<EventContradiction>,
    /// Facts given by two or more reports and contradicted by none.
    pub corroborated: usize,
    /// Facts only one report gives.
    pub single_sourced: Vec<SingleSourced>,
    /// Pairs of reports sharing wording, most words first.
    pub reuse: Vec<Reuse>,
}

/// What the reports `members` of `docs` (one event) say together: the fact × source matrix
/// read as contradictions with their sides, corroborated and single-sourced facts, and the
/// reuse of wording between each pair (up to [`MAX_REUSE_REPORTS`] reports).
pub fn summarise(docs: &[Document], members: &[usize]) -> EventSummary {
    let event: Vec<&Document> = members.iter().map(|&i| &docs[i]).collect();
    let matrix = facts::matrix_of(&event);
    let mut contradictions = Vec::new();
    let mut single_sourced = Vec::new();
    let mut corroborated = 0;
    for row in &matrix.rows {
        if row.different > 0 {
            // The reports carrying the row's value are one side; the others group by the
            // value they give instead.
            let mut carried = Side {
                value: String::new(),
                reports: Vec::new(),
            };
            let mut sides: Vec<Side> = Vec::new();
            for (k, cell) in row.cells.iter().enumerate() {
                match cell {
                    MatrixCell::Present { forms, .. } => {
                        if carried.reports.is_empty() {
                            carried.value =
                                forms.first().cloned().unwrap_or_else(|| row.label.clone());
                        }
                        carried.reports.push(members[k]);
                    }
                    MatrixCell::Different { value, .. } => {
                        let folded = crate::fold::fold(value);
                        match sides
                            .iter_mut()
                            .find(|s| crate::fold::fold(&s.value) == folded)
                        {
                            Some(side) => side.reports.push(members[k]),
                            None => sides.push(Side {
                                value: value.clone(),
                                reports: vec![members[k]],
                            }),
                        }
                    }
                    MatrixCell::Absent => {}
                }
            }
            if !carried.reports.is_empty() {
                sides.push(carried);
            }
            sides.sort_by_key(|s| std::cmp::Reverse(s.reports.len()));
            // The matrix gives each value of a contradicted slot a row of its own ("102
            // seats" against 101 and 93, then "101" against 102 and 93): one contradiction
            // per slot, told from the side most reports take. A slot is known by its values,
            // not by who gives them: the same reports can disagree on a toll and on a count
            // of buildings, and both are contradictions. Rows sharing two values are one
            // slot (each value's row sees the others from its own side).
            let mine = slot_values(&sides);
            let seen = contradictions.iter().any(|c: &EventContradiction| {
                let theirs = slot_values(&c.sides);
                c.kind == row.kind && mine.iter().filter(|v| theirs.contains(v)).count() >= 2
            });
            if !seen {
                contradictions.push(EventContradiction {
                    kind: row.kind,
                    label: row.label.clone(),
                    sides,
                });
            }
        } else if row.present == 1 {
            if let Some(k) = row
                .cells
                .iter()
                .position(|c| matches!(c, MatrixCell::Present { .. }))
            {
                single_sourced.push(SingleSourced {
                    kind: row.kind,
                    label: row.label.clone(),
                    report: members[k],
                });
            }
        } else if row.present >= 2 {
            corroborated += 1;
        }
    }
    EventSummary {
        reports: members.to_vec(),
        contradictions,
        corroborated,
        single_sourced,
        reuse: reuse(docs, members),
    }
}

/// The values of a contradiction's sides as one slot's rows all give them: a figure by its
/// digits ("102 seats" and "102" alike), anything else folded; sorted.
fn slot_values(sides: &[Side]) -> Vec<String> {
    let mut values: Vec<String> = sides
        .iter()
        .map(|s| {
            let figure = s
                .value
                .split_whitespace()
                .find(|w| w.chars().any(|c| c.is_ascii_digit()));
            match figure {
                Some(w) => w.chars().filter(char::is_ascii_digit).collect(),
                None => crate::fold::fold(&s.value),
            }
        })
        .collect();
    values.sort_unstable();
    values.dedup();
    values
}

/// Every pair of `members` sharing passages word for word, most words first.
fn reuse(docs: &[Document], members: &[usize]) -> Vec<Reuse> {
    let members = &members[..members.len().min(MAX_REUSE_REPORTS)];
    let mut out = Vec::new();
    for (k, &a) in members.iter().enumerate() {
        for &b in &members[k + 1..] {
            let passages = verbatim::verbatim(&docs[a], &docs[b], REUSE_MIN_WORDS);
            if passages.is_empty() {
                continue;
            }
            out.push(Reuse {
                a,
                b,
                passages: passages.len(),
                words: passages.iter().map(|p| p.words).sum(),
                share_a: verbatim::share(&docs[a], passages.iter().map(|p| &p.left), false),
                share_b: verbatim::share(&docs[b], passages.iter().map(|p| &p.right), false),
            });
        }
    }
    out.sort_by_key(|r| (std::cmp::Reverse(r.words), r.a, r.b));
    out
}

/// A 64-bit term hash (FxHash of the folded word, then remixed).
fn hash_term(word: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    word.hash(&mut h);
    mix(h.finish())
}

/// SplitMix64's finaliser: spreads every input bit over the output, so that the minima of
/// different seeds are independent enough for MinHash.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_figures_contradicted_between_the_same_reports_are_two_contradictions() {
        let docs = [
            Document::from_text(
                "a",
                "A fire in Delmar killed 12 people on Friday, chief Rosa Ilic said. \
                 The fire destroyed 30 buildings in the old town of Delmar.",
            ),
            Document::from_text(
                "b",
                "Chief Rosa Ilic said a fire in Delmar killed 14 people on Friday. \
                 The fire destroyed 45 buildings in the old town of Delmar.",
            ),
            Document::from_text(
                "c",
                "The fire in Delmar on Friday killed 12 people, said chief Rosa Ilic. \
                 It destroyed 30 buildings in the old town of Delmar.",
            ),
        ];
        let summary = summarise(&docs, &[0, 1, 2]);
        let values: Vec<Vec<&str>> = summary
            .contradictions
            .iter()
            .map(|c| c.sides.iter().map(|s| s.value.as_str()).collect())
            .collect();
        assert_eq!(summary.contradictions.len(), 2, "{values:?}");
        for c in &summary.contradictions {
            assert_eq!(c.sides[0].reports, [0, 2], "{values:?}");
            assert_eq!(c.sides[1].reports, [1], "{values:?}");
        }
    }
}
