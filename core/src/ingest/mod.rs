//! Bytes of a file → text: format detection (`.txt`, `.md`, `.html`, `.docx`), encoding
//! detection and decoding, and typed errors for what a user can get wrong.
//!
//! Start with [`ingest`]: a file name and its bytes in, an [`Ingested`] text (or an
//! [`IngestError`] whose `Display` is a message for the user) out. [`ingest_text`] does the same
//! for text that is already decoded, such as HTML pasted from the clipboard. The steps are
//! usable on their own:
//!
//! 1. [`sniff`] — is it a known binary format (image, PDF, archive, program)?
//! 2. [`decode`] — UTF-8, UTF-16 or a legacy encoding guessed by `chardetng`.
//! 3. [`html`], [`docx`], [`markdown`] — the report's paragraphs, as plain text.
//!    (With the `readers` feature, on by default; without it these answer
//!    [`IngestError::NeedsReader`].)
//! 4. [`boilerplate`] — lines that are page furniture ("Post a Comment", bylines, captions).
//!
//! ```
//! use corroborate_core::ingest::{ingest, Format};
//! let page = b"<html><body><p>The leaders met in Paris.</p><p>They spoke for two hours.</p></body></html>";
//! let ingested = ingest("report.html", page).unwrap();
//! assert_eq!(ingested.source.format, Format::Html);
//! assert_eq!(ingested.text, "The leaders met in Paris.\n\nThey spoke for two hours.");
//! ```

pub mod boilerplate;
pub mod decode;
#[cfg(feature = "readers")]
pub mod docx;
#[cfg(feature = "readers")]
pub mod html;
#[cfg(feature = "readers")]
pub mod markdown;
pub mod sniff;

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

impl Format {
    /// A short name for the user, e.g. on a document card.
    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "plain text",
            Format::Markdown => "Markdown",
            Format::Html => "web page",
            Format::Docx => "Word document",
        }
    }
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ingested {
    /// The text (paragraphs separated by blank lines).
    pub text: String,
    /// Format and encoding.
    pub source: SourceInfo,
    /// Byte ranges of paragraphs recognised as page furniture.
    pub boilerplate: Vec<Range<usize>>,
}

/// Why a file cannot be read as a report. `Display` gives a message for the user; the caller
/// prefixes the file name ("report.png: it is a PNG image, not a text report").
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
    /// The file was read, but it holds no text to compare (a web page with no article, a
    /// Word document with no paragraphs).
    NoText {
        /// The format it was read as.
        format: Format,
    },
    /// Reading the file needs a reader this build leaves out: built without the `readers`
    /// feature, the engine reads only UTF-8 and UTF-16 plain text. Builds with the
    /// default features never return it.
    NeedsReader {
        /// What the file is, for the user: "a web page", "a Word document"…
        what: &'static str,
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
            IngestError::NoText { format } => {
                write!(f, "no report text was found in this {}", format.label())
            }
            IngestError::NeedsReader { what } => {
                write!(f, "it is {what}, and this build cannot read those")
            }
        }
    }
}

impl std::error::Error for IngestError {}

/// Read a file's bytes as a report.
///
/// The format comes from the name's extension, checked against the content: a `.txt` that is
/// really a saved web page is read as HTML, and a PNG renamed `.txt` is still refused as an
/// image. Unknown extensions are read as text when the bytes decode as text.
pub fn ingest(name: &str, bytes: &[u8]) -> Result<Ingested, IngestError> {
    if bytes.is_empty() {
        return Err(IngestError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge { bytes: bytes.len() });
    }
    let extension = extension(name);
    match sniff::sniff(bytes) {
        Some(sniff::Sniffed::Zip) => return ingest_zip(bytes, extension.as_deref()),
        Some(sniff::Sniffed::Binary(looks_like)) => {
            return Err(IngestError::Binary {
                looks_like: looks_like.to_string(),
            })
        }
        None => {}
    }
    if extension.as_deref() == Some("docx") {
        return Err(IngestError::Unreadable {
            reason: "it is named .docx but is not a Word document (it is not a zip package)".into(),
        });
    }
    let decoded = decode::decode(bytes)?;
    let format = match extension.as_deref() {
        Some("md" | "markdown" | "mdown" | "mkd") => Format::Markdown,
        Some("html" | "htm" | "xhtml") => Format::Html,
        _ if sniff::looks_like_html(&decoded.text) => Format::Html,
        _ => Format::Text,
    };
    let source = SourceInfo {
        format,
        encoding: decoded.encoding.to_string(),
        bytes: bytes.len(),
    };
    finish(&decoded.text, source)
}

/// Read plain text that is already decoded (typed or pasted): control characters cleaned,
/// page furniture found, and nothing else.
///
/// Unlike [`ingest_text`], it reaches none of the HTML, Markdown or Word readers, so a build
/// that only ever reads pasted text (the page's comparison engine) does not carry them.
///
/// ```
/// use corroborate_core::ingest::{plain_text, Format};
/// let read = plain_text("Talks end\n\nShare this article\n\nThe ministers signed.").unwrap();
/// assert_eq!(read.source.format, Format::Text);
/// assert_eq!(read.boilerplate, [11..29]);
/// ```
pub fn plain_text(text: &str) -> Result<Ingested, IngestError> {
    if text.is_empty() {
        return Err(IngestError::Empty);
    }
    if text.len() > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge { bytes: text.len() });
    }
    let cleaned = decode::clean_controls(text)?;
    let source = SourceInfo {
        format: Format::Text,
        encoding: "UTF-8".into(),
        bytes: text.len(),
    };
    finish_plain(cleaned, source)
}

/// Read text that is already decoded (pasted or dragged in) in the given format.
///
/// Use [`Format::Html`] for clipboard `text/html`; [`Format::Docx`] makes no sense for text and
/// is read as plain text.
pub fn ingest_text(text: &str, format: Format) -> Result<Ingested, IngestError> {
    if text.is_empty() {
        return Err(IngestError::Empty);
    }
    if text.len() > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge { bytes: text.len() });
    }
    let format = if format == Format::Docx {
        Format::Text
    } else {
        format
    };
    let cleaned = decode::clean_controls(text)?;
    let source = SourceInfo {
        format,
        encoding: "UTF-8".into(),
        bytes: text.len(),
    };
    finish(&cleaned, source)
}

/// Extract the report text of decoded content and find its boilerplate.
fn finish(decoded: &str, source: SourceInfo) -> Result<Ingested, IngestError> {
    if is_blank(decoded) {
        return Err(IngestError::Blank);
    }
    let text = match source.format {
        Format::Text | Format::Docx => decoded.to_string(),
        Format::Markdown => markdown_text(decoded)?,
        Format::Html => html_text(decoded)?,
    };
    finish_plain(text, source)
}

/// Find the furniture of text ready to segment.
fn finish_plain(text: String, source: SourceInfo) -> Result<Ingested, IngestError> {
    if is_blank(&text) {
        if source.format == Format::Text {
            return Err(IngestError::Blank);
        }
        return Err(IngestError::NoText {
            format: source.format,
        });
    }
    let boilerplate = furniture(&text);
    Ok(Ingested {
        text,
        source,
        boilerplate,
    })
}

/// The text of a Markdown file, its markup stripped.
#[cfg(feature = "readers")]
fn markdown_text(markdown: &str) -> Result<String, IngestError> {
    Ok(markdown::strip(markdown))
}

/// Without the `readers` feature, Markdown is left to the separately built reader.
#[cfg(not(feature = "readers"))]
fn markdown_text(_markdown: &str) -> Result<String, IngestError> {
    Err(IngestError::NeedsReader {
        what: "a Markdown file",
    })
}

/// The article of a web page, paragraphs separated by blank lines.
#[cfg(feature = "readers")]
fn html_text(page: &str) -> Result<String, IngestError> {
    Ok(html::extract(page)?.join("\n\n"))
}

/// Without the `readers` feature, web pages are left to the separately built reader.
#[cfg(not(feature = "readers"))]
fn html_text(_page: &str) -> Result<String, IngestError> {
    Err(IngestError::NeedsReader { what: "a web page" })
}

/// Without the `readers` feature, zip packages are left to the separately built reader.
#[cfg(not(feature = "readers"))]
fn ingest_zip(_bytes: &[u8], _extension: Option<&str>) -> Result<Ingested, IngestError> {
    Err(IngestError::NeedsReader {
        what: "a zip package (perhaps a Word document)",
    })
}

/// A zip package: a Word document, or an archive we refuse.
#[cfg(feature = "readers")]
fn ingest_zip(bytes: &[u8], extension: Option<&str>) -> Result<Ingested, IngestError> {
    let paragraphs = match docx::paragraphs(bytes) {
        Ok(paragraphs) => paragraphs,
        Err(docx::DocxError::NotDocx { looks_like }) => {
            return Err(IngestError::Binary {
                looks_like: looks_like.into(),
            })
        }
        Err(docx::DocxError::Damaged { reason }) => {
            // A damaged archive the user called .docx is a broken Word file; any other
            // damaged zip is still just an archive.
            return Err(if extension == Some("docx") {
                IngestError::Unreadable { reason }
            } else {
                IngestError::Binary {
                    looks_like: "a zip archive".into(),
                }
            });
        }
    };
    let source = SourceInfo {
        format: Format::Docx,
        encoding: "UTF-8".into(),
        bytes: bytes.len(),
    };
    let text = paragraphs.join("\n\n");
    if is_blank(&text) {
        return Err(IngestError::NoText {
            format: Format::Docx,
        });
    }
    let boilerplate = furniture(&text);
    Ok(Ingested {
        text,
        source,
        boilerplate,
    })
}

/// Byte ranges of the page-furniture lines of a text that a [`crate::Document`] can mark
/// (see [`boilerplate`]): what [`ingest`] reports in [`Ingested::boilerplate`], for text typed
/// or pasted without going through a file.
///
/// ```
/// use corroborate_core::ingest::furniture;
/// let text = "The talks began.\n\nShare this article\n\nThey ended.";
/// assert_eq!(furniture(text), [18..36]);
/// ```
pub fn furniture(text: &str) -> Vec<Range<usize>> {
    markable_furniture(text, boilerplate::find(text))
}

/// The furniture lines a document can mark without hiding report text.
///
/// A document marks whole paragraphs ([`crate::segment`]), so a furniture line glued to
/// report lines in one paragraph (an "Editor's note:" line with the article's first lines
/// under it and no blank line between) would hide the report with it. Such a line is left
/// unmarked; a paragraph made only of furniture lines keeps them all.
fn markable_furniture(text: &str, furniture: Vec<Range<usize>>) -> Vec<Range<usize>> {
    if furniture.is_empty() {
        return furniture;
    }
    let mut kept = Vec::with_capacity(furniture.len());
    let mut next = 0;
    for paragraph in crate::segment::paragraph_spans(text) {
        while next < furniture.len() && furniture[next].end <= paragraph.start {
            next += 1;
        }
        let inside: Vec<&Range<usize>> = furniture[next..]
            .iter()
            .take_while(|line| line.start < paragraph.end)
            .collect();
        if inside.is_empty() {
            continue;
        }
        let mut covered_to = paragraph.start;
        let mut report_text = false;
        for line in &inside {
            if line.start > covered_to && !is_blank(&text[covered_to..line.start]) {
                report_text = true;
            }
            covered_to = covered_to.max(line.end);
        }
        if covered_to < paragraph.end && !is_blank(&text[covered_to..paragraph.end]) {
            report_text = true;
        }
        if !report_text {
            kept.extend(inside.into_iter().cloned());
        }
    }
    kept.dedup();
    kept
}

/// The lower-cased extension of a file name, if it has one.
fn extension(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let (stem, ext) = base.rsplit_once('.')?;
    if stem.is_empty() || ext.is_empty() {
        return None;
    }
    Some(ext.to_ascii_lowercase())
}

/// True when the text has nothing a reader could see: white space, and the invisible format
/// characters (zero-width space, BOM, soft hyphen) that editors leave behind.
pub(crate) fn is_blank(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}'
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_ignores_folders_and_dotfiles() {
        assert_eq!(extension("a/b.c/Report.HTML").as_deref(), Some("html"));
        assert_eq!(extension(".bashrc"), None);
        assert_eq!(extension("notes"), None);
        assert_eq!(extension("C:\\x\\y.Md").as_deref(), Some("md"));
    }

    #[test]
    fn a_furniture_line_glued_to_report_lines_is_not_marked() {
        let text = "Title\n\nEditor's note: Updated.\nThe talks began.\nThey ended.\n\nPost a Comment\n0 Comments\n";
        let marked: Vec<&str> = markable_furniture(text, boilerplate::find(text))
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(marked, ["Post a Comment", "0 Comments"]);
    }

    #[test]
    fn invisible_characters_count_as_blank() {
        assert!(is_blank(" \u{FEFF}\u{200B}\n\t\u{A0}"));
        assert!(!is_blank(" a "));
    }
}
