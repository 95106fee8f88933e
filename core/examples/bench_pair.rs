//! Writes a reproducible news-like report pair of about N bytes, for the browser benchmark:
//!
//! ```text
//! cargo run --release -p corroborate-core --example bench_pair -- 100000 left.txt right.txt
//! ```
//!
//! The pair is the one the engine's benchmarks and scale checks use (a fixed seed): random
//! sentences of news reports, the right one with 8% of words replaced and 5% of sentences
//! dropped, added and moved.

#[path = "../tests/common/generate.rs"]
mod generate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [bytes, left, right] = &args[..] else {
        eprintln!("usage: bench_pair BYTES LEFT.txt RIGHT.txt");
        std::process::exit(2);
    };
    let bytes: usize = bytes.parse().unwrap_or_else(|_| {
        eprintln!("bench_pair: {bytes} is not a number of bytes");
        std::process::exit(2);
    });
    let (left_text, right_text) = generate::pair(bytes, 7);
    for (path, text) in [(left, left_text), (right, right_text)] {
        std::fs::write(path, text).unwrap_or_else(|e| {
            eprintln!("bench_pair: cannot write {path}: {e}");
            std::process::exit(1);
        });
    }
}
