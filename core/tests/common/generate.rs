//! Reproducible news-like report pairs for speed checks and benchmarks.
//!
//! The left report is made of random sentences from our own word lists (a fixed seed, so every
//! run compares the same pair); the right report is the left one edited the way a second
//! outlet rewrites wire copy: 8% of words replaced, 5% of sentences dropped, 5% added and 5%
//! moved elsewhere.

/// A small deterministic generator (SplitMix64), so the pairs need no dependency and never
/// change between runs or machines.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in 0..n.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// An item of `list`, earlier items more often (roughly Zipf, as words are in news).
    pub fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        let a = self.below(list.len());
        let b = self.below(list.len());
        list[a.min(b)]
    }
}

const FIRST: &[&str] = &[
    "Anna", "Marek", "Sigrun", "Dmytro", "Lena", "Tomas", "Ines", "Pavel", "Oskar", "Mira",
    "Jonas", "Elif", "Rafael", "Hanna", "Kofi", "Amara", "Yusuf", "Greta", "Milan", "Nadia",
];
const SYLLABLES: &[&str] = &[
    "ber", "lin", "dot", "ko", "va", "sen", "mar", "rik", "ol", "ny", "hal", "dor", "stad", "vik",
    "gar", "pe", "tru", "an", "sky", "mo", "len", "dra", "fi", "zo",
];
const PLACES: &[&str] = &[
    "Reykjavik",
    "Oslo",
    "Kharkiv",
    "Odesa",
    "Brussels",
    "Geneva",
    "Vienna",
    "Lisbon",
    "Tallinn",
    "Gdansk",
    "Porto",
    "Bergen",
    "Tampere",
    "Riga",
    "Lyon",
    "Turin",
    "Valencia",
    "Ghent",
];
const ROLES: &[&str] = &[
    "minister",
    "president",
    "envoy",
    "spokeswoman",
    "spokesman",
    "governor",
    "mayor",
    "official",
    "negotiator",
    "adviser",
    "commissioner",
    "ambassador",
    "chairman",
    "director",
];
const NOUNS: &[&str] = &[
    "plan",
    "talks",
    "agreement",
    "meeting",
    "statement",
    "turbines",
    "engineers",
    "power",
    "station",
    "grid",
    "winter",
    "budget",
    "proposal",
    "summit",
    "ceasefire",
    "deal",
    "pipeline",
    "delegation",
    "parliament",
    "council",
    "report",
    "study",
    "link",
    "cable",
    "project",
    "funding",
    "equipment",
    "strikes",
    "sanctions",
    "guarantees",
    "election",
    "referendum",
    "harbour",
    "railway",
    "bridge",
    "hospital",
    "school",
    "factory",
    "port",
    "border",
    "market",
    "prices",
    "wages",
    "exports",
    "imports",
    "loan",
    "reserves",
    "drones",
    "shelters",
    "schedule",
    "investigation",
    "inquiry",
    "court",
    "ruling",
    "treaty",
    "partners",
    "allies",
    "officials",
    "residents",
    "workers",
    "farmers",
    "students",
    "doctors",
    "villages",
    "districts",
    "regions",
];
const VERBS: &[&str] = &[
    "agreed",
    "signed",
    "announced",
    "rejected",
    "approved",
    "delayed",
    "discussed",
    "welcomed",
    "criticised",
    "promised",
    "pledged",
    "reviewed",
    "proposed",
    "confirmed",
    "denied",
    "opened",
    "closed",
    "visited",
    "funded",
    "expanded",
    "cut",
    "raised",
    "repaired",
    "inspected",
    "postponed",
    "defended",
    "questioned",
    "praised",
    "backed",
    "blocked",
];
const ADJECTIVES: &[&str] = &[
    "new",
    "joint",
    "emergency",
    "final",
    "first",
    "regional",
    "national",
    "temporary",
    "long",
    "short",
    "ambitious",
    "modest",
    "revised",
    "secret",
    "public",
    "urgent",
    "costly",
    "cheap",
    "northern",
    "southern",
    "eastern",
    "western",
    "mobile",
    "undersea",
    "geothermal",
    "rural",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const LINKS: &[&str] = &[
    "after", "before", "while", "because", "although", "as", "when", "since", "until",
];
const DETERMINERS: &[&str] = &["the", "a", "its", "their", "this", "that"];

/// A surname from syllables: a few thousand distinct names, as a long report has.
fn surname(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    let mut name: String = (0..n).map(|_| rng.pick(SYLLABLES)).collect();
    if let Some(first) = name.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    name
}

fn number(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("{}", 2 + rng.below(98)),
        1 => format!("{},{:03}", 1 + rng.below(99), rng.below(1000)),
        2 => format!("{}-point", 3 + rng.below(20)),
        _ => format!("{}th", 4 + rng.below(16)),
    }
}

fn clause(rng: &mut Rng, words: &mut Vec<String>) {
    match rng.below(3) {
        0 => {
            words.push(rng.pick(FIRST).to_string());
            words.push(surname(rng));
        }
        1 => {
            words.push("the".into());
            words.push(rng.pick(ADJECTIVES).into());
            words.push(rng.pick(ROLES).into());
        }
        _ => words.push(rng.pick(PLACES).into()),
    }
    words.push(rng.pick(VERBS).into());
    words.push(rng.pick(DETERMINERS).into());
    if rng.chance(0.6) {
        words.push(rng.pick(ADJECTIVES).into());
    }
    words.push(rng.pick(NOUNS).into());
    match rng.below(4) {
        0 => {
            words.push("in".into());
            words.push(rng.pick(PLACES).into());
        }
        1 => {
            words.push("on".into());
            words.push(rng.pick(WEEKDAYS).into());
        }
        2 => {
            words.push("worth".into());
            words.push(number(rng));
            words.push(rng.pick(NOUNS).into());
        }
        _ => {}
    }
}

/// One sentence of 8 to 30 words.
pub fn sentence(rng: &mut Rng) -> String {
    let mut words: Vec<String> = Vec::new();
    clause(rng, &mut words);
    if rng.chance(0.6) {
        words.push(rng.pick(LINKS).into());
        clause(rng, &mut words);
    }
    if rng.chance(0.3) {
        words.push(",".into());
        words.push(rng.pick(ROLES).into());
        words.push(surname(rng));
        words.push("said".into());
    }
    let mut text = String::new();
    for w in words {
        if !text.is_empty() && w != "," {
            text.push(' ');
        }
        text.push_str(&w);
    }
    if let Some(first) = text.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    text.push('.');
    text
}

/// Sentences joined into paragraphs of one to four sentences.
fn join(sentences: &[String], rng: &mut Rng) -> String {
    let mut text = String::new();
    let mut in_paragraph = 0;
    let mut paragraph_len = 1 + rng.below(4);
    for s in sentences {
        if in_paragraph == paragraph_len {
            text.push_str("\n\n");
            in_paragraph = 0;
            paragraph_len = 1 + rng.below(4);
        } else if in_paragraph > 0 {
            text.push(' ');
        }
        text.push_str(s);
        in_paragraph += 1;
    }
    text.push('\n');
    text
}

/// A replacement word for the 8% edits: another word of the lists.
fn replacement(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => rng.pick(NOUNS).into(),
        1 => rng.pick(VERBS).into(),
        2 => rng.pick(ADJECTIVES).into(),
        _ => number(rng),
    }
}

/// A left report of about `bytes` bytes and its edited right counterpart.
pub fn pair(bytes: usize, seed: u64) -> (String, String) {
    let mut rng = Rng::new(seed);
    let mut left: Vec<String> = Vec::new();
    let mut size = 0;
    while size < bytes {
        let s = sentence(&mut rng);
        size += s.len() + 1;
        left.push(s);
    }
    let mut right: Vec<String> = Vec::new();
    let mut moved: Vec<String> = Vec::new();
    for s in &left {
        if rng.chance(0.05) {
            continue; // dropped
        }
        let edited = s
            .split(' ')
            .map(|w| {
                if rng.chance(0.08) {
                    let mut r = replacement(&mut rng);
                    if w.ends_with('.') {
                        r.push('.');
                    }
                    r
                } else {
                    w.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        if rng.chance(0.05) {
            moved.push(edited);
        } else {
            right.push(edited);
        }
        if rng.chance(0.05) {
            right.push(sentence(&mut rng)); // added
        }
    }
    for s in moved {
        let at = rng.below(right.len() + 1);
        right.insert(at, s);
    }
    let left_text = join(&left, &mut rng);
    let right_text = join(&right, &mut rng);
    (left_text, right_text)
}
