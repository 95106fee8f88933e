//! Two arbitrary texts compared both ways and each with itself, checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| corroborate_fuzz::check_pair(data));
