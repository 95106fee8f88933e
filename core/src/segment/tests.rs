use super::*;

fn paragraphs(text: &str) -> Vec<&str> {
    paragraph_spans(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

fn sentences(text: &str) -> Vec<&str> {
    segment(text, &[])
        .sentences
        .into_iter()
        .map(|s| &text[s.span])
        .collect()
}

fn words(text: &str) -> Vec<&str> {
    segment(text, &[])
        .words
        .into_iter()
        .map(|w| &text[w.span])
        .collect()
}

#[test]
fn blank_lines_separate_paragraphs_and_wrapped_lines_stay_together() {
    let text = "Headline here\n\nThe minister arrived\nfrom Oslo on Monday.\n\n\nSecond block.";
    assert_eq!(
        paragraphs(text),
        [
            "Headline here",
            "The minister arrived\nfrom Oslo on Monday.",
            "Second block."
        ]
    );
    assert_eq!(
        sentences(text),
        [
            "Headline here",
            "The minister arrived\nfrom Oslo on Monday.",
            "Second block."
        ]
    );
}

#[test]
fn crlf_text_segments_like_lf_text_with_spans_into_the_original() {
    let lf = "Talks end\n\nThe envoy left\nat noon. Nobody spoke.\n";
    let crlf = lf.replace('\n', "\r\n");
    assert_eq!(sentences(&crlf).len(), 3);
    assert_eq!(sentences(&crlf)[1], "The envoy left\r\nat noon.");
    assert_eq!(words(&crlf), words(lf));
}

#[test]
fn without_blank_lines_each_line_is_a_paragraph_unless_it_starts_in_lower_case() {
    let text =
        "Talks end in Oslo\nThe envoy left at noon and\nwent home. Nobody spoke.\nA last line";
    assert_eq!(
        paragraphs(text),
        [
            "Talks end in Oslo",
            "The envoy left at noon and\nwent home. Nobody spoke.",
            "A last line"
        ]
    );
}

#[test]
fn markdown_headings_and_list_items_start_paragraphs() {
    let text = "# Title\nFirst line.\n- one item\n- another item\n\nEnd.";
    assert_eq!(
        paragraphs(text),
        [
            "# Title",
            "First line.",
            "- one item",
            "- another item",
            "End."
        ]
    );
}

#[test]
fn news_abbreviations_do_not_end_sentences() {
    let text = "U.S. President Ana Ruiz met Gen. Ivo Lind and Dr. Mira Sol on Dec. 1 at 10 a.m. \
                Monday. Mr. and Mrs. Berg came from No. 10 with Sen. Holt, Rep. Day, Gov. Park, \
                Lt. Col. Ames and Pat Roe Jr. on Nov. 30. James B. Comey and St. Clair spoke. \
                It ended at 5 p.m. The talks resume in the U.S. They will be short.";
    assert_eq!(
        sentences(text),
        [
            "U.S. President Ana Ruiz met Gen. Ivo Lind and Dr. Mira Sol on Dec. 1 at 10 a.m. Monday.",
            "Mr. and Mrs. Berg came from No. 10 with Sen. Holt, Rep. Day, Gov. Park, Lt. Col. Ames \
             and Pat Roe Jr. on Nov. 30.",
            "James B. Comey and St. Clair spoke.",
            "It ended at 5 p.m.",
            "The talks resume in the U.S.",
            "They will be short."
        ]
    );
}

#[test]
fn a_month_or_number_abbreviation_ends_a_sentence_when_no_number_follows() {
    assert_eq!(
        sentences("The vote was set for Dec. Nobody came. He said no. Then he left."),
        [
            "The vote was set for Dec.",
            "Nobody came.",
            "He said no.",
            "Then he left."
        ]
    );
}

#[test]
fn quotes_question_marks_and_cjk_full_stops_end_sentences() {
    assert_eq!(
        sentences("“It is over.” Then she left. Why? 北京是首都。他说了。"),
        [
            "“It is over.”",
            "Then she left.",
            "Why?",
            "北京是首都。",
            "他说了。"
        ]
    );
}

#[test]
fn a_list_number_belongs_to_its_item() {
    assert_eq!(
        sentences("Three moves:\n\n1. U.S. Envoys Arrive\n\n2. Talks Resume. They last a day."),
        [
            "Three moves:",
            "1. U.S. Envoys Arrive",
            "2. Talks Resume.",
            "They last a day."
        ]
    );
}

#[test]
fn sentences_never_cross_paragraphs() {
    let text = "Talks with Gen.\n\nLind ended.";
    assert_eq!(sentences(text), ["Talks with Gen.", "Lind ended."]);
}

#[test]
fn numbers_compounds_ordinals_and_dotted_abbreviations_are_single_words() {
    assert_eq!(
        words(
            "About 1,000 people, a 28-point plan, the 10th visit, 3.5% of U.S. e-mail, U.K.-based."
        ),
        [
            "About",
            "1,000",
            "people",
            "a",
            "28-point",
            "plan",
            "the",
            "10th",
            "visit",
            "3.5",
            "of",
            "U.S.",
            "e-mail",
            "U.K.-based"
        ]
    );
}

#[test]
fn possessives_with_either_apostrophe_are_one_word() {
    assert_eq!(
        words("Oliynyk's and Oliynyk’s visit"),
        ["Oliynyk's", "and", "Oliynyk’s", "visit"]
    );
}

#[test]
fn emoji_count_as_words_and_punctuation_does_not() {
    assert_eq!(words("Great 🎉 — “yes”!"), ["Great", "🎉", "yes"]);
}

#[test]
fn wordless_stretches_join_a_neighbouring_sentence_or_vanish() {
    let text = "* * *\n\nHe spoke. ”\n\n— Then he left.";
    assert_eq!(sentences(text), ["He spoke. ”", "— Then he left."]);
    assert_eq!(segment(text, &[]).paragraphs.len(), 3);
}

#[test]
fn words_carry_their_folded_form_and_lie_inside_their_sentence() {
    let text = "The Élysée meeting.\n\nZelenskyy’s visit ended.";
    let s = segment(text, &[]);
    let folded: Vec<&str> = s.words.iter().map(|w| w.folded.as_str()).collect();
    assert_eq!(
        folded,
        ["the", "elysee", "meeting", "zelenskyy's", "visit", "ended"]
    );
    for sentence in &s.sentences {
        for w in &s.words[sentence.words.clone()] {
            assert!(sentence.span.start <= w.span.start && w.span.end <= sentence.span.end);
        }
    }
}

#[test]
// One furniture range, given as the list of ranges the segmenter takes.
#[allow(clippy::single_range_in_vec_init)]
fn paragraphs_overlapping_boilerplate_ranges_are_marked_with_their_sentences() {
    let text = "Real news here.\n\nShare this article\n\nMore news. And more.";
    let furniture = text.find("Share").unwrap();
    let s = segment(text, &[furniture + 2..furniture + 5]);
    let marked: Vec<bool> = s.paragraphs.iter().map(|p| p.boilerplate).collect();
    assert_eq!(marked, [false, true, false]);
    let marked: Vec<bool> = s.sentences.iter().map(|x| x.boilerplate).collect();
    assert_eq!(marked, [false, true, false, false]);
}

#[test]
fn empty_and_blank_texts_have_no_paragraphs() {
    assert_eq!(segment("", &[]), Segmented::default());
    assert_eq!(segment(" \r\n\n\t", &[]), Segmented::default());
}

#[test]
fn a_narrow_no_break_space_is_never_part_of_a_word() {
    let text = "Elle a dit\u{202F}: «\u{202F}Nous reconstruirons\u{202F}».";
    let words: Vec<&str> = word_spans(text, 0..text.len())
        .into_iter()
        .map(|w| &text[w])
        .collect();
    assert_eq!(words, ["Elle", "a", "dit", "Nous", "reconstruirons"]);
}
