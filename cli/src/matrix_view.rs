//! The fact × source table as text: one line per fact, one column per report.

use corroborate_core::{Document, FactMatrix, MatrixCell};
use std::fmt::Write;

/// The table of `matrix` over `documents`.
pub fn render(documents: &[Document], matrix: &FactMatrix) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Facts across {} reports", documents.len());
    for (i, name) in matrix.reports.iter().enumerate() {
        let _ = writeln!(out, "  [{}] {name}", i + 1);
    }
    let _ = writeln!(out, "\n✓ says it, · does not, ≠ gives another value\n");
    let header: Vec<String> = (1..=matrix.reports.len())
        .map(|i| format!("{i:<2}"))
        .collect();
    let _ = writeln!(out, "{}  {:<14}fact", header.join(" "), "kind");
    for row in &matrix.rows {
        let cells: Vec<&str> = row
            .cells
            .iter()
            .map(|cell| match cell {
                MatrixCell::Present { .. } => "✓ ",
                MatrixCell::Absent => "· ",
                MatrixCell::Different { .. } => "≠ ",
            })
            .collect();
        let differences: Vec<String> = row
            .cells
            .iter()
            .enumerate()
            .filter_map(|(i, cell)| match cell {
                MatrixCell::Different { value, .. } => Some(format!("[{}] \"{value}\"", i + 1)),
                _ => None,
            })
            .collect();
        let kind = format!("{:?}", row.kind).to_lowercase();
        let _ = write!(out, "{}  {kind:<14}{}", cells.join(" "), row.label);
        if !differences.is_empty() {
            let _ = write!(out, "   ({})", differences.join(", "));
        }
        let _ = writeln!(out);
    }
    if matrix.rows.is_empty() {
        let _ = writeln!(out, "(no facts found)");
    }
    out
}
