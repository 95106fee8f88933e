//! The facts of the pair, beside the panes: counts, filters, contradictions, then the facts
//! grouped by kind — or, while they are worked out, a line saying so, and for a step that
//! failed on this pair, a note with the details to copy.

use super::conflict_list::ConflictList;
use super::fact_filters::{FactFilters, FactFiltersProps};
use super::fact_list::FactList;
use crate::page::shared::Shared;
use crate::page::state::FactFilter;
use crate::protocol::ComparisonShown;
use corroborate_core::{ConflictKey, Document, FactKind, FactStatus, Step};
use corroborate_present::labels::{self, KINDS, STATUSES};
use yew::prelude::*;

/// Props of [`FactsPanel`].
#[derive(Properties, PartialEq)]
pub struct FactsPanelProps {
    /// The facts and contradictions of the pair.
    pub comparison: crate::page::shared::Shared<crate::protocol::Compared>,
    /// What the filters hide.
    pub filter: FactFilter,
    /// The left report, for the sentences facts and contradictions come from.
    pub left: Shared<Document>,
    /// The right report.
    pub right: Shared<Document>,
    /// Contradictions of this pair the reader set aside.
    pub set_aside: Vec<ConflictKey>,
    /// The picked fact.
    pub focused: Option<usize>,
    /// The contradiction last jumped to.
    pub current_conflict: Option<usize>,
    /// A status filter was toggled.
    pub on_status: Callback<FactStatus>,
    /// A kind filter was toggled.
    pub on_kind: Callback<FactKind>,
    /// A fact was clicked.
    pub on_focus: Callback<usize>,
    /// The pointer entered or left a fact.
    pub on_hover: Callback<Option<usize>>,
    /// A contradiction was picked.
    pub on_conflict: Callback<usize>,
    /// "Next contradiction" was pressed.
    pub on_next_conflict: Callback<()>,
    /// "Not a contradiction" was pressed for this contradiction.
    pub on_set_aside: Callback<usize>,
    /// "Undo" was pressed for a contradiction set aside.
    pub on_restore: Callback<ConflictKey>,
    /// "Copy details" was pressed under a failed step's note: the details to copy.
    #[prop_or_default]
    pub on_copy: Callback<String>,
}

/// The facts panel.
#[component]
pub fn FactsPanel(props: &FactsPanelProps) -> Html {
    let comparison: &ComparisonShown = &props.comparison.comparison;
    let (status_counts, kind_counts) = FactFiltersProps::counts(&comparison.facts);
    let headline: Vec<String> = [
        FactStatus::Shared,
        FactStatus::LeftOnly,
        FactStatus::RightOnly,
        FactStatus::Conflict,
    ]
    .iter()
    .map(|&s| {
        let n = status_counts[STATUSES.iter().position(|x| *x == s).unwrap_or(0)];
        format!("{n} {}", labels::status_label(s))
    })
    .collect();
    let groups =
        KINDS
            .iter()
            .filter(|k| !props.filter.hidden_kinds.contains(k))
            .map(|&kind| {
                // Indices, not copies: a long report has thousands of facts.
                let facts: Vec<usize> = comparison
                    .facts
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.kind == kind && props.filter.shows(f.kind, f.status))
                    .map(|(i, _)| i)
                    .collect();
                (!facts.is_empty()).then(|| html! {
            <FactList key={labels::kind_class(kind)} {kind} {facts} result={props.comparison.clone()} focused={props.focused}
                left={props.left.clone()} right={props.right.clone()}
                on_focus={props.on_focus.clone()} on_hover={props.on_hover.clone()} />
        })
            });
    let pending = props.comparison.partial;
    let facts_failed = comparison.failed.iter().any(|f| f.step == Step::Facts);
    let failures = comparison.failed.iter().map(|failure| {
        let details = failure.details.clone();
        html! {
            <div class="step-failed" role="status" data-testid="step-failed">
                <p class="step-failed-note">{&failure.note}</p>
                <details class="message-details">
                    <summary>{"Details"}</summary>
                    <pre data-testid="step-failed-details">{&failure.details}</pre>
                    <button type="button" class="button button-small" data-testid="copy-step-details"
                        onclick={props.on_copy.reform(move |_: MouseEvent| details.clone())}>
                        {"Copy details for a bug report"}
                    </button>
                </details>
            </div>
        }
    });
    html! {
        // Focusable by script (`f`), so the next Tab goes through the panel's controls.
        <aside class="facts-panel" data-testid="facts" aria-label="Facts" tabindex="-1">
            <header class="facts-head">
                <h2 class="section-title">{"Facts"}</h2>
                if !pending && !facts_failed {
                    <p class="fact-counts" data-testid="fact-counts">{headline.join(" · ")}</p>
                }
            </header>
            { for failures }
            if pending {
                <p class="facts-empty" role="status" data-testid="facts-pending">{"Working out the facts…"}</p>
            } else if facts_failed {
            } else if comparison.facts.is_empty() {
                <p class="facts-empty">{"No facts were found in this pair."}</p>
            } else {
                <FactFilters filter={props.filter.clone()} {status_counts} {kind_counts}
                    on_status={props.on_status.clone()} on_kind={props.on_kind.clone()} />
                <ConflictList conflicts={comparison.conflicts.clone()} current={props.current_conflict}
                    left={props.left.clone()} right={props.right.clone()} set_aside={props.set_aside.clone()}
                    on_jump={props.on_conflict.clone()} on_next={props.on_next_conflict.clone()}
                    on_set_aside={props.on_set_aside.clone()} on_restore={props.on_restore.clone()} />
                <div class="fact-groups">{ for groups.flatten() }</div>
            }
        </aside>
    }
}
