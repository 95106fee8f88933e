//! The whole engine on generated report pairs of 10 KB, 100 KB and 1 MB: both reports
//! segmented, then the full comparison (alignment, word diffs, verbatim passages, facts) —
//! what the page does between a drop and the first render.
//!
//! ```text
//! cargo bench -p corroborate-core --bench engine
//! ```
//!
//! The pairs come from `tests/common/generate.rs` (fixed seed, news-like sentences, 8% of
//! words replaced, 5% of sentences dropped, added and moved), so every run measures the same
//! text. Sample counts are small: the whole run takes a couple of minutes.

#[allow(dead_code)] // the tests use more of it
#[path = "../tests/common/generate.rs"]
mod generate;

use corroborate_core::{compare, Document, Options};
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

fn engine(c: &mut Criterion) {
    let mut group = c.benchmark_group("engine");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    for (label, bytes, seconds) in [
        ("10 KB", 10_000, 5),
        ("100 KB", 100_000, 8),
        ("1 MB", 1_000_000, 20),
    ] {
        let (left, right) = generate::pair(bytes, 7);
        group.measurement_time(Duration::from_secs(seconds));
        group.throughput(Throughput::Bytes((left.len() + right.len()) as u64));
        group.bench_with_input(
            BenchmarkId::new("segment and compare", label),
            &(left, right),
            |b, (left, right)| {
                b.iter_batched(
                    || (left.clone(), right.clone()),
                    |(left, right)| {
                        let left = Document::from_text("left.txt", left);
                        let right = Document::from_text("right.txt", right);
                        black_box(compare(&left, &right, &Options::default()))
                    },
                    BatchSize::LargeInput,
                )
            },
        );
    }
    group.finish();
}

/// The similarity map the page works out for three or more reports: every pair compared.
/// Ten pairs of 5 KB reports (five on the shelf) and 190 (twenty).
fn similarity_map(c: &mut Criterion) {
    let mut group = c.benchmark_group("similarity map");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    for (label, reports, seconds) in [("5 reports of 5 KB", 5, 5), ("20 reports of 5 KB", 20, 20)] {
        // Reports of one story told apart: both sides of generated pairs.
        let docs: Vec<Document> = (0..reports)
            .map(|k| {
                let (left, right) = generate::pair(5_000, 11 + (k / 2) as u64);
                let text = if k % 2 == 0 { left } else { right };
                Document::from_text(format!("report {k}.txt"), text)
            })
            .collect();
        group.measurement_time(Duration::from_secs(seconds));
        group.bench_with_input(BenchmarkId::new("every pair", label), &docs, |b, docs| {
            b.iter(|| {
                black_box(corroborate_core::overview::similarity_map(
                    docs,
                    &Options::default(),
                ))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, engine, similarity_map);
criterion_main!(benches);
