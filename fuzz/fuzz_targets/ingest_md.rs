//! Arbitrary bytes as a file named `.md`: read, segmented, checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| corroborate_fuzz::check_file("report.md", data));
