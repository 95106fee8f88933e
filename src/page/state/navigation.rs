//! Moving through a comparison from the keyboard: from difference to difference (`j` / `k`)
//! and from contradiction to contradiction (`n` / `N`). Each step moves a cursor in the state;
//! the step's command (see [`crate::page::commands`]) asks the view to reveal the row it lands
//! on, found by the same function the reducer uses.

use super::AppState;
use corroborate_core::{RowKind, Side};
use corroborate_present::view_model::RowView;

/// Whether a row is worth stopping at when stepping through differences: reworded, moved, or
/// told by one report only. Page furniture is not compared, so it is never a difference.
pub fn is_difference(row: &RowView) -> bool {
    !row.furniture && (row.kind != RowKind::Same || row.moved)
}

/// Where a step of `by` (+1 next, -1 previous) from `current` lands in a list of `count`
/// items, wrapping around; with no current item, forward starts at the first and backward at
/// the last.
fn wrap_step(current: Option<usize>, by: i32, count: usize) -> usize {
    match current {
        Some(at) => (at as i64 + by as i64).rem_euclid(count as i64) as usize,
        None if by < 0 => count - 1,
        None => 0,
    }
}

impl AppState {
    /// The rows (indices into the view's rows) of the comparison on screen that are
    /// differences, in reading order.
    pub fn difference_rows(&self) -> Vec<usize> {
        self.current_comparison()
            .map(|c| {
                c.view
                    .rows
                    .iter()
                    .enumerate()
                    .filter(|(_, row)| is_difference(row))
                    .map(|(i, _)| i)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The row a step of `by` (+1 next, -1 previous) from the difference reached last lands
    /// on, wrapping around; `None` when the comparison on screen has no difference. The
    /// reducer moves the cursor there and the step's command brings that row into view, both
    /// through this one function.
    pub fn difference_step(&self, by: i32) -> Option<usize> {
        let rows = self.difference_rows();
        if rows.is_empty() {
            return None;
        }
        // The row reached last is a difference (the cursor is reset with the pair), so
        // stepping is by position in the list of differences.
        let at = self
            .difference_cursor
            .and_then(|row| rows.iter().position(|&r| r == row));
        Some(rows[wrap_step(at, by, rows.len())])
    }

    /// The contradiction a step of `by` (+1 next, -1 previous) from the one reached last
    /// lands on (index into `Comparison::conflicts`), wrapping around; `None` when the pair
    /// has none.
    pub fn conflict_step(&self, by: i32) -> Option<usize> {
        let count = self
            .current_comparison()
            .map_or(0, |c| c.comparison.conflicts.len());
        (count > 0).then(|| wrap_step(self.conflict_cursor, by, count))
    }

    /// The row of the comparison on screen that shows this contradiction (its left
    /// sentence's).
    pub fn conflict_row(&self, index: usize) -> Option<usize> {
        let result = self.current_comparison()?;
        let conflict = result.comparison.conflicts.get(index)?;
        result.view.row_of(Side::Left, conflict.left_sentence)
    }

    /// "Difference 3 of 12: reworded", for the screen reader's announcement of a step.
    pub fn difference_announcement(&self) -> Option<String> {
        let row = self.difference_cursor?;
        let rows = self.difference_rows();
        let at = rows.iter().position(|&r| r == row)?;
        let view = &self.current_comparison()?.view;
        let shown = view.rows.get(row)?;
        let what = match shown.kind {
            RowKind::LeftOnly => "only in the left report",
            RowKind::RightOnly => "only in the right report",
            RowKind::Reworded if shown.moved => "reworded and moved",
            RowKind::Reworded => "reworded",
            RowKind::Related if shown.moved => "related, told differently, and moved",
            RowKind::Related => "related, told differently",
            RowKind::Same => "moved",
        };
        Some(format!("Difference {} of {}: {what}", at + 1, rows.len()))
    }
}
