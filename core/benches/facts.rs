//! What the facts step adds to a comparison: extraction and comparison of a report pair the
//! size of the seed reports (about 700 words each), and how the cost grows with length.
//!
//! ```text
//! cargo bench -p corroborate-core --bench facts
//! ```
//!
//! The reports are our own fixtures (`fixtures/facts/`), concatenated to seed size.

use corroborate_core::{compare, facts, Document, Options};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

/// A fixture's text without its inline answer key (`[Lisbon]{place}` → `Lisbon`).
fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../fixtures/facts/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let annotated = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut text = String::with_capacity(annotated.len());
    let mut in_kind = false;
    for c in annotated.chars() {
        match c {
            '[' | ']' => {}
            '{' => in_kind = true,
            '}' => in_kind = false,
            _ if in_kind => {}
            _ => text.push(c),
        }
    }
    text
}

fn report(parts: &[&str], copies: usize) -> String {
    let one: Vec<String> = parts.iter().map(|p| fixture(p)).collect();
    vec![one.join("\n\n"); copies].join("\n\n")
}

fn words(d: &Document) -> u64 {
    d.words.len() as u64
}

fn seed_sized_pair(c: &mut Criterion) {
    let left = Document::from_text(
        "left.txt",
        report(&["lisbon-courier", "harbour-daily", "atlantic-wire"], 2),
    );
    let right = Document::from_text(
        "right.txt",
        report(&["atlantic-wire", "quay-news", "lisbon-courier"], 2),
    );
    let alignment = compare(&left, &right, &Options::default()).alignment;
    println!(
        "seed-sized pair: {} and {} words",
        words(&left),
        words(&right)
    );
    let mut group = c.benchmark_group("facts");
    group.bench_function("extract and compare, seed-sized pair", |b| {
        b.iter(|| facts::compare_facts(black_box(&left), black_box(&right), black_box(&alignment)))
    });
    group.bench_function("extract, one seed-sized report", |b| {
        b.iter(|| facts::extract(black_box(&left)))
    });
    group.finish();
}

fn growth(c: &mut Criterion) {
    let mut group = c.benchmark_group("facts growth");
    for copies in [1, 2, 4, 8] {
        let left = Document::from_text(
            "left.txt",
            report(&["lisbon-courier", "harbour-daily"], copies),
        );
        let right =
            Document::from_text("right.txt", report(&["atlantic-wire", "quay-news"], copies));
        let rows: Vec<(Vec<usize>, Vec<usize>)> =
            (0..left.sentences.len().min(right.sentences.len()))
                .map(|i| (vec![i], vec![i]))
                .collect();
        group.throughput(Throughput::Elements(words(&left) + words(&right)));
        group.bench_with_input(
            BenchmarkId::from_parameter(words(&left) + words(&right)),
            &rows,
            |b, rows| {
                b.iter(|| facts::compare_facts_with_rows(black_box(&left), black_box(&right), rows))
            },
        );
    }
    group.finish();
}

criterion_group!(benches, seed_sized_pair, growth);
criterion_main!(benches);
