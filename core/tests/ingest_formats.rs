//! Each format gives the report's text and nothing else: a saved web page its headline and
//! body paragraphs, a Word file its body paragraphs, Markdown its text without markup.

use corroborate_core::ingest::{ingest, ingest_text, Format};
use corroborate_core::Document;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/ingest/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n").collect()
}

/// What the page around the article says: none of it may reach the text.
const PAGE_FURNITURE: &[&str] = &[
    "We use cookies",
    "Accept all",
    "Manage preferences",
    "Business",
    "Climate",
    "Search the Courier",
    "Share on Facebook",
    "Copy link",
    "Photo: Ana Duarte",
    "Advertisement",
    "ads.push",
    "Great news for the region",
    "Who pays when the cable breaks",
    "sailor_77",
    "Leave a reply",
    "Related articles",
    "Wind farm opens",
    "Grid operators warn",
    "All rights reserved",
    "Privacy policy",
    "TRACKING",
    "dataLayer",
    "font-family",
    "NewsArticle",
];

#[test]
fn a_saved_web_page_gives_its_headline_and_body_paragraphs_only() {
    let ingested = ingest("article.html", &fixture("article.html")).unwrap();
    assert_eq!(ingested.source.format, Format::Html);
    assert_eq!(ingested.source.encoding, "UTF-8");
    let text = &ingested.text;
    for furniture in PAGE_FURNITURE {
        assert!(!text.contains(furniture), "kept {furniture:?}:\n{text}");
    }
    assert!(
        !text.contains('<') && !text.contains('>'),
        "markup kept:\n{text}"
    );
    let paragraphs = paragraphs(text);
    assert_eq!(paragraphs[0], "Harbour talks end with second cable deal");
    let body: Vec<&str> = paragraphs
        .iter()
        .copied()
        .filter(|p| !ingested.boilerplate.iter().any(|b| text[b.clone()] == **p))
        .collect();
    assert_eq!(
        body,
        [
            "Harbour talks end with second cable deal",
            "PORTO — Energy ministers from Portugal and Morocco agreed on Thursday to lay a second \
             undersea power cable between the two countries, ending two days of talks at the port \
             of Leixões with a signed memorandum and a timetable.",
            "The new link, which officials said would carry 1,500 megawatts, is meant to be in \
             service by 2031. It would run alongside the existing cable, which has been working \
             at full capacity for most of the past winter.",
            "“We are not choosing between the sun and the wind; we are choosing to share both,” \
             Portuguese Energy Minister Inês Carvalho told reporters after the signing. Her \
             Moroccan counterpart, Youssef El\u{A0}Amrani, called the deal a bridge across the \
             strait.",
            "The cable will be paid for in equal shares, with a loan from the European Investment \
             Bank covering the first phase.",
            "What comes next",
            "Engineers from both grid operators will survey the seabed route this summer. \
             Fishermen in Sines & Peniche have asked to be consulted before the route is fixed, \
             and the ministers promised hearings in both towns.",
            "Environmental groups welcomed the agreement but said the survey must avoid the \
             seagrass meadows off the Algarve coast.",
        ]
    );
}

#[test]
fn a_byline_or_timestamp_left_in_a_page_is_marked_as_furniture() {
    let ingested = ingest("article.html", &fixture("article.html")).unwrap();
    let text = &ingested.text;
    for line in text.lines() {
        if line.starts_with("By Marta") || line.starts_with("Updated 3:45") {
            assert!(
                ingested
                    .boilerplate
                    .iter()
                    .any(|b| &text[b.clone()] == line),
                "{line:?} kept as report text"
            );
        }
    }
}

#[test]
fn a_word_document_gives_its_body_paragraphs() {
    let ingested = ingest("report.docx", &fixture("report.docx")).unwrap();
    assert_eq!(ingested.source.format, Format::Docx);
    assert_eq!(
        paragraphs(&ingested.text),
        [
            "Ministers sign second cable deal",
            "By Marta Quintela",
            "Energy ministers from Portugal and Morocco agreed on Thursday to lay a second \
             undersea cable, officials said.",
            "The Élysée sent its congratulations.",
            "The link would carry 1,500 megawatts from 2031.",
            "Zelenskyy sent a message; it was read aloud & applauded.",
            "Cost shared equally",
        ]
    );
    assert!(!ingested.text.contains("HEADER"), "header part read");
    let start = ingested.text.find("By Marta Quintela").unwrap();
    let byline = start..start + "By Marta Quintela".len();
    assert_eq!(ingested.boilerplate, vec![byline]);
}

#[test]
fn markdown_loses_its_markup_but_keeps_its_words() {
    let ingested = ingest("report.md", &fixture("report.md")).unwrap();
    assert_eq!(ingested.source.format, Format::Markdown);
    assert_eq!(
        paragraphs(&ingested.text),
        [
            "Ministers sign second cable deal in Porto",
            "By Marta Quintela",
            "Share this article",
            "Energy ministers from Portugal and Morocco agreed on Thursday to lay a second undersea\n\
             power cable, according to a joint statement.",
            "The main points",
            "The link would carry 1,500 megawatts.",
            "It should be in service by 2031.",
            "Costs are shared equally.",
            "\"We are choosing to share both,\" Inês Carvalho said.",
            "route: Sines -> Tangier",
            "The survey starts this summer; 2 * 3 teams will work in shifts on the seabed route.",
        ]
    );
    let marked: Vec<&str> = ingested
        .boilerplate
        .iter()
        .map(|b| &ingested.text[b.clone()])
        .collect();
    assert_eq!(marked, ["By Marta Quintela", "Share this article"]);
}

#[test]
fn plain_text_is_kept_exactly_as_written() {
    let text = "Line one,\r\n  indented line two.\r\n\r\n\tTabbed paragraph.\n";
    let ingested = ingest("notes.txt", text.as_bytes()).unwrap();
    assert_eq!(ingested.text, text);
    assert_eq!(ingested.source.format, Format::Text);
}

#[test]
fn a_web_page_saved_as_txt_or_without_extension_is_read_as_html() {
    let page = fixture("article.html");
    for name in ["article.txt", "article", "download.php"] {
        let ingested = ingest(name, &page).unwrap();
        assert_eq!(ingested.source.format, Format::Html, "{name}");
        assert!(!ingested.text.contains("We use cookies"), "{name}");
    }
}

#[test]
fn text_that_mentions_tags_stays_text() {
    let text = "The <b> tag makes text bold; reporters wrote <html> by mistake.";
    let ingested = ingest("notes.txt", text.as_bytes()).unwrap();
    assert_eq!(ingested.source.format, Format::Text);
    assert_eq!(ingested.text, text);
}

#[test]
fn pasted_rich_text_is_read_as_html() {
    let clipboard =
        "<meta charset='utf-8'><p style=\"color:red\">The ministers met in <b>Porto</b>.</p>\
                     <p>They signed a memorandum.</p><script>alert(1)</script>";
    let ingested = ingest_text(clipboard, Format::Html).unwrap();
    assert_eq!(
        ingested.text,
        "The ministers met in Porto.\n\nThey signed a memorandum."
    );
}

#[test]
fn a_fragment_without_paragraph_tags_keeps_its_text() {
    let fragment = "<div>The ministers met in Porto.</div><div>They signed a memorandum.</div>";
    let ingested = ingest_text(fragment, Format::Html).unwrap();
    assert_eq!(
        ingested.text,
        "The ministers met in Porto.\n\nThey signed a memorandum."
    );
}

#[test]
fn a_web_page_becomes_a_document_of_its_article_sentences() {
    let document = Document::from_bytes("article.html", &fixture("article.html")).unwrap();
    assert_eq!(document.source.format, Format::Html);
    assert_eq!(document.title(), "Harbour talks end with second cable deal");
    let sentences: Vec<&str> = document
        .sentences
        .iter()
        .filter(|s| !s.boilerplate)
        .map(|s| document.slice(&s.span))
        .collect();
    assert!(sentences.contains(&"It would run alongside the existing cable, which has been working at full capacity for most of the past winter."), "{sentences:#?}");
    assert!(sentences.iter().all(|s| !s.contains("cookies")));
}

#[test]
fn script_payloads_in_a_page_never_reach_the_text() {
    let page = r#"<html><body><article>
        <p>The ministers met in Porto on Thursday.</p>
        <img src=x onerror="alert(1)">
        <svg onload="alert(2)"><script>alert(3)</script></svg>
        <p>They read the <a href="javascript:alert(4)">joint statement</a> aloud.</p>
        <iframe src="javascript:alert(5)"></iframe>
        <math><mi xlink:href="javascript:alert(6)">x</mi></math>
        <template><script>alert(7)</script></template>
        <noscript><p title="</noscript><img src=x onerror=alert(8)>"></p></noscript>
        <object data="data:text/html,<script>alert(9)</script>"></object>
        <p style="position:absolute;left:-9999px;display:none">Invisible overlay text.</p>
        <style>p { display: none }</style>
        </article></body></html>"#;
    let ingested = ingest("hostile.html", page.as_bytes()).unwrap();
    assert_eq!(
        ingested.text,
        "The ministers met in Porto on Thursday.\n\nThey read the joint statement aloud."
    );
}
