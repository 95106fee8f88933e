//! The Corroborate web page.

fn main() {}
