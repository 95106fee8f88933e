//! Contradictions the reader set aside: a reader who knows that "16 injured" (one building
//! site) and "2,376 injured" (the whole country) are not the same slot says so once, and the
//! pair is shown, compared again and exported without that contradiction.

use crate::document::Document;
use crate::model::{Conflict, ConflictKey, Fact, FactKind, FactStatus};

/// Take the contradictions whose [`ConflictKey`] is in `keys` out of `conflicts`, and give
/// their facts the status they have without the contradiction: the two values of a slot
/// become what each report alone says, a quotation given to two speakers becomes one both
/// reports carry.
///
/// ```
/// use corroborate_core::{compare, Document, FactStatus, Options};
/// let left = Document::from_text("a.txt", "The leaders met in Paris on Monday.");
/// let right = Document::from_text("b.txt", "The leaders met in Paris on Sunday.");
/// let first = compare(&left, &right, &Options::default());
/// assert_eq!(first.conflicts.len(), 1);
///
/// let options = Options { set_aside: vec![first.conflicts[0].key()], ..Options::default() };
/// let again = compare(&left, &right, &options);
/// assert!(again.conflicts.is_empty());
/// assert!(again.facts.iter().any(|f| f.label == "Monday" && f.status == FactStatus::LeftOnly));
/// assert!(again.facts.iter().any(|f| f.label == "Sunday" && f.status == FactStatus::RightOnly));
/// ```
pub fn set_aside(
    facts: &mut Vec<Fact>,
    conflicts: &mut Vec<Conflict>,
    keys: &[ConflictKey],
    [left, right]: [&Document; 2],
) {
    if keys.is_empty() {
        return;
    }
    let (kept, removed): (Vec<Conflict>, Vec<Conflict>) = std::mem::take(conflicts)
        .into_iter()
        .partition(|c| !keys.contains(&c.key()));
    *conflicts = kept;
    for conflict in &removed {
        if let Some(at) = facts.iter().position(|f| is_slot_of(f, conflict)) {
            let fact = facts.remove(at);
            let [l, r] = split(fact);
            facts.extend([l, r]);
        } else if let Some(quote) = facts
            .iter_mut()
            .find(|f| is_quote_of(f, conflict, left, right))
        {
            quote.status = FactStatus::Shared;
            quote.note.clear();
        }
    }
}

/// The fact a slot contradiction made of its two values.
fn is_slot_of(fact: &Fact, c: &Conflict) -> bool {
    fact.status == FactStatus::Conflict
        && fact.kind == c.kind
        && fact.left_spans == [c.left_span.clone()]
        && fact.right_spans == [c.right_span.clone()]
}

/// The quotation whose two speakers a contradiction names: a contradicted quote said in
/// both of the contradiction's sentences.
fn is_quote_of(fact: &Fact, c: &Conflict, left: &Document, right: &Document) -> bool {
    let within = |doc: &Document, sentence: usize, spans: &[std::ops::Range<usize>]| {
        doc.sentences.get(sentence).is_some_and(|s| {
            spans
                .iter()
                .any(|m| m.start >= s.span.start && m.end <= s.span.end)
        })
    };
    fact.kind == FactKind::Quote
        && fact.status == FactStatus::Conflict
        && within(left, c.left_sentence, &fact.left_spans)
        && within(right, c.right_sentence, &fact.right_spans)
}

/// A contradicted slot's two values as two single-sourced facts.
fn split(fact: Fact) -> [Fact; 2] {
    let empty = Fact {
        kind: fact.kind,
        label: String::new(),
        status: FactStatus::LeftOnly,
        left: Vec::new(),
        right: Vec::new(),
        left_spans: Vec::new(),
        right_spans: Vec::new(),
        note: String::new(),
    };
    let left = Fact {
        label: fact.left.first().cloned().unwrap_or_default(),
        left: fact.left,
        left_spans: fact.left_spans,
        ..empty.clone()
    };
    let right = Fact {
        label: fact.right.first().cloned().unwrap_or_default(),
        status: FactStatus::RightOnly,
        right: fact.right,
        right_spans: fact.right_spans,
        ..empty
    };
    [left, right]
}
