//! Corroborate's engine for Python: the native half of the `corroborate` package. Each
//! function returns the engine's documented JSON as text; `corroborate/__init__.py` turns it
//! into Python dicts and lists, so Python sees exactly the structure the CLI prints.

use corroborate_core::{compare, facts, Document, Options};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

fn json(value: &impl serde::Serialize) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| PyValueError::new_err(e.to_string()))
}

fn document(name: &str, text: &str) -> Document {
    Document::from_text(name, text)
}

/// The comparison of two report texts, as the CLI's `compare --json` prints it.
#[pyfunction]
#[pyo3(signature = (left, right, left_name = "left", right_name = "right"))]
fn compare_json(left: &str, right: &str, left_name: &str, right_name: &str) -> PyResult<String> {
    let (l, r) = (document(left_name, left), document(right_name, right));
    json(&compare(&l, &r, &Options::default()))
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

/// The native module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(compare_json, m)?)?;
    m.add_function(wrap_pyfunction!(read_json, m)?)?;
    m.add_function(wrap_pyfunction!(matrix_json, m)?)?;
    Ok(())
}
