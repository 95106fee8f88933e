//! Canonicalisation over a set of reports: which mentions, in any of them, are the same fact.
//!
//! - People: full names cluster when their surnames are spelling variants
//!   ([`super::canon::is_spelling_variant`]) and their given names agree; then surnames alone
//!   ("President Zelenskyy", "Macron stressed") join the cluster of that surname. Olena
//!   Zelenska and Volodymyr Zelensky stay apart twice over: different given names, and a
//!   feminine surname form.
//! - Places and organisations: gazetteer entries (aliases and demonyms included) or folded
//!   names.
//! - Dates: equal calendar values; a less specific date ("Monday", "Dec. 1") joins the one
//!   more specific value that covers it ("Monday 1 December 2025"), if there is exactly one.
//! - Numbers: equal value and slot ("28-point" = "28-point"), hedges aside.
//! - Quotes: near-identical word sequences — one a trimmed version of the other, or nearly
//!   all words shared.
//!
//! Every step buckets by key, so the work grows with the number of mentions, not its square.

use super::calendar::DateValue;
use super::canon::{key, NameForm};
use super::extract::{infer_years, scan_document};
use super::mention::{Detail, Entity, Mention, PersonName};
use super::numbers::Quantity;
use super::quotes::SpeakerCue;
use super::scan::{Candidate, Raw};
use crate::document::Document;
use crate::model::FactKind;
use rustc_hash::FxHashMap as HashMap;

/// A canonical fact across a set of reports.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Canon {
    pub kind: FactKind,
    pub label: String,
}

/// The facts of a set of reports, canonicalised together.
#[derive(Debug, Clone)]
pub(super) struct Analysis {
    /// Per report, its mentions in text order, labels filled in.
    pub mentions: Vec<Vec<Mention>>,
    /// Per report, per mention: index into `facts`.
    pub ids: Vec<Vec<usize>>,
    /// The canonical facts.
    pub facts: Vec<Canon>,
}

/// Extract and canonicalise the facts of `docs` together.
///
/// A report that writes no date in full ("on Dec. 1") takes its year from the first of the
/// others that does: reports compared together are about the same days.
pub(super) fn analyse(docs: &[&Document]) -> Analysis {
    let mut raws: Vec<Raw> = docs.iter().map(|d| scan_document(d)).collect();
    let shared = raws.iter().find_map(|r| r.reference.clone());
    if let Some(reference) = shared {
        for raw in raws.iter_mut().filter(|r| r.reference.is_none()) {
            infer_years(&mut raw.mentions, &reference);
        }
    }
    resolve(raws)
}

#[derive(Debug, Default)]
struct Cluster {
    surnames: Vec<NameForm>,
    given: Vec<String>,
    /// The first given name, prepared once for [`given_agree_forms`].
    given_form: Option<NameForm>,
    titles: Vec<String>,
    written: Vec<(String, usize)>,
    mentions: usize,
}

impl Cluster {
    fn add(&mut self, name: &PersonName) {
        if !self.surnames.iter().any(|s| s.key == name.surname) {
            self.surnames.push(NameForm::new(&name.surname));
        }
        if self.given.is_empty() {
            self.given = name.given.clone();
            self.given_form = self.given.first().map(|g| NameForm::new(g));
        }
        if let Some(t) = &name.title {
            if !self.titles.contains(t) {
                self.titles.push(t.clone());
            }
        }
        match self.written.iter_mut().find(|(w, _)| *w == name.written) {
            Some((_, n)) => *n += 1,
            None => self.written.push((name.written.clone(), 1)),
        }
        self.mentions += 1;
    }

    /// The most frequent full name as written (two words or more), else the most frequent
    /// form.
    fn label(&self) -> String {
        let best = |full: bool| {
            self.written
                .iter()
                .filter(|(w, _)| !full || w.split_whitespace().count() > 1)
                // Ties go to the alphabetically first form, so the label does not depend on
                // which report is read first.
                .fold(None::<&(String, usize)>, |acc, x| match acc {
                    Some(a) if a.1 > x.1 || (a.1 == x.1 && a.0 <= x.0) => Some(a),
                    _ => Some(x),
                })
                .map(|(w, _)| w.clone())
        };
        best(true).or_else(|| best(false)).unwrap_or_default()
    }

    /// How well a surname matches: 0 exact, 1 same skeleton, 2 spelling variant.
    fn surname_match(&self, surname: &NameForm) -> Option<u8> {
        self.surnames
            .iter()
            .filter_map(|s| {
                if s.key == surname.key {
                    Some(0)
                } else if s.same_skeleton(surname) {
                    Some(1)
                } else if s.is_variant(surname) {
                    Some(2)
                } else {
                    None
                }
            })
            .min()
    }
}

/// Given names agree when both are spelling variants of each other, or one is the other's
/// initial ("J." and "James").
fn given_agree(a: &[String], b: &[String]) -> bool {
    let form = |names: &[String]| names.first().map(|g| NameForm::new(g));
    given_agree_forms(a, form(a).as_ref(), b, form(b).as_ref())
}

/// [`given_agree`] with each side's first given name already prepared (`None` when it has
/// none).
fn given_agree_forms(
    a: &[String],
    a_form: Option<&NameForm>,
    b: &[String],
    b_form: Option<&NameForm>,
) -> bool {
    match (a.first().zip(a_form), b.first().zip(b_form)) {
        (Some((x, x_form)), Some((y, y_form))) => {
            let initial = |s: &String| s.chars().count() == 1;
            if initial(x) || initial(y) {
                x.chars().next() == y.chars().next()
            } else {
                x_form.is_variant(y_form)
            }
        }
        _ => true,
    }
}

struct People {
    clusters: Vec<Cluster>,
    /// [`NameForm::variant_keys`] of every cluster's surnames → those clusters, in order, so
    /// a name is checked only against the clusters it may belong to: a long report names
    /// thousands of people, and checking each new name against every cluster grew with the
    /// square of their number.
    by_variant_key: HashMap<u64, Vec<usize>>,
    /// Surname key → best cluster, memoised.
    by_surname: HashMap<String, Option<usize>>,
    /// Full name (given names, surname) → its cluster, memoised: reports repeat names.
    by_full: HashMap<(Vec<String>, String), usize>,
    /// Names of three words or more by their [`loose_key`] → cluster.
    by_loose: HashMap<String, usize>,
    /// Names of two words or more (word keys joined, or loose from three words) → cluster;
    /// and the same for every
    /// name of three words or more without its last word, so a shorter form of a long name
    /// ("Rafiqul Alam" for "Rafiqul Alam Sarkar") finds it whichever comes first.
    by_words: HashMap<String, usize>,
    by_prefix: HashMap<String, usize>,
}

/// The consonants of each word of a name, the way transliterations from Bengali, Arabic or
/// Urdu vary them: vowels (and w, y) dropped, z read as j, doubled letters single.
/// "Majumder" and "Mozumder", "Haque" and "Hoque", "Mahmud" and "Mahmood", "Chowdhury"
/// and "Chawdhury" each give one key; an abbreviated given name ("Md.") reads as the name.
fn loose_key(words: &[&str]) -> String {
    let mut out = String::new();
    for word in words {
        if !out.is_empty() {
            out.push(' ');
        }
        let word = crate::lexicon::lexicon().given_name(word).unwrap_or(word);
        let mut last = None;
        for c in word.chars() {
            let c = match c {
                'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | '-' | '\'' => continue,
                'z' => 'j',
                c => c,
            };
            if last != Some(c) {
                out.push(c);
                last = Some(c);
            }
        }
    }
    out
}

impl People {
    /// Add a mention's name to cluster `id`, indexing a surname form it had not seen.
    fn add(&mut self, id: usize, name: &PersonName) {
        let cluster = &mut self.clusters[id];
        let known = cluster.surnames.len();
        cluster.add(name);
        for form in &cluster.surnames[known..] {
            for key in form.variant_keys() {
                let ids = self.by_variant_key.entry(key).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
    }

    /// A new, empty cluster.
    fn push(&mut self) -> usize {
        self.clusters.push(Cluster::default());
        self.clusters.len() - 1
    }

    /// The clusters holding a surname that may match `surname`, in increasing order.
    fn candidates(&self, surname: &NameForm) -> Vec<usize> {
        let mut ids: Vec<usize> = surname
            .variant_keys()
            .iter()
            .filter_map(|key| self.by_variant_key.get(key))
            .flatten()
            .copied()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    fn join_full(&mut self, name: &PersonName) -> usize {
        let full = (name.given.clone(), name.surname.clone());
        if let Some(&id) = self.by_full.get(&full) {
            self.add(id, name);
            return id;
        }
        let surname = NameForm::new(&name.surname);
        let given = name.given.first().map(|g| NameForm::new(g));
        let found = self.candidates(&surname).into_iter().find(|&i| {
            let c = &self.clusters[i];
            !c.given.is_empty()
                && c.surname_match(&surname).is_some()
                && given_agree_forms(&c.given, c.given_form.as_ref(), &name.given, given.as_ref())
        });
        // Long names whose every word is a transliteration of the other's, and a name that
        // is the start of a longer one: one person.
        let words: Vec<&str> = name
            .given
            .iter()
            .map(String::as_str)
            .chain(name.surname.split(' '))
            .collect();
        let n = words.len();
        let loose = (n >= 3).then(|| loose_key(&words));
        // Three words or more compare loosely, two exactly ("Hassan Ali" is not "Hussein Ali").
        let form = |w: &[&str]| {
            if w.len() >= 3 {
                loose_key(w)
            } else {
                w.join(" ")
            }
        };
        let joined = form(&words);
        let head = (n >= 3).then(|| form(&words[..n - 1]));
        // Without a leading abbreviated given name ("Md. Rafiqul Alam Sarkar" is also
        // written "Rafiqul Alam Sarkar").
        let lex = crate::lexicon::lexicon();
        let bare = (n >= 4 && lex.given_name(words[0]).is_some()).then(|| loose_key(&words[1..]));
        let found = found
            .or_else(|| loose.as_ref().and_then(|k| self.by_loose.get(k).copied()))
            .or_else(|| bare.as_ref().and_then(|k| self.by_loose.get(k).copied()))
            .or_else(|| self.by_prefix.get(&joined).copied())
            .or_else(|| head.as_ref().and_then(|h| self.by_words.get(h).copied()));
        let id = found.unwrap_or_else(|| self.push());
        self.add(id, name);
        self.by_surname.clear();
        self.by_full.insert(full, id);
        for k in loose.into_iter().chain(bare) {
            self.by_loose.entry(k).or_insert(id);
        }
        if n >= 2 {
            self.by_words.entry(joined).or_insert(id);
        }
        if let Some(h) = head {
            self.by_prefix.entry(h).or_insert(id);
        }
        id
    }

    /// The cluster a lone surname belongs to: best match, then the most mentioned.
    fn by_surname(&mut self, surname: &str) -> Option<usize> {
        if let Some(hit) = self.by_surname.get(surname) {
            return *hit;
        }
        let form = NameForm::new(surname);
        let best = self
            .candidates(&form)
            .into_iter()
            .filter_map(|i| {
                let c = &self.clusters[i];
                c.surname_match(&form)
                    .map(|q| (q, std::cmp::Reverse(c.mentions), i))
            })
            .min()
            .map(|(_, _, i)| i);
        self.by_surname.insert(surname.to_string(), best);
        best
    }
}

/// Names that some report, somewhere, shows to be an organisation ("Northwind's shares",
/// "the Coastal Fisheries Board (CFB)") or a place ("in Dunmore"), by their key without
/// spaces or hyphens, with the key their fact goes by.
#[derive(Default)]
struct Known {
    bodies: HashMap<String, String>,
    places: HashMap<String, String>,
}

fn squeeze(key: &str) -> String {
    key.chars().filter(|c| !matches!(c, ' ' | '-')).collect()
}

impl Known {
    fn of(raws: &[Raw]) -> Known {
        let mut known = Known::default();
        for raw in raws {
            for m in &raw.mentions {
                if let Detail::Organization(e) = &m.detail {
                    known.bodies.insert(squeeze(&e.key), e.key.clone());
                    known.bodies.insert(squeeze(&key(&m.text)), e.key.clone());
                }
            }
            for c in raw.candidates.iter().filter(|c| c.located) {
                known.places.insert(squeeze(&c.key), c.key.clone());
            }
        }
        known
    }

    /// A person's mention that is in fact an organisation: "Northwind Energy" named as a
    /// company elsewhere, or opening with one ("Northwind Holdings" after "Northwind's shares").
    fn body_for(&self, m: &Mention) -> Option<String> {
        let Detail::Person(name) = &m.detail else {
            return None;
        };
        if name.title.is_some() || self.bodies.is_empty() {
            return None;
        }
        let whole = self.bodies.get(&squeeze(&key(&name.written)));
        let first = name
            .given
            .first()
            .and_then(|g| self.bodies.get(&squeeze(g)));
        whole.or(first).cloned()
    }
}

/// The initials of a name's capitalised words, hyphenated parts each counted
/// ("Asia-Pacific Economic Cooperation" → "apec"), when it has three or more.
fn initials(label: &str) -> Option<String> {
    let letters: String = label
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2013}'))
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .flat_map(char::to_lowercase)
        .collect();
    (letters.chars().count() >= 3).then_some(letters)
}

fn resolve(mut raws: Vec<Raw>) -> Analysis {
    let known = Known::of(&raws);
    for raw in &mut raws {
        for m in &mut raw.mentions {
            // A body written out where another mention gives only its acronym: one fact.
            if let Detail::Organization(e) = &mut m.detail {
                let acronym = e
                    .gazetteer
                    .is_none()
                    .then(|| initials(&e.label))
                    .flatten()
                    .filter(|i| *i != e.key)
                    .and_then(|i| known.bodies.get(&i));
                if let Some(acronym) = acronym {
                    e.key = acronym.clone();
                }
            }
            if let Some(body) = known.body_for(m) {
                m.kind = FactKind::Organization;
                m.detail = Detail::Organization(Entity {
                    key: body,
                    label: m.text.clone(),
                    gazetteer: None,
                    demonym: false,
                });
            }
        }
    }
    let mut people = People {
        clusters: Vec::new(),
        by_variant_key: HashMap::default(),
        by_surname: HashMap::default(),
        by_full: HashMap::default(),
        by_loose: HashMap::default(),
        by_words: HashMap::default(),
        by_prefix: HashMap::default(),
    };
    // Pass 1: full names. Pass 2: titled surnames. Pass 3: lone capitalised words.
    let mut person_of: HashMap<(usize, usize), usize> = HashMap::default();
    for (d, raw) in raws.iter().enumerate() {
        for (m, mention) in raw.mentions.iter().enumerate() {
            if let Detail::Person(name) = &mention.detail {
                if !name.given.is_empty() {
                    person_of.insert((d, m), people.join_full(name));
                }
            }
        }
    }
    for (d, raw) in raws.iter().enumerate() {
        for (m, mention) in raw.mentions.iter().enumerate() {
            if let Detail::Person(name) = &mention.detail {
                if name.given.is_empty() {
                    let id = match people.by_surname(&name.surname) {
                        Some(id) => id,
                        None => {
                            people.by_surname.clear();
                            people.push()
                        }
                    };
                    people.add(id, name);
                    person_of.insert((d, m), id);
                }
            }
        }
    }
    let mut docs: Vec<Vec<(Mention, Option<usize>)>> = Vec::new();
    for (d, raw) in raws.into_iter().enumerate() {
        let mut list: Vec<(Mention, Option<usize>)> = raw
            .mentions
            .into_iter()
            .enumerate()
            .map(|(m, mention)| {
                let cluster = person_of.get(&(d, m)).copied();
                (mention, cluster)
            })
            .collect();
        for c in raw.candidates {
            if let Some(mention) = candidate_mention(&mut people, &known, &c) {
                list.push(mention);
            } else {
                list.extend(compound_people(&mut people, &c));
            }
        }
        list.sort_by_key(|(m, _)| m.span.start);
        docs.push(list);
    }
    let labels: Vec<String> = people.clusters.iter().map(Cluster::label).collect();
    for list in &mut docs {
        resolve_speakers(list, &labels, &people.clusters);
    }
    assign_ids(docs, &labels)
}

/// A candidate becomes a person if its surname is known, an organisation if some report
/// shows the name to be one, a place if it followed "in"/"at" (here or in another sentence),
/// and nothing otherwise.
fn candidate_mention(
    people: &mut People,
    known: &Known,
    c: &Candidate,
) -> Option<(Mention, Option<usize>)> {
    let words: Vec<&str> = c.key.split(' ').collect();
    let surname = words.last().copied().unwrap_or("");
    let cluster = match words.len() {
        1 => people.by_surname(surname),
        _ => people.by_surname(surname).filter(|&id| {
            let given: Vec<String> = words[..words.len() - 1]
                .iter()
                .map(|w| w.to_string())
                .collect();
            given_agree(&people.clusters[id].given, &given)
        }),
    };
    if let Some(id) = cluster {
        let name = PersonName {
            title: None,
            given: Vec::new(),
            surname: surname.to_string(),
            written: c.surface.clone(),
        };
        people.clusters[id].mentions += 1;
        let mention = Mention {
            kind: FactKind::Person,
            span: c.span.clone(),
            text: c.surface.clone(),
            sentence: c.sentence,
            label: String::new(),
            detail: Detail::Person(name),
            event: None,
        };
        return Some((mention, Some(id)));
    }
    // Not a known surname: a body or a place if some report says so of that name.
    let squeezed = squeeze(&c.key);
    let (kind, key) = if let Some(body) = known.bodies.get(&squeezed) {
        (FactKind::Organization, body.clone())
    } else if c.located {
        (FactKind::Place, c.key.clone())
    } else {
        (FactKind::Place, known.places.get(&squeezed)?.clone())
    };
    let entity = Entity {
        key,
        label: c.surface.clone(),
        gazetteer: None,
        demonym: false,
    };
    let detail = match kind {
        FactKind::Organization => Detail::Organization(entity),
        _ => Detail::Place(entity),
    };
    let mention = Mention {
        kind,
        span: c.span.clone(),
        text: c.surface.clone(),
        sentence: c.sentence,
        label: String::new(),
        detail,
        event: c.event.clone(),
    };
    Some((mention, None))
}

/// The people inside a compound nobody is named as: "the Lindqvist–Nowak talks" names
/// Lindqvist and Nowak when both are known surnames (every part must be one, so a
/// double-barrelled surname nobody else has stays unclaimed).
fn compound_people(people: &mut People, c: &Candidate) -> Vec<(Mention, Option<usize>)> {
    let dash = |ch: char| matches!(ch, '-' | '\u{2010}' | '\u{2013}');
    if !c.surface.contains(dash) || c.surface.contains(char::is_whitespace) {
        return Vec::new();
    }
    let mut parts = Vec::new();
    let mut offset = 0;
    for part in c.surface.split(dash) {
        let start = offset;
        offset += part.len()
            + c.surface[offset + part.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        let Some(id) = people.by_surname(&key(part)) else {
            return Vec::new();
        };
        parts.push((part, start, id));
    }
    if parts.len() < 2 {
        return Vec::new();
    }
    parts
        .into_iter()
        .map(|(part, start, id)| {
            people.clusters[id].mentions += 1;
            let name = PersonName {
                title: None,
                given: Vec::new(),
                surname: key(part),
                written: part.to_string(),
            };
            let span = c.span.start + start..c.span.start + start + part.len();
            let mention = Mention {
                kind: FactKind::Person,
                span,
                text: part.to_string(),
                sentence: c.sentence,
                label: String::new(),
                detail: Detail::Person(name),
                event: None,
            };
            (mention, Some(id))
        })
        .collect()
}

/// The person a "he" or "she" at byte `at` most likely stands for: of the last sentence to
/// name someone before it, the first person named — the sentence's subject as news writes
/// it. "Kovac met Rell on Monday. She told Rell …": she is Kovac, although Rell was named
/// last (and once more after the pronoun, which cannot count).
fn subject_before(list: &[(Mention, Option<usize>)], at: usize) -> Option<usize> {
    let named_before = |(m, id): &(Mention, Option<usize>)| {
        (m.kind == FactKind::Person && m.span.end <= at).then_some((m.sentence, *id))
    };
    let (sentence, _) = list
        .iter()
        .rev()
        .find_map(|e| named_before(e).filter(|(_, id)| id.is_some()))?;
    list.iter()
        .filter_map(named_before)
        .find(|&(s, id)| s == sentence && id.is_some())
        .and_then(|(_, id)| id)
}

/// Name each quotation's speaker: the person whose mention it is, or for "he" the first
/// person named in the last sentence naming someone before the quote, for "the president"
/// the last one with that title.
fn resolve_speakers(
    list: &mut [(Mention, Option<usize>)],
    labels: &[String],
    clusters: &[Cluster],
) {
    let mut last_person: Option<usize> = None;
    let mut last_with_title: HashMap<String, usize> = HashMap::default();
    for i in 0..list.len() {
        if let Some(id) = list[i].1 {
            last_person = Some(id);
            for t in &clusters[id].titles {
                for word in t.split(' ') {
                    last_with_title.insert(word.to_string(), id);
                }
            }
        }
        let Detail::Quote(quote) = &list[i].0.detail else {
            continue;
        };
        let Some(speaker) = &quote.speaker else {
            continue;
        };
        let resolved = match speaker.cue {
            SpeakerCue::Named => list
                .iter()
                .find(|(m, _)| {
                    m.span.start < speaker.span.end
                        && speaker.span.start < m.span.end
                        && m.kind != FactKind::Quote
                })
                .map(|(m, id)| match id {
                    Some(id) => labels[*id].clone(),
                    None => entity_label(m).unwrap_or_else(|| speaker.written.clone()),
                }),
            SpeakerCue::Pronoun => subject_before(list, speaker.span.start)
                .or(last_person)
                .map(|id| labels[id].clone()),
            SpeakerCue::Description => {
                let noun = key(&speaker.written)
                    .rsplit(' ')
                    .next()
                    .unwrap_or("")
                    .to_string();
                last_with_title
                    .get(&noun)
                    .or(last_person.as_ref())
                    .map(|&id| labels[id].clone())
            }
        };
        if let (Some(label), Detail::Quote(quote)) = (resolved, &mut list[i].0.detail) {
            if let Some(s) = &mut quote.speaker {
                s.label = label;
            }
        }
    }
}

fn entity_label(m: &Mention) -> Option<String> {
    match &m.detail {
        Detail::Place(e) | Detail::Organization(e) => Some(e.label.clone()),
        _ => None,
    }
}

/// Give every mention its canonical fact.
fn assign_ids(docs: Vec<Vec<(Mention, Option<usize>)>>, person_labels: &[String]) -> Analysis {
    let dates = merge_dates(&docs);
    let measured = merge_measures(&docs);
    let ranges = merge_range_ends(&docs, &measured);
    let quotes = cluster_quotes(&docs);
    let mut facts: Vec<Canon> = Vec::new();
    let mut index: HashMap<(FactKind, String), usize> = HashMap::default();
    let mut label_votes: Vec<Vec<(String, usize)>> = Vec::new();
    let mut mentions: Vec<Vec<Mention>> = Vec::new();
    let mut ids = Vec::new();
    for (d, list) in docs.into_iter().enumerate() {
        let mut doc_mentions = Vec::with_capacity(list.len());
        let mut doc_ids = Vec::with_capacity(list.len());
        for (m, (mention, cluster)) in list.into_iter().enumerate() {
            let (key, label) = match (&mention.detail, cluster) {
                (Detail::Person(_), Some(id)) => {
                    (format!("person {id}"), person_labels[id].clone())
                }
                (Detail::Person(name), None) => {
                    (format!("name {}", name.surname), name.written.clone())
                }
                (Detail::Place(e) | Detail::Organization(e), _) => (e.key.clone(), e.label.clone()),
                (Detail::Date(v), _) => {
                    let canonical = dates.get(&v.key()).cloned().unwrap_or_else(|| v.clone());
                    (canonical.key(), canonical.label())
                }
                (Detail::Number(q), _) => {
                    let key = q.key();
                    let key = measured.get(&key).cloned().unwrap_or(key);
                    (ranges.get(&key).cloned().unwrap_or(key), q.label())
                }
                (Detail::Quote(_), _) => quotes[&(d, m)].clone(),
            };
            let id = *index.entry((mention.kind, key)).or_insert_with(|| {
                facts.push(Canon {
                    kind: mention.kind,
                    label: String::new(),
                });
                label_votes.push(Vec::new());
                facts.len() - 1
            });
            match label_votes[id].iter_mut().find(|(l, _)| *l == label) {
                Some((_, n)) => *n += 1,
                None => label_votes[id].push((label, 1)),
            }
            doc_mentions.push(mention);
            doc_ids.push(id);
        }
        mentions.push(doc_mentions);
        ids.push(doc_ids);
    }
    // The label is the form most mentions give; ties go to the form keeping more accents
    // ("Belém" over "Belem"), then the alphabetically first, so it never depends on which
    // report is read first.
    for (fact, votes) in facts.iter_mut().zip(&label_votes) {
        let accents = |l: &str| l.chars().filter(|c| !c.is_ascii()).count();
        fact.label = votes
            .iter()
            .min_by(|(a, x), (b, y)| y.cmp(x).then(accents(b).cmp(&accents(a))).then(a.cmp(b)))
            .map(|(l, _)| l.clone())
            .unwrap_or_default();
    }
    for (doc_mentions, doc_ids) in mentions.iter_mut().zip(&ids) {
        for (mention, &id) in doc_mentions.iter_mut().zip(doc_ids) {
            mention.label = facts[id].label.clone();
        }
    }
    Analysis {
        mentions,
        ids,
        facts,
    }
}

/// Map each date value's key to the value it is canonicalised as: itself, or the single most
/// specific value that covers it.
fn merge_dates(docs: &[Vec<(Mention, Option<usize>)>]) -> HashMap<String, DateValue> {
    let mut values: Vec<DateValue> = Vec::new();
    let mut seen: HashMap<String, ()> = HashMap::default();
    for (m, _) in docs.iter().flatten() {
        if let Detail::Date(v) = &m.detail {
            if seen.insert(v.key(), ()).is_none() {
                values.push(v.clone());
            }
        }
    }
    // Few distinct values per set (dozens), so comparing each with each is cheap.
    let mut out = HashMap::default();
    for v in &values {
        let mut covering: Vec<&DateValue> = values
            .iter()
            .filter(|w| w.specificity() > v.specificity() && w.covers(v))
            .collect();
        covering.sort_by_key(|w| std::cmp::Reverse(w.specificity()));
        let target = match covering.first() {
            Some(top) if covering.iter().all(|w| top.covers(w)) => (*top).clone(),
            _ => v.clone(),
        };
        out.insert(v.key(), target);
    }
    out
}

/// Map the key of each figure given without a measure to the key of the same figure given
/// with one, when the reports give it with exactly one: "the 15 people who were killed" (the
/// verb in a clause of its own) and "the 15 people killed" (a death toll) are one figure.
/// What one report shows a figure to be holds for the same figure in the other, as it does
/// for a name.
fn merge_measures(docs: &[Vec<(Mention, Option<usize>)>]) -> HashMap<String, String> {
    let base = |q: &Quantity| {
        format!(
            "{}|{:?}|{}|{:?}|{:?}",
            q.value, q.upper, q.ordinal, q.unit, q.noun
        )
    };
    let mut measured = Targets::default();
    for q in figures(docs).filter(|q| q.measure.is_some()) {
        measured.add(base(q), q.key());
    }
    measured.only(
        figures(docs)
            .filter(|q| q.measure.is_none() && q.noun.is_some())
            .map(|q| (base(q), q.key())),
    )
}

/// Map the key of a figure to the key of a range one of whose ends it is, in the same measure:
/// "the police put the turnout at between 88,000 and 107,000" and "the police estimated the
/// turnout at 107,000" give one figure, 107,000, both. Only when exactly one range of that
/// measure ends at the figure, and only for figures with a measure: a bare "3" is no end
/// of anything.
fn merge_range_ends(
    docs: &[Vec<(Mention, Option<usize>)>],
    measured: &HashMap<String, String>,
) -> HashMap<String, String> {
    let key_of = |q: &Quantity| {
        let key = q.key();
        measured.get(&key).cloned().unwrap_or(key)
    };
    let mut ends = Targets::default();
    for q in figures(docs).filter(|q| q.measure.is_some() && q.words.is_none()) {
        let Some(upper) = q.upper else {
            continue;
        };
        for end in [q.value, upper] {
            let point = Quantity {
                value: end,
                upper: None,
                ..q.clone()
            };
            ends.add(point.key(), key_of(q));
        }
    }
    ends.only(
        figures(docs)
            .filter(|q| q.upper.is_none() && q.measure.is_some())
            .map(|q| (key_of(q), key_of(q))),
    )
}

/// The figures of the reports, in reading order.
fn figures(docs: &[Vec<(Mention, Option<usize>)>]) -> impl Iterator<Item = &Quantity> {
    docs.iter().flatten().filter_map(|(m, _)| match &m.detail {
        Detail::Number(q) => Some(q),
        _ => None,
    })
}

/// Keys a figure may be merged into, grouped by what the figure must match.
#[derive(Default)]
struct Targets(HashMap<String, Vec<String>>);

impl Targets {
    fn add(&mut self, group: String, target: String) {
        let targets = self.0.entry(group).or_default();
        if !targets.contains(&target) {
            targets.push(target);
        }
    }

    /// Each `(group, key)` mapped to its group's target, when the group has exactly one: two
    /// candidates, and the figure is merged into neither.
    fn only(&self, figures: impl Iterator<Item = (String, String)>) -> HashMap<String, String> {
        figures
            .filter_map(|(group, key)| match self.0.get(&group).map(Vec::as_slice) {
                Some([only]) => Some((key, only.clone())),
                _ => None,
            })
            .collect()
    }
}

/// Near-identical quotations: equal words, one a trimmed run of the other (at least three
/// words), or — for quotes of four words or more — at least 80% of words in common order.
pub(super) fn same_quote(a: &[String], b: &[String]) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() >= 3 && long.windows(short.len()).any(|w| w == short) {
        return true;
    }
    if short.len() < 4 {
        return false;
    }
    let lcs = lcs_len(a, b);
    2 * lcs * 10 >= 8 * (a.len() + b.len())
}

fn lcs_len(a: &[String], b: &[String]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Quotes shorter than this are words, not statements ("constructive"): two reports can
/// quote the same word from different people about different things, so the speaker is part
/// of a short quote's identity.
pub(super) const STATEMENT_WORDS: usize = 4;

/// Cluster the quotations: (doc, mention) → (key, label).
fn cluster_quotes(
    docs: &[Vec<(Mention, Option<usize>)>],
) -> HashMap<(usize, usize), (String, String)> {
    struct QuoteCluster {
        members: Vec<Vec<String>>,
        speaker: Option<String>,
        speakers: Vec<String>,
        text: String,
    }
    let mut clusters: Vec<QuoteCluster> = Vec::new();
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::default();
    let mut out = HashMap::default();
    for (d, list) in docs.iter().enumerate() {
        for (m, (mention, _)) in list.iter().enumerate() {
            let Detail::Quote(q) = &mention.detail else {
                continue;
            };
            let speaker = q.speaker.as_ref().map(|s| s.label.clone());
            let short = q.words.len() < STATEMENT_WORDS;
            let mut candidates: Vec<usize> = q
                .words
                .iter()
                .filter_map(|w| by_word.get(w))
                .flatten()
                .copied()
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            let allowed = |c: usize| {
                let speakers_differ =
                    matches!((&clusters[c].speaker, &speaker), (Some(a), Some(b)) if a != b);
                !(short && speakers_differ)
            };
            // The same words join the quote they repeat before any near one: near-sameness is
            // not transitive, and a report compared with itself must find each quote in both.
            let found = candidates
                .iter()
                .copied()
                .find(|&c| allowed(c) && clusters[c].members.contains(&q.words))
                .or_else(|| {
                    candidates.iter().copied().find(|&c| {
                        allowed(c) && clusters[c].members.iter().any(|w| same_quote(w, &q.words))
                    })
                });
            let id = found.unwrap_or_else(|| {
                clusters.push(QuoteCluster {
                    members: Vec::new(),
                    speaker: None,
                    speakers: Vec::new(),
                    text: String::new(),
                });
                clusters.len() - 1
            });
            let cluster = &mut clusters[id];
            cluster.members.push(q.words.clone());
            if let Some(sp) = &speaker {
                if !cluster.speakers.contains(sp) {
                    cluster.speakers.push(sp.clone());
                }
            }
            if cluster.speaker.is_none() {
                cluster.speaker = speaker;
            }
            let written = mention_text(mention);
            let longer = written.len() > cluster.text.len();
            if longer || (written.len() == cluster.text.len() && written < cluster.text) {
                cluster.text = written;
            }
            for w in &q.words {
                let ids = by_word.entry(w.clone()).or_default();
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            }
            out.insert((d, m), id);
        }
    }
    out.into_iter()
        .map(|(at, id)| {
            let c = &clusters[id];
            // Named only when the reports agree on who said it.
            let label = match c.speakers.as_slice() {
                [s] => format!("{s}: “{}”", c.text),
                _ => format!("“{}”", c.text),
            };
            (at, (format!("quote {id}"), label))
        })
        .collect()
}

fn mention_text(m: &Mention) -> String {
    match &m.detail {
        Detail::Quote(q) => q.text.clone(),
        _ => String::new(),
    }
}
