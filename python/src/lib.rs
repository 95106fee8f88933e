//! Corroborate's engine for Python: the native half of the `corroborate` package. Each
//! function returns the engine's documented JSON as text; `corroborate/__init__.py` turns it
//! into Python dicts and lists, so Python sees exactly the structure the CLI prints.

use corroborate_core::{compare, corpus, facts, Document, Options, WordMatch};
use corroborate_corpus::{EventLine, Read, ReportLine};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedBytes;
use std::collections::{BTreeMap, HashSet};

fn json(value: &impl serde::Serialize) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| PyValueError::new_err(e.to_string()))
}

fn document(name: &str, text: &str) -> Document {
    Document::from_text(name, text)
}

/// The comparison of two report texts, as the CLI's `compare --json` prints it, with what
/// counts as a word change given as the JSON of `word_match` (its keys all optional).
#[pyfunction]
#[pyo3(signature = (left, right, left_name = "left", right_name = "right", word_match = "{}"))]
fn compare_json(
    left: &str,
    right: &str,
    left_name: &str,
    right_name: &str,
    word_match: &str,
) -> PyResult<String> {
    let word_match: WordMatch = serde_json::from_str(word_match)
        .map_err(|e| PyValueError::new_err(format!("word_match: {e}")))?;
    let (l, r) = (document(left_name, left), document(right_name, right));
    let options = Options {
        word_match,
        ..Options::default()
    };
    json(&compare(&l, &r, &options))
}

/// A file's bytes read as the page and the CLI read them (HTML, Word, Markdown, any common
/// encoding): the report's name, text and where its sentences are. Raises ValueError with
/// the reason when the bytes are no report.
#[pyfunction]
fn read_json(data: &[u8], name: &str) -> PyResult<String> {
    let doc = Document::from_bytes(name, data)
        .map_err(|e| PyValueError::new_err(format!("{name}: {e}")))?;
    let sentences: Vec<[usize; 2]> = doc
        .sentences
        .iter()
        .map(|s| [s.span.start, s.span.end])
        .collect();
    json(&serde_json::json!({
        "name": doc.name,
        "title": doc.title(),
        "text": doc.text,
        "words": doc.word_count(),
        "sentence_spans": sentences,
    }))
}

/// The fact × source matrix of two or more report texts, as `corroborate matrix --json`.
#[pyfunction]
#[pyo3(signature = (texts, names = None))]
fn matrix_json(texts: Vec<String>, names: Option<Vec<String>>) -> PyResult<String> {
    if texts.len() < 2 {
        return Err(PyValueError::new_err("a matrix needs two or more reports"));
    }
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let name = names
                .as_ref()
                .and_then(|n| n.get(i).cloned())
                .unwrap_or_else(|| format!("report {}", i + 1));
            document(&name, t)
        })
        .collect();
    json(&facts::matrix(&docs))
}

/// One report of a corpus as the Spark job hands it over: `("line", number, text)` for
/// line `number` (from 1) of a JSON-lines file, `("file", id, bytes)` for a file whose
/// path under the input folder is `id`, `("error", id, problem)` for a file that could not
/// be opened.
#[derive(FromPyObject)]
enum Record {
    Line(String, usize, String),
    File(String, String, PyBackedBytes),
    Error(String, String, String),
}

fn read_record(record: Record) -> PyResult<Read> {
    match record {
        Record::Line(kind, number, text) if kind == "line" => {
            Ok(corroborate_corpus::read_json_line(number, &text))
        }
        Record::File(kind, id, bytes) if kind == "file" => {
            Ok(corroborate_corpus::read_file(id, &bytes))
        }
        Record::Error(kind, id, problem) if kind == "error" => {
            Ok(corroborate_corpus::unreadable(id, problem))
        }
        _ => Err(PyValueError::new_err(
            "a record is (\"line\", number, text), (\"file\", id, bytes) or (\"error\", id, problem)",
        )),
    }
}

/// A profile as Python holds it: the MinHash signature and the folded names.
type PyProfile = (Vec<u64>, Vec<String>);

/// Read one record of a corpus and work out what grouping needs of it: `(report line as
/// JSON, profile)`, where the profile is `(signature, names)` — the MinHash signature and the
/// folded names in order — or None when the report cannot be read (the report line says
/// why).
#[pyfunction]
fn corpus_profile(record: Record) -> PyResult<(String, Option<PyProfile>)> {
    let read = read_record(record)?;
    let profile = read.doc.as_ref().map(|doc| {
        let p = corpus::profile(doc);
        let mut names: Vec<String> = p.names.into_iter().collect();
        names.sort_unstable();
        (p.signature.0, names)
    });
    Ok((json(&read.line)?, profile))
}

/// True when two profiled reports are one event (the engine's rule, as on one machine);
/// names in `common` (named by more reports than a bucket holds) do not count.
#[pyfunction]
fn corpus_same_event(a: PyProfile, b: PyProfile, common: HashSet<String>) -> bool {
    let profile = |(signature, names): PyProfile| corpus::Profile {
        signature: corpus::Signature(signature),
        names: names.into_iter().collect(),
    };
    let common = common.into_iter().collect();
    corpus::same_event(&profile(a), &profile(b), &common)
}

/// The events of reports `0..n` joined by the confirmed pairs `edges`, as the command line
/// numbers them: groups of two or more reports, largest first, then by first report.
#[pyfunction]
fn corpus_events(n: usize, edges: Vec<(usize, usize)>) -> Vec<Vec<usize>> {
    corroborate_corpus::order_events(corpus::connected(n, edges))
}

/// Every file of a corpus folder as `(id, path)`, in the order the command line reads them.
#[pyfunction]
fn corpus_list_files(root: std::path::PathBuf) -> PyResult<Vec<(String, std::path::PathBuf)>> {
    corroborate_corpus::list_files(&root)
        .map_err(|e| PyOSError::new_err(format!("{}: it could not be listed: {e}", root.display())))
}

/// Event number `event` from its records in corpus order: `(event line as JSON, texts by
/// id)`; the texts are left out unless `with_texts`.
#[pyfunction]
fn corpus_event(
    event: usize,
    records: Vec<Record>,
    with_texts: bool,
) -> PyResult<(String, BTreeMap<String, String>)> {
    let mut ids = Vec::new();
    let mut docs = Vec::new();
    for record in records {
        let read = read_record(record)?;
        let doc = read.doc.ok_or_else(|| {
            PyValueError::new_err(format!("{}: it could not be read again", read.line.id))
        })?;
        ids.push(read.line.id);
        docs.push(doc);
    }
    let members: Vec<usize> = (0..docs.len()).collect();
    let summary = corpus::summarise(&docs, &members);
    let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let line = EventLine::new(event, &summary, &id_refs);
    let texts = if with_texts {
        ids.into_iter()
            .zip(docs)
            .map(|(id, d)| (id, d.text))
            .collect()
    } else {
        BTreeMap::new()
    };
    Ok((json(&line)?, texts))
}

/// Write reports.jsonl, events.jsonl and index.html into `out`, as `corroborate corpus`
/// does: `reports` are report lines as JSON with each one's event number (or None), in
/// corpus order; `events` are event lines as JSON in event order.
#[pyfunction]
fn corpus_write(
    out: std::path::PathBuf,
    reports: Vec<(String, Option<usize>)>,
    events: Vec<String>,
    texts: BTreeMap<String, String>,
    page: &str,
) -> PyResult<()> {
    let bad = |e: serde_json::Error| PyValueError::new_err(e.to_string());
    let reports: Vec<ReportLine> = reports
        .into_iter()
        .map(|(line, event)| {
            let mut line: ReportLine = serde_json::from_str(&line).map_err(bad)?;
            line.event = event;
            Ok(line)
        })
        .collect::<PyResult<_>>()?;
    let events: Vec<EventLine> = events
        .iter()
        .map(|e| serde_json::from_str(e).map_err(bad))
        .collect::<PyResult<_>>()?;
    corroborate_corpus::write(&out, &reports, &events, &texts, page)
        .map_err(|e| PyOSError::new_err(e.to_string()))
}

/// The native module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(compare_json, m)?)?;
    m.add_function(wrap_pyfunction!(read_json, m)?)?;
    m.add_function(wrap_pyfunction!(matrix_json, m)?)?;
    m.add_function(wrap_pyfunction!(corpus_profile, m)?)?;
    m.add_function(wrap_pyfunction!(corpus_same_event, m)?)?;
    m.add_function(wrap_pyfunction!(corpus_events, m)?)?;
    m.add_function(wrap_pyfunction!(corpus_list_files, m)?)?;
    m.add_function(wrap_pyfunction!(corpus_event, m)?)?;
    m.add_function(wrap_pyfunction!(corpus_write, m)?)?;
    m.add("MAX_FILE_BYTES", corroborate_core::ingest::MAX_FILE_BYTES)?;
    m.add("MAX_BUCKET", corpus::MAX_BUCKET)?;
    Ok(())
}
