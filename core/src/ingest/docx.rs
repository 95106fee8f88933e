//! A Word document (`.docx`) → its body paragraphs, as plain text.
//!
//! A `.docx` is a zip package; the body is the XML part `word/document.xml`, where each
//! `<w:p>` is a paragraph and its text sits in `<w:t>` runs. Headers, footers, comments and
//! deleted text of tracked changes live elsewhere (or in `<w:delText>`) and are not read.

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::io::{Cursor, Read};

/// The part holding a Word document's body.
const BODY_PART: &str = "word/document.xml";

/// Largest body part unpacked, in bytes: a 20 MB file could otherwise unpack to gigabytes
/// (a "zip bomb"). Real body parts are a few megabytes at most.
const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

/// Why a zip package gives no paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// A sound zip package that is not a Word document; says what it looks like.
    NotDocx {
        /// E.g. "an Excel workbook", "a zip archive".
        looks_like: &'static str,
    },
    /// A Word document (or zip) that cannot be read; says what is wrong.
    Damaged {
        /// What is wrong, for the user.
        reason: String,
    },
}

/// The body paragraphs of a `.docx` file, in order, empty ones dropped.
pub fn paragraphs(bytes: &[u8]) -> Result<Vec<String>, DocxError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::Damaged {
        reason: format!("the Word (zip) package is damaged ({e})"),
    })?;
    if archive.index_for_name(BODY_PART).is_none() {
        let names: Vec<String> = archive
            .file_names()
            .filter_map(Result::ok)
            .map(|n| n.into_owned())
            .collect();
        return Err(DocxError::NotDocx {
            looks_like: what_package(&names),
        });
    }
    let part = archive.by_name(BODY_PART).map_err(|e| DocxError::Damaged {
        reason: format!("its text part cannot be opened ({e})"),
    })?;
    let mut xml = Vec::new();
    part.take(MAX_UNPACKED_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|e| DocxError::Damaged {
            reason: format!("its text part is damaged ({e})"),
        })?;
    if xml.len() as u64 > MAX_UNPACKED_BYTES {
        return Err(DocxError::Damaged {
            reason: format!(
                "its text unpacks to more than {} MB",
                MAX_UNPACKED_BYTES / 1_048_576
            ),
        });
    }
    let xml = decode_xml(&xml);
    body_paragraphs(&xml).map_err(|reason| DocxError::Damaged { reason })
}

/// What a zip package that is not a Word document is, from the names inside it.
fn what_package(names: &[String]) -> &'static str {
    let has = |name: &str| names.iter().any(|n| n == name);
    if has("xl/workbook.xml") {
        "an Excel workbook"
    } else if has("ppt/presentation.xml") {
        "a PowerPoint presentation"
    } else if has("content.xml") && has("mimetype") {
        "an OpenDocument file (save it as .docx or text)"
    } else if has("META-INF/container.xml") {
        "an EPUB e-book"
    } else {
        "a zip archive"
    }
}

/// XML parts are UTF-8, or UTF-16 with a byte-order mark.
fn decode_xml(bytes: &[u8]) -> String {
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, length)) => encoding
            .decode_without_bom_handling(&bytes[length..])
            .0
            .into_owned(),
        None => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// The paragraphs of a WordprocessingML body.
fn body_paragraphs(xml: &str) -> Result<Vec<String>, String> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().trim_text(false);
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    let mut in_text = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("its text is not well-formed XML ({e})"))?;
        match event {
            Event::Start(tag) => match tag.local_name().as_ref() {
                // A paragraph nested in a text box inside a paragraph: end the outer one.
                "p" => flush(&mut current, &mut paragraphs),
                "t" => in_text = true,
                _ => {}
            },
            Event::End(tag) => match tag.local_name().as_ref() {
                "p" => flush(&mut current, &mut paragraphs),
                "t" => in_text = false,
                _ => {}
            },
            Event::Empty(tag) => match tag.local_name().as_ref() {
                // Tabs and manual line breaks separate words; a line break does not end the
                // paragraph, so a sentence across two lines stays one sentence.
                "tab" | "ptab" | "br" | "cr" => current.push(' '),
                "noBreakHyphen" => current.push('-'),
                "p" => flush(&mut current, &mut paragraphs),
                _ => {}
            },
            Event::Text(text) if in_text => current.push_str(&text.xml10_content()),
            Event::CData(data) if in_text => current.push_str(&data.into_inner()),
            Event::GeneralRef(reference) if in_text => {
                if let Ok(Some(c)) = reference.resolve_char_ref() {
                    current.push(c);
                } else if let Some(text) = resolve_predefined_entity(&reference) {
                    current.push_str(text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    flush(&mut current, &mut paragraphs);
    Ok(paragraphs)
}

/// End the current paragraph, keeping it when it has text.
fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    let paragraph: String = current
        .trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if !super::is_blank(&paragraph) {
        paragraphs.push(paragraph);
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_join_into_paragraphs_and_entities_resolve() {
        let xml = r#"<w:document xmlns:w="w"><w:body>
            <w:p><w:r><w:t>Talks at the </w:t></w:r><w:r><w:t>&#201;lys&#xE9;e &amp; beyond</w:t></w:r></w:p>
            <w:p/>
            <w:p><w:r><w:t>Second</w:t><w:tab/><w:t>paragraph</w:t><w:delText>gone</w:delText></w:r></w:p>
            </w:body></w:document>"#;
        assert_eq!(
            body_paragraphs(xml).unwrap(),
            vec!["Talks at the Élysée & beyond", "Second paragraph"]
        );
    }

    #[test]
    fn broken_xml_is_reported() {
        assert!(body_paragraphs("<w:p><w:t>x</w:p></w:t>").is_err());
    }
}
