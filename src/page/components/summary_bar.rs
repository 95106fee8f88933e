//! The summary of a comparison: similarity, verbatim shares, and row counts.

use crate::protocol::ComparisonShown;
use corroborate_present::labels;
use yew::prelude::*;

/// Props of [`SummaryBar`].
#[derive(Properties, PartialEq)]
pub struct SummaryBarProps {
    /// Overall similarity, 0..=1.
    pub similarity: f64,
    /// Counts and shares.
    pub summary: corroborate_core::Summary,
    /// What counted as a word change (said beside the similarity when not the default).
    #[prop_or_default]
    pub word_match: corroborate_core::WordMatch,
}

impl SummaryBarProps {
    /// The props for a comparison.
    pub fn of(comparison: &ComparisonShown) -> Self {
        SummaryBarProps {
            similarity: comparison.similarity,
            summary: comparison.summary.clone(),
            word_match: comparison.word_match,
        }
    }
}

/// One line of figures above the panes.
#[component]
pub fn SummaryBar(props: &SummaryBarProps) -> Html {
    let s = &props.summary;
    let count = |n: usize, label: &str, class: &str, help: &str| {
        html! {
            <li class={classes!("count-chip", class.to_string())} title={help.to_string()}>
                <span class="count-value">{n}</span>{" "}{label}
            </li>
        }
    };
    html! {
        <section class="summary" data-testid="summary" aria-label="Summary of the comparison">
            <div class="stat stat-main">
                <span class="stat-value">{labels::percent(props.similarity)}</span>
                <span class="stat-label">{"similar"}</span>
                if props.word_match != corroborate_core::WordMatch::default() {
                    <span class="stat-note" data-testid="word-match-note">
                        {format!("word changes: {}", props.word_match.summary())}
                    </span>
                }
            </div>
            <div class="stat">
                <span class="stat-value">
                    {labels::percent(s.verbatim_share_left)}
                    <span class="stat-sep">{" · "}</span>
                    {labels::percent(s.verbatim_share_right)}
                </span>
                <span class="stat-label">{"verbatim shared text, left · right"}</span>
            </div>
            <ul class="counts">
                { count(s.corresponding, "corresponding", "corresponding",
                    "Sentences paired with a counterpart in the other report") }
                { count(s.reworded, "reworded", "reworded", "Pairs whose wording differs") }
                { count(s.moved, "moved", "moved", "Pairs the right report tells in another order") }
                if s.related > 0 {
                    { count(s.related, "related", "related",
                        "Pairs of one sub-topic, told differently: side by side, no word changes marked") }
                }
                { count(s.left_only, "only left", "left-only", "Sentences only the left report has") }
                { count(s.right_only, "only right", "right-only", "Sentences only the right report has") }
            </ul>
        </section>
    }
}
