//! `corroborate corpus INPUT --out DIR`: read a folder of reports or a JSON-lines file, group
//! the reports by event ([`corroborate_core::corpus`]), sum up each event, and write
//! `events.jsonl`, `reports.jsonl` and a browsable `index.html` into DIR.
//!
//! A report that cannot be read is listed with its reason in `reports.jsonl`; the run goes on
//! with the rest. Work is spread over `--jobs` threads (all cores by default).

use crate::input::{self, InputError};
use corroborate_core::corpus::{self, EventSummary, Profile};
use corroborate_core::ingest::MAX_FILE_BYTES;
use corroborate_core::Document;
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// One line of a JSON-lines corpus.
#[derive(Debug, Deserialize)]
struct Line {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
}

/// One report of the corpus as `reports.jsonl` lists it.
#[derive(Debug, Default, Serialize)]
pub struct ReportLine {
    /// Its id: the line's `id`, or the file's path under INPUT.
    pub id: String,
    /// Its index in `events.jsonl`'s `reports`, or none when it could not be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<usize>,
    /// Why it could not be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Words compared.
    pub words: usize,
    /// Given with the report (JSON lines only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// Given with the report (JSON lines only).
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The report's title: given, or its first line.
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// Given with the report (JSON lines only).
    pub date: Option<String>,
}

/// A report read, or why not.
struct Read {
    line: ReportLine,
    doc: Option<Document>,
}

/// Run the corpus command; returns the line to print when done.
pub fn run(input: &Path, out: &Path, jobs: Option<usize>) -> Result<String, InputError> {
    let jobs = jobs
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .max(1);
    let fail = |problem: String| InputError {
        file: input.display().to_string(),
        problem,
    };
    let mut reads = if input.is_dir() {
        let mut files = Vec::new();
        walk(input, &mut files).map_err(|e| fail(format!("it could not be listed: {e}")))?;
        files.sort();
        read_files(input, &files, jobs)
    } else {
        read_lines(input).map_err(|e| fail(format!("it could not be read: {e}")))?
    };
    if reads.is_empty() {
        return Err(fail("it holds no reports".into()));
    }
    std::fs::create_dir_all(out).map_err(|e| InputError {
        file: out.display().to_string(),
        problem: format!("the output folder cannot be made: {e}"),
    })?;

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
    let groups = corpus::group_profiles(&profiles);
    let mut events: Vec<Vec<usize>> = groups.into_iter().filter(|g| g.len() >= 2).collect();
    events.sort_by_key(|g| (std::cmp::Reverse(g.len()), g[0]));
    let summaries: Vec<EventSummary> = parallel(&events, jobs, "comparing events", |g| {
        corpus::summarise(&docs, g)
    });

    for (e, event) in events.iter().enumerate() {
        for &d in event {
            reads[kept[d]].line.event = Some(e);
        }
    }
    let ids: Vec<&str> = kept.iter().map(|&i| reads[i].line.id.as_str()).collect();
    write_jsonl(out, "reports.jsonl", reads.iter().map(|r| &r.line))?;
    let event_lines: Vec<EventLine> = summaries
        .iter()
        .enumerate()
        .map(|(e, s)| EventLine::new(e, s, &ids))
        .collect();
    write_jsonl(out, "events.jsonl", event_lines.iter())?;
    let page = index_html(&event_lines, &reads);
    std::fs::write(out.join("index.html"), page).map_err(|e| InputError {
        file: out.join("index.html").display().to_string(),
        problem: format!("it cannot be written: {e}"),
    })?;
    let unread = reads.iter().filter(|r| r.line.error.is_some()).count();
    Ok(format!(
        "{} reports read ({} could not be), {} events of two or more reports, written to {}\n",
        reads.len() - unread,
        unread,
        event_lines.len(),
        out.display()
    ))
}

/// Every file under `dir`, depth first; hidden files and folders are left out.
fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

fn read_files(root: &Path, files: &[PathBuf], jobs: usize) -> Vec<Read> {
    parallel(files, jobs, "reading", |path| {
        let id = path
            .strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string();
        match input::read_document(path) {
            Ok(doc) => Read {
                line: ReportLine {
                    id,
                    words: doc.word_count(),
                    title: Some(doc.title().to_string()).filter(|t| !t.is_empty()),
                    ..ReportLine::default()
                },
                doc: Some(doc),
            },
            Err(e) => unreadable(id, e.problem),
        }
    })
}

fn read_lines(path: &Path) -> std::io::Result<Vec<Read>> {
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut out = Vec::new();
    for (n, line) in file.lines().enumerate() {
        let at = format!("line {}", n + 1);
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                out.push(unreadable(at, format!("it could not be read: {e}")));
                continue;
            }
        };
        if line.trim().is_empty() {
            out.push(unreadable(at, "the line is empty".into()));
            continue;
        }
        if line.len() > MAX_FILE_BYTES {
            out.push(unreadable(
                at,
                "the report is larger than a report can be".into(),
            ));
            continue;
        }
        let parsed: Line = match serde_json::from_str(&line) {
            Ok(parsed) => parsed,
            Err(e) => {
                out.push(unreadable(
                    at,
                    format!("it is not a JSON object with \"id\" and \"text\": {e}"),
                ));
                continue;
            }
        };
        let id = match &parsed.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let doc = Document::from_text(&id, &parsed.text);
        if doc.word_count() == 0 {
            out.push(unreadable(id, "it has no words to compare".into()));
            continue;
        }
        out.push(Read {
            line: ReportLine {
                id,
                words: doc.word_count(),
                title: parsed
                    .title
                    .or_else(|| Some(doc.title().to_string()).filter(|t| !t.is_empty())),
                source: parsed.source,
                url: parsed.url,
                date: parsed.date,
                ..ReportLine::default()
            },
            doc: Some(doc),
        });
    }
    Ok(out)
}

fn unreadable(id: String, problem: String) -> Read {
    Read {
        line: ReportLine {
            id,
            error: Some(problem),
            ..ReportLine::default()
        },
        doc: None,
    }
}

/// A fact kind as the JSON names it ("date", "number").
fn kind_name(kind: corroborate_core::FactKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
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

/// One event as `events.jsonl` writes it: report ids instead of indices.
#[derive(Debug, Serialize)]
pub struct EventLine {
    /// The event's number, 0 for the largest.
    pub event: usize,
    /// The ids of its reports.
    pub reports: Vec<String>,
    /// Facts two or more of its reports give and none contradicts.
    pub corroborated: usize,
    /// Each contradicted fact with the value each side gives and who gives it.
    pub contradictions: Vec<ContradictionLine>,
    /// Facts only one report gives.
    pub single_sourced: Vec<SingleLine>,
    /// Pairs of reports sharing passages of eight or more identical words.
    pub reuse: Vec<ReuseLine>,
}

/// A contradicted fact in `events.jsonl`.
#[derive(Debug, Serialize)]
pub struct ContradictionLine {
    /// "date", "number", "place", "quote", …
    pub kind: corroborate_core::FactKind,
    /// The fact as its carriers give it.
    pub label: String,
    /// Each value and the ids of the reports giving it, most reports first.
    pub sides: Vec<SideLine>,
}

/// One side of a contradiction.
#[derive(Debug, Serialize)]
pub struct SideLine {
    /// The value as written.
    pub value: String,
    /// Ids of the reports giving it.
    pub reports: Vec<String>,
}

/// A single-sourced fact in `events.jsonl`.
#[derive(Debug, Serialize)]
pub struct SingleLine {
    /// Its kind.
    pub kind: corroborate_core::FactKind,
    /// The fact.
    pub label: String,
    /// The id of the one report giving it.
    pub report: String,
}

/// Reused wording between two reports in `events.jsonl`.
#[derive(Debug, Serialize)]
pub struct ReuseLine {
    /// One report's id.
    pub a: String,
    /// The other's.
    pub b: String,
    /// Shared passages of eight or more words.
    pub passages: usize,
    /// Words in them.
    pub words: usize,
    /// Share of `a`'s words in them, 0..=1.
    pub share_a: f64,
    /// Share of `b`'s words in them, 0..=1.
    pub share_b: f64,
}

impl EventLine {
    fn new(event: usize, s: &EventSummary, ids: &[&str]) -> EventLine {
        let id = |i: usize| ids[i].to_string();
        EventLine {
            event,
            reports: s.reports.iter().map(|&i| id(i)).collect(),
            corroborated: s.corroborated,
            contradictions: s
                .contradictions
                .iter()
                .map(|c| ContradictionLine {
                    kind: c.kind,
                    label: c.label.clone(),
                    sides: c
                        .sides
                        .iter()
                        .map(|side| SideLine {
                            value: side.value.clone(),
                            reports: side.reports.iter().map(|&i| id(i)).collect(),
                        })
                        .collect(),
                })
                .collect(),
            single_sourced: s
                .single_sourced
                .iter()
                .map(|f| SingleLine {
                    kind: f.kind,
                    label: f.label.clone(),
                    report: id(f.report),
                })
                .collect(),
            reuse: s
                .reuse
                .iter()
                .map(|r| ReuseLine {
                    a: id(r.a),
                    b: id(r.b),
                    passages: r.passages,
                    words: r.words,
                    share_a: r.share_a,
                    share_b: r.share_b,
                })
                .collect(),
        }
    }
}

fn write_jsonl<'a, T: Serialize + 'a>(
    dir: &Path,
    name: &str,
    lines: impl Iterator<Item = &'a T>,
) -> Result<(), InputError> {
    let path = dir.join(name);
    let fail = |e: std::io::Error| InputError {
        file: path.display().to_string(),
        problem: format!("it cannot be written: {e}"),
    };
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).map_err(fail)?);
    for line in lines {
        let json = serde_json::to_string(line).expect("invariant: corpus lines serialise");
        writeln!(file, "{json}").map_err(fail)?;
    }
    file.flush().map_err(fail)
}

/// Text made safe inside HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A self-contained page to browse the events: largest first, each with its contradictions
/// (every side and who gives it), single-sourced facts and reused wording, then the reports
/// that could not be read.
fn index_html(events: &[EventLine], reads: &[Read]) -> String {
    let title_of: std::collections::HashMap<&str, &str> = reads
        .iter()
        .filter_map(|r| Some((r.line.id.as_str(), r.line.title.as_deref()?)))
        .collect();
    let report = |id: &str| match title_of.get(id) {
        Some(title) => format!("{} <span class=\"n\">— {}</span>", esc(id), esc(title)),
        None => esc(id),
    };
    let mut h = String::new();
    h.push_str(concat!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "<title>Corroborate — corpus</title><style>",
        "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24;background:#fbfaf7}",
        "h1{font-size:1.5rem}h2{font-size:1.15rem;margin:2rem 0 .25rem}h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:#555;margin:1rem 0 .25rem}",
        "section{border-top:1px solid #ddd;padding-top:.5rem}ul{margin:.25rem 0;padding-left:1.25rem}",
        ".side{font-weight:600}.n{color:#555}.conflict{color:#8a2c0d}",
        "@media (prefers-color-scheme:dark){body{background:#16181b;color:#e6e6e6}.n,h3{color:#aaa}.conflict{color:#f4a37f}section{border-color:#333}}",
        "</style></head><body>\n<h1>Corroborate — corpus</h1>\n"
    ));
    let unread: Vec<&Read> = reads.iter().filter(|r| r.line.error.is_some()).collect();
    let _ = writeln!(
        h,
        "<p class=\"n\">{} reports; {} events of two or more reports; {} could not be read.</p>",
        reads.len(),
        events.len(),
        unread.len()
    );
    for e in events {
        let _ = writeln!(
            h,
            "<section id=\"event-{0}\"><h2>Event {0}: {1} reports, {2} contradicted, {3} corroborated</h2>",
            e.event + 1,
            e.reports.len(),
            e.contradictions.len(),
            e.corroborated
        );
        h.push_str("<h3>Reports</h3><ul>");
        for id in &e.reports {
            let _ = write!(h, "<li>{}</li>", report(id));
        }
        h.push_str("</ul>");
        if !e.contradictions.is_empty() {
            h.push_str("<h3>Contradictions</h3><ul>");
            for c in &e.contradictions {
                let sides: Vec<String> = c
                    .sides
                    .iter()
                    .map(|s| {
                        format!(
                            "<span class=\"side\">{}</span> <span class=\"n\">— {} report{}: {}</span>",
                            esc(&s.value),
                            s.reports.len(),
                            if s.reports.len() == 1 { "" } else { "s" },
                            s.reports.iter().map(|r| esc(r)).collect::<Vec<_>>().join(", ")
                        )
                    })
                    .collect();
                let _ = write!(
                    h,
                    "<li class=\"conflict\">{} ({}): {}</li>",
                    esc(&c.label),
                    kind_name(c.kind),
                    sides.join("; ")
                );
            }
            h.push_str("</ul>");
        }
        if !e.single_sourced.is_empty() {
            h.push_str("<h3>Only one report says</h3><ul>");
            for f in &e.single_sourced {
                let _ = write!(
                    h,
                    "<li>{} <span class=\"n\">({}) — {}</span></li>",
                    esc(&f.label),
                    kind_name(f.kind),
                    esc(&f.report)
                );
            }
            h.push_str("</ul>");
        }
        if !e.reuse.is_empty() {
            h.push_str("<h3>Shared wording (8+ identical words)</h3><ul>");
            for r in &e.reuse {
                let _ = write!(
                    h,
                    "<li>{} and {} <span class=\"n\">— {} passages, {} words ({:.0}% and {:.0}% of each)</span></li>",
                    esc(&r.a),
                    esc(&r.b),
                    r.passages,
                    r.words,
                    r.share_a * 100.0,
                    r.share_b * 100.0
                );
            }
            h.push_str("</ul>");
        }
        h.push_str("</section>\n");
    }
    if !unread.is_empty() {
        h.push_str("<section><h2>Could not be read</h2><ul>");
        for r in unread {
            let _ = write!(
                h,
                "<li>{} <span class=\"n\">— {}</span></li>",
                esc(&r.line.id),
                esc(r.line.error.as_deref().unwrap_or(""))
            );
        }
        h.push_str("</ul></section>\n");
    }
    h.push_str("</body></html>\n");
    h
}
