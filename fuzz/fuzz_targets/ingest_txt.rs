//! Arbitrary bytes as a file named `.txt`: read, segmented, checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| corroborate_fuzz::check_file("report.txt", data));
