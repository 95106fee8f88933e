//! A compact built-in gazetteer: countries with their aliases and demonyms, capitals and major
//! cities, regions, landmarks and international organisations — enough to recognise the places
//! and bodies of international news without a download.
//!
//! The table is a small text format parsed once on first use:
//! `kind|label|parent|aliases;…|demonyms;…`, where kind is `C` country, `T` city (town),
//! `R` region or state, `B` building or landmark, `G` sea or other geographic feature,
//! `W` continent, `O` organisation. `parent` names the entry that contains it (a city's
//! country, a palace's city), so "the Élysée Palace" and "Paris" can be recognised as one
//! event's location. Aliases written in capitals of up to four letters ("US", "EU", "UK") are
//! acronyms and match only when written in capitals, so the pronoun "us" is never a country.

use super::canon::key;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// What kind of entry a gazetteer name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// A sovereign country.
    Country,
    /// A city or town.
    City,
    /// A region, state or province.
    Region,
    /// A building or landmark (a palace, a square).
    Building,
    /// A sea, river or other geographic feature.
    Geographic,
    /// A continent.
    Continent,
    /// An organisation or institution.
    Organization,
}

/// One gazetteer entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Canonical name, as labels show it ("United States", "Élysée Palace").
    pub label: &'static str,
    /// What it is.
    pub kind: EntryKind,
    /// Index of the containing entry (a city's country), if known.
    pub parent: Option<usize>,
}

/// A name found in the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index of the entry (see [`entry`]).
    pub id: usize,
    /// True when the name is a demonym ("French" for France).
    pub demonym: bool,
    /// True when the name only counts in capitals ("US", not "us").
    pub acronym: bool,
}

struct Gazetteer {
    entries: Vec<Entry>,
    names: HashMap<String, Hit>,
    first_words: HashSet<String>,
    longest: usize,
}

const DATA: &str = include_str!("gazetteer.txt");

fn gazetteer() -> &'static Gazetteer {
    static TABLE: OnceLock<Gazetteer> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn build() -> Gazetteer {
    let mut entries = Vec::new();
    let mut parents = Vec::new();
    let mut names = HashMap::new();
    let mut longest = 1;
    let mut first_words = HashSet::new();
    let lines = DATA
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    for line in lines {
        let mut fields = line.split('|');
        let mut next = || fields.next().unwrap_or("").trim();
        let kind = match next() {
            "C" => EntryKind::Country,
            "T" => EntryKind::City,
            "R" => EntryKind::Region,
            "B" => EntryKind::Building,
            "G" => EntryKind::Geographic,
            "W" => EntryKind::Continent,
            _ => EntryKind::Organization,
        };
        let (label, parent, aliases, demonyms) = (next(), next(), next(), next());
        let id = entries.len();
        entries.push(Entry {
            label,
            kind,
            parent: None,
        });
        parents.push(parent);
        let alias_names = std::iter::once(label).chain(aliases.split(';'));
        let all = alias_names
            .map(|n| (n, false))
            .chain(demonyms.split(';').map(|n| (n, true)));
        for (name, demonym) in all {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            let letters = name.chars().filter(|c| c.is_alphabetic()).count();
            let acronym = letters <= 4 && name.chars().all(|c| c.is_uppercase() || c == '.');
            let k = key(name);
            longest = longest.max(k.split(' ').count());
            first_words.insert(k.split(' ').next().unwrap_or("").to_string());
            // The first entry to claim a name keeps it (Georgia the country before the state).
            names.entry(k).or_insert(Hit {
                id,
                demonym,
                acronym,
            });
        }
    }
    for (id, parent) in parents.into_iter().enumerate() {
        if !parent.is_empty() {
            entries[id].parent = names.get(&key(parent)).map(|h| h.id);
        }
    }
    Gazetteer {
        entries,
        names,
        first_words,
        longest,
    }
}

/// Look up a name by its [`key`]. Acronym-only names are returned with `acronym` set; the
/// caller checks the surface is in capitals.
pub fn lookup(name_key: &str) -> Option<Hit> {
    gazetteer().names.get(name_key).copied()
}

/// True when some gazetteer name starts with this word's key, so callers can skip building
/// longer look-up keys for words that cannot start one.
pub fn starts_name(word_key: &str) -> bool {
    gazetteer().first_words.contains(word_key)
}

/// True when `name_key` is one of the world's cities of 100,000 people or more
/// (`core/lexicon/world/cities.txt`, from GeoNames through `scripts/lexicon/world_cities.py`).
/// Unlike the entries above, these only decide a name nothing else has claimed: a city that
/// is also someone's surname ("Lincoln") is still that person when the person is named.
pub fn world_city(name_key: &str) -> bool {
    static CITIES: OnceLock<HashSet<String>> = OnceLock::new();
    CITIES
        .get_or_init(|| {
            include_str!("../../lexicon/world/cities.txt")
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .map(|l| key(l.trim()))
                .collect()
        })
        .contains(name_key)
}

/// The entry with index `id`.
pub fn entry(id: usize) -> &'static Entry {
    &gazetteer().entries[id]
}

/// The most words any gazetteer name has, so callers know how far to look ahead.
pub fn longest_name() -> usize {
    gazetteer().longest
}

/// True when `outer` is `inner` or contains it (Paris contains the Élysée Palace; France
/// contains Paris).
pub fn contains(outer: usize, inner: usize) -> bool {
    let mut at = Some(inner);
    for _ in 0..8 {
        match at {
            Some(id) if id == outer => return true,
            Some(id) => at = entry(id).parent,
            None => return false,
        }
    }
    false
}

/// The city an entry lies in (itself for a city), for naming an event ("the Paris meeting").
pub fn city_of(id: usize) -> Option<usize> {
    let mut at = Some(id);
    for _ in 0..8 {
        let here = at?;
        match entry(here).kind {
            EntryKind::City => return Some(here),
            EntryKind::Building => at = entry(here).parent,
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(name: &str) -> usize {
        lookup(&key(name)).expect("in the gazetteer").id
    }

    #[test]
    fn aliases_and_demonyms_name_one_country() {
        assert_eq!(id("U.S."), id("United States"));
        assert_eq!(id("US"), id("America"));
        assert_eq!(id("Britain"), id("U.K."));
        assert_eq!(id("EU"), id("European Union"));
        let french = lookup(&key("French")).unwrap();
        assert!(french.demonym);
        assert_eq!(entry(french.id).label, "France");
        assert!(lookup("us").unwrap().acronym);
    }

    #[test]
    fn containment_runs_from_landmark_to_city_to_country() {
        assert!(contains(id("Paris"), id("Élysée Palace")));
        assert!(contains(id("France"), id("Elysee")));
        assert!(!contains(id("Paris"), id("Florida")));
        assert_eq!(city_of(id("Elysee Palace")), Some(id("Paris")));
    }

    #[test]
    fn every_parent_resolves() {
        for line in DATA
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let fields: Vec<&str> = line.split('|').collect();
            if fields.len() > 2 && !fields[2].trim().is_empty() {
                assert!(lookup(&key(fields[2].trim())).is_some(), "parent of {line}");
            }
        }
    }
}
