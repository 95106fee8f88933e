//! Files (or standard input) → documents, with a message naming the file when one cannot be
//! read.

use corroborate_core::ingest::{IngestError, MAX_FILE_BYTES};
use corroborate_core::Document;
use std::fmt;
use std::io::{self, Read};
use std::path::Path;

/// A file that cannot be compared, and why. Displays as "FILE: problem".
#[derive(Debug)]
pub struct InputError {
    /// The file as the user named it.
    pub file: String,
    /// What is wrong, for the user.
    pub problem: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.problem)
    }
}

impl std::error::Error for InputError {}

/// Read and ingest one report; `-` reads standard input.
pub fn read_document(path: &Path) -> Result<Document, InputError> {
    let shown = path.display().to_string();
    let fail = |problem: String| InputError {
        file: shown.clone(),
        problem,
    };
    let (name, bytes) = if path == Path::new("-") {
        let bytes = read_limited(io::stdin().lock()).map_err(|e| fail(io_problem(&e)))?;
        ("stdin".to_string(), bytes)
    } else {
        let metadata = std::fs::metadata(path).map_err(|e| fail(io_problem(&e)))?;
        if metadata.is_dir() {
            return Err(fail("it is a folder, not a file".into()));
        }
        // Refuse a huge file before reading it, so a stray video is not loaded into memory.
        if metadata.len() > MAX_FILE_BYTES as u64 {
            let bytes = usize::try_from(metadata.len()).unwrap_or(usize::MAX);
            return Err(fail(IngestError::TooLarge { bytes }.to_string()));
        }
        let file = std::fs::File::open(path).map_err(|e| fail(io_problem(&e)))?;
        let bytes = read_limited(file).map_err(|e| fail(io_problem(&e)))?;
        let name = path
            .file_name()
            .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
        (name, bytes)
    };
    Document::from_bytes(name, &bytes).map_err(|e| fail(e.to_string()))
}

/// Read at most one byte past the limit: enough for ingest to say the input is too large
/// without holding all of a stream that never ends.
fn read_limited(reader: impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// An I/O error in words, without the OS error number.
fn io_problem(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::IsADirectory => "it is a folder, not a file".into(),
        _ => format!("it could not be read: {error}"),
    }
}
