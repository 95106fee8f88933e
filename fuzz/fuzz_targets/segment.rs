//! Arbitrary text as a paste: paragraphs, sentences and words, checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| corroborate_fuzz::check_segment(data));
