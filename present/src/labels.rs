//! Words the page uses for the engine's enums, in one place so every view says the same.

use corroborate_core::{FactKind, FactStatus, RowKind};

/// Every fact status, in the order the page lists them.
pub const STATUSES: [FactStatus; 4] = [
    FactStatus::Conflict,
    FactStatus::Shared,
    FactStatus::LeftOnly,
    FactStatus::RightOnly,
];

/// Every fact kind, in the order the facts panel groups them.
pub const KINDS: [FactKind; 6] = [
    FactKind::Person,
    FactKind::Organization,
    FactKind::Place,
    FactKind::Date,
    FactKind::Number,
    FactKind::Quote,
];

/// How a status reads in a sentence ("14 corroborated").
pub fn status_label(status: FactStatus) -> &'static str {
    match status {
        FactStatus::Shared => "corroborated",
        FactStatus::LeftOnly => "only left",
        FactStatus::RightOnly => "only right",
        FactStatus::Conflict => "contradicted",
    }
}

/// The CSS class suffix of a status (`st-shared`).
pub fn status_class(status: FactStatus) -> &'static str {
    match status {
        FactStatus::Shared => "shared",
        FactStatus::LeftOnly => "left-only",
        FactStatus::RightOnly => "right-only",
        FactStatus::Conflict => "conflict",
    }
}

/// A symbol for a status, so colour is never the only signal.
pub fn status_icon(status: FactStatus) -> &'static str {
    match status {
        FactStatus::Shared => "✓",
        FactStatus::LeftOnly => "◧",
        FactStatus::RightOnly => "◨",
        FactStatus::Conflict => "≠",
    }
}

/// A kind's heading in the facts panel.
pub fn kind_label(kind: FactKind) -> &'static str {
    match kind {
        FactKind::Person => "People",
        FactKind::Organization => "Organizations",
        FactKind::Place => "Places",
        FactKind::Date => "Dates & times",
        FactKind::Number => "Numbers & quantities",
        FactKind::Quote => "Quotes",
    }
}

/// The CSS class suffix of a kind (`k-person`).
pub fn kind_class(kind: FactKind) -> &'static str {
    match kind {
        FactKind::Person => "person",
        FactKind::Organization => "organization",
        FactKind::Place => "place",
        FactKind::Date => "date",
        FactKind::Number => "number",
        FactKind::Quote => "quote",
    }
}

/// The CSS class and label of a row kind.
pub fn row_class(kind: RowKind) -> &'static str {
    match kind {
        RowKind::Same => "same",
        RowKind::Reworded => "reworded",
        RowKind::Related => "related",
        RowKind::LeftOnly => "left-only",
        RowKind::RightOnly => "right-only",
    }
}

/// A count with its noun, singular or plural ("1 word", "254 words").
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// A share 0..=1 as a whole percentage ("72%").
///
/// A partial share never shows as "100%" nor a sliver as "0%": a reader takes "100% similar"
/// to mean identical reports.
pub fn percent(share: f64) -> String {
    let share = if share.is_finite() {
        share.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let value = (share * 100.0).round();
    if value >= 100.0 && share < 1.0 {
        "99%".into()
    } else if value <= 0.0 && share > 0.0 {
        "<1%".into()
    } else {
        format!("{value:.0}%")
    }
}
