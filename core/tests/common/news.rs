//! Pairs of reports made of the words of the news, decoded from a string of choices: the `news`
//! fuzz target (`fuzz/`, which includes this file by path) feeds it libFuzzer's bytes, the
//! engine's property tests (`news_pairs.rs`) proptest's. Random bytes rarely spell capitalised
//! names joined by function words, dated events or hedged amounts, which is where the fact
//! rules branch; sentences built from these tokens reach them in a few executions.
//!
//! The left report is a few paragraphs of sentences (a dateline may open one, a page-furniture
//! line may stand between them); the right one is, most often, the left one edited as a second
//! outlet or a careless hand would: a number, weekday or name swapped, a word doubled or
//! dropped, sentences reordered, dropped or repeated.

use corroborate_core::Options;

/// The choices a pair is decoded from: one byte each (two for a choice among more than 256).
/// Once the bytes run out every choice is the first, so any input decodes, and shorter inputs
/// give shorter reports.
pub struct Choices<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Choices<'a> {
    /// Choices read from `bytes`, in order.
    pub fn new(bytes: &'a [u8]) -> Choices<'a> {
        Choices { bytes, at: 0 }
    }

    /// Whether every byte has been used.
    pub fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }

    fn byte(&mut self) -> usize {
        let b = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        usize::from(b)
    }

    /// A choice in `0..n` (`n` at least 1).
    pub fn below(&mut self, n: usize) -> usize {
        let raw = if n > 256 {
            self.byte() << 8 | self.byte()
        } else {
            self.byte()
        };
        raw % n.max(1)
    }

    /// One of `list`.
    pub fn pick<'l>(&mut self, list: &[&'l str]) -> &'l str {
        list[self.below(list.len())]
    }
}

/// Given names from several languages, some with letters outside ASCII.
const FIRST: &[&str] = &[
    "Volodymyr",
    "Anna",
    "Mohammed",
    "Ali",
    "José",
    "Zoë",
    "Łukasz",
    "Søren",
    "Björn",
    "Nguyễn",
    "Olaf",
    "Ursula",
    "Recep",
    "Xi",
    "Keir",
    "Ngozi",
    "Jean-Pierre",
    "María",
    "Oleksandr",
    "Petra",
    "A",
    "J.",
    "Dmitry",
    "Ayşe",
];
/// Surnames, with spelling variants of one another and names that are also given names.
const SURNAME: &[&str] = &[
    "Zelenskyy",
    "Zelensky",
    "Zelenskiy",
    "Macron",
    "Scholz",
    "Erdoğan",
    "Müller",
    "Ali",
    "O'Brien",
    "Lindqvist",
    "Lind",
    "Okonjo-Iweala",
    "García",
    "Nowak",
    "Jensen",
    "Starmer",
    "Leyen",
    "Salman",
    "Sánchez",
    "Ivanova",
    "Ivanov",
    "Smith",
    "Kim",
];
/// Titles and honorifics that cue a name after them.
const TITLE: &[&str] = &[
    "President",
    "Prime Minister",
    "Secretary",
    "Foreign Secretary",
    "Minister",
    "Sen.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms",
    "Gen.",
    "King",
    "Pope",
    "Chancellor",
    "Crown Prince",
    "spokeswoman",
    "Defence Minister",
    "envoy",
    "Sheikh",
];
/// Particles inside names.
const PARTICLE: &[&str] = &[
    "bin", "von der", "von", "al-", "Al-", "van", "van der", "de", "da", "del", "ibn", "Le", "di",
    "O'", "Mac",
];
/// Function words that join or split names.
const JOINER: &[&str] = &[
    "and", "and", "of", "or", "&", "with", "the", "The", "A", "a", "to", "in", "on", "at", "for",
    "by", "as", "And", "Of", "its", "his", "her",
];
/// Places and organisations, some in the engine's gazetteer and some not.
const PLACE: &[&str] = &[
    "Ukraine",
    "Kyiv",
    "Kiev",
    "Paris",
    "Washington",
    "New York",
    "United States",
    "U.S.",
    "US",
    "U.K.",
    "Britain",
    "São Paulo",
    "Zürich",
    "Zurich",
    "Geneva",
    "Moscow",
    "Gaza",
    "Saudi Arabia",
    "the Netherlands",
    "Norway",
    "NATO",
    "European Union",
    "EU",
    "U.N.",
    "United Nations",
    "Kremlin",
    "White House",
    "Élysée",
    "Elysee",
    "Riyadh",
    "Abu Dhabi",
];
/// Days, months and the other words dates are made of.
const WEEKDAY: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mon",
    "Sun.",
    "today",
    "yesterday",
    "tomorrow",
    "last week",
    "on Monday",
    "Sunday night",
];
const DATE: &[&str] = &[
    "Dec 1",
    "Dec. 1",
    "December 1",
    "1 December",
    "December 1st",
    "1st December",
    "2025",
    "2026",
    "12/01/2025",
    "2025-12-01",
    "10 a.m.",
    "10am",
    "noon",
    "14:30",
    "10:32 GMT",
    "November",
    "Nov. 30",
    "30 November 2025",
    "last year",
    "in 2024",
    "March",
    "May",
    "the 1990s",
    "31",
    "February 30",
];
/// Figures, in digits and words.
const NUMBER: &[&str] = &[
    "28",
    "28-point",
    "1,000",
    "1.5",
    "0",
    "thirty-two",
    "two",
    "three",
    "dozens",
    "hundreds",
    "3%",
    "$5 billion",
    "€20m",
    "£1.2bn",
    "5 km",
    "40",
    "half",
    "a third",
    "1st",
    "11th",
    "one",
    "ten",
    "100,000",
    "2.5",
    "7",
    "1 million",
    "12",
    "-3",
    "+4",
];
/// Units and nouns that say what a figure counts.
const UNIT: &[&str] = &[
    "million",
    "billion",
    "percent",
    "per cent",
    "%",
    "people",
    "points",
    "km",
    "miles",
    "tonnes",
    "dollars",
    "troops",
    "civilians",
    "soldiers",
    "hours",
    "days",
    "drones",
    "years",
];
/// Hedges before a figure.
const HEDGE: &[&str] = &[
    "about",
    "more than",
    "at least",
    "nearly",
    "up to",
    "around",
    "fewer than",
    "some",
    "roughly",
    "almost",
    "over",
    "less than",
    "an estimated",
];
/// Quotation marks of every style, opening and closing.
const QUOTE: &[&str] = &[
    "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‟", "‹", "›", "「", "」", "‚", "« ", " »",
];
/// Hyphens, dashes and the punctuation around clauses.
const DASH: &[&str] = &[
    "-", "–", "—", "‑", "--", " - ", "(", ")", ",", ";", ":", "…", "/",
];
/// Verbs of reporting and of the events reported.
const VERB: &[&str] = &[
    "said",
    "said",
    "says",
    "told",
    "met",
    "denied",
    "killed",
    "signed",
    "agreed",
    "announced",
    "according to",
    "added",
    "warned",
    "visited",
    "was killed",
    "were injured",
    "held talks",
    "rejected",
    "will meet",
];
/// Other words of a report.
const WORD: &[&str] = &[
    "talks",
    "peace plan",
    "officials",
    "ceasefire",
    "people",
    "leaders",
    "meeting",
    "summit",
    "statement",
    "delegation",
    "attack",
    "strike",
    "deal",
    "agreement",
    "press conference",
    "reporters",
    "week",
    "capital",
    "border",
    "that",
    "it",
    "not",
    "would",
    "was",
    "had",
];
/// Whole lines a page wraps its article in.
const FURNITURE: &[&str] = &[
    "Advertisement",
    "Share this article",
    "Sign up for our daily newsletter",
    "Read more: Leaders meet again",
    "© 2026 Example News Ltd",
    "Photo: Example Agency",
    "Updated 1 December 2025, 10:32 GMT",
    "Follow us on social media",
    "Related coverage",
    "Skip to content",
    "Most read",
    "By Jane Example and Omar Sample",
];
/// Datelines that open a report's first paragraph.
const DATELINE: &[&str] = &[
    "PARIS, Dec 1 (Reuters) -",
    "KYIV, Ukraine (AP) —",
    "WASHINGTON —",
    "BERLIN, 2 December (dpa) –",
    "LONDON (Example News)",
    "NEW YORK, Monday:",
    "RIYADH, Saudi Arabia, Nov. 30 —",
    "GENEVA –",
];

/// The token classes a sentence draws from, name classes several times so that capitalised
/// names joined by function words are common.
const CLASSES: &[&[&str]] = &[
    FIRST, FIRST, SURNAME, SURNAME, SURNAME, TITLE, TITLE, PARTICLE, PARTICLE, JOINER, JOINER,
    JOINER, PLACE, PLACE, WEEKDAY, DATE, DATE, NUMBER, NUMBER, UNIT, UNIT, HEDGE, QUOTE, QUOTE,
    DASH, VERB, VERB, WORD, WORD, WORD,
];

/// What goes between two tokens: most often a space, sometimes nothing (glued, as "al-"
/// before a name), a line break or a no-break space.
const GAPS: &[&str] = &[" ", " ", " ", " ", " ", "", "\n", "\u{a0}"];

/// How a sentence ends, and what comes after it.
const ENDS: &[&str] = &[
    ". ", ". ", ".\n\n", "? ", "! ", "\n\n", ".” ", "… ", "", ".\n",
];

/// One sentence (or line) of a report, as the choices that make it.
#[derive(Clone, Debug)]
enum Line {
    /// Tokens as (class, index, gap before), then the end.
    Sentence(Vec<(usize, usize, usize)>, usize),
    /// A page-furniture line.
    Furniture(usize),
    /// A dateline, then a sentence.
    Dated(usize, Vec<(usize, usize, usize)>, usize),
}

fn token(choices: &mut Choices) -> (usize, usize, usize) {
    let class = choices.below(CLASSES.len());
    let index = choices.below(CLASSES[class].len());
    let gap = choices.below(GAPS.len());
    (class, index, gap)
}

fn sentence_tokens(choices: &mut Choices) -> Vec<(usize, usize, usize)> {
    let n = 1 + choices.below(16);
    (0..n).map(|_| token(choices)).collect()
}

fn line(choices: &mut Choices) -> Line {
    match choices.below(16) {
        0 => Line::Furniture(choices.below(FURNITURE.len())),
        1 => Line::Dated(
            choices.below(DATELINE.len()),
            sentence_tokens(choices),
            choices.below(ENDS.len()),
        ),
        _ => Line::Sentence(sentence_tokens(choices), choices.below(ENDS.len())),
    }
}

fn report(choices: &mut Choices) -> Vec<Line> {
    let n = 1 + choices.below(8);
    (0..n).map(|_| line(choices)).collect()
}

fn write_tokens(out: &mut String, tokens: &[(usize, usize, usize)]) {
    for (i, &(class, index, gap)) in tokens.iter().enumerate() {
        if i > 0 {
            out.push_str(GAPS[gap]);
        }
        out.push_str(CLASSES[class][index]);
    }
}

fn write(lines: &[Line]) -> String {
    let mut out = String::new();
    for line in lines {
        match line {
            Line::Sentence(tokens, end) => {
                write_tokens(&mut out, tokens);
                out.push_str(ENDS[*end]);
            }
            Line::Furniture(f) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(FURNITURE[*f]);
                out.push_str("\n\n");
            }
            Line::Dated(d, tokens, end) => {
                out.push_str(DATELINE[*d]);
                out.push(' ');
                write_tokens(&mut out, tokens);
                out.push_str(ENDS[*end]);
            }
        }
    }
    out
}

fn tokens_mut(line: &mut Line) -> Option<&mut Vec<(usize, usize, usize)>> {
    match line {
        Line::Sentence(tokens, _) | Line::Dated(_, tokens, _) => Some(tokens),
        Line::Furniture(_) => None,
    }
}

/// One edit of the kind a second outlet, or a careless hand, makes.
fn edit(lines: &mut Vec<Line>, choices: &mut Choices) {
    if lines.is_empty() {
        lines.push(line(choices));
        return;
    }
    let at = choices.below(lines.len());
    match choices.below(8) {
        // Another token of the same class: a number, weekday, name or quote mark swapped.
        0 | 1 => {
            if let Some(tokens) = tokens_mut(&mut lines[at]) {
                let t = choices.below(tokens.len());
                let class = tokens[t].0;
                tokens[t].1 = choices.below(CLASSES[class].len());
            }
        }
        // Two sentences trade places.
        2 => {
            let other = choices.below(lines.len());
            lines.swap(at, other);
        }
        // A word doubled, as in "Ukraine and and Volodymyr".
        3 => {
            if let Some(tokens) = tokens_mut(&mut lines[at]) {
                let t = choices.below(tokens.len());
                tokens.insert(t, tokens[t]);
            }
        }
        // A word dropped or added.
        4 => {
            if let Some(tokens) = tokens_mut(&mut lines[at]) {
                if tokens.len() > 1 {
                    tokens.remove(choices.below(tokens.len()));
                }
            }
        }
        5 => {
            let new = token(choices);
            if let Some(tokens) = tokens_mut(&mut lines[at]) {
                let t = choices.below(tokens.len() + 1);
                tokens.insert(t, new);
            }
        }
        // A sentence dropped or told twice.
        6 => {
            if lines.len() > 1 {
                lines.remove(at);
            }
        }
        _ => {
            let copy = lines[at].clone();
            let to = choices.below(lines.len() + 1);
            lines.insert(to, copy);
        }
    }
}

/// Options of a comparison from one choice, as the `compare` fuzz target reads them.
pub fn options(choices: &mut Choices) -> Options {
    const THRESHOLDS: [f64; 4] = [0.3, 0.3, 0.1, 0.5];
    let flags = choices.below(256);
    Options {
        include_boilerplate: flags & 1 != 0,
        min_verbatim_words: 1 + ((flags >> 1) & 7) * 2,
        align_threshold: THRESHOLDS[flags >> 6],
        ..Options::default()
    }
}

/// A left and a right report and the options to compare them with, decoded from `bytes`: the
/// right report is the left one with a few edits, the left one itself, or (one time in
/// eight) a report of its own.
pub fn pair(bytes: &[u8]) -> (String, String, Options) {
    let mut choices = Choices::new(bytes);
    let options = options(&mut choices);
    let left = report(&mut choices);
    let right = match choices.below(8) {
        0 => report(&mut choices),
        1 => left.clone(),
        _ => {
            let mut right = left.clone();
            for _ in 0..1 + choices.below(4) {
                edit(&mut right, &mut choices);
            }
            right
        }
    };
    (write(&left), write(&right), options)
}
