//! Speed sanity checks on generated report pairs (not timed assertions: the criterion
//! benchmarks in `benches/engine.rs` measure; this prints). Run with
//! `cargo test --release -p corroborate-core --test engine_scale -- --ignored --nocapture`.

mod common;

use common::generate;
use corroborate_core::{compare, Document, Options, RowKind};
use std::time::Instant;

#[test]
#[ignore = "prints timings; run in release"]
fn generated_pairs_up_to_one_megabyte() {
    let mut timings: Vec<(f64, f64)> = Vec::new();
    for &bytes in &[10_000, 100_000, 1_000_000] {
        let (left_text, right_text) = generate::pair(bytes, 7);
        let started = Instant::now();
        let left = Document::from_text("left", left_text);
        let right = Document::from_text("right", right_text);
        let segmented = started.elapsed();
        let c = compare(&left, &right, &Options::default());
        let total = started.elapsed();
        println!(
            "{:>9} bytes: segment {:>8.1?}, compare {:>8.1?}, total {:>8.1?}; {} rows, {} pairs, {} moved, similarity {:.3}",
            left.text.len(),
            segmented,
            total - segmented,
            total,
            c.alignment.len(),
            c.summary.corresponding,
            c.summary.moved,
            c.similarity
        );
        timings.push((left.text.len() as f64, total.as_secs_f64()));
        // The edits touch about 15% of sentences; the rest must still pair.
        let pairs = c
            .alignment
            .iter()
            .filter(|r| matches!(r.kind, RowKind::Same | RowKind::Reworded))
            .count();
        assert!(pairs as f64 > 0.85 * left.sentences.len() as f64);
    }
    // Time grows as size^k; the engine aims at k ≤ 1.15 from 10 KB to 1 MB.
    let ((small, t_small), (large, t_large)) = (timings[0], timings[timings.len() - 1]);
    println!(
        "growth from 10 KB to 1 MB: time ~ size^{:.2}",
        (t_large / t_small).ln() / (large / small).ln()
    );
}
