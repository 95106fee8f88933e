//! Numbers and quantities with their noun and hedge: "100 Dassault Rafale fighter jets",
//! "28-point", "32 drones", "over 1,000 kilometers", "10th visit", "nearly four-year",
//! "around a dozen leaders", "$2 billion", "5%". Numbers in words become digits.

use super::claim_words::{words as claim_words, HedgeKind};
use super::lex::{singular, TokKind};
use super::mention::ClaimContext;
use super::mention::Detail;
pub use super::mention::Quantity;
use super::scan::{Found, Scan, What};
use crate::lexicon::NumberWordKind;
use crate::model::FactKind;

impl Quantity {
    /// What the number is a number of: its unit, else its noun. Two numbers with the same
    /// slot in corresponding sentences are the same figure.
    pub fn slot(&self) -> Option<&str> {
        self.measure
            .as_deref()
            .or(self.unit.as_deref())
            .or(self.noun.as_deref())
    }

    /// A key under which equal quantities meet (the hedge aside).
    pub fn key(&self) -> String {
        let upper = self
            .upper
            .map(|u| format!("-{}", display_value(u)))
            .unwrap_or_default();
        format!(
            "{}{upper}|{}|{}",
            display_value(self.value),
            self.ordinal,
            self.slot().unwrap_or("")
        )
    }

    /// "100 Dassault Rafale fighter jets", "28-point plan", "4-year conflict", "10th visit",
    /// "1000 km", "$2 billion", "9-km tram line". Measures are shown by their symbol, so the
    /// label neither respells the report's "kilometre" nor picks one report's spelling.
    pub fn label(&self) -> String {
        let mut out = if let Some(words) = &self.words {
            words.clone()
        } else if self.ordinal {
            display_value(self.value)
        } else {
            display_amount(self.value)
        };
        if let (Some(upper), None) = (self.upper, &self.words) {
            out.push('–');
            out.push_str(&display_amount(upper));
        }
        if self.ordinal {
            out.push_str(ordinal_suffix(self.value));
        }
        match self.unit.as_deref() {
            Some("percent") => out.push('%'),
            Some("dollar") if !self.compound => out.insert(0, '$'),
            Some("euro") if !self.compound => out.insert(0, '€'),
            Some("pound") if !self.compound => out.insert(0, '£'),
            Some(unit) if self.compound => {
                out.push('-');
                out.push_str(unit_symbol(unit).unwrap_or(unit));
            }
            Some(unit) => {
                out.push(' ');
                match unit_symbol(unit) {
                    Some(symbol) => out.push_str(symbol),
                    None => {
                        out.push_str(unit);
                        if self.value != 1.0 {
                            out.push('s');
                        }
                    }
                }
            }
            None => {}
        }
        if !self.phrase.is_empty() {
            out.push(' ');
            out.push_str(&self.phrase);
        } else if self.unit.is_none() {
            // A figure whose clause names it: "2025 (death toll)".
            if let Some(m) = self
                .measure
                .as_deref()
                .and_then(|m| claim_words().measure_by_key(m))
            {
                out.push_str(&format!(" ({})", m.label));
            }
        }
        out
    }

    /// The values the figure allows, given its hedge and range: "at least 100" is 100 or
    /// more, "about 40" 36 to 44, "nearly 2,000" a little under 2,000, "tens of thousands"
    /// 20,000 to 99,999.
    pub fn bounds(&self) -> (f64, f64) {
        let (low, high) = (self.value, self.upper.unwrap_or(self.value));
        match self.hedge.as_deref().and_then(hedge_kind) {
            Some(HedgeKind::Lower) => (low, f64::INFINITY),
            Some(HedgeKind::Upper) => (0.0, high),
            Some(HedgeKind::Near) => (low * 0.85, high),
            Some(HedgeKind::About) => (low * 0.9, high * 1.1),
            None => (low, high),
        }
    }

    /// True when the two figures for one slot disagree beyond what their hedges allow:
    /// "32 drones" against "30 drones" does; "about 30" against "32" does not.
    pub fn disagrees(&self, other: &Quantity) -> bool {
        let ((a, b), (c, d)) = (self.bounds(), other.bounds());
        // Rounding slack of a millionth, so 59.5e9 written two ways still meets.
        let slack = 1e-6 * a.abs().max(c.abs()).max(1.0);
        a > d + slack || c > b + slack
    }
}

fn display_value(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Large round amounts as news writes them: 410000000 → "410 million", 2.5e9 → "2.5 billion".
fn display_amount(v: f64) -> String {
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        let scaled = v / scale;
        // Only when the scaled figure is short: 1234567 stays as written.
        if v.abs() >= scale && ((scaled * 100.0).round() - scaled * 100.0).abs() < 1e-6 {
            let shown = format!("{:.2}", scaled);
            let shown = shown.trim_end_matches('0').trim_end_matches('.');
            return format!("{shown} {word}");
        }
    }
    display_value(v)
}

/// The symbol a measure is shown with, for measures spelled differently across English
/// ("kilometre", "kilometer").
fn unit_symbol(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "kilometer" => "km",
        "meter" => "m",
        "kilogram" => "kg",
        _ => return None,
    })
}

fn ordinal_suffix(v: f64) -> &'static str {
    let n = v as i64;
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// Find numbers in the sentence (tokens not claimed by dates) and claim them.
pub(super) fn find(scan: &mut Scan, out: &mut Vec<Found>) {
    let mut i = 0;
    while i < scan.len() {
        if scan.used[i] {
            i += 1;
            continue;
        }
        match parse_at(scan, i) {
            Some((start, number_end, end, quantity)) if scan.free(start..number_end) => {
                scan.claim(start..number_end);
                out.push(Found {
                    toks: start..end,
                    what: What::Fact(FactKind::Number, Detail::Number(quantity)),
                    event: None,
                });
                i = number_end;
            }
            _ => i += 1,
        }
    }
}

/// Parse a number starting at token `i`: (first token incl. hedge, end of the number itself,
/// end of the noun phrase, quantity).
fn parse_at(scan: &Scan, i: usize) -> Option<(usize, usize, usize, Quantity)> {
    let vague = vague_at(scan, i);
    let (mut value, mut end, ordinal) = match &vague {
        Some((low, _, end, _)) => (*low, *end, false),
        None => number_at(scan, i)?,
    };
    if vague.is_none()
        && (is_list_marker(scan, i, end)
            || is_code_like(scan, i, end)
            || is_identifier(scan, i)
            || is_date_or_score(scan, i, end, value))
    {
        return None;
    }
    let mut upper = vague.as_ref().map(|v| v.1);
    let mut start = i;
    let mut unit = None;
    let mut compound = false;
    if i > 0 {
        let currency = match scan.surface(i - 1) {
            "$" => Some("dollar"),
            "€" => Some("euro"),
            "£" => Some("pound"),
            _ => None,
        };
        if let Some(c) = currency {
            unit = Some(c.to_string());
            start = i - 1;
        }
    }
    // "a dozen", "a hundred", "a million".
    if i > 0 && scan.key(i - 1) == "a" && value >= 12.0 && scan.kind(i) == Some(TokKind::Word) {
        start = i - 1;
    }
    // "magnitude 6.4", "a magnitude-6.3 earthquake": the measure written first.
    if unit.is_none() && start > 0 {
        let before = if scan.is_punct(start - 1, "-‐‑") && scan.joined(start) && start > 1 {
            start - 2
        } else {
            start - 1
        };
        if claim_words().is_unit_before(scan.key(before)) {
            unit = Some(scan.key(before).to_string());
        }
    }
    let mut hedge = if vague.is_some() {
        None
    } else {
        hedge_before(scan, start).filter(|(n, h)| !is_phrasal_particle(scan, start - n, h))
    };
    if let Some((words, _)) = &hedge {
        start -= words;
    }
    if vague.is_none() {
        if let Some(scale) = scale_of(scan.key(end)) {
            value *= scale;
            end += 1;
        }
    }
    match scan.key(end) {
        "%" | "percent" => {
            unit = Some("percent".into());
            end += 1;
        }
        "per" if scan.key(end + 1) == "cent" => {
            unit = Some("percent".into());
            end += 2;
        }
        _ => {}
    }
    // "88,000-107,000", "94–127 miles", "between 88,000 and 107,000": a range.
    let between = start > 0 && scan.key(start - 1) == "between";
    if vague.is_none() && (scan.is_punct(end, "-‐‑–") || (between && scan.key(end) == "and"))
    {
        if let Some((top, top_end, false)) = number_at(scan, end + 1) {
            let (mut top, mut top_end) = (top, top_end);
            if let Some(scale) = scale_of(scan.key(top_end)) {
                top *= scale;
                top_end += 1;
            }
            // "1.2 to 1.5 million": the scale written once applies to both ends.
            let top_scale = top / number_at(scan, end + 1).map_or(1.0, |n| n.0);
            if top_scale > 1.0 && value < top / top_scale {
                value *= top_scale;
            }
            if top > value {
                upper = Some(top);
                end = top_end;
                // "at between 88,000 and 107,000": the range is one figure, so what leads up
                // to it ("put at", "rose to") is read before "between".
                if between {
                    start -= 1;
                }
                if scan.key(end) == "%" || scan.key(end) == "percent" {
                    unit = Some("percent".into());
                    end += 1;
                }
            }
        }
    }
    let mut number_end = end;
    // "28-point", "four-year", "1,200-kilometre": a measure joined by a hyphen.
    if unit.is_none()
        && scan.is_punct(end, "-‐‑")
        && scan.joined(end)
        && scan.joined(end + 1)
        && scan.is_word(end + 1)
    {
        unit = Some(normalise_unit(scan.key(end + 1)));
        compound = true;
        end += 2;
    } else if unit.is_none() {
        if let Some(u) = measure_unit(scan.key(end)) {
            unit = Some(u.to_string());
            end += 1;
        }
    }
    // "one hour and 40 minutes", "an hour and 40 minutes": one duration, in minutes.
    if upper.is_none() && vague.is_none() {
        match unit.as_deref() {
            Some("hour") if scan.key(end) == "and" => {
                if let Some((minutes, minutes_end, false)) = number_at(scan, end + 1) {
                    if measure_unit(scan.key(minutes_end)) == Some("minute") {
                        value = value * 60.0 + minutes;
                        unit = Some("minute".into());
                        number_end = minutes_end;
                        end = minutes_end + 1;
                    }
                }
            }
            Some("minute")
                if start == i
                    && i >= 3
                    && scan.key(i - 1) == "and"
                    && matches!(scan.key(i - 2), "hour" | "hours")
                    && matches!(scan.key(i - 3), "an" | "a" | "one") =>
            {
                value += 60.0;
                start = i - 3;
                hedge = hedge_before(scan, start)
                    .filter(|(n, h)| !is_phrasal_particle(scan, start - n, h));
                if let Some((words, _)) = &hedge {
                    start -= words;
                }
            }
            _ => {}
        }
    }
    // "tens of thousands of people".
    let mut phrase_start = end;
    if vague.is_some() && scan.key(end) == "of" && scan.is_word(end + 1) {
        phrase_start = end + 1;
    }
    // "1,240 more wounded": the word for "more of them" is no noun.
    if matches!(
        scan.key(phrase_start),
        "more" | "others" | "additional" | "further"
    ) && scan.is_word(phrase_start + 1)
        && claim_words().measure(scan.key(phrase_start + 1)).is_some()
    {
        phrase_start += 1;
    }
    let (phrase_end, mut noun) = noun_phrase(scan, phrase_start);
    let phrase = if phrase_end > phrase_start {
        scan.text[scan.span(phrase_start..phrase_end)].to_string()
    } else {
        String::new()
    };
    let measure = if ordinal {
        None
    } else {
        measure_of(scan, start, end, phrase_end, &mut noun, unit.as_deref())
    };
    // A count with no noun says nothing checkable ("Reporter 1 watched", "scored 3").
    if (noun.is_none() && unit.is_none() && measure.is_none()) || (ordinal && noun.is_none()) {
        return None;
    }
    let quantity = Quantity {
        value,
        ordinal,
        unit,
        noun,
        phrase,
        hedge: hedge.map(|(_, h)| h),
        compound,
        upper,
        words: vague.map(|v| v.3),
        measure,
        context: ClaimContext::default(),
    };
    Some((start, number_end, phrase_end.max(end), quantity))
}

/// A vague quantity at `i` ("tens of thousands", "several hundred", "dozens"): (lowest,
/// highest, end token, the words folded).
fn vague_at(scan: &Scan, i: usize) -> Option<(f64, f64, usize, String)> {
    let w = claim_words();
    if !w.starts_vague(scan.key(i)) {
        return None;
    }
    w.vague
        .iter()
        .find(|(words, _, _)| words.iter().enumerate().all(|(k, x)| scan.key(i + k) == *x))
        .map(|(words, low, high)| (*low, *high, i + words.len(), words.join(" ")))
}

/// "2023-10-08", "won 3-1", "10-08": digits joined by hyphens to smaller digits are a date, a
/// score or a code, not a count.
fn is_date_or_score(scan: &Scan, i: usize, end: usize, value: f64) -> bool {
    let joined_num_before = i >= 2
        && scan.joined(i)
        && scan.is_punct(i - 1, "-‐‑–/")
        && scan.joined(i - 1)
        && scan.kind(i - 2) == Some(TokKind::Num);
    let joined_smaller_after = scan.joined(end)
        && scan.is_punct(end, "-‐‑–/")
        && scan.joined(end + 1)
        && scan.kind(end + 1) == Some(TokKind::Num)
        && number_at(scan, end + 1).is_some_and(|(v, _, _)| v <= value);
    joined_num_before || joined_smaller_after
}

/// The measure a figure is a claim about: from its unit, its noun ("deaths", "seats",
/// "protesters"), a verb beside a noun of people ("2,000 people were killed", "injuring three
/// people", "100,000 people rallied"), or — for a number standing alone — the verb before
/// it ("injured more than 9,000") or the measure word of its clause ("the death toll has
/// risen to 1,000"). A figure "for each share" or "per barrel" is a rate of its own.
fn measure_of(
    scan: &Scan,
    start: usize,
    end: usize,
    phrase_end: usize,
    noun: &mut Option<String>,
    unit: Option<&str>,
) -> Option<String> {
    let w = claim_words();
    let base = match (unit, noun.as_deref()) {
        (Some(u), _) if w.measure(u).is_some() => w.measure(u).map(|m| m.key.to_string()),
        (Some(u), _) => Some(u.to_string()),
        (None, Some(n)) if w.measure(n).is_some() => w.measure(n).map(|m| m.key.to_string()),
        (None, Some(n)) if w.is_people(n) => verb_measure(scan, start, phrase_end),
        (None, Some(_)) => None,
        (None, None) => verb_measure(scan, start, phrase_end)
            .or_else(|| partitive(scan, end, noun))
            .or_else(|| {
                stands_alone(scan, start, end)
                    .then(|| clause_measure(scan, start))
                    .flatten()
            }),
    };
    match rate_of(scan, phrase_end.max(end)) {
        Some(per) => {
            let base = base
                .or_else(|| unit.map(str::to_string))
                .or_else(|| noun.clone())?;
            Some(format!("{base} per {per}"))
        }
        None => base,
    }
}

/// The measure a verb beside the figure names: after it, past fillers ("were killed", "had
/// lost their lives", "took to the streets"), else right before it ("killed 2,000 people").
fn verb_measure(scan: &Scan, start: usize, after: usize) -> Option<String> {
    let w = claim_words();
    let mut j = after;
    let mut skipped = 0;
    while skipped < 4 && scan.is_word(j) && w.is_filler(scan.key(j)) {
        j += 1;
        skipped += 1;
    }
    if scan.is_word(j) {
        if let Some(m) = w.measure(scan.key(j)) {
            return Some(m.key.to_string());
        }
        let crowd = w.is_crowd_verb(scan.key(j))
            || w.crowd_phrases
                .iter()
                .any(|p| p.iter().enumerate().all(|(k, x)| scan.key(j + k) == *x));
        if crowd {
            return Some("crowd".to_string());
        }
    }
    let before = start.checked_sub(1)?;
    scan.is_word(before)
        .then(|| w.verb_measure(scan.key(before)))
        .flatten()
        .map(str::to_string)
}

/// "101 of the 264 seats": the part takes the noun of the whole.
fn partitive(scan: &Scan, end: usize, noun: &mut Option<String>) -> Option<String> {
    let mut j = end;
    if scan.key(j) == "out" {
        j += 1;
    }
    if scan.key(j) != "of" {
        return None;
    }
    j += 1;
    if scan.key(j) == "the" {
        j += 1;
    }
    let (_, whole_end, _) = number_at(scan, j)?;
    let (_, whole_noun) = noun_phrase(scan, whole_end);
    let whole_noun = whole_noun?;
    let measure = claim_words()
        .measure(&whole_noun)
        .map_or(whole_noun.clone(), |m| m.key.to_string());
    *noun = Some(whole_noun);
    Some(measure)
}

/// A number that ends its phrase after a word that links it to its clause ("has risen to
/// 1,000.", "put the turnout at 107,000,", "numbered in the tens of thousands"): not a
/// name's number ("the “15 for 15” rally").
fn stands_alone(scan: &Scan, start: usize, end: usize) -> bool {
    let linked = start > 0
        && matches!(
            scan.key(start - 1),
            "to" | "at"
                | "numbered"
                | "reached"
                | "hit"
                | "stood"
                | "was"
                | "is"
                | "of"
                | "the"
                | "past"
                | "totalled"
                | "totaled"
        );
    let ends = end >= scan.len() || (scan.is_punct(end, ",.;:)") && !scan.is_punct(end, "-"));
    linked && ends
}

/// The measure word of the figure's clause, looking back from it: "the death toll from the
/// quakes has risen to 1,000", "the turnout was put at 107,000", "the rally numbered".
fn clause_measure(scan: &Scan, start: usize) -> Option<String> {
    let w = claim_words();
    let mut j = start;
    let mut seen = 0;
    while j > 0 && seen < 14 {
        j -= 1;
        if scan.is_punct(j, ".;:!?()") || scan.kind(j) == Some(TokKind::Num) {
            return None;
        }
        if scan.is_word(j) {
            seen += 1;
            if let Some(m) = w.clause_measure(scan.key(j)) {
                return Some(m.to_string());
            }
        }
    }
    None
}

/// "per share", "a barrel", "for each Pioneer share": what the figure is counted per.
fn rate_of(scan: &Scan, at: usize) -> Option<String> {
    let w = claim_words();
    if w.is_per(scan.key(at)) && scan.key(at) != "each" && scan.is_word(at + 1) {
        let next = scan.key(at + 1);
        if !crate::lexicon::lexicon().phrase_stops().contains(next) && !scan.is_capitalised(at + 1)
        {
            return Some(singular(next));
        }
    }
    // "for each Pioneer share", a few words on.
    for j in at..at + 6 {
        if scan.is_punct(j, ",.;:") {
            return None;
        }
        if scan.key(j) == "for" && matches!(scan.key(j + 1), "each" | "every") {
            let mut k = j + 2;
            while scan.is_capitalised(k) && scan.is_word(k + 1) {
                k += 1;
            }
            return scan.is_word(k).then(|| singular(scan.key(k)));
        }
    }
    None
}

/// Digits written into code or markup — `alert(1)`, `x=1`, `<h1>` — count nothing.
fn is_code_like(scan: &Scan, i: usize, end: usize) -> bool {
    const CODE: &str = "()[]{}=<>/\\_:#&|^~`*";
    let before = i > 0 && scan.joined(i) && (scan.is_word(i - 1) || scan.is_punct(i - 1, CODE));
    let after = scan.joined(end) && scan.is_punct(end, CODE) && !scan.is_punct(end, ":");
    before || after
}

/// A number naming one of a kind — "Reporter 1", "Room 12", "Article 5" — is an
/// identifier, not a count.
fn is_identifier(scan: &Scan, i: usize) -> bool {
    if scan.kind(i) != Some(TokKind::Num) || i == 0 {
        return false;
    }
    let before = scan.key(i - 1);
    // A capitalised hedge or opener ("Nearly 300 people", "Some 12 ships") still counts.
    // So does a function word that is capitalised only because it opens the sentence
    // ("All 212 passengers", "Only 40 seats"); an identifier's word is a name ("Route 66").
    let counts = super::name_words::not_names().contains(before)
        || crate::fold::is_stop_word(before)
        || claim_words()
            .hedges
            .iter()
            .any(|(h, _)| h.last() == Some(&before))
        || claim_words().is_unit_before(before)
        || matches!(
            before,
            "nearly" | "almost" | "roughly" | "approximately" | "just"
        );
    scan.is_capitalised(i - 1) && !scan.used[i - 1] && !scan.is_all_caps(i - 1) && !counts
}

/// "1." or "2)" opening a line is a list marker, not a quantity.
fn is_list_marker(scan: &Scan, i: usize, end: usize) -> bool {
    i == 0 && scan.is_punct(end, ".)")
}

/// "hand over forty boats", "took over 12 towns": "over" ends a phrasal verb, not a hedge.
fn is_phrasal_particle(scan: &Scan, at: usize, hedge: &str) -> bool {
    matches!(hedge, "over" | "under") && at > 0 && {
        let before = scan.key(at - 1);
        crate::lexicon::lexicon().phrasal_verbs().contains(before)
            || (before.len() > 3 && before.ends_with("ed"))
    }
}

fn hedge_before(scan: &Scan, at: usize) -> Option<(usize, String)> {
    claim_words()
        .hedges
        .iter()
        .find(|(words, _)| {
            let n = words.len();
            at >= n
                && words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| scan.key(at - n + k) == *w)
        })
        .map(|(words, _)| (words.len(), words.join(" ")))
}

/// How a hedge, as a key ("at least"), bounds its value.
fn hedge_kind(hedge: &str) -> Option<HedgeKind> {
    claim_words()
        .hedges
        .iter()
        .find(|(words, _)| words.join(" ") == hedge)
        .map(|(_, kind)| *kind)
}

/// A number at `i`, in digits or words: (value, end token, ordinal).
fn number_at(scan: &Scan, i: usize) -> Option<(f64, usize, bool)> {
    if scan.kind(i) == Some(TokKind::Num) {
        let s = scan.surface(i);
        let digits: String = s
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let ordinal = s.ends_with(|c: char| c.is_alphabetic());
        // A comma between digit groups is a thousands separator; a lone period is decimal.
        let value: f64 = digits.parse().ok()?;
        return Some((value, i + 1, ordinal));
    }
    words_number(scan, i)
}

/// A number word's value and kind, from the lexicon.
fn number_word(key: &str) -> Option<(f64, NumberWordKind)> {
    crate::lexicon::lexicon().number_word(key)
}

/// A scale's value ("million" → 1e6) for a figure in digits before it ("$2 million").
fn scale_of(key: &str) -> Option<f64> {
    number_word(key).and_then(|(v, kind)| (kind == NumberWordKind::Scale).then_some(v))
}

/// "thirty-two", "two hundred", "a dozen", "third".
fn words_number(scan: &Scan, i: usize) -> Option<(f64, usize, bool)> {
    let first = scan.key(i);
    // Most words are no number: one hash decides. A scale starts no number ("million").
    let (value, kind) = number_word(first).filter(|(_, k)| *k != NumberWordKind::Scale)?;
    if kind == NumberWordKind::Ordinal {
        return Some((value, i + 1, true));
    }
    if kind == NumberWordKind::Dozen && i > 0 && scan.key(i - 1) == "a" {
        return Some((value, i + 1, false));
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut j = i;
    let mut any = false;
    loop {
        match number_word(scan.key(j)) {
            Some((n, NumberWordKind::Count)) => current += n,
            Some((n, NumberWordKind::Dozen)) if any => current *= n,
            // "two hundred": within the number; "two million": a group ends.
            Some((n, NumberWordKind::Scale)) if any && n < 1000.0 => current *= n,
            Some((n, NumberWordKind::Scale)) if any => {
                total += current * n;
                current = 0.0;
            }
            _ => break,
        }
        any = true;
        j += 1;
        // "thirty-two": a joined hyphen continues the number.
        if scan.is_punct(j, "-")
            && scan.joined(j)
            && scan.joined(j + 1)
            && is_number_word(scan.key(j + 1))
        {
            j += 1;
        }
    }
    if !any {
        return None;
    }
    let value = total + current;
    // "one" is mostly a pronoun ("the second one", "one of the"); leave it out.
    if value == 1.0 || (value == 0.0) {
        return None;
    }
    Some((value, j, false))
}

fn is_number_word(k: &str) -> bool {
    matches!(number_word(k), Some((_, NumberWordKind::Count)))
}

fn measure_unit(k: &str) -> Option<&'static str> {
    Some(match k {
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "kilometer",
        "mile" | "miles" => "mile",
        "m" | "metre" | "metres" | "meter" | "meters" => "meter",
        "kg" | "kilogram" | "kilograms" => "kilogram",
        "tonne" | "tonnes" | "ton" | "tons" => "tonne",
        "dollar" | "dollars" | "usd" => "dollar",
        "euro" | "euros" => "euro",
        "hour" | "hours" => "hour",
        "minute" | "minutes" => "minute",
        _ => return None,
    })
}

fn normalise_unit(k: &str) -> String {
    measure_unit(k)
        .map(str::to_string)
        .unwrap_or_else(|| singular(k))
}

/// The noun phrase after a number: up to five words, stopping at function words, verbs in
/// -ed/-ing after the first word, adverbs in -ly and punctuation (a joined hyphen continues:
/// "long-range missiles"). Returns its end and its head noun.
fn noun_phrase(scan: &Scan, start: usize) -> (usize, Option<String>) {
    let mut j = start;
    let mut last_word = None;
    let mut words = 0;
    while words < 5 && scan.is_word(j) && !scan.used[j] {
        let k = scan.key(j);
        let participle = k.ends_with("ed") || k.ends_with("ing");
        let verb_like = if words > 0 {
            participle
                || crate::lexicon::lexicon()
                    .object_pronouns()
                    .contains(scan.key(j + 1))
        } else {
            k.ends_with("ed") && !crate::lexicon::lexicon().casualty_words().contains(k)
        };
        let ends_people = words > 0 && claim_words().ends_people_phrase(k);
        if crate::lexicon::lexicon().phrase_stops().contains(k)
            || k.ends_with("ly")
            || verb_like
            || ends_people
        {
            break;
        }
        last_word = Some(j);
        words += 1;
        j += 1;
        if scan.is_punct(j, "-") && scan.joined(j) && scan.joined(j + 1) && scan.is_word(j + 1) {
            j += 1;
        }
    }
    (j, last_word.map(|w| singular(scan.key(w))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<(String, String, Option<String>)> {
        let mut scan = Scan::new(text, 0..text.len());
        let mut out = Vec::new();
        find(&mut scan, &mut out);
        out.into_iter()
            .map(|f| match f.what {
                What::Fact(_, Detail::Number(q)) => (
                    text[scan.span(f.toks.clone())].to_string(),
                    q.key(),
                    q.hedge,
                ),
                _ => unreachable!("numbers only finds numbers"),
            })
            .collect()
    }

    #[test]
    fn quantities_with_nouns_units_and_hedges() {
        let found = numbers("Kyiv will buy 100 Dassault Rafale fighter jets, a 28-point plan and 32 drones overnight.");
        let keys: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(keys, ["100|false|jet", "28|false|point", "32|false|drone"]);
        assert_eq!(found[0].0, "100 Dassault Rafale fighter jets");
        let found = numbers("It ended the nearly four-year war over 1,000 kilometers away.");
        assert_eq!(found[0].1, "4|false|year");
        assert_eq!(found[0].2.as_deref(), Some("nearly"));
        assert_eq!(found[1].1, "1000|false|kilometer");
        assert_eq!(found[1].2.as_deref(), Some("over"));
    }

    #[test]
    fn words_become_digits_and_ordinals_keep_their_noun() {
        let found = numbers(
            "his 10th visit and third visit; thirty-two drones; around a dozen European leaders",
        );
        let keys: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            keys,
            [
                "10|true|visit",
                "3|true|visit",
                "32|false|drone",
                "12|false|leader"
            ]
        );
    }

    #[test]
    fn pronoun_one_and_list_markers_are_not_quantities() {
        assert!(numbers("one of the leading players").is_empty());
        assert!(numbers("1. Diplomatic surge").is_empty());
        assert_eq!(
            numbers("$2 billion in aid and 5% growth")[0].1,
            "2000000000|false|dollar"
        );
    }

    #[test]
    fn hedges_allow_close_figures() {
        let q = |value: f64, hedge: Option<&str>| Quantity {
            value,
            ordinal: false,
            unit: None,
            noun: Some("drone".into()),
            phrase: "drones".into(),
            hedge: hedge.map(str::to_string),
            compound: false,
            upper: None,
            words: None,
            measure: None,
            context: ClaimContext::default(),
        };
        assert!(q(32.0, None).disagrees(&q(30.0, None)));
        assert!(!q(32.0, None).disagrees(&q(30.0, Some("about"))));
        assert!(q(50.0, None).disagrees(&q(30.0, Some("about"))));
    }
}
