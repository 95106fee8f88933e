//! Print the facts of every pair of the given reports: a table (kind, label, status, left
//! forms, right forms), then the contradictions; with `--matrix`, the fact × source matrix;
//! with `--time`, only how long the facts step takes for each pair (the sentence alignment it
//! is given is computed first and not counted), best of three runs.
//!
//! ```text
//! cargo run -p corroborate-core --example facts_report -- a.txt b.txt c.txt [--matrix]
//! cargo run --release -p corroborate-core --example facts_report -- --time left.txt right.txt
//! ```

use corroborate_core::{compare, facts, Document, Fact, FactStatus, MatrixCell, Options};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_matrix = args.iter().any(|a| a == "--matrix");
    let time_only = args.iter().any(|a| a == "--time");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if paths.len() < 2 {
        eprintln!("usage: facts_report FILE FILE [FILE...] [--matrix] [--time]");
        return ExitCode::from(2);
    }
    let mut docs = Vec::new();
    for path in &paths {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: cannot read: {e}");
                return ExitCode::from(1);
            }
        };
        let name = std::path::Path::new(path.as_str())
            .file_name()
            .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned());
        match Document::from_bytes(name, &bytes) {
            Ok(d) => docs.push(d),
            Err(e) => {
                eprintln!("{path}: {e}");
                return ExitCode::from(1);
            }
        }
    }
    for i in 0..docs.len() {
        for j in i + 1..docs.len() {
            if time_only {
                time_pair(&docs[i], &docs[j]);
            } else {
                report_pair(&docs[i], &docs[j]);
            }
        }
    }
    if show_matrix {
        print_matrix(&docs);
    }
    ExitCode::SUCCESS
}

fn report_pair(left: &Document, right: &Document) {
    let comparison = compare(left, right, &Options::default());
    let (found, conflicts) = facts::compare_facts(left, right, &comparison.alignment);
    let count = |s: FactStatus| found.iter().filter(|f| f.status == s).count();
    println!("\n=== {}  ×  {}", left.name, right.name);
    println!(
        "{} corroborated · {} only left · {} only right · {} contradicted ({} aligned rows)",
        count(FactStatus::Shared),
        count(FactStatus::LeftOnly),
        count(FactStatus::RightOnly),
        count(FactStatus::Conflict),
        comparison
            .alignment
            .iter()
            .filter(|r| !r.left.is_empty() && !r.right.is_empty())
            .count(),
    );
    println!(
        "{:<8} {:<11} {:<44} {:<30} right",
        "kind", "status", "label", "left"
    );
    for fact in &found {
        print_fact(fact);
    }
    if conflicts.is_empty() {
        println!("no contradictions");
    }
    for c in &conflicts {
        println!(
            "CONTRADICTION {:?}: Left: {} — Right: {} ({}) [left sentence {}, right sentence {}]",
            c.kind, c.left, c.right, c.about, c.left_sentence, c.right_sentence
        );
    }
}

/// The facts step alone: one run is noisy on a shared machine, so the best of three, by
/// wall clock and, where the system tells it, by processor time (which other programs
/// running at once do not inflate).
fn time_pair(left: &Document, right: &Document) {
    let alignment = compare(left, right, &Options::default()).alignment;
    let mut best = (std::time::Duration::MAX, None::<f64>);
    for _ in 0..3 {
        let (start, cpu_start) = (std::time::Instant::now(), cpu_seconds());
        let result = facts::compare_facts(left, right, &alignment);
        let elapsed = start.elapsed();
        let cpu = cpu_seconds().zip(cpu_start).map(|(end, start)| end - start);
        std::hint::black_box(result);
        best.0 = best.0.min(elapsed);
        best.1 = match (best.1, cpu) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    let cpu = best
        .1
        .map(|c| format!(", {:.0} ms of processor time", c * 1e3))
        .unwrap_or_default();
    println!(
        "{} × {}: facts {:.1} ms{cpu} ({} + {} bytes)",
        left.name,
        right.name,
        best.0.as_secs_f64() * 1e3,
        left.text.len(),
        right.text.len()
    );
}

/// Processor time used by this program so far, from `/proc/self/stat` (Linux; in clock
/// ticks of 10 ms, so only long runs are measured this way).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the parenthesised command name: utime and stime are the 12th and
    // 13th of them.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn print_fact(fact: &Fact) {
    let status = match fact.status {
        FactStatus::Shared => "shared",
        FactStatus::LeftOnly => "left only",
        FactStatus::RightOnly => "right only",
        FactStatus::Conflict => "CONFLICT",
    };
    println!(
        "{:<8} {:<11} {:<44} {:<30} {}",
        format!("{:?}", fact.kind).to_lowercase(),
        status,
        clip(&fact.label, 44),
        clip(&fact.left.join(" | "), 30),
        clip(&fact.right.join(" | "), 40),
    );
    if !fact.note.is_empty() {
        println!("{:<21}note: {}", "", fact.note);
    }
}

fn print_matrix(docs: &[Document]) {
    let m = facts::matrix(docs);
    println!("\n=== fact × source matrix ({} reports)", m.reports.len());
    for (i, name) in m.reports.iter().enumerate() {
        println!("  [{i}] {name}");
    }
    for row in &m.rows {
        let cells: String = row
            .cells
            .iter()
            .map(|c| match c {
                MatrixCell::Present { .. } => '●',
                MatrixCell::Absent => '·',
                MatrixCell::Different { .. } => '≠',
            })
            .collect();
        println!(
            "{cells}  {:<8} {}",
            format!("{:?}", row.kind).to_lowercase(),
            clip(&row.label, 70)
        );
    }
}

fn clip(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(width - 1).collect();
        out.push('…');
        out
    }
}
