//! The corpus job's input and output, shared by `corroborate corpus` (one machine) and the
//! Python package's Spark job (a cluster), so that both read reports alike and write the same
//! files:
//!
//! - [`record`]: one report of the corpus read from a JSON line or a file's bytes, or the
//!   reason it cannot be ([`Read`], [`ReportLine`]);
//! - [`lines`]: the events in the order they are written and the lines of `events.jsonl`
//!   ([`EventLine`]), with report ids in place of indices;
//! - [`index_page`]: the self-contained `index.html` to browse them, which opens any two
//!   reports of an event side by side in the page;
//! - [`write`]: the three files into the output folder.
//!
//! Grouping reports by event and summing up each event are the engine's
//! ([`corroborate_core::corpus`]); how the work is spread over threads or machines is the
//! caller's.

pub mod index_page;
pub mod lines;
pub mod record;

pub use lines::{order_events, ContradictionLine, EventLine, ReuseLine, SideLine, SingleLine};
pub use record::{list_files, read_file, read_json_line, unreadable, Read, ReportLine};

use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use std::io::Write;
use std::path::Path;

/// An output file that could not be written. Displays as "FILE: problem".
#[derive(Debug)]
pub struct WriteError {
    /// The file's path.
    pub file: String,
    /// What went wrong, for the user.
    pub problem: String,
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.problem)
    }
}

impl std::error::Error for WriteError {}

/// Write `reports.jsonl`, `events.jsonl` and `index.html` into `out` (made if missing).
/// `texts` holds the text of each report of an event, by id, for the index page's links that
/// open two reports in the page at `page` (a path or address).
pub fn write(
    out: &Path,
    reports: &[ReportLine],
    events: &[EventLine],
    texts: &BTreeMap<String, String>,
    page: &str,
) -> Result<(), WriteError> {
    std::fs::create_dir_all(out).map_err(|e| WriteError {
        file: out.display().to_string(),
        problem: format!("the output folder cannot be made: {e}"),
    })?;
    write_jsonl(out, "reports.jsonl", reports)?;
    write_jsonl(out, "events.jsonl", events)?;
    let path = out.join("index.html");
    std::fs::write(&path, index_page::render(events, reports, texts, page)).map_err(|e| {
        WriteError {
            file: path.display().to_string(),
            problem: format!("it cannot be written: {e}"),
        }
    })
}

fn write_jsonl<T: Serialize>(dir: &Path, name: &str, lines: &[T]) -> Result<(), WriteError> {
    let path = dir.join(name);
    let fail = |e: std::io::Error| WriteError {
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
