//! Corroborate's readers for saved web pages, Word documents, Markdown and text in legacy
//! encodings, as a WebAssembly module of their own.
//!
//! They are most of the engine's size (an HTML parser, Readability, zip and XML, a Markdown
//! parser, the encoding tables), and most reports arrive as plain text or pasted text, so the
//! page's WebAssembly leaves them out and its engine worker loads this module the first time a
//! file needs it (see `src/worker/reader_module.rs` in the page). The module calls nothing of its host (the
//! two wasm-bindgen helpers it names as imports are never reached while reading) and exports
//! a small C interface over [`read`]:
//!
//! 1. `reader_alloc(len) -> ptr` twice: room for the file name and for the content, which the
//!    caller copies into the module's memory;
//! 2. `reader_read(kind, name_ptr, name_len, data_ptr, data_len) -> len`: reads them (and
//!    frees both), leaving the answer, `Result<Ingested, String>` in postcard (the format of
//!    the page's worker messages), in an output buffer of `len` bytes;
//! 3. `reader_output() -> ptr`: where that buffer starts. It stays until the next read.

use corroborate_core::ingest::{self, Format, Ingested};
use std::cell::RefCell;

/// What the bytes handed to [`read`] are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A file's bytes, in any format and encoding.
    File,
    /// Markup pasted or dragged in as `text/html`, in UTF-8.
    Html,
}

impl Kind {
    /// The number the C interface uses for it.
    pub fn from_code(code: u32) -> Option<Kind> {
        match code {
            0 => Some(Kind::File),
            1 => Some(Kind::Html),
            _ => None,
        }
    }
}

/// Read a file or pasted page: its text, source and page furniture, or the problem in words
/// (as the engine's [`ingest::IngestError`] says it).
pub fn read(name: &str, data: &[u8], kind: Kind) -> Result<Ingested, String> {
    let read = match kind {
        Kind::File => ingest::ingest(name, data),
        Kind::Html => ingest::ingest_text(&String::from_utf8_lossy(data), Format::Html),
    };
    read.map_err(|e| e.to_string())
}

thread_local! {
    /// The last answer, until the caller has copied it out.
    static OUTPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Room for `len` bytes in the module's memory, for the caller to fill and hand to
/// [`reader_read`], which frees it.
#[no_mangle]
pub extern "C" fn reader_alloc(len: usize) -> *mut u8 {
    Box::into_raw(vec![0u8; len].into_boxed_slice()).cast()
}

/// Read the name and content at these places (each from [`reader_alloc`], freed here) and
/// keep the answer for [`reader_output`]; returns its length in bytes.
///
/// # Safety
/// Both pointers must come from [`reader_alloc`] with these lengths, and not be used again.
#[no_mangle]
pub unsafe extern "C" fn reader_read(
    kind: u32,
    name_ptr: *mut u8,
    name_len: usize,
    data_ptr: *mut u8,
    data_len: usize,
) -> usize {
    // SAFETY: the caller passes what `reader_alloc` gave it, with the same lengths.
    let (name, data) = unsafe {
        (
            Box::from_raw(std::ptr::slice_from_raw_parts_mut(name_ptr, name_len)),
            Box::from_raw(std::ptr::slice_from_raw_parts_mut(data_ptr, data_len)),
        )
    };
    let answer = match Kind::from_code(kind) {
        Some(kind) => read(&String::from_utf8_lossy(&name), &data, kind),
        None => Err(format!(
            "the reader was asked for an unknown kind of input ({kind})"
        )),
    };
    drop(data);
    let bytes = postcard::to_allocvec(&answer).unwrap_or_default();
    let len = bytes.len();
    OUTPUT.with(|output| *output.borrow_mut() = bytes);
    len
}

/// Where the last answer of [`reader_read`] starts in the module's memory.
#[no_mangle]
pub extern "C" fn reader_output() -> *const u8 {
    OUTPUT.with(|output| output.borrow().as_ptr())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_page_gives_its_article_through_the_c_interface() {
        let page =
            b"<html><body><nav>Home | World</nav><p>The ministers met in Oslo.</p></body></html>";
        let name = b"report.html";
        let name_ptr = reader_alloc(name.len());
        let data_ptr = reader_alloc(page.len());
        // SAFETY: both buffers come from reader_alloc with these lengths.
        let len = unsafe {
            std::ptr::copy_nonoverlapping(name.as_ptr(), name_ptr, name.len());
            std::ptr::copy_nonoverlapping(page.as_ptr(), data_ptr, page.len());
            reader_read(0, name_ptr, name.len(), data_ptr, page.len())
        };
        // SAFETY: reader_output points at the `len` bytes just written.
        let bytes = unsafe { std::slice::from_raw_parts(reader_output(), len) };
        let answer: Result<Ingested, String> = postcard::from_bytes(bytes).unwrap();
        let read = answer.unwrap();
        assert_eq!(read.text, "The ministers met in Oslo.");
        assert_eq!(read.source.format, Format::Html);
    }

    #[test]
    fn legacy_encodings_and_word_documents_are_read_and_problems_named() {
        let latin1 = read(
            "r.txt",
            b"R\xE9union \xE0 l'\xC9lys\xE9e lundi.",
            Kind::File,
        )
        .unwrap();
        assert_eq!(latin1.text, "Réunion à l'Élysée lundi.");
        assert_eq!(latin1.source.encoding, "windows-1252");
        let png = read("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", Kind::File).unwrap_err();
        assert!(png.contains("a PNG image"), "{png}");
        let pasted = read("pasted page 1", b"<p>Talks <b>ended</b>.</p>", Kind::Html).unwrap();
        assert_eq!(pasted.text, "Talks ended.");
    }
}
