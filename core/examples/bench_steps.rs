//! Times each step of the engine on a report pair, to see where a comparison's time goes:
//!
//! ```text
//! cargo run --release -p corroborate-core --example bench_steps -- left.txt right.txt [runs]
//! ```
//!
//! Prints the best of `runs` (default 5) for segmenting both reports, aligning, diffing every
//! pair, finding verbatim passages and comparing facts, and for the whole [`compare`].
//! Pairs come from the `bench_pair` example.

use corroborate_core::{align, compare, diff, facts, verbatim, Document, Options};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (left, right, runs) = match &args[..] {
        [l, r] => (l, r, 5),
        [l, r, n] => (l, r, n.parse().unwrap_or(5)),
        _ => {
            eprintln!("usage: bench_steps LEFT.txt RIGHT.txt [RUNS]");
            std::process::exit(2);
        }
    };
    let read = |p: &str| {
        std::fs::read_to_string(p).unwrap_or_else(|e| {
            eprintln!("bench_steps: cannot read {p}: {e}");
            std::process::exit(1);
        })
    };
    let (left_text, right_text) = (read(left), read(right));
    let options = Options::default();
    let mut best = [Duration::MAX; 6];
    for _ in 0..runs {
        let mut times = [Duration::ZERO; 6];
        let t = Instant::now();
        let l = Document::from_text("left.txt", left_text.clone());
        let r = Document::from_text("right.txt", right_text.clone());
        times[0] = t.elapsed();
        let t = Instant::now();
        let pairs = align::align(&l, &r, &options);
        times[1] = t.elapsed();
        let t = Instant::now();
        for p in &pairs {
            std::hint::black_box(diff::diff_pair(&l, &p.left, &r, &p.right));
        }
        times[2] = t.elapsed();
        let t = Instant::now();
        std::hint::black_box(verbatim::verbatim_with_options(&l, &r, &options));
        times[3] = t.elapsed();
        let comparison = compare(&l, &r, &options);
        let t = Instant::now();
        std::hint::black_box(facts::compare_facts(&l, &r, &comparison.alignment));
        times[4] = t.elapsed();
        let t = Instant::now();
        let l = Document::from_text("left.txt", left_text.clone());
        let r = Document::from_text("right.txt", right_text.clone());
        std::hint::black_box(compare(&l, &r, &options));
        times[5] = t.elapsed();
        for (b, t) in best.iter_mut().zip(times) {
            *b = (*b).min(t);
        }
    }
    let names = ["segment", "align", "diff", "verbatim", "facts", "total"];
    for (name, time) in names.iter().zip(best) {
        println!("{name:>9} {:>9.1} ms", time.as_secs_f64() * 1e3);
    }
}
