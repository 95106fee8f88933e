//! What the fuzz targets run: each turns libFuzzer's bytes into engine input the way the page
//! would, runs the engine, and checks the invariants of `core/tests/common/invariants.rs`
//! (shared with the engine's black-box tests, where each failure found here becomes a
//! regression test), so a wrong span or a broken tiling fails as surely as a panic.

#[path = "../../core/tests/common/invariants.rs"]
pub mod invariants;

use corroborate_core::Options;
use std::io::Write;

/// `data` as a file called `name`.
pub fn check_file(name: &str, data: &[u8]) {
    invariants::check_file(name, data);
}

/// `data` as a `.docx`. The first byte picks the packaging: the bytes as they are (mostly
/// refused as not a zip), the bytes as the package's `word/document.xml`, or the bytes inside
/// a WordprocessingML body, so the fuzzer reaches the XML reader without having to invent a
/// zip directory first.
pub fn check_docx(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let bytes = match mode % 3 {
        0 => rest.to_vec(),
        1 => docx_package(rest),
        _ => {
            let mut xml = br#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#.to_vec();
            xml.extend_from_slice(rest);
            xml.extend_from_slice(b"</w:body></w:document>");
            docx_package(&xml)
        }
    };
    invariants::check_file("report.docx", &bytes);
}

/// A zip package holding `document_xml` as its body part, stored uncompressed.
fn docx_package(document_xml: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("word/document.xml", options)
        .expect("invariant: a new in-memory zip takes a file");
    zip.write_all(document_xml)
        .expect("invariant: writing to memory succeeds");
    zip.finish()
        .expect("invariant: an in-memory zip finishes")
        .into_inner()
}

/// `data` as pasted text, segmented with the furniture the page would mark.
pub fn check_segment(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    invariants::check_document(&invariants::pasted("pasted", &text));
}

/// `data` as two pasted reports and the options to compare them with: the first byte sets
/// the options, the rest is split at the first NUL (or in the middle).
pub fn check_pair(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    const THRESHOLDS: [f64; 8] = [0.3, 0.0, 0.1, 0.25, 0.5, 0.9, 1.0, 0.3];
    let options = Options {
        include_boilerplate: flags & 1 != 0,
        min_verbatim_words: 1 + usize::from((flags >> 1) & 7) * 2,
        align_threshold: THRESHOLDS[usize::from(flags >> 5)],
        ..Options::default()
    };
    let text = String::from_utf8_lossy(rest);
    let (left, right) = match text.split_once('\0') {
        Some(halves) => halves,
        None => {
            let mut middle = text.len() / 2;
            while !text.is_char_boundary(middle) {
                middle += 1;
            }
            text.split_at(middle)
        }
    };
    invariants::check_pair(left, right, &options);
}

#[path = "../../core/tests/common/news.rs"]
pub mod news;

/// `data` as the choices of a pair of news-like reports (see `news`): compared both ways and
/// each with itself, checked.
pub fn check_news(data: &[u8]) {
    let (left, right, options) = news::pair(data);
    invariants::check_pair(&left, &right, &options);
}
