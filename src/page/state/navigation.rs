//! Moving through a comparison from the keyboard: from difference to difference (`j` / `k`)
//! and from contradiction to contradiction (`n` / `N`). Each step moves a cursor in the state
//! and asks the view to reveal the row it lands on.

use super::AppState;
use corroborate_core::RowKind;
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

    /// Step to the next (`by` > 0) or previous difference after or before the one last
    /// reached. Returns false when there is none to go to.
    pub(super) fn step_difference(&mut self, by: i32) -> bool {
        let rows = self.difference_rows();
        if rows.is_empty() {
            return false;
        }
        let (current, jumps) = match self.difference_cursor {
            Some((row, jumps)) => (Some(row), jumps + 1),
            None => (None, 0),
        };
        let target = match current {
            // The row reached last is a difference (the cursor is reset with the pair), so
            // stepping is by position in the list of differences.
            Some(row) => match rows.iter().position(|&r| r == row) {
                Some(at) => rows[wrap_step(Some(at), by, rows.len())],
                None => rows[wrap_step(None, by, rows.len())],
            },
            None => rows[wrap_step(None, by, rows.len())],
        };
        self.difference_cursor = Some((target, jumps));
        // In a long comparison the row may not be drawn yet: ask the view to bring it in.
        self.reveal_row(target);
        true
    }

    /// Step to the next (`by` > 0) or previous contradiction, wrapping around. Returns false
    /// when the pair has none.
    pub(super) fn step_conflict(&mut self, by: i32) -> bool {
        let count = self
            .current_comparison()
            .map_or(0, |c| c.comparison.conflicts.len());
        if count == 0 {
            return false;
        }
        self.conflict_cursor = Some(match self.conflict_cursor {
            Some((i, jumps)) => (wrap_step(Some(i), by, count), jumps + 1),
            None => (wrap_step(None, by, count), 0),
        });
        self.reveal_conflict();
        true
    }

    /// "Difference 3 of 12: reworded", for the screen reader's announcement of a step.
    pub fn difference_announcement(&self) -> Option<String> {
        let (row, _) = self.difference_cursor?;
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
