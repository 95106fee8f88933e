//! Serialise byte ranges as `[start, end]` pairs, the form the JSON schema documents.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::Range;

/// `#[serde(with = "span_serde")]` for one `Range<usize>`.
pub fn serialize<S: Serializer>(span: &Range<usize>, s: S) -> Result<S::Ok, S::Error> {
    [span.start, span.end].serialize(s)
}

/// The inverse of [`serialize`].
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Range<usize>, D::Error> {
    let [start, end] = <[usize; 2]>::deserialize(d)?;
    Ok(start..end)
}

/// `#[serde(with = "span_serde::vec")]` for a `Vec<Range<usize>>`.
pub mod vec {
    use super::*;

    /// Serialise each range as `[start, end]`.
    pub fn serialize<S: Serializer>(spans: &[Range<usize>], s: S) -> Result<S::Ok, S::Error> {
        let pairs: Vec<[usize; 2]> = spans.iter().map(|r| [r.start, r.end]).collect();
        pairs.serialize(s)
    }

    /// The inverse of [`serialize`].
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Range<usize>>, D::Error> {
        let pairs = Vec::<[usize; 2]>::deserialize(d)?;
        Ok(pairs.into_iter().map(|[a, b]| a..b).collect())
    }
}
