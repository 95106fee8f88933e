//! Worst cases for speed: inputs no newsroom writes but a user can drop on the page. Each must
//! finish in about a second and a half in a release build. This prints timings rather than
//! asserting them (machines differ); the correctness checks still fail when the engine errs.
//! Run with
//! `cargo test --release -p corroborate-core --test engine_worst_cases -- --ignored --nocapture`.

mod common;

use common::generate;
use corroborate_core::{compare, Document, Options};
use std::time::{Duration, Instant};

/// Segment both texts and compare them, printing how long each part took.
fn time_pair(what: &str, left: String, right: String) -> corroborate_core::Comparison {
    let started = Instant::now();
    let left = Document::from_text("left", left);
    let right = Document::from_text("right", right);
    let segmented = started.elapsed();
    let c = compare(&left, &right, &Options::default());
    let total = started.elapsed();
    println!(
        "{what:<44} segment {:>8.1?}, compare {:>8.1?}, total {:>8.1?}{}; {} + {} sentences, {} rows, {} verbatim, {} facts",
        segmented,
        total - segmented,
        total,
        if total > Duration::from_millis(1500) { " SLOW" } else { "" },
        left.sentences.len(),
        right.sentences.len(),
        c.alignment.len(),
        c.verbatim.len(),
        c.facts.len(),
    );
    c
}

#[test]
#[ignore = "prints timings; run in release"]
fn two_unrelated_one_megabyte_reports() {
    let (left, _) = generate::pair(1_000_000, 11);
    let (right, _) = generate::pair(1_000_000, 12);
    let c = time_pair("two unrelated 1 MB reports", left, right);
    assert!(c.similarity < 0.5, "similarity {}", c.similarity);
}

#[test]
#[ignore = "prints timings; run in release"]
fn one_word_repeated_two_hundred_thousand_times() {
    let left = vec!["talks"; 200_000].join(" ");
    let c = time_pair("one word x 200,000 vs itself", left.clone(), left.clone());
    assert_eq!(c.similarity, 1.0);
    let (normal, _) = generate::pair(10_000, 3);
    time_pair("one word x 200,000 vs a 10 KB report", left.clone(), normal);
    let dotted = vec!["talks."; 200_000].join(" ");
    time_pair(
        "one-word sentence x 200,000 vs itself",
        dotted.clone(),
        dotted,
    );
}

#[test]
#[ignore = "prints timings; run in release"]
fn ten_thousand_one_word_sentences() {
    let words = [
        "Talks.",
        "Prices.",
        "Oslo.",
        "Monday.",
        "Ceasefire.",
        "Forty.",
    ];
    let left: Vec<&str> = (0..10_000).map(|i| words[i % words.len()]).collect();
    let right: Vec<&str> = (0..10_000)
        .map(|i| words[(i * 7 + 3) % words.len()])
        .collect();
    let c = time_pair(
        "10,000 one-word sentences vs itself",
        left.join(" "),
        left.join(" "),
    );
    assert_eq!(c.similarity, 1.0);
    time_pair(
        "10,000 one-word sentences vs shuffled",
        left.join(" "),
        right.join(" "),
    );
    let lines = left.join("\n");
    time_pair("10,000 one-word lines vs itself", lines.clone(), lines);
}

#[test]
#[ignore = "prints timings; run in release"]
fn five_megabyte_line_without_spaces() {
    let line = "abcdefghij".repeat(500_000);
    let mut other = line.clone();
    other.replace_range(2_500_000..2_500_001, "X");
    let c = time_pair("5 MB line without spaces vs one change", line, other);
    assert!(c.similarity < 1.0, "the changed character is found");
}

#[test]
#[ignore = "prints timings; run in release"]
fn two_long_sentences_without_punctuation() {
    // A transcript with no full stops is one sentence; two of them share every word, so they
    // pair, and the word diff must not grow with the square of their length.
    let words = [
        "talks", "grid", "winter", "minister", "plan", "power", "city", "aid", "deal", "port",
    ];
    let mut rng = generate::Rng::new(5);
    let mut text = |n: usize| -> String {
        (0..n)
            .map(|_| words[rng.below(words.len())])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (left, right) = (text(200_000), text(200_000));
    let c = time_pair("two 200,000-word sentences, 10 words", left, right);
    assert_eq!(c.summary.corresponding, 1);
}
