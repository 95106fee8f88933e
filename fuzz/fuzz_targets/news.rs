//! Pairs of reports built from the words of the news, compared both ways and each with
//! itself, checked: the bytes choose tokens and edits, not characters.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| corroborate_fuzz::check_news(data));
