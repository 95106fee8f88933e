//! Turning what the user brought in — a file's bytes, a pasted page's markup, pasted text —
//! into a report's text, source and page furniture ([`Input::Stored`]), which the engine then
//! segments like any saved report. Runs in the engine worker; what the engine's own readers
//! leave out (in the browser: web pages, Word documents, Markdown, legacy encodings) goes to the
//! [`crate::worker::reader_module`] module.

use crate::protocol::Input;
use crate::worker::reader_module::{self, Given};
use corroborate_core::ingest::{self, Format, IngestError, Ingested};

/// Read one file or pasted page: the text as [`Input::Stored`], or the problem in words.
pub fn read_file(name: &str, input: Input) -> Result<Input, String> {
    let read = match &input {
        Input::File(bytes) => ingest::ingest(name, bytes),
        Input::Html(page) => ingest::ingest_text(&page.markup, Format::Html),
        Input::Text(text) => ingest::plain_text(text),
        Input::Stored { .. } => return Ok(input),
    };
    match (read, &input) {
        (Err(IngestError::NeedsReader { what }), Input::File(bytes)) => {
            reader_module::read(name, Given::File(bytes), what)
        }
        // Without the page reader a pasted page is still its plain text, as a plain paste
        // would have given it.
        (Err(IngestError::NeedsReader { .. }), Input::Html(page))
            if reader_module::load().is_err() && !page.text.trim().is_empty() =>
        {
            ingest::plain_text(&page.text).map_err(|e| e.to_string())
        }
        (Err(IngestError::NeedsReader { what }), Input::Html(page)) => {
            reader_module::read(name, Given::Html(&page.markup), what)
        }
        (read, _) => read.map_err(|e| e.to_string()),
    }
    .map(stored)
}

fn stored(read: Ingested) -> Input {
    Input::Stored {
        text: read.text,
        source: read.source,
        furniture: read.boilerplate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::PastedPage;

    #[test]
    fn a_pasted_page_keeps_the_article_and_drops_the_page_around_it() {
        let html = "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>\
            <article><h1>Ministers sign grid pact</h1><p>The ministers signed the pact in Oslo on Tuesday.</p></article>\
            <script>alert(1)</script><footer>© Harbour Post</footer>";
        let page = PastedPage {
            markup: html.into(),
            text: "Home | World Ministers sign grid pact".into(),
        };
        let Ok(Input::Stored { text, .. }) = read_file("pasted page 1", Input::Html(page)) else {
            panic!("the article expected");
        };
        assert!(text.starts_with("Ministers sign grid pact"), "{text}");
        assert!(text.contains("signed the pact in Oslo"));
        for gone in ["Home", "alert", "Harbour Post"] {
            assert!(!text.contains(gone), "{gone} in {text:?}");
        }
    }

    #[test]
    fn a_file_in_a_legacy_encoding_reads_back_exactly() {
        // "Élysée talks" in Windows-1252.
        let bytes = b"\xc9lys\xe9e talks ended on Monday.".to_vec();
        let Ok(Input::Stored { text, source, .. }) = read_file("r.txt", Input::File(bytes)) else {
            panic!("text expected");
        };
        assert_eq!(text, "Élysée talks ended on Monday.");
        assert_eq!(source.encoding, "windows-1252");
    }

    #[test]
    fn an_image_is_refused_in_words_naming_what_it_is() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        let why = read_file("photo.png", Input::File(png)).unwrap_err();
        assert!(why.contains("PNG image"), "{why}");
    }
}
