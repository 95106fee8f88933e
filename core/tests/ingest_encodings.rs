//! Every supported encoding reads back exactly: a file with accented names (Élysée, Zoë
//! Müller), curly quotes and a dash is never shown as mojibake.
//!
//! The fixtures are written by `fixtures/ingest/make.py` from one report.

use corroborate_core::ingest::{ingest, Format};

/// The report every encoded fixture carries (see make.py).
const REPORT: &str = "Talks at the Élysée\n\
\n\
The delegations met at the Élysée Palace on Thursday morning, officials said.\n\
\n\
In a video message, Volodymyr Zelenskyy thanked the hosts — “a day of real work,” he said.\n\
\n\
Café owners on the Rue du Faubourg Saint-Honoré closed early; Zoë Müller, 34, said the street was sealed at 9 a.m.\n";

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/ingest/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

fn assert_reads_back(file: &str, encoding: &str, expected: &str) {
    let ingested = ingest(file, &fixture(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert_eq!(ingested.text, expected, "{file}");
    assert_eq!(ingested.source.encoding, encoding, "{file}");
    assert_eq!(ingested.source.format, Format::Text, "{file}");
    assert_eq!(ingested.source.bytes, fixture(file).len(), "{file}");
}

#[test]
fn utf8_without_bom() {
    assert_reads_back("utf8.txt", "UTF-8", REPORT);
}

#[test]
fn utf8_with_bom_drops_the_mark() {
    assert_reads_back("utf8-bom.txt", "UTF-8", REPORT);
}

#[test]
fn utf16_little_endian_with_bom() {
    assert_reads_back("utf16le-bom.txt", "UTF-16LE", REPORT);
}

#[test]
fn utf16_big_endian_with_bom() {
    assert_reads_back("utf16be-bom.txt", "UTF-16BE", REPORT);
}

#[test]
fn windows_1252_with_curly_quotes_and_dash() {
    assert_reads_back("windows-1252.txt", "windows-1252", REPORT);
}

#[test]
fn latin1_reads_as_its_windows_1252_superset() {
    let straight = REPORT.replace(['“', '”'], "\"").replace('—', "-");
    assert_reads_back("latin1.txt", "windows-1252", &straight);
}

#[test]
fn a_web_page_in_the_charset_it_declares() {
    let ingested = ingest(
        "article-windows-1252.html",
        &fixture("article-windows-1252.html"),
    )
    .unwrap();
    assert_eq!(ingested.source.format, Format::Html);
    assert_eq!(ingested.source.encoding, "windows-1252");
    assert!(
        ingested.text.starts_with("Talks at the Élysée\n\n"),
        "{}",
        ingested.text
    );
    assert!(ingested
        .text
        .contains("Volodymyr Zelenskyy thanked the hosts — “a day of real work,” he said."));
    assert!(
        !ingested.text.contains("Accueil"),
        "navigation kept: {}",
        ingested.text
    );
}

#[test]
fn the_same_report_in_every_encoding_makes_the_same_document() {
    let documents: Vec<_> = [
        "utf8.txt",
        "utf8-bom.txt",
        "utf16le-bom.txt",
        "utf16be-bom.txt",
        "windows-1252.txt",
    ]
    .iter()
    .map(|file| corroborate_core::Document::from_bytes(*file, &fixture(file)).unwrap())
    .collect();
    for document in &documents[1..] {
        assert_eq!(document.text, documents[0].text, "{}", document.name);
        assert_eq!(document.words, documents[0].words, "{}", document.name);
    }
}
