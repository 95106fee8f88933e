//! Reports in other scripts and layouts: Cyrillic, right-to-left Arabic and Hebrew, Chinese and
//! Japanese without spaces between words, emoji sequences, decomposed accents, non-breaking
//! spaces, soft hyphens, both kinds of quote marks, and one enormous line. Each pair is
//! compared both ways and with itself under the invariants of `common/invariants.rs` (spans on
//! char boundaries, diffs tiling their sentences, mirrored swaps), and the comparison must be
//! right: the sentences that correspond pair up, and only what changed is marked.
//!
//! Expected changes are written as annotated text: `"[北京]"` marks the stretch that must be
//! the only change on that side.

mod common;

use common::invariants::{check_document, check_pair, pasted};
use common::{annotated, pairs, tagged};
use corroborate_core::{compare, DiffTag, Document, Options, RowKind};

/// Compare two annotated reports: the bracketed stretches must be exactly the changed
/// segments of each side, in order, and every sentence must pair with its counterpart.
fn only_marked_changes(left_marked: &str, right_marked: &str) -> corroborate_core::Comparison {
    let (left_text, left_changes) = annotated(left_marked);
    let (right_text, right_changes) = annotated(right_marked);
    let c = check_pair(&left_text, &right_text, &Options::default());
    let (left, right) = (pasted("left", &left_text), pasted("right", &right_text));
    let spans = |side: bool, doc: &Document| -> Vec<std::ops::Range<usize>> {
        c.alignment
            .iter()
            .flat_map(|r| if side { &r.left_diff } else { &r.right_diff })
            .filter(|s| s.tag == DiffTag::Changed)
            .map(|s| s.span.clone())
            .inspect(|s| assert!(doc.text.is_char_boundary(s.start)))
            .collect()
    };
    assert_eq!(
        spans(true, &left),
        left_changes,
        "left changes: {:?}",
        tagged(&left, &c, true, DiffTag::Changed)
    );
    assert_eq!(
        spans(false, &right),
        right_changes,
        "right changes: {:?}",
        tagged(&right, &c, false, DiffTag::Changed)
    );
    c
}

/// Both reports say the same in every way a reader can see: one `Same` row per sentence and
/// similarity exactly 1.
fn reads_the_same(left: &str, right: &str) {
    let c = check_pair(left, right, &Options::default());
    assert!(
        c.alignment.iter().all(|r| r.kind == RowKind::Same),
        "{:?}",
        c.alignment
    );
    assert_eq!(c.similarity, 1.0);
}

#[test]
fn a_reordered_reworded_ukrainian_pair_aligns_sentence_by_sentence() {
    let left = "Міністр енергетики Олена Коваль прибула до Рейк'явіка в понеділок. \
                Вона обговорила постачання генераторів з прем'єр-міністром Ісландії. \
                Перші двадцять генераторів надійдуть до Харкова до кінця місяця.";
    let right = "Перші двадцять генераторів надійдуть до Харкова вже до кінця листопада. \
                 Міністр енергетики Олена Коваль прибула до Рейк’явіка у вівторок. \
                 Вона обговорила з ісландським прем'єр-міністром постачання генераторів.";
    let c = check_pair(left, right, &Options::default());
    assert_eq!(
        pairs(&c),
        [(vec![0], vec![1]), (vec![1], vec![2]), (vec![2], vec![0])]
    );
    let (l, r) = (pasted("l", left), pasted("r", right));
    // The curly apostrophe of Рейк’явіка is the same word; the weekday is not.
    assert_eq!(
        tagged(&l, &c, true, DiffTag::Changed),
        ["в понеділок", "з прем'єр-міністром Ісландії", "місяця"]
    );
    assert_eq!(
        tagged(&r, &c, false, DiffTag::Changed),
        [
            "у вівторок",
            "з ісландським прем'єр-міністром",
            "вже",
            "листопада"
        ]
    );
}

#[test]
fn cyrillic_words_are_whole_words_and_fold_case() {
    let doc = pasted("uk", "ЗАПОРІЖЖЯ. Прем'єр-міністр сказав: «Ми відбудуємо».");
    check_document(&doc);
    let words: Vec<&str> = doc.words.iter().map(|w| doc.slice(&w.span)).collect();
    assert_eq!(
        words,
        ["ЗАПОРІЖЖЯ", "Прем'єр-міністр", "сказав", "Ми", "відбудуємо"]
    );
    assert_eq!(doc.words[0].folded, "запоріжжя");
    assert_eq!(doc.sentences.len(), 2);
}

#[test]
fn arabic_marks_only_the_changed_weekday() {
    only_marked_changes(
        "وصل الوزير إلى القاهرة يوم [الاثنين]. وقال إن المحادثات كانت مثمرة.",
        "وصل الوزير إلى القاهرة يوم [الثلاثاء]. وقال إن المحادثات كانت مثمرة.",
    );
}

#[test]
fn arabic_question_marks_end_sentences_and_direction_marks_change_nothing() {
    let doc = pasted("ar", "هل تنجح المحادثات؟ قال الوزير إنها ستنجح.");
    assert_eq!(doc.sentences.len(), 2);
    // A right-to-left mark pasted after a word is invisible and not a difference.
    reads_the_same(
        "وصل الوزير إلى القاهرة\u{200F} يوم الاثنين.",
        "وصل الوزير إلى القاهرة يوم الاثنين.",
    );
}

#[test]
fn hebrew_marks_only_the_changed_day() {
    only_marked_changes(
        "השר הגיע לירושלים ביום [שני]. הוא אמר שהשיחות היו פוריות.",
        "השר הגיע לירושלים ביום [שלישי]. הוא אמר שהשיחות היו פוריות.",
    );
}

#[test]
fn chinese_without_spaces_marks_just_the_changed_place() {
    let c = only_marked_changes(
        "外交部长周一抵达[北京]。双方签署了十二点能源计划。",
        "外交部长周一抵达[上海]。双方签署了十二点能源计划。",
    );
    assert_eq!(
        pairs(&c),
        [(vec![0], vec![0]), (vec![1], vec![1])],
        "one sentence per 。"
    );
}

#[test]
fn reordered_chinese_sentences_still_pair() {
    let left = "外交部长周一抵达北京。双方签署了十二点能源计划。首批发电机将于下月运抵。";
    let right = "首批发电机将于下月运抵。外交部长周一抵达北京。双方签署了十二点能源计划。";
    let c = check_pair(left, right, &Options::default());
    assert_eq!(
        pairs(&c),
        [(vec![0], vec![1]), (vec![1], vec![2]), (vec![2], vec![0])]
    );
    assert_eq!(c.similarity, 1.0);
}

#[test]
fn japanese_without_spaces_marks_just_the_changed_city() {
    only_marked_changes(
        "首相は月曜日に[東京]でエネルギー計画を発表した。新しい発電所は来年完成する。",
        "首相は月曜日に[大阪]でエネルギー計画を発表した。新しい発電所は来年完成する。",
    );
    let doc = pasted("ja", "首相はエネルギー計画を発表した。");
    let words: Vec<&str> = doc.words.iter().map(|w| doc.slice(&w.span)).collect();
    assert!(
        words.contains(&"エネルギー"),
        "katakana stays one word: {words:?}"
    );
}

#[test]
fn emoji_sequences_are_whole_words_and_change_as_one() {
    only_marked_changes(
        "The coder [👩‍💻] posted a reply 👍🏽 on Monday.",
        "The coder [👨‍👩‍👧] posted a reply 👍🏽 on Monday.",
    );
    let doc = pasted("emoji", "Fans 🏳️‍🌈 cheered 👨‍👩‍👧‍👦 loudly.");
    let words: Vec<&str> = doc.words.iter().map(|w| doc.slice(&w.span)).collect();
    assert_eq!(words, ["Fans", "🏳️‍🌈", "cheered", "👨‍👩‍👧‍👦", "loudly"]);
}

#[test]
fn decomposed_accents_read_as_the_composed_letters() {
    let composed = "Zoë Brontë met the mayor of Besançon in Reykjavík.";
    let decomposed =
        "Zoe\u{308} Bronte\u{308} met the mayor of Besanc\u{327}on in Reykjavi\u{301}k.";
    reads_the_same(composed, decomposed);
    let doc = pasted("nfd", decomposed);
    assert_eq!(
        doc.slice(&doc.words[0].span),
        "Zoe\u{308}",
        "the mark stays with its letter"
    );
    only_marked_changes(
        "Zoe\u{308} Bronte\u{308} met the mayor of [Besanc\u{327}on].",
        "Zoë Brontë met the mayor of [Besançon-les-Bains].",
    );
}

#[test]
fn non_breaking_and_narrow_spaces_separate_words_like_spaces() {
    reads_the_same(
        "The deal is worth 12\u{A0}million euros, said Anna\u{A0}Lund.",
        "The deal is worth 12 million euros, said Anna Lund.",
    );
    let doc = pasted(
        "fr",
        "Elle a dit\u{202F}: «\u{202F}Nous reconstruirons\u{202F}».",
    );
    let words: Vec<&str> = doc.words.iter().map(|w| doc.slice(&w.span)).collect();
    assert_eq!(words, ["Elle", "a", "dit", "Nous", "reconstruirons"]);
}

#[test]
fn soft_hyphens_are_invisible_to_the_comparison() {
    reads_the_same(
        "The geo\u{AD}thermal plant near Hvera\u{AD}gerði opened on Friday.",
        "The geothermal plant near Hveragerði opened on Friday.",
    );
    let doc = pasted("shy", "The geo\u{AD}thermal plant.");
    assert_eq!(doc.slice(&doc.words[1].span), "geo\u{AD}thermal");
}

#[test]
fn curly_and_straight_quotes_are_the_same_words() {
    reads_the_same(
        "“We will rebuild,” Zelenskyy’s adviser said. ‘It’s done.’",
        "\"We will rebuild,\" Zelenskyy's adviser said. 'It's done.'",
    );
    only_marked_changes(
        "“We will [rebuild],” the adviser said.",
        "\"We will [recover],\" the adviser said.",
    );
}

#[test]
fn mixed_scripts_in_one_report_pair_and_compare() {
    only_marked_changes(
        "President Anna Lund met Олена Коваль in Kyiv on [Monday]. \
         Они подписали план. 双方签署了计划。 وقال إن المحادثات كانت مثمرة.",
        "President Anna Lund met Олена Коваль in Kyiv on [Tuesday]. \
         Они подписали план. 双方签署了计划。 وقال إن المحادثات كانت مثمرة.",
    );
}

#[test]
fn a_five_megabyte_line_without_spaces_is_one_word() {
    let line = "abcdefghij".repeat(500_000);
    let mut other = line.clone();
    other.replace_range(2_500_000..2_500_001, "X");
    let left = Document::from_text("left", line);
    let right = Document::from_text("right", other);
    check_document(&left);
    assert_eq!((left.sentences.len(), left.words.len()), (1, 1));
    let c = compare(&left, &right, &Options::default());
    common::invariants::check_comparison(&left, &right, &c, &Options::default());
    assert_eq!(c.alignment.len(), 2, "one unmatched word each side");
    assert_eq!(c.similarity, 0.0);
    let same = compare(&left, &left, &Options::default());
    common::invariants::check_self_comparison(&left, &same);
}

#[test]
fn a_five_megabyte_line_of_cjk_without_spaces_keeps_its_spans() {
    let line = "外交部长抵达北京双方签署计划".repeat(120_000);
    assert!(line.len() > 5_000_000);
    let doc = Document::from_text("cjk", line);
    check_document(&doc);
    assert_eq!(doc.sentences.len(), 1);
}
