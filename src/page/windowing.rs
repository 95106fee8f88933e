//! Drawing a long comparison a window of rows at a time.
//!
//! A 1 MB pair has over ten thousand rows; drawing them all would put hundreds of thousands of
//! elements in the page and freeze it for seconds. Comparisons longer than
//! [`WINDOW_FROM_ROWS`] draw only the rows near the viewport, with a spacer above and below
//! as tall as the rows left out. Row heights start as estimates from the text's length and
//! become exact once a row has been drawn; the browser's scroll anchoring keeps the rows in
//! view still when an estimate above them is corrected.
//!
//! Pure arithmetic over heights, tested natively; the component measures and scrolls.

use corroborate_core::DocumentSummary;
use corroborate_present::view_model::PairView;
use std::ops::Range;

/// Comparisons with more rows than this are windowed; shorter ones are drawn whole, so
/// find-in-page and printing see every sentence of an ordinary report.
pub const WINDOW_FROM_ROWS: usize = 300;

/// Rows drawn before anything is known of the viewport: about two screens.
const FIRST_ROWS: usize = 40;

/// Rows a short comparison draws in its first frame, more than a tall screen shows below the
/// summary and the toolbar: the reader sees the
/// comparison a frame sooner, and the rest is drawn right after (see [`Window::rest`]).
pub const FIRST_SCREEN_ROWS: usize = 12;

/// Pixels drawn beyond the viewport on each side, so fast scrolling rarely shows a spacer.
const OVERSCAN_PX: f64 = 1600.0;

/// How close the viewport may come to the edge of the drawn rows before the window moves.
const SLACK_PX: f64 = 600.0;

/// Height of one line of pane text and a row's padding, in CSS pixels (see `.cell`).
const LINE_PX: f64 = 26.7;
const ROW_PADDING_PX: f64 = 20.0;
/// Characters on one line of a pane at a typical width.
const LINE_CHARS: f64 = 62.0;

/// The rows drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    rows: usize,
    start: usize,
    end: usize,
}

impl Window {
    /// The window a comparison of `rows` rows starts with: its first screen when it is short
    /// (the rest follows, [`Window::rest`]), its first screens otherwise.
    pub fn first(rows: usize) -> Window {
        let end = if rows <= WINDOW_FROM_ROWS {
            rows.min(FIRST_SCREEN_ROWS)
        } else {
            FIRST_ROWS
        };
        Window {
            rows,
            start: 0,
            end,
        }
    }

    /// Every row, drawn for printing (paper has no viewport to follow).
    pub fn all(rows: usize) -> Window {
        Window {
            rows,
            start: 0,
            end: rows,
        }
    }

    /// Whether only part of the rows is drawn.
    pub fn windowed(&self) -> bool {
        self.rows > WINDOW_FROM_ROWS
    }

    /// Whether a short comparison shows only its first screen, its other rows still to come.
    pub fn first_screen_only(&self) -> bool {
        !self.windowed() && self.end < self.rows
    }

    /// What follows the first screen: every row of a short comparison; a long one's window
    /// stays as it is.
    pub fn rest(&self) -> Window {
        if self.windowed() {
            self.clone()
        } else {
            Window::all(self.rows)
        }
    }

    /// The rows drawn, never past `rows` (a window may outlive its comparison by a render).
    pub fn range(&self) -> Range<usize> {
        self.start.min(self.rows)..self.end.min(self.rows)
    }

    /// The window for a viewport spanning `top..bottom` pixels below the first row: this one
    /// while the viewport stays well inside it, else the rows around the viewport.
    pub fn follow(&self, top: f64, bottom: f64, heights: &RowHeights) -> Window {
        if !self.windowed() {
            return self.clone();
        }
        let drawn_top = heights.offset(self.start);
        let drawn_bottom = heights.offset(self.end);
        let covers_top = self.start == 0 || top - SLACK_PX >= drawn_top;
        let covers_bottom = self.end >= self.rows || bottom + SLACK_PX <= drawn_bottom;
        if covers_top && covers_bottom {
            return self.clone();
        }
        self.spanning(top - OVERSCAN_PX, bottom + OVERSCAN_PX, heights)
    }

    /// A window with `row` in it, for a jump to a row not drawn.
    pub fn around(&self, row: usize, heights: &RowHeights) -> Window {
        if !self.windowed() {
            return self.rest();
        }
        let at = heights.offset(row.min(self.rows));
        self.spanning(at - OVERSCAN_PX, at + OVERSCAN_PX, heights)
    }

    fn spanning(&self, top: f64, bottom: f64, heights: &RowHeights) -> Window {
        let start = heights.row_at(top);
        let end = (heights.row_at(bottom) + 1).clamp(start + 1, self.rows);
        Window {
            rows: self.rows,
            start,
            end,
        }
    }
}

/// The height of every row: estimated until drawn, then measured.
#[derive(Debug, Clone, PartialEq)]
pub struct RowHeights {
    heights: Vec<f64>,
    /// `prefix[i]` is the height of rows `0..i`.
    prefix: Vec<f64>,
}

impl RowHeights {
    /// Estimates from the longer side of each row.
    pub fn estimate(
        view: &PairView,
        left: &DocumentSummary,
        right: &DocumentSummary,
    ) -> RowHeights {
        let chars = |spans: &[Range<usize>], indices: &[usize]| -> usize {
            indices
                .iter()
                .filter_map(|&s| spans.get(s))
                .map(|span| span.len())
                .sum()
        };
        let heights = view
            .rows
            .iter()
            .map(|row| {
                let left = chars(&left.sentence_spans, &row.left);
                let right = chars(&right.sentence_spans, &row.right);
                let lines = (left.max(right) as f64 / LINE_CHARS).ceil().max(1.0);
                ROW_PADDING_PX + lines * LINE_PX
            })
            .collect();
        RowHeights::from_heights(heights)
    }

    /// Given heights.
    pub fn from_heights(heights: Vec<f64>) -> RowHeights {
        let mut prefix = Vec::with_capacity(heights.len() + 1);
        let mut total = 0.0;
        prefix.push(0.0);
        for h in &heights {
            total += h;
            prefix.push(total);
        }
        RowHeights { heights, prefix }
    }

    /// Record drawn rows' real heights (`height(row)` gives `None` for a row not on screen).
    pub fn learn(&mut self, rows: Range<usize>, height: impl Fn(usize) -> Option<f64>) {
        let mut changed = false;
        for row in rows {
            if let (Some(h), Some(slot)) = (height(row), self.heights.get_mut(row)) {
                if (*slot - h).abs() > 0.5 {
                    *slot = h;
                    changed = true;
                }
            }
        }
        if changed {
            *self = RowHeights::from_heights(std::mem::take(&mut self.heights));
        }
    }

    /// Measure the drawn rows in the page: from the top of a row's first cell to the bottom
    /// of its last, so a row is one cell's height side by side and both cells' stacked at a
    /// phone's width (a side with no sentence draws a hatched gap, or nothing when stacked).
    pub fn measure(&mut self, rows: Range<usize>) {
        self.learn(rows, |row| {
            let rects: Vec<_> = ["left", "right"]
                .iter()
                .filter_map(|side| crate::page::dom::by_id(&format!("row-{row}-{side}")))
                .map(|cell| cell.get_bounding_client_rect())
                .collect();
            let top = rects.iter().map(|r| r.top()).reduce(f64::min)?;
            let bottom = rects.iter().map(|r| r.bottom()).reduce(f64::max)?;
            Some(bottom - top)
        });
    }

    /// The height of these rows together.
    pub fn sum(&self, rows: Range<usize>) -> f64 {
        let end = rows.end.min(self.heights.len());
        let start = rows.start.min(end);
        self.prefix[end] - self.prefix[start]
    }

    /// How far below the first row's top row `row` starts.
    pub fn offset(&self, row: usize) -> f64 {
        self.prefix[row.min(self.heights.len())]
    }

    /// The row at `y` pixels below the first row's top (the first or last row outside).
    pub fn row_at(&self, y: f64) -> usize {
        let after = self.prefix.partition_point(|&p| p <= y);
        after
            .saturating_sub(1)
            .min(self.heights.len().saturating_sub(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn even(rows: usize) -> RowHeights {
        RowHeights::from_heights(vec![50.0; rows])
    }

    #[test]
    fn a_short_comparison_draws_its_first_screen_then_all_of_it() {
        let first = Window::first(120);
        assert!(!first.windowed());
        assert!(first.first_screen_only());
        assert_eq!(first.range(), 0..FIRST_SCREEN_ROWS);
        let whole = first.rest();
        assert_eq!(whole.range(), 0..120);
        assert!(!whole.first_screen_only());
        assert_eq!(whole.follow(4000.0, 5000.0, &even(120)), whole);
        // A jump to a row not drawn yet draws them all.
        assert_eq!(first.around(90, &even(120)), whole);
        // A comparison shorter than a screen is whole at once.
        assert!(!Window::first(5).first_screen_only());
        assert_eq!(Window::first(5).range(), 0..5);
    }

    #[test]
    fn a_long_one_starts_with_its_first_screens_and_follows_the_viewport() {
        let heights = even(10_000);
        let window = Window::first(10_000);
        assert_eq!(window.range(), 0..FIRST_ROWS);
        // Still near the top: the first rows suffice.
        assert_eq!(window.follow(0.0, 900.0, &heights), Window::first(10_000));
        // Far down: the rows around the viewport, with room on both sides.
        let moved = window.follow(250_000.0, 250_900.0, &heights);
        let range = moved.range();
        assert!(
            range.contains(&5_000) && range.contains(&5_017),
            "{range:?}"
        );
        assert!(
            range.len() < 120,
            "a few screens, not the whole report: {range:?}"
        );
        // A small scroll inside the drawn rows keeps the window.
        assert_eq!(moved.follow(250_100.0, 251_000.0, &heights), moved);
    }

    #[test]
    fn a_jump_draws_the_rows_around_its_target() {
        let heights = even(10_000);
        let window = Window::first(10_000).around(7_321, &heights);
        assert!(window.range().contains(&7_321));
        assert!(window.range().len() < 120);
    }

    #[test]
    fn spacers_and_drawn_rows_add_up_to_the_whole_height_as_heights_are_learned() {
        let mut heights = even(1_000);
        let total = heights.sum(0..1_000);
        heights.learn(10..20, |row| Some(if row % 2 == 0 { 80.0 } else { 50.0 }));
        assert_eq!(heights.sum(0..1_000), total + 5.0 * 30.0);
        assert_eq!(
            heights.sum(0..10) + heights.sum(10..20) + heights.sum(20..1_000),
            heights.sum(0..1_000)
        );
        assert_eq!(heights.offset(20) - heights.offset(10), 650.0);
        assert_eq!(heights.row_at(-10.0), 0);
        assert_eq!(heights.row_at(1e12), 999);
    }

    #[test]
    fn a_window_never_reaches_past_its_rows() {
        let window = Window::first(10_000);
        let stale = Window {
            rows: 350,
            ..window.clone()
        };
        assert_eq!(stale.range(), 0..FIRST_ROWS);
        let shrunk = Window {
            rows: 20,
            start: 0,
            end: 40,
        };
        assert_eq!(shrunk.range(), 0..20);
    }
}
