//! The reader's settings of what counts as a word change: each changes which words the diff
//! marks, never the pairing of sentences, nor the text the segments tile.

use corroborate_core::{compare, Comparison, DiffTag, Document, Options, RowKind, WordMatch};

fn compared(left: &str, right: &str, word_match: WordMatch) -> (Document, Document, Comparison) {
    let (l, r) = (
        Document::from_text("a", left),
        Document::from_text("b", right),
    );
    let options = Options {
        word_match,
        ..Options::default()
    };
    let c = compare(&l, &r, &options);
    (l, r, c)
}

/// The words the diff marks as changed on the left side of the one paired row.
fn changed_left(left: &str, right: &str, word_match: WordMatch) -> Vec<String> {
    let (l, _, c) = compared(left, right, word_match);
    let rows: Vec<_> = c
        .alignment
        .iter()
        .filter(|r| !r.left.is_empty() && !r.right.is_empty())
        .collect();
    assert_eq!(
        rows.len(),
        1,
        "the two sentences pair whatever the settings"
    );
    rows[0]
        .left_diff
        .iter()
        .filter(|s| s.tag == DiffTag::Changed)
        .map(|s| l.slice(&s.span).to_string())
        .collect()
}

const STRICT: WordMatch = WordMatch {
    ignore_case: false,
    ignore_punctuation: false,
    quotes_alike: false,
    ignore_number_format: false,
};

#[test]
fn by_default_a_capital_is_a_change_and_quote_style_is_not() {
    let left = "The Ministry said the ferry’s crew of 1,200 sailed from the U.S. base.";
    let right = "The ministry said the ferry's crew of 1,200 sailed from the U.S. base.";
    assert_eq!(
        changed_left(left, right, WordMatch::default()),
        ["Ministry"]
    );
    assert_eq!(changed_left(left, right, STRICT), ["Ministry", "ferry’s"]);
}

#[test]
fn each_setting_forgives_only_its_own_kind_of_difference() {
    let left = "The Ministry said the ferry’s crew of 1,200 sailed from the U.S. base.";
    let right = "The ministry said the ferry's crew of 1200 sailed from the US base.";
    assert_eq!(
        changed_left(left, right, STRICT),
        ["Ministry", "ferry’s", "1,200", "U.S."]
    );
    let with = |m: WordMatch| changed_left(left, right, m);
    assert_eq!(
        with(WordMatch {
            ignore_case: true,
            ..STRICT
        }),
        ["ferry’s", "1,200", "U.S."]
    );
    assert_eq!(
        with(WordMatch {
            quotes_alike: true,
            ..STRICT
        }),
        ["Ministry", "1,200", "U.S."]
    );
    assert_eq!(
        with(WordMatch {
            ignore_number_format: true,
            ..STRICT
        }),
        ["Ministry", "ferry’s", "U.S."]
    );
    // "U.S." against "US" and "1,200" against "1200": the word's own marks.
    assert_eq!(
        with(WordMatch {
            ignore_punctuation: true,
            ..STRICT
        }),
        ["Ministry", "ferry’s"]
    );
    let all = WordMatch {
        ignore_case: true,
        ignore_punctuation: true,
        quotes_alike: true,
        ignore_number_format: true,
    };
    let (_, _, c) = compared(left, right, all);
    assert_eq!(
        c.alignment[0].kind,
        RowKind::Same,
        "nothing left to tell apart"
    );
    assert_eq!(c.similarity, 1.0);
}

#[test]
fn different_numbers_stay_different_however_they_are_written() {
    let left = "The crew of 1,200 sailed.";
    let right = "The crew of 1,300 sailed.";
    let loose = WordMatch {
        ignore_number_format: true,
        ignore_punctuation: true,
        ..WordMatch::default()
    };
    assert_eq!(changed_left(left, right, loose), ["1,200"]);
    assert_eq!(
        changed_left(
            "The crew of 12,00 sailed.",
            "The crew of 1200 sailed.",
            loose
        ),
        Vec::<String>::new()
    );
}

#[test]
fn settings_change_the_marks_not_the_pairs_nor_the_text_and_the_result_says_which_were_on() {
    let left = "Talks resume in Oslo on Monday. The Ministry counted 1,000 votes.";
    let right = "The ministry counted 1000 votes. TALKS resume in Oslo on Monday.";
    let (l, r, strict) = compared(left, right, STRICT);
    let all = WordMatch {
        ignore_case: true,
        ignore_punctuation: true,
        quotes_alike: true,
        ignore_number_format: true,
    };
    let (_, _, loose) = compared(left, right, all);
    let pairs = |c: &Comparison| {
        c.alignment
            .iter()
            .map(|r| (r.left.clone(), r.right.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(pairs(&strict), pairs(&loose));
    for c in [&strict, &loose] {
        for row in &c.alignment {
            let text = |doc: &Document, segs: &[corroborate_core::DiffSegment]| {
                segs.iter().map(|s| doc.slice(&s.span)).collect::<String>()
            };
            let whole = |doc: &Document, sentences: &[usize]| {
                sentences
                    .iter()
                    .map(|&s| doc.slice(&doc.sentences[s].span))
                    .collect::<String>()
            };
            assert_eq!(text(&l, &row.left_diff), whole(&l, &row.left));
            assert_eq!(text(&r, &row.right_diff), whole(&r, &row.right));
        }
    }
    assert!(strict.similarity < loose.similarity);
    assert_eq!(loose.similarity, 1.0);
    assert_eq!(strict.word_match, STRICT);
    let json = serde_json::to_value(&loose).unwrap();
    assert_eq!(json["word_match"]["ignore_number_format"], true);
    assert_eq!(
        all.described(),
        [
            "case ignored",
            "punctuation in words ignored",
            "quotation marks alike",
            "number formatting ignored"
        ]
    );
}
