//! Shared by the facts tests: the annotated fixtures in `fixtures/facts/`.
//!
//! A fixture is a report with its answer key inline: `[Helena Saraiva]{person}` marks a
//! mention and its kind (person, org, place, date, number, quote); marks nest, so a place
//! inside a quotation is `"[We stand with [Ukraine]{place}]{quote}"`. Stripping the marks
//! gives the report's text and the byte range of every expected mention.

#![allow(dead_code)]

use corroborate_core::{Document, FactKind};
use std::ops::Range;
use std::path::PathBuf;

/// One expected mention.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    pub kind: FactKind,
    pub span: Range<usize>,
}

/// A fixture: its name, plain text and expected mentions.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub name: String,
    pub text: String,
    pub expected: Vec<Expected>,
}

impl Fixture {
    pub fn document(&self) -> Document {
        Document::from_text(format!("{}.txt", self.name), self.text.clone())
    }
}

pub fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fixtures/facts")
}

/// Parse annotated text into plain text and expected mentions.
pub fn parse_annotated(annotated: &str) -> (String, Vec<Expected>) {
    let mut text = String::with_capacity(annotated.len());
    let mut open: Vec<usize> = Vec::new();
    let mut expected = Vec::new();
    let mut rest = annotated;
    while let Some(c) = rest.chars().next() {
        match c {
            '[' => {
                open.push(text.len());
                rest = &rest[1..];
            }
            ']' if rest[1..].starts_with('{') => {
                let close = rest.find('}').expect("fixture: `]{` needs a closing `}`");
                let kind = match &rest[2..close] {
                    "person" => FactKind::Person,
                    "org" => FactKind::Organization,
                    "place" => FactKind::Place,
                    "date" => FactKind::Date,
                    "number" => FactKind::Number,
                    "quote" => FactKind::Quote,
                    other => panic!("fixture: unknown kind {other:?}"),
                };
                let start = open.pop().expect("fixture: `]` without `[`");
                expected.push(Expected {
                    kind,
                    span: start..text.len(),
                });
                rest = &rest[close + 1..];
            }
            _ => {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    assert!(open.is_empty(), "fixture: unclosed `[`");
    expected.sort_by_key(|e| (e.span.start, e.span.end));
    (text, expected)
}

/// Load `fixtures/facts/NAME.txt`.
pub fn fixture(name: &str) -> Fixture {
    let path = fixtures_dir().join(format!("{name}.txt"));
    let annotated =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (text, expected) = parse_annotated(&annotated);
    Fixture {
        name: name.to_string(),
        text,
        expected,
    }
}

/// Every fixture report, in name order.
pub fn all_fixtures() -> Vec<Fixture> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures_dir())
        .expect("fixtures/facts exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_string))
        .collect();
    names.sort();
    names.iter().map(|n| fixture(n)).collect()
}

#[test]
fn annotations_nest_and_strip_to_plain_text() {
    let (text, expected) =
        parse_annotated("\"[We back [Ukraine]{place}]{quote},\" [Saraiva]{person} said.");
    assert_eq!(text, "\"We back Ukraine,\" Saraiva said.");
    assert_eq!(&text[expected[0].span.clone()], "We back Ukraine");
    assert_eq!(expected[0].kind, FactKind::Quote);
    assert_eq!(&text[expected[1].span.clone()], "Ukraine");
    assert_eq!(&text[expected[2].span.clone()], "Saraiva");
}
