//! Fact extraction and comparison never panic on user input, and every span they report is
//! a valid byte range of the report's text.

use corroborate_core::{facts, Document};
use proptest::prelude::*;

fn check_spans(doc: &Document) {
    for m in facts::extract(doc) {
        assert!(
            m.span.start <= m.span.end && m.span.end <= doc.text.len(),
            "{m:?}"
        );
        assert!(
            doc.text.is_char_boundary(m.span.start) && doc.text.is_char_boundary(m.span.end),
            "{m:?}"
        );
        assert_eq!(&doc.text[m.span.clone()], m.text);
    }
}

/// News-like fragments, so the generator reaches dates, names, numbers and quotes.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Dec. 1".to_string()),
        Just("Monday, December 1st, 2025".to_string()),
        Just("President Anna Lindqvist".to_string()),
        Just("U.S.".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("28-point".to_string()),
        Just("thirty-two".to_string()),
        Just("10 a.m.".to_string()),
        Just("PARIS —".to_string()),
        Just("’s".to_string()),
        Just("\n\n".to_string()),
        "[a-zA-Z0-9 ,.;:—–\\-'’]{0,12}",
        "\\PC{0,6}",
    ]
}

proptest! {
    #[test]
    fn arbitrary_text_extracts_without_panicking(text in "\\PC{0,200}") {
        check_spans(&Document::from_text("a.txt", text));
    }

    #[test]
    fn news_like_text_extracts_and_compares_without_panicking(
        left in prop::collection::vec(fragment(), 0..40),
        right in prop::collection::vec(fragment(), 0..40),
    ) {
        let left = Document::from_text("a.txt", left.join(" "));
        let right = Document::from_text("b.txt", right.join(" "));
        check_spans(&left);
        let rows: Vec<(Vec<usize>, Vec<usize>)> =
            (0..left.sentences.len().min(right.sentences.len())).map(|i| (vec![i], vec![i])).collect();
        let (found, conflicts) = facts::compare_facts_with_rows(&left, &right, &rows);
        for f in &found {
            prop_assert!(f.left_spans.iter().all(|s| s.end <= left.text.len()));
            prop_assert!(f.right_spans.iter().all(|s| s.end <= right.text.len()));
        }
        for c in &conflicts {
            prop_assert_eq!(&left.text[c.left_span.clone()], c.left.as_str());
            prop_assert_eq!(&right.text[c.right_span.clone()], c.right.as_str());
        }
    }
}
