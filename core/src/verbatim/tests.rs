use super::*;

fn doc(text: &str) -> Document {
    Document::from_text("t", text)
}

fn passages<'a>(
    left: &'a Document,
    right: &'a Document,
    k: usize,
) -> Vec<(&'a str, &'a str, usize)> {
    verbatim(left, right, k)
        .into_iter()
        .map(|p| (left.slice(&p.left), right.slice(&p.right), p.words))
        .collect()
}

#[test]
fn shared_runs_are_found_anywhere_and_extended_to_full_length() {
    let left = doc(
        "Background first. The equipment would go first to Kharkiv and Odesa, \
                    where strikes hit power stations. Nothing else.",
    );
    let right = doc(
        "Officials agreed. Oliynyk said “the equipment would go first to Kharkiv and \
                     Odesa” where strikes hit power stations.",
    );
    assert_eq!(
        passages(&left, &right, 8),
        [(
            "The equipment would go first to Kharkiv and Odesa, where strikes hit power stations",
            "the equipment would go first to Kharkiv and Odesa” where strikes hit power stations",
            14
        )]
    );
}

#[test]
fn runs_shorter_than_the_minimum_are_not_verbatim() {
    let left = doc("The two met for nearly three hours at the villa.");
    let right = doc("They met for nearly three hours at a hotel.");
    assert!(passages(&left, &right, 8).is_empty());
    assert_eq!(passages(&left, &right, 6).len(), 1);
}

#[test]
fn a_passage_repeated_in_one_report_is_found_at_each_place() {
    let quote = "we are building a lifeline for a whole continent";
    let left = doc(&format!("He said {quote}. Later he said {quote} again."));
    let right = doc(&format!("Quote: {quote}."));
    let found = passages(&left, &right, 8);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|p| p.2 == 9));
    let found = passages(&right, &left, 8);
    assert_eq!(found.len(), 2);
}

#[test]
// One furniture range, given as the list of ranges a document takes.
#[allow(clippy::single_range_in_vec_init)]
fn runs_do_not_cross_skipped_boilerplate() {
    let text = "one two three four five\n\nAdvertisement\n\nsix seven eight nine ten";
    let furniture = text.find("Advertisement").unwrap();
    let left = Document::from_parts(
        "l".into(),
        text.into(),
        crate::ingest::SourceInfo::plain_text(text.len()),
        vec![furniture..furniture + 13],
    );
    let right = doc("one two three four five six seven eight nine ten");
    assert!(verbatim(&left, &right, 8).is_empty());
}

#[test]
fn one_word_repeated_many_times_stays_fast_and_is_fully_covered() {
    let text = "word ".repeat(50_000);
    let (left, right) = (doc(&text), doc(&text));
    let found = verbatim(&left, &right, 8);
    assert!(found.len() <= MAX_OCCURRENCES);
    assert_eq!(found[0].words, 50_000);
    assert_eq!(share(&left, found.iter().map(|p| &p.left), false), 1.0);
}

#[test]
fn share_counts_the_words_inside_passages() {
    let left = doc("alpha beta gamma delta epsilon zeta eta theta. Other words here.");
    let right = doc("alpha beta gamma delta epsilon zeta eta theta");
    let found = verbatim(&left, &right, 8);
    assert_eq!(
        share(&left, found.iter().map(|p| &p.left), false),
        8.0 / 11.0
    );
    assert_eq!(share(&right, found.iter().map(|p| &p.right), false), 1.0);
    assert_eq!(share(&doc(""), [], false), 0.0);
}
