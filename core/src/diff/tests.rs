use super::*;

/// The segments of one side as (text, tag) pairs.
fn shown<'a>(doc: &'a Document, segments: &[DiffSegment]) -> Vec<(&'a str, DiffTag)> {
    segments
        .iter()
        .map(|s| (doc.slice(&s.span), s.tag))
        .collect()
}

fn diff(left: &str, right: &str) -> (Document, Vec<DiffSegment>, Document, Vec<DiffSegment>) {
    let l = Document::from_text("l", left);
    let r = Document::from_text("r", right);
    let all_l: Vec<usize> = (0..l.sentences.len()).collect();
    let all_r: Vec<usize> = (0..r.sentences.len()).collect();
    let (ls, rs) = diff_words(&l, &all_l, &r, &all_r);
    (l, ls, r, rs)
}

use DiffTag::{Changed, Equal, Variant};

#[test]
fn a_changed_run_is_one_continuous_highlight_and_spaces_around_it_stay_plain() {
    let (l, ls, r, rs) = diff(
        "The talks lasted three hours on Monday.",
        "The talks went on for nearly three hours on Sunday.",
    );
    assert_eq!(
        shown(&l, &ls),
        [
            ("The talks ", Equal),
            ("lasted", Changed),
            (" three hours on ", Equal),
            ("Monday", Changed),
            (".", Equal)
        ]
    );
    assert_eq!(
        shown(&r, &rs),
        [
            ("The talks ", Equal),
            ("went on for nearly", Changed),
            (" three hours on ", Equal),
            ("Sunday", Changed),
            (".", Equal)
        ]
    );
}

#[test]
fn case_accents_and_typographic_quotes_are_not_differences() {
    let (_, ls, _, rs) = diff(
        "“Höfði House,” Halldórsdóttir’s aide said.",
        "\"Hofdi house,\" HALLDORSDOTTIR's aide said.",
    );
    assert!(is_unchanged(&ls) && is_unchanged(&rs));
}

#[test]
fn spelling_variants_are_tagged_variant_not_changed() {
    let (l, ls, r, rs) = diff(
        "Minister Oliynyk met Volodymyr Zelenskyy.",
        "Minister Oleynik met Zelensky.",
    );
    assert_eq!(
        shown(&l, &ls),
        [
            ("Minister ", Equal),
            ("Oliynyk", Variant),
            (" met ", Equal),
            ("Volodymyr", Changed),
            (" ", Equal),
            ("Zelenskyy", Variant),
            (".", Equal)
        ]
    );
    assert_eq!(
        shown(&r, &rs),
        [
            ("Minister ", Equal),
            ("Oleynik", Variant),
            (" met ", Equal),
            ("Zelensky", Variant),
            (".", Equal)
        ]
    );
}

#[test]
fn segments_tile_each_sentence_of_a_two_to_one_pair() {
    let (l, ls, r, rs) = diff(
        "Iceland will send turbines.\r\n\r\nIt will train engineers.",
        "Iceland will send turbines and train engineers.",
    );
    let rebuilt: String = ls.iter().map(|s| l.slice(&s.span)).collect();
    assert_eq!(
        rebuilt,
        "Iceland will send turbines.It will train engineers."
    );
    assert_eq!(ls[0].span.start, l.sentences[0].span.start);
    assert_eq!(ls.last().unwrap().span.end, l.sentences[1].span.end);
    let rebuilt: String = rs.iter().map(|s| r.slice(&s.span)).collect();
    assert_eq!(rebuilt, r.text);
    assert_eq!(
        shown(&r, &rs),
        [
            ("Iceland will send turbines ", Equal),
            ("and", Changed),
            (" train engineers.", Equal)
        ]
    );
}

#[test]
fn a_pair_of_identical_sentences_is_all_equal() {
    let (l, ls, _, _) = diff("The plan has 12 points.", "The plan has 12 points.");
    assert_eq!(shown(&l, &ls), [("The plan has 12 points.", Equal)]);
}

#[test]
fn a_pair_too_long_to_diff_whole_is_diffed_window_by_window() {
    // 3,000 words a side with every tenth replaced: past the limit, yet each window still
    // finds exactly the replaced words.
    let left: Vec<String> = (0..3_000).map(|i| format!("w{i}")).collect();
    let right: Vec<String> = (0..3_000)
        .map(|i| {
            if i % 10 == 0 {
                format!("x{i}")
            } else {
                format!("w{i}")
            }
        })
        .collect();
    let (l, ls, r, rs) = diff(&left.join(" "), &right.join(" "));
    let changed = |doc: &Document, segments: &[DiffSegment]| -> Vec<String> {
        shown(doc, segments)
            .into_iter()
            .filter(|(_, tag)| *tag == Changed)
            .map(|(text, _)| text.to_string())
            .collect()
    };
    let every_tenth = |prefix: &str| -> Vec<String> {
        (0..3_000)
            .step_by(10)
            .map(|i| format!("{prefix}{i}"))
            .collect()
    };
    assert_eq!(changed(&l, &ls), every_tenth("w"));
    assert_eq!(changed(&r, &rs), every_tenth("x"));
}

#[test]
fn windows_leave_out_the_common_start_and_end() {
    // Word ids: 0 to 3 for four different words.
    let keys = |n: usize, id: u32| -> Vec<u32> { vec![id; n] };
    let mut old = keys(100, 0);
    old.extend(keys(4_000, 1));
    old.extend(keys(50, 2));
    let mut new = keys(100, 0);
    new.extend(keys(3_000, 3));
    new.extend(keys(50, 2));
    let w = windows(&old, &new);
    assert_eq!(
        w.len(),
        4_000_usize.div_ceil(WINDOW_WORDS),
        "4,000 words in windows"
    );
    assert_eq!((w[0].0.start, w[0].1.start), (100, 100));
    let last = &w[w.len() - 1];
    assert_eq!((last.0.end, last.1.end), (4_100, 3_100));
    assert!(w
        .windows(2)
        .all(|p| p[0].0.end == p[1].0.start && p[0].1.end == p[1].1.start));
    // Short pairs, and long ones that differ only a little, are diffed whole.
    assert_eq!(windows(&old, &old), [(0..4_150, 0..4_150)]);
}
