//! `ingest` never panics, whatever the bytes and whatever the file is called, and what it
//! accepts is valid text with boilerplate ranges inside it.

use corroborate_core::ingest::{ingest, ingest_text, Format, Ingested};
use proptest::prelude::*;

/// The invariants of every accepted file.
fn assert_valid(ingested: &Ingested) -> Result<(), TestCaseError> {
    let text = &ingested.text;
    prop_assert!(!text.trim().is_empty(), "blank text accepted");
    prop_assert!(
        !text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')),
        "control character in {text:?}"
    );
    let mut previous_end = 0;
    for range in &ingested.boilerplate {
        prop_assert!(range.start < range.end && range.end <= text.len());
        prop_assert!(
            range.start >= previous_end,
            "overlapping or unsorted ranges"
        );
        prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        previous_end = range.end;
    }
    Ok(())
}

const NAMES: &[&str] = &[
    "a.txt", "a.md", "a.html", "a.htm", "a.docx", "a", "a.TXT", "a.zip",
];

/// Beginnings that steer bytes into each reader (zip, UTF-16, HTML) or near a signature.
const SIGNATURES: &[&[u8]] = &[
    b"PK\x03\x04",
    b"\xFF\xFE",
    b"\xFE\xFF",
    b"\xEF\xBB\xBF",
    b"<html>",
    b"MZ",
    b"RIFF",
    b"BZh9",
    b"%PDF-",
];

/// Pieces of markup, so generated pages reach the HTML extractor's corners.
const HTML_PIECES: &[&str] = &[
    "<html>",
    "<body>",
    "<p>",
    "</p>",
    "<div class=\"share\">",
    "<div>",
    "</div>",
    "<article>",
    "</article>",
    "<h1>",
    "</h1>",
    "<script>",
    "</script>",
    "<style>",
    "<br>",
    "<li>",
    "<ul>",
    "<!--",
    "-->",
    "&amp;",
    "&eacute;",
    "&#0;",
    "&#xD800;",
    "<nav>",
    "</nav>",
    "<figure>",
    "<figcaption>",
    "<svg><path/>",
    "</svg>",
    "<table><tr><td>",
    "<b>",
    "</i>",
    "<",
    "The ministers met in Porto. ",
    "Élysée ",
    "Zelenskyy ",
    "\u{0}",
    "\n\n",
    " ",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_bytes_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..1500),
        name in proptest::sample::select(NAMES),
    ) {
        if let Ok(ingested) = ingest(name, &bytes) {
            assert_valid(&ingested)?;
        }
    }

    #[test]
    fn bytes_behind_a_signature_never_panic(
        signature in proptest::sample::select(SIGNATURES),
        tail in proptest::collection::vec(any::<u8>(), 0..600),
        name in proptest::sample::select(NAMES),
    ) {
        let bytes = [signature, &tail[..]].concat();
        if let Ok(ingested) = ingest(name, &bytes) {
            assert_valid(&ingested)?;
        }
    }

    #[test]
    fn generated_web_pages_never_panic(
        pieces in proptest::collection::vec(proptest::sample::select(HTML_PIECES), 0..80),
    ) {
        let page = pieces.concat();
        if let Ok(ingested) = ingest("page.html", page.as_bytes()) {
            assert_valid(&ingested)?;
            prop_assert!(!ingested.text.contains("<script>"));
        }
        if let Ok(ingested) = ingest_text(&page, Format::Html) {
            assert_valid(&ingested)?;
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC*", name in proptest::sample::select(NAMES)) {
        if let Ok(ingested) = ingest(name, text.as_bytes()) {
            assert_valid(&ingested)?;
        }
        if let Ok(ingested) = ingest_text(&text, Format::Markdown) {
            assert_valid(&ingested)?;
        }
    }

    #[test]
    fn plain_text_reads_back_exactly_in_utf8_and_utf16(text in "[^\\p{C}\\s<]\\PC{0,200}") {
        let utf8 = ingest("a.txt", text.as_bytes()).unwrap();
        prop_assert_eq!(&utf8.text, &text);
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let decoded = ingest("a.txt", &utf16).unwrap();
        prop_assert_eq!(&decoded.text, &text);
        prop_assert_eq!(decoded.source.encoding.as_str(), "UTF-16LE");
    }
}
