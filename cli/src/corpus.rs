//! `corroborate corpus INPUT --out DIR`: read a folder of reports or a JSON-lines file, group
//! the reports by event ([`corroborate_core::corpus`]), sum up each event, and write
//! `events.jsonl`, `reports.jsonl` and a browsable `index.html` into DIR.
//!
//! A report that cannot be read is listed with its reason in `reports.jsonl`; the run goes on
//! with the rest. Work is spread over `--jobs` threads (all cores by default).

use crate::input::{self, InputError};
use corroborate_core::corpus::{self, EventSummary, Profile};
use corroborate_core::Document;
use corroborate_corpus::{order_events, read_json_line, unreadable, EventLine, Read, ReportLine};
use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Run the corpus command; returns the line to print when done.
pub fn run(
    input: &Path,
    out: &Path,
    jobs: Option<usize>,
    page: &str,
) -> Result<String, InputError> {
    let jobs = jobs
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .max(1);
    let fail = |problem: String| InputError {
        file: input.display().to_string(),
        problem,
    };
    let mut reads = if input.is_dir() {
        let files = corroborate_corpus::list_files(input)
            .map_err(|e| fail(format!("it could not be listed: {e}")))?;
        read_files(&files, jobs)
    } else {
        read_lines(input).map_err(|e| fail(format!("it could not be read: {e}")))?
    };
    if reads.is_empty() {
        return Err(fail("it holds no reports".into()));
    }
    // Only readable reports are grouped; `kept[k]` is the report behind document k.
    let kept: Vec<usize> = (0..reads.len())
        .filter(|&i| reads[i].doc.is_some())
        .collect();
    let docs: Vec<Document> = kept
        .iter()
        .map(|&i| {
            reads[i]
                .doc
                .take()
                .expect("invariant: kept reports have documents")
        })
        .collect();
    let profiles: Vec<Profile> = parallel(&docs, jobs, "grouping", corpus::profile);
    let events = order_events(corpus::group_profiles(&profiles));
    let summaries: Vec<EventSummary> = parallel(&events, jobs, "comparing events", |g| {
        corpus::summarise(&docs, g)
    });

    for (e, event) in events.iter().enumerate() {
        for &d in event {
            reads[kept[d]].line.event = Some(e);
        }
    }
    let ids: Vec<&str> = kept.iter().map(|&i| reads[i].line.id.as_str()).collect();
    let event_lines: Vec<EventLine> = summaries
        .iter()
        .enumerate()
        .map(|(e, s)| EventLine::new(e, s, &ids))
        .collect();
    let texts: BTreeMap<String, String> = events
        .iter()
        .flatten()
        .map(|&d| (ids[d].to_string(), docs[d].text.clone()))
        .collect();
    let report_lines: Vec<ReportLine> = reads.into_iter().map(|r| r.line).collect();
    corroborate_corpus::write(out, &report_lines, &event_lines, &texts, page).map_err(|e| {
        InputError {
            file: e.file,
            problem: e.problem,
        }
    })?;
    let unread = report_lines.iter().filter(|r| r.error.is_some()).count();
    Ok(format!(
        "{} reports read ({} could not be), {} events of two or more reports, written to {}\n",
        report_lines.len() - unread,
        unread,
        event_lines.len(),
        out.display()
    ))
}
fn read_files(files: &[(String, PathBuf)], jobs: usize) -> Vec<Read> {
    parallel(files, jobs, "reading", |(id, path)| {
        let id = id.clone();
        match input::read_document(path) {
            Ok(doc) => corroborate_corpus::record::read_document(id, doc),
            Err(e) => unreadable(id, e.problem),
        }
    })
}

fn read_lines(path: &Path) -> std::io::Result<Vec<Read>> {
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut out = Vec::new();
    for (n, line) in file.lines().enumerate() {
        out.push(match line {
            Ok(line) => read_json_line(n + 1, &line),
            Err(e) => unreadable(
                format!("line {}", n + 1),
                format!("it could not be read: {e}"),
            ),
        });
    }
    Ok(out)
}

/// `work` on every item over `jobs` threads, results in item order, with a progress line on
/// standard error.
fn parallel<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    what: &str,
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let total = items.len();
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..jobs.min(total.max(1)))
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= total {
                            break;
                        }
                        mine.push((i, work(&items[i])));
                        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                        if n.is_multiple_of(100) || n == total {
                            progress(what, n, total);
                        }
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("invariant: corpus workers do not panic"))
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

fn progress(what: &str, done: usize, total: usize) {
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "\r{what}: {done}/{total}");
    if done == total {
        let _ = writeln!(err);
    }
}
