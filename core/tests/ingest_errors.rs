//! What a user can get wrong gets a typed error whose message says what the file is.

use corroborate_core::ingest::{ingest, IngestError, MAX_FILE_BYTES};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/ingest/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

/// The message for a file that is refused as binary.
fn binary_message(name: &str, bytes: &[u8]) -> String {
    match ingest(name, bytes) {
        Err(error @ IngestError::Binary { .. }) => error.to_string(),
        other => panic!("{name}: expected a binary refusal, got {other:?}"),
    }
}

#[test]
fn an_empty_file() {
    let error = ingest("empty.txt", &fixture("empty.txt")).unwrap_err();
    assert_eq!(error, IngestError::Empty);
    assert_eq!(error.to_string(), "the file is empty");
}

#[test]
fn a_file_of_white_space_in_any_encoding() {
    assert_eq!(
        ingest("blank.txt", &fixture("blank.txt")).unwrap_err(),
        IngestError::Blank
    );
    let utf16_blank: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(" \n \u{A0}".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(
        ingest("blank.txt", &utf16_blank).unwrap_err(),
        IngestError::Blank
    );
    assert_eq!(
        ingest("bom-only.txt", b"\xEF\xBB\xBF").unwrap_err(),
        IngestError::Blank
    );
}

#[test]
fn a_file_over_the_limit_states_the_limit() {
    let bytes = vec![b'a'; MAX_FILE_BYTES + 1];
    let error = ingest("huge.txt", &bytes).unwrap_err();
    assert_eq!(
        error,
        IngestError::TooLarge {
            bytes: MAX_FILE_BYTES + 1
        }
    );
    assert_eq!(error.to_string(), "the file is 20.0 MB; the limit is 20 MB");
    assert!(ingest("just-fits.txt", &vec![b'a'; MAX_FILE_BYTES]).is_ok());
}

#[test]
fn images_name_their_format_whatever_the_file_is_called() {
    for name in [
        "image.png",
        "image.txt",
        "image.html",
        "image.docx",
        "image",
    ] {
        assert_eq!(
            binary_message(name, &fixture("image.png")),
            "it is a PNG image, not a text report"
        );
    }
    let jpeg = b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00";
    assert!(binary_message("photo.jpg", jpeg).contains("a JPEG image"));
    assert!(binary_message("anim.gif", b"GIF89a\x01\x00\x01\x00").contains("a GIF image"));
    assert!(binary_message("pic.webp", b"RIFF\x24\x00\x00\x00WEBPVP8 ").contains("a WebP image"));
}

#[test]
fn documents_and_archives_that_are_not_reports() {
    assert!(binary_message("document.pdf", &fixture("document.pdf")).contains("a PDF document"));
    assert!(binary_message("archive.zip", &fixture("archive.zip")).contains("a zip archive"));
    assert!(binary_message("notes.gz", b"\x1F\x8B\x08\x00\x00\x00").contains("a gzip archive"));
    let old_word = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00";
    assert!(binary_message("old.doc", old_word).contains(".doc"));
}

#[test]
fn programs_are_refused() {
    let mut pe = b"MZ\x90\x00".to_vec();
    pe.resize(128, 0);
    for (name, bytes, looks_like) in [
        ("tool", b"\x7FELF\x02\x01\x01\x00".to_vec(), "ELF"),
        ("tool.exe", pe, "Windows program"),
        ("tool.app", b"\xCF\xFA\xED\xFE\x07\x00".to_vec(), "Mach-O"),
        (
            "engine.wasm",
            b"\x00asm\x01\x00\x00\x00".to_vec(),
            "WebAssembly",
        ),
    ] {
        assert!(binary_message(name, &bytes).contains(looks_like), "{name}");
    }
}

#[test]
fn bytes_with_nul_or_control_characters_are_not_text() {
    let message = binary_message("data.bin", b"abc\x00def\x00\x01\x02 ghi");
    assert!(message.contains("binary file"), "{message}");
    let controls: Vec<u8> = (0..200u8)
        .map(|i| if i % 3 == 0 { 0x01 } else { b'a' })
        .collect();
    binary_message("noise.txt", &controls);
}

#[test]
fn a_damaged_word_document_is_unreadable_and_says_why() {
    for name in ["damaged.docx", "corrupt-body.docx"] {
        match ingest(name, &fixture(name)) {
            Err(error @ IngestError::Unreadable { .. }) => {
                assert!(
                    error.to_string().starts_with("it could not be read: "),
                    "{error}"
                )
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn a_text_file_named_docx_is_unreadable() {
    let error = ingest("report.docx", b"Just some text.").unwrap_err();
    assert!(error.to_string().contains("not a Word document"), "{error}");
}

#[test]
fn a_page_with_no_article_text() {
    let page = b"<html><head><title></title><script>var a = 1;</script></head><body><nav></nav></body></html>";
    let error = ingest("empty.html", page).unwrap_err();
    assert_eq!(
        error.to_string(),
        "no report text was found in this web page"
    );
}

#[test]
fn a_damaged_zip_that_is_not_called_docx_is_just_an_archive() {
    let damaged = fixture("damaged.docx");
    assert!(binary_message("backup.zip", &damaged).contains("a zip archive"));
}
