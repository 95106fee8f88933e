//! The engine's vocabulary: every word list the pipeline reads — month and weekday names,
//! title cues, name particles, the head words of organisations and places, stop words,
//! abbreviations, the words of page furniture — kept as data, one file per list, grouped by
//! language as spaCy keeps `spacy/lang/<code>/`.
//!
//! The files live in `core/lexicon/<language>/<list>.txt`: one entry a line, `#` starts a
//! comment line, and each file opens with a header saying what the list is for and who reads
//! it. They are compiled into the engine (no file access at run time, so the same engine
//! runs in the browser) and parsed once, on first use, by [`lexicon`].
//!
//! Start with [`lexicon`], then the typed accessors: `lexicon().titles().contains("president")`,
//! `lexicon().month("dec")`. A second language is a new folder beside `en/` with the same
//! file names and one more arm in [`Language`]; no rule elsewhere changes.
//!
//! ```
//! use corroborate_core::lexicon::lexicon;
//! assert_eq!(lexicon().month("sept"), Some(9));
//! assert_eq!(lexicon().weekday("sunday"), Some(6));
//! assert!(lexicon().particles().contains("von"));
//! assert_eq!(lexicon().month_name(12), "December");
//! ```

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// One word list: its entries in file order, and a hash set for look-ups.
#[derive(Debug, Default)]
pub struct List {
    entries: Vec<&'static str>,
    set: FxHashSet<&'static str>,
}

impl List {
    fn parse(text: &'static str) -> List {
        let entries: Vec<&'static str> = lines(text).collect();
        let set = entries.iter().copied().collect();
        List { entries, set }
    }

    /// True when `word` is an entry, compared exactly (entries are written as their readers
    /// compare them: most as lower-case keys, a few as written).
    pub fn contains(&self, word: &str) -> bool {
        self.set.contains(word)
    }

    /// The entries in file order (longest-first where the file says order matters).
    pub fn entries(&self) -> &[&'static str] {
        &self.entries
    }
}

/// The non-comment, non-blank lines of a list file, trimmed.
fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// What a number word does in a number written in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberWordKind {
    /// Added up: "thirty", "two".
    Count,
    /// A rank: "third".
    Ordinal,
    /// Multiplies what comes before: "hundred", "million".
    Scale,
    /// Twelve, as in "a dozen" or "three dozen".
    Dozen,
}

/// Number words with their values, from lines "word value kind".
#[derive(Debug, Default)]
struct NumberWords {
    words: FxHashMap<&'static str, (f64, NumberWordKind)>,
}

impl NumberWords {
    fn parse(text: &'static str) -> NumberWords {
        let mut table = NumberWords::default();
        for line in lines(text) {
            let mut fields = line.split_whitespace();
            let (Some(word), Some(value), Some(kind)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let kind = match kind {
                "ordinal" => NumberWordKind::Ordinal,
                "scale" => NumberWordKind::Scale,
                "dozen" => NumberWordKind::Dozen,
                _ => NumberWordKind::Count,
            };
            if let Ok(value) = value.parse() {
                table.words.insert(word, (value, kind));
            }
        }
        table
    }
}

/// A numbered table: one item a line (a month, a weekday), its full name first, then its
/// abbreviations; the line order gives the number.
#[derive(Debug, Default)]
struct Numbered {
    names: Vec<String>,
    keys: Vec<&'static str>,
    index: FxHashMap<&'static str, u8>,
}

impl Numbered {
    fn parse(text: &'static str, first: u8) -> Numbered {
        let mut table = Numbered::default();
        for (n, line) in lines(text).enumerate() {
            let number = first + n as u8;
            let mut words = line.split_whitespace();
            let full = words.next().unwrap_or("");
            table.names.push(capitalised(full));
            table.keys.push(full);
            table.index.insert(full, number);
            for short in words {
                table.index.insert(short, number);
            }
        }
        table
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The languages the engine has word lists for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// English (`core/lexicon/en/`).
    English,
}

macro_rules! lists {
    ($( $(#[$doc:meta])* $name:ident ),* $(,)?) => {
        /// All word lists of one language (see the [module docs](self)).
        #[derive(Debug)]
        pub struct Lexicon {
            $( $name: List, )*
            months: Numbered,
            weekdays: Numbered,
            events: Numbered,
            claims: &'static str,
            furniture: &'static str,
            numbers: NumberWords,
        }

        impl Lexicon {
            /// The lists of `language`, parsed from the files compiled into the engine.
            pub fn load(language: Language) -> Lexicon {
                match language {
                    Language::English => Lexicon {
                        $( $name: List::parse(include_str!(concat!(
                            "../lexicon/en/", stringify!($name), ".txt"
                        ))), )*
                        months: Numbered::parse(include_str!("../lexicon/en/months.txt"), 1),
                        weekdays: Numbered::parse(include_str!("../lexicon/en/weekdays.txt"), 0),
                        events: Numbered::parse(include_str!("../lexicon/en/event_words.txt"), 0),
                        claims: include_str!("../lexicon/en/claims.txt"),
                        furniture: include_str!("../lexicon/en/furniture.txt"),
                        numbers: NumberWords::parse(include_str!("../lexicon/en/number_words.txt")),
                    },
                }
            }

            $(
                $(#[$doc])*
                pub fn $name(&self) -> &List {
                    &self.$name
                }
            )*
        }
    };
}

lists! {
    /// Capitalised words that never start a name (sentence openers, pronouns, furniture).
    not_names,
    /// Name particles that belong to a surname ("de", "von", "der", "al", "bin").
    particles,
    /// Lower-case words allowed between the capitalised words of one name ("of", "and").
    joiners,
    /// Title cues before a person's name, longest first ("prime minister", "gen").
    titles,
    /// Lower-case role words before a person's name ("spokesperson", "counterpart").
    roles,
    /// Roles that are only occupations, so a capitalised one still is the role.
    occupations,
    /// Words that make a name an organisation ("ministry", "council", "agency").
    org_heads,
    /// Words that make a name a place ("airport", "street", "bay").
    place_heads,
    /// Prepositions after which an unknown name is a place ("in", "from").
    locatives,
    /// Abbreviations that keep their period in the fact lexer ("dec", "mr").
    abbreviations,
    /// Words after which a bare month or year is a date ("in", "since").
    date_prepositions,
    /// Relative time expressions, longest first ("earlier this year", "last week").
    relative_dates,
    /// Function words and reporting verbs, weighted down in alignment.
    stop_words,
    /// Titles, as written, after which a full stop never ends a sentence ("Dr").
    sentence_titles,
    /// Abbreviations, as written, that go on before a number ("No", "Art").
    before_number,
    /// Abbreviations, as written, that may or may not end a sentence ("St", "Inc").
    ambiguous_abbreviations,
    /// Agencies that end a photo credit after a slash ("reuters", "getty images").
    credit_agencies,
    /// Lower-case words allowed in a byline's names ("van", "da", "and").
    byline_particles,
    /// Clock words and time zones ("pm", "gmt").
    clock_words,
    /// Other words of a timestamp line ("ago", "updated", "min").
    timestamp_words,
    /// Words that begin a timestamp line ("updated", "first published").
    timestamp_starts,
    /// Words that begin a byline ("by", "written by").
    byline_starts,
    /// Nouns after a possessive that make a name a company ("shares", "shareholders").
    company_cues,
    /// Words after an acronym that make it an organisation ("party", "leader", "backed").
    acronym_cues,
    /// Labels of a caption's closing credit note ("credit", "photo"), before their colon.
    credit_notes,
    /// Abbreviated given names, each line "abbreviation name" ("md mohammad").
    given_name_abbreviations,
    /// Family names written before the given name ("xi", "nguyen").
    family_name_first,
    /// Lower-case area nouns that make the name before them a place ("district").
    area_heads,
    /// Words before a founding date on a masthead ("est", "founded").
    founding_words,
    /// Lower-case nouns before a one-word company name ("carmaker", "operator").
    company_kinds,
    /// Nouns of an apposition that make a single name a person ("resident", "survivor").
    person_appositions,
    /// Words that open a new clause, so a date before them and a place after them are apart.
    clause_openers,
    /// Prepositions that place an event: "met in Paris", "talks at the Élysée". Not "to" or.
    event_locatives,
    /// Verbs (and "according") that attribute a quotation: "said", "told", "called".
    reporting_verbs,
    /// Pronouns that speak for a person named earlier ("he said").
    speaker_pronouns,
    /// What follows a possessive speaker and still names them: "Macron's office said".
    spokesbodies,
    /// Words too common to tell two figures' clauses apart ("the", "of", "has").
    claim_function_words,
    /// Words opening a clause about something else: a figure's window of words stops there.
    claim_breaks,
    /// Words opening a clause of its own after a verb of saying: "he told reporters as tens of.
    subordinators,
    /// Nouns too general to name what a figure counts on their own ("3 people", "2 years").
    generic_nouns,
    /// Event words that name one encounter from either side: "met" and "talks" describe one day.
    encounter_events,
    /// Words that end a noun phrase after a number: function words, auxiliaries, adverbs, and.
    phrase_stops,
    /// Object pronouns: the word before one is a verb ("a nine-hour meeting brought him").
    object_pronouns,
    /// Past participles that count people on their own ("12 killed", "three injured").
    casualty_words,
    /// Verbs after which "over" or "under" ends a phrasal verb ("hand", "took").
    phrasal_verbs,
}

impl Lexicon {
    /// The claims file (`claims.txt`: measures, hedges, vague quantities, verbs of saying),
    /// whose structured lines `facts::claim_words` parses.
    pub fn claims_file(&self) -> &'static str {
        self.claims
    }

    /// The page-furniture file (`furniture.txt`: whole lines, line beginnings and words of
    /// page furniture by kind), whose lines `ingest::boilerplate` parses.
    pub fn furniture_file(&self) -> &'static str {
        self.furniture
    }

    /// A number word's value and what it does ("thirty" → 30, a count).
    pub fn number_word(&self, key: &str) -> Option<(f64, NumberWordKind)> {
        self.numbers.words.get(key).copied()
    }

    /// The canonical event a word names ("met" → "meeting", "signed" → "agreement").
    pub fn event(&self, key: &str) -> Option<&'static str> {
        let n = *self.events.index.get(key)?;
        self.events.keys.get(usize::from(n)).copied()
    }

    /// Where a canonical event stands in the file, most telling first.
    pub fn event_rank(&self, event: &str) -> Option<usize> {
        self.events.keys.iter().position(|&e| e == event)
    }

    /// The month numbered by a name or abbreviation key ("december", "dec", "sept"), 1..=12.
    pub fn month(&self, key: &str) -> Option<u8> {
        self.months.index.get(key).copied()
    }

    /// The weekday of a name or abbreviation key ("sunday", "sun"), 0 = Monday … 6 = Sunday.
    pub fn weekday(&self, key: &str) -> Option<u8> {
        self.weekdays.index.get(key).copied()
    }

    /// True for a full month or weekday name or its abbreviation, as a key.
    pub fn is_calendar_word(&self, key: &str) -> bool {
        self.month(key).is_some() || self.weekday(key).is_some()
    }

    /// The month's full name as labels show it ("December"), for 1..=12.
    pub fn month_name(&self, month: u8) -> &str {
        self.months
            .names
            .get(usize::from(month.max(1) - 1))
            .map_or("", String::as_str)
    }

    /// The weekday's full name as labels show it ("Monday"), for 0 = Monday … 6 = Sunday.
    pub fn weekday_name(&self, weekday: u8) -> &str {
        self.weekdays
            .names
            .get(usize::from(weekday))
            .map_or("", String::as_str)
    }

    /// The full month name of a key, for an abbreviation or the name itself ("sept" →
    /// "september"), lower case.
    pub fn month_full_key(&self, key: &str) -> Option<&'static str> {
        let month = self.month(key)?;
        self.months.keys.get(usize::from(month - 1)).copied()
    }
}

impl Lexicon {
    /// The given name an abbreviation stands for ("md" → "mohammad"), as keys.
    pub fn given_name(&self, abbreviation: &str) -> Option<&'static str> {
        self.given_name_abbreviations
            .entries()
            .iter()
            .find_map(|line| line.strip_prefix(abbreviation)?.strip_prefix(' '))
    }
}

/// The engine's lexicon (English), parsed on first use and kept for the life of the process.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::load(Language::English))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_tables_give_full_names_and_abbreviations() {
        let lex = lexicon();
        assert_eq!(lex.month("january"), Some(1));
        assert_eq!(lex.month("may"), Some(5));
        assert_eq!(lex.month("dec"), Some(12));
        assert_eq!(lex.weekday("monday"), Some(0));
        assert_eq!(lex.weekday("sat"), Some(5));
        assert_eq!(lex.weekday_name(6), "Sunday");
        assert_eq!(lex.month_name(3), "March");
        assert_eq!(lex.month_full_key("sept"), Some("september"));
        assert!(lex.month("mayday").is_none());
    }

    #[test]
    fn every_list_has_entries_and_no_comment_or_blank_lines() {
        let lex = lexicon();
        let lists = [
            lex.not_names(),
            lex.particles(),
            lex.joiners(),
            lex.titles(),
            lex.roles(),
            lex.org_heads(),
            lex.place_heads(),
            lex.stop_words(),
            lex.byline_starts(),
        ];
        for list in lists {
            assert!(!list.entries().is_empty());
            assert!(list
                .entries()
                .iter()
                .all(|e| !e.is_empty() && !e.starts_with('#') && e.trim() == *e));
        }
        assert!(lex.titles().contains("prime minister"));
        assert!(!lex.timestamp_words().contains("paris"));
    }
}
