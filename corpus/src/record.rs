//! One report of a corpus: read from a line of a JSON-lines file or from a file's bytes, or
//! the reason it cannot be, which `reports.jsonl` lists while the run goes on.

use corroborate_core::ingest::MAX_FILE_BYTES;
use corroborate_core::Document;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// One line of a JSON-lines corpus: the common shape of news dumps.
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
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportLine {
    /// Its id: the line's `id`, or the file's path under the input folder.
    pub id: String,
    /// Its event's number in `events.jsonl`, or none when it is the only report of its
    /// event or could not be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<usize>,
    /// Why it could not be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Words compared.
    pub words: usize,
    /// Given with the report (JSON lines only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Given with the report (JSON lines only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The report's title: given, or its first line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Given with the report (JSON lines only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// A report read, or why not.
#[derive(Debug)]
pub struct Read {
    /// What `reports.jsonl` says of it.
    pub line: ReportLine,
    /// The report, when it could be read.
    pub doc: Option<Document>,
}

/// Read line `number` (from 1) of a JSON-lines corpus: `{"id", "text"}` and any of
/// `"source"`, `"url"`, `"title"`, `"date"`. An empty line, a line that is not such an
/// object, a report larger than [`MAX_FILE_BYTES`] or one without words is unreadable, with
/// its reason; its id is "line N" when the line gives none.
pub fn read_json_line(number: usize, line: &str) -> Read {
    let at = format!("line {number}");
    if line.trim().is_empty() {
        return unreadable(at, "the line is empty".into());
    }
    if line.len() > MAX_FILE_BYTES {
        return unreadable(at, "the report is larger than a report can be".into());
    }
    let parsed: Line = match serde_json::from_str(line) {
        Ok(parsed) => parsed,
        Err(e) => {
            return unreadable(
                at,
                format!("it is not a JSON object with \"id\" and \"text\": {e}"),
            )
        }
    };
    let id = match &parsed.id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let doc = Document::from_text(&id, &parsed.text);
    if doc.word_count() == 0 {
        return unreadable(id, "it has no words to compare".into());
    }
    Read {
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
    }
}

/// Read a file of the corpus from its bytes (any format the page reads): `id` is its path
/// under the input folder, and its last part is the document's name.
pub fn read_file(id: String, bytes: &[u8]) -> Read {
    let name = id.rsplit(['/', '\\']).next().unwrap_or(&id).to_string();
    match Document::from_bytes(name, bytes) {
        Ok(doc) => read_document(id, doc),
        Err(e) => unreadable(id, e.to_string()),
    }
}

/// A report the caller has read itself (the command line checks a file's size before
/// loading it).
pub fn read_document(id: String, doc: Document) -> Read {
    Read {
        line: ReportLine {
            id,
            words: doc.word_count(),
            title: Some(doc.title().to_string()).filter(|t| !t.is_empty()),
            ..ReportLine::default()
        },
        doc: Some(doc),
    }
}

/// Every file of a corpus folder as `(id, path)`, the id its path under `root`, in the order
/// the job reads them (paths compared part by part); hidden files and folders are left out.
pub fn list_files(root: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
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
    let mut files = Vec::new();
    walk(root, &mut files)?;
    files.sort();
    Ok(files
        .into_iter()
        .map(|path| {
            let id = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            (id, path)
        })
        .collect())
}

/// A report that could not be read, and why.
pub fn unreadable(id: String, problem: String) -> Read {
    Read {
        line: ReportLine {
            id,
            error: Some(problem),
            ..ReportLine::default()
        },
        doc: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_gives_its_id_metadata_and_title() {
        let read = read_json_line(
            3,
            r#"{"id": 7, "text": "Storm closes the port\n\nThe port of Varna closed on Monday.", "source": "Wire"}"#,
        );
        assert_eq!(read.line.id, "7");
        assert_eq!(read.line.source.as_deref(), Some("Wire"));
        assert_eq!(read.line.title.as_deref(), Some("Storm closes the port"));
        assert!(read.doc.is_some());
    }

    #[test]
    fn bad_lines_say_which_line_and_why() {
        let empty = read_json_line(2, "   ");
        assert_eq!(empty.line.id, "line 2");
        assert_eq!(empty.line.error.as_deref(), Some("the line is empty"));
        let not_json = read_json_line(5, "{id: 1");
        assert_eq!(not_json.line.id, "line 5");
        assert!(not_json.line.error.unwrap().contains("not a JSON object"));
        let no_words = read_json_line(6, r#"{"id": "x", "text": "  ... "}"#);
        assert_eq!(no_words.line.id, "x");
        assert_eq!(
            no_words.line.error.as_deref(),
            Some("it has no words to compare")
        );
    }

    #[test]
    fn a_file_is_named_by_its_last_part() {
        let read = read_file(
            "day/one.txt".into(),
            b"Floods in the valley\n\nRain fell for a week.",
        );
        assert_eq!(read.line.id, "day/one.txt");
        assert_eq!(read.doc.unwrap().name, "one.txt");
        assert!(read_file("x.bin".into(), &[0, 159, 146, 150, 0, 0, 1])
            .line
            .error
            .is_some());
    }
}
