//! What extraction finds: mentions of facts, each with its byte range, its sentence and a
//! structured value.

use super::calendar::DateValue;
use crate::model::FactKind;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One mention of a fact in one report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// What kind of fact.
    pub kind: FactKind,
    /// Byte range in the report's text.
    #[serde(with = "crate::span_serde")]
    pub span: Range<usize>,
    /// Index of the sentence that contains it.
    pub sentence: usize,
    /// The mention as written ("Dec. 1", "Zelenskiy", "French").
    pub text: String,
    /// Canonical label, shared by every mention of the same fact ("Volodymyr Zelensky",
    /// "Élysée Palace", "Monday 1 December 2025").
    pub label: String,
    /// The structured value.
    pub detail: Detail,
    /// For dates and numbers: the event their clause describes, which decides whether two
    /// values in corresponding sentences are the same slot.
    #[serde(default)]
    pub event: Option<Event>,
}

/// The structured value of a mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Detail {
    /// A person's name with what the text says about them.
    Person(PersonName),
    /// A place, from the gazetteer or recognised by its context ("in Dagestan").
    Place(Entity),
    /// An organisation.
    Organization(Entity),
    /// A date, weekday, time or relative date.
    Date(DateValue),
    /// A number with its noun.
    Number(Quantity),
    /// A quotation.
    Quote(QuoteDetail),
}

/// A person's name as one mention gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName {
    /// Title or role cue in front of the name ("president", "special envoy"), as a key.
    pub title: Option<String>,
    /// Given names (and initials), as keys; empty when only the surname is written.
    pub given: Vec<String>,
    /// The surname, as a key ("zelenskyy").
    pub surname: String,
    /// The name as written, without title ("Volodymyr Zelenskyy", "Zelensky").
    pub written: String,
}

/// A place or organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Matching key: the gazetteer label's key, or the folded name.
    pub key: String,
    /// Canonical name for labels.
    pub label: String,
    /// Index of the gazetteer entry, when known (see [`super::gazetteer::entry`]).
    pub gazetteer: Option<usize>,
    /// True when written as a demonym ("French" for France).
    pub demonym: bool,
}

/// The event a clause describes: where, and what happened.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Where it took place, if the clause (or, failing that, the sentence) says.
    pub place: Option<Entity>,
    /// Other places the clause names ("signed in Lisbon a plan for ships in the Black Sea"):
    /// any of them may be where the event was.
    #[serde(default)]
    pub also: Vec<Entity>,
    /// What it was, in one canonical word ("meeting", "talks", "visit").
    pub noun: Option<String>,
    /// For a date: the lower-case word right before it ("by" in "by 2029", "since"), which
    /// tells two bare years in corresponding sentences apart as one slot ("by 2029" against
    /// "by 2030") or two ("since 2022" against "by 2030").
    #[serde(default)]
    pub preposition: Option<String>,
    /// For a date: the words of its clause before it and its preposition, as written ("The
    /// ferry left the harbour" in "The ferry left the harbour on Sunday"). Two corresponding
    /// sentences that lead up to a date in the same words, with the same preposition, give
    /// one event's date, even when no event word says what the event was.

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<String>,
}

impl Event {
    /// True when both events have a frame and the frames are the same words (case and
    /// punctuation aside), led into the date by the same preposition.
    pub fn same_frame(&self, other: &Event) -> bool {
        let words = |frame: &str| -> Vec<String> {
            frame
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        match (&self.frame, &other.frame) {
            (Some(x), Some(y)) => self.preposition == other.preposition && words(x) == words(y),
            _ => false,
        }
    }

    /// True when two events may be the same: some place of one agrees with some place of the
    /// other (equal, or one contains the other), or one of them names no place, or a
    /// landmark the gazetteer cannot locate.
    pub fn may_be_same(&self, other: &Event) -> bool {
        let mine: Vec<&Entity> = self.place.iter().chain(&self.also).collect();
        let theirs: Vec<&Entity> = other.place.iter().chain(&other.also).collect();
        mine.is_empty()
            || theirs.is_empty()
            || mine.iter().any(|a| {
                theirs.iter().any(|b| {
                    places_related(a, b) || a.is_unknown_landmark() || b.is_unknown_landmark()
                })
            })
    }

    /// The slot two events share, described the same way whichever side is read first: the
    /// more telling event word ("meeting" before "talks" before "agreement"…) and the more
    /// precise place (a city before a country).
    pub fn describe_pair(&self, other: &Event) -> String {
        let rank = |n: &Option<String>| {
            n.as_deref()
                .and_then(|n| crate::lexicon::lexicon().event_rank(n))
                .unwrap_or(usize::MAX)
        };
        let noun = if rank(&self.noun) <= rank(&other.noun) {
            self.noun.clone()
        } else {
            other.noun.clone()
        };
        let precision = |p: &Option<Entity>| match p.as_ref().and_then(|e| e.gazetteer) {
            Some(id) if super::gazetteer::city_of(id).is_some() => 0,
            Some(_) => 2,
            None if p.is_some() => 1,
            None => 3,
        };
        let place = match precision(&self.place).cmp(&precision(&other.place)) {
            std::cmp::Ordering::Less => self.place.clone(),
            std::cmp::Ordering::Greater => other.place.clone(),
            std::cmp::Ordering::Equal => {
                let label =
                    |p: &Option<Entity>| p.as_ref().map(|e| e.label.clone()).unwrap_or_default();
                if label(&self.place) <= label(&other.place) {
                    self.place.clone()
                } else {
                    other.place.clone()
                }
            }
        };
        Event {
            place,
            noun,
            ..Event::default()
        }
        .describe(None)
    }

    /// "the Paris meeting", "the talks", "the event in Florida".
    pub fn describe(&self, fallback_place: Option<&Entity>) -> String {
        let place = self.place.as_ref().or(fallback_place).map(|p| {
            match p.gazetteer.and_then(super::gazetteer::city_of) {
                Some(city) => super::gazetteer::entry(city).label.to_string(),
                None => p.label.clone(),
            }
        });
        match (place, &self.noun) {
            (Some(p), Some(n)) => format!("the {p} {n}"),
            (None, Some(n)) => format!("the {n}"),
            (Some(p), None) => format!("the event in {p}"),
            (None, None) => "the same event".to_string(),
        }
    }
}

impl Entity {
    /// A palace, square or museum the gazetteer does not know: it may stand in any city, so
    /// it neither confirms nor rules out that two events are one.
    pub fn is_unknown_landmark(&self) -> bool {
        self.gazetteer.is_none()
            && self
                .key
                .rsplit(' ')
                .next()
                .is_some_and(|last| super::name_words::place_words().contains(last))
    }
}

/// True when two places are the same or one contains the other.
pub fn places_related(a: &Entity, b: &Entity) -> bool {
    if a.key == b.key {
        return true;
    }
    match (a.gazetteer, b.gazetteer) {
        (Some(x), Some(y)) => super::gazetteer::contains(x, y) || super::gazetteer::contains(y, x),
        _ => false,
    }
}

/// A number and what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The value, with "million" and the like applied.
    pub value: f64,
    /// True for ordinals ("10th visit", "third visit").
    pub ordinal: bool,
    /// The measure joined to the number ("point" in "28-point", "kilometer", "percent",
    /// "dollar"), as a singular key.
    pub unit: Option<String>,
    /// The head noun counted ("jet" in "100 Dassault Rafale fighter jets"), as a singular key.
    pub noun: Option<String>,
    /// The words after the number as written ("Dassault Rafale fighter jets").
    pub phrase: String,
    /// A hedge in front ("nearly", "about", "more than"), as a key.
    pub hedge: Option<String>,
    /// True when the unit is joined to the number by a hyphen ("28-point").
    pub compound: bool,
    /// The top of a range ("between 88,000 and 107,000", "94-127 miles") or of a vague
    /// quantity ("tens of thousands"); the value is then its bottom.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    /// A vague quantity as written, folded ("tens of thousands").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<String>,
    /// What the figure is a claim about, when a measure word says so — from its noun, a verb
    /// around it or its clause: "dead" for "2,000 people were killed" and for "the death
    /// toll rose to 2,000", "crowd" for "100,000 people rallied", "magnitude".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// Where, by whom and about what the figure is stated ([`super::claims`]).
    #[serde(default, skip_serializing_if = "ClaimContext::is_empty")]
    pub context: ClaimContext,
}

/// The setting of one figure, which decides whether two figures are one claim.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimContext {
    /// The places named in its clause, by their canonical names ("Herat").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<String>,
    /// Parts of a place its clause counts in ("hospital", "district").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<String>,
    /// Words between the figure and its noun ("direct" in "266 direct seats").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modifiers: Vec<String>,
    /// The content words of its clause, folded and singular, for telling which figures of two
    /// reports are about the same thing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<String>,
    /// Who the sentence says states it, folded ("police", "ministry of health"); none when the
    /// report states it in its own voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// True when a verb of saying governs the figure ("officials said", "according to"),
    /// whoever its subject: the report attributes the figure rather than stating it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub attributed: bool,
    /// The word that gives the figure only as a claim ("reportedly", "alleged"), folded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doubt: Option<String>,
    /// True for the whole of a part ("264" in "101 of the 264 seats").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub total: bool,
}

/// How a report puts a figure forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stance {
    /// In its own voice: "2,000 people died".
    Stated,
    /// Attributed to someone: "2,000 people died, officials said".
    Attributed,
    /// Only as someone's claim: "the group claimed 2,000 dead", "reportedly 2,000".
    Doubted,
}

/// A quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteDetail {
    /// The quotation as written, without its marks.
    pub text: String,
    /// Its words, folded, for matching near-identical quotes.
    pub words: Vec<String>,
    /// The opening and closing marks as written (`“”` or `""`).
    pub marks: String,
    /// Who said it, when the text says.
    #[serde(default)]
    pub speaker: Option<Speaker>,
}

/// The speaker of a quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// As written: "Zelensky", "he", "the president", "Macron's office".
    pub written: String,
    /// Byte range of the speaker's words.
    #[serde(with = "crate::span_serde")]
    pub span: Range<usize>,
    /// How the text names them.
    pub cue: SpeakerCue,
    /// The canonical name once resolved ("Volodymyr Zelensky"), else as written.
    pub label: String,
}

/// How a quotation's speaker is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerCue {
    /// By name ("Zelensky", "France").
    Named,
    /// By pronoun ("he added"): the last person named before the quote.
    Pronoun,
    /// By description ("the president"): the last person named with that title or role.
    Description,
}
