//! Page furniture in plain text is marked, the report around it is not, and a document
//! leaves the marked lines out of what it compares.

use corroborate_core::ingest::boilerplate::{classify, Kind};
use corroborate_core::ingest::ingest;
use corroborate_core::Document;
use std::path::Path;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/ingest/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

/// The lines of the furniture fixture that are report text; everything else is furniture.
const REPORT_LINES: &[&str] = &[
    "Porto cable deal: what was signed",
    "Energy ministers from Portugal and Morocco agreed on Thursday to lay a second undersea power cable.",
    "By the end of the talks, both delegations had agreed on a timetable for the seabed survey.",
    "Fishermen in Sines have asked to be consulted before the route is fixed.",
];

#[test]
fn every_furniture_line_is_marked_and_no_report_line() {
    let ingested = ingest("furniture.txt", &fixture("furniture.txt")).unwrap();
    let text = &ingested.text;
    let marked: Vec<&str> = ingested
        .boilerplate
        .iter()
        .map(|r| &text[r.clone()])
        .collect();
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    for line in &lines {
        let is_report = REPORT_LINES.contains(line);
        assert_eq!(
            marked.contains(line),
            !is_report,
            "{line:?} should be {}",
            if is_report { "report text" } else { "marked" }
        );
    }
}

#[test]
fn furniture_kinds_are_told_apart() {
    let text = String::from_utf8(fixture("furniture.txt")).unwrap();
    let kinds: Vec<Kind> = classify(&text).into_iter().map(|b| b.kind).collect();
    for kind in [
        Kind::Navigation,
        Kind::Byline,
        Kind::Timestamp,
        Kind::Sharing,
        Kind::Caption,
        Kind::Advertisement,
        Kind::ReadMore,
        Kind::RelatedHeading,
        Kind::Related,
        Kind::CookieNotice,
        Kind::Comments,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} missing from {kinds:?}");
    }
}

#[test]
fn a_document_compares_its_report_without_the_furniture() {
    let document = Document::from_bytes("furniture.txt", &fixture("furniture.txt")).unwrap();
    let compared: Vec<&str> = document
        .paragraphs
        .iter()
        .filter(|p| !p.boilerplate)
        .map(|p| document.slice(&p.span))
        .collect();
    assert_eq!(compared, REPORT_LINES);
    let report_words: usize = REPORT_LINES
        .iter()
        .map(|l| corroborate_core::segment::word_spans(l, 0..l.len()).len())
        .sum();
    assert_eq!(document.word_count(), report_words);
}

/// An "Editor's note:" line glued to the article's first lines (no blank line between them,
/// as copied from many sites) must never hide the article under it: a document marks whole
/// paragraphs, so such a line is left as text.
#[test]
fn a_furniture_line_inside_a_block_never_hides_the_report() {
    let document =
        Document::from_bytes("furniture-in-block.txt", &fixture("furniture-in-block.txt")).unwrap();
    let compared: Vec<&str> = document
        .sentences
        .iter()
        .filter(|s| !s.boilerplate)
        .map(|s| document.slice(&s.span))
        .collect();
    for report in [
        "Energy ministers from Portugal and Morocco agreed on Thursday to lay a second undersea power cable.",
        "The link would carry 1,500 megawatts from 2031, officials said.",
        "Fishermen in Sines have asked to be consulted before the route is fixed.",
    ] {
        assert!(compared.contains(&report), "{report:?} hidden; compared: {compared:#?}");
    }
}

/// On the real reports in `../shared/seeds` (when present): the furniture they carry is found,
/// and what is marked is short page furniture, never a paragraph of the report.
#[test]
fn seed_reports_furniture_is_found_and_conservative() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&seeds) else {
        return;
    };
    let mut kinds = Vec::new();
    for entry in entries.flatten() {
        let bytes = std::fs::read(entry.path()).unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let ingested = ingest(&name, &bytes).unwrap();
        let lines = ingested
            .text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .count();
        let marked = classify(&ingested.text);
        assert!(
            marked.len() * 3 <= lines,
            "{name}: {} of {lines} lines marked",
            marked.len()
        );
        for furniture in marked {
            let line = &ingested.text[furniture.span.clone()];
            let words = line.split_whitespace().count();
            assert!(
                furniture.kind == Kind::EditorsNote || words <= 25,
                "{name}: a long line marked {:?}",
                furniture.kind
            );
            kinds.push(furniture.kind);
        }
    }
    for kind in [
        Kind::Comments,
        Kind::Navigation,
        Kind::RelatedHeading,
        Kind::EditorsNote,
    ] {
        assert!(kinds.contains(&kind), "no {kind:?} found in the seeds");
    }
}

#[test]
fn a_line_that_asks_to_be_clicked_is_navigation_wherever_it_says_so() {
    let text = "Harbour levy approved\n\nThe port board approved the levy on Monday.\n\nShipping index\nFrom March 2026 to April 2026 Click Here for more Harbour Index charts.\n";
    let marked: Vec<&str> = classify(text)
        .iter()
        .map(|b| &text[b.span.clone()])
        .collect();
    assert!(
        marked.contains(&"From March 2026 to April 2026 Click Here for more Harbour Index charts."),
        "{marked:?}"
    );
    assert!(!marked.contains(&"The port board approved the levy on Monday."));
}

#[test]
fn a_few_words_cut_off_at_the_end_of_a_report_are_no_report_text() {
    let cut = "Dam inspection ordered\n\nEngineers will inspect the Varnia dam on Friday.\n\nThe regional governor, Tomas Rell, said repairs would start soon.\n\nTomas Re\n";
    let marked: Vec<(&str, Kind)> = classify(cut)
        .iter()
        .map(|b| (&cut[b.span.clone()], b.kind))
        .collect();
    assert_eq!(marked, [("Tomas Re", Kind::Trailing)]);
    // A headline has text under it, and a last line that ends a sentence is report text.
    let whole =
        "Dam inspection ordered\n\nEngineers will inspect the dam.\n\nRepairs start soon.\n";
    assert!(classify(whole).is_empty(), "{:?}", classify(whole));
}
