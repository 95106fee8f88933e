//! The built-in example: three reports of one fictional meeting, written for Corroborate.

/// `(file name, text)` of each example report; the first two are compared when loaded, and
/// they contradict each other (the weekday of the meeting, the number of turbines).
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "harbour-post.txt",
        include_str!("../../fixtures/example/harbour-post.txt"),
    ),
    (
        "northern-ledger.txt",
        include_str!("../../fixtures/example/northern-ledger.txt"),
    ),
    (
        "meridian-wire.txt",
        include_str!("../../fixtures/example/meridian-wire.txt"),
    ),
];
