//! Arbitrary bytes as a `.docx`: raw, or packed as a Word document's body part.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| corroborate_fuzz::check_docx(data));
