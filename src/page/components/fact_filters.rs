//! Toggles that show or hide facts by status and by kind.

use crate::page::state::FactFilter;
use corroborate_core::{Fact, FactKind, FactStatus};
use corroborate_present::labels::{self, KINDS, STATUSES};
use yew::prelude::*;

/// Props of [`FactFilters`].
#[derive(Properties, PartialEq)]
pub struct FactFiltersProps {
    /// What is hidden now.
    pub filter: FactFilter,
    /// How many facts of each status (in [`STATUSES`] order).
    pub status_counts: [usize; 4],
    /// How many facts of each kind (in [`KINDS`] order).
    pub kind_counts: [usize; 6],
    /// A status was toggled.
    pub on_status: Callback<FactStatus>,
    /// A kind was toggled.
    pub on_kind: Callback<FactKind>,
}

impl FactFiltersProps {
    /// Count facts by status and by kind.
    pub fn counts(facts: &[Fact]) -> ([usize; 4], [usize; 6]) {
        let mut statuses = [0; 4];
        let mut kinds = [0; 6];
        for fact in facts {
            if let Some(i) = STATUSES.iter().position(|s| *s == fact.status) {
                statuses[i] += 1;
            }
            if let Some(i) = KINDS.iter().position(|k| *k == fact.kind) {
                kinds[i] += 1;
            }
        }
        (statuses, kinds)
    }
}

/// Two rows of toggle buttons; a pressed button means "shown".
#[component]
pub fn FactFilters(props: &FactFiltersProps) -> Html {
    let statuses = STATUSES
        .iter()
        .zip(props.status_counts)
        .map(|(&status, n)| {
            let shown = !props.filter.hidden_statuses.contains(&status);
            let onclick = props.on_status.reform(move |_: MouseEvent| status);
            html! {
                <button type="button" {onclick} aria-pressed={shown.to_string()}
                    class={classes!("chip", format!("st-{}", labels::status_class(status)))}>
                    <span class="chip-icon" aria-hidden="true">{labels::status_icon(status)}</span>
                    {labels::status_label(status)}<span class="chip-count">{n}</span>
                </button>
            }
        });
    let kinds = KINDS.iter().zip(props.kind_counts).filter(|(_, n)| *n > 0).map(|(&kind, n)| {
        let shown = !props.filter.hidden_kinds.contains(&kind);
        let onclick = props.on_kind.reform(move |_: MouseEvent| kind);
        html! {
            <button type="button" class="chip chip-kind" {onclick} aria-pressed={shown.to_string()}>
                {labels::kind_label(kind)}<span class="chip-count">{n}</span>
            </button>
        }
    });
    html! {
        <div class="fact-filters">
            <div class="chip-row" role="group" aria-label="Show facts by status">{ for statuses }</div>
            <div class="chip-row" role="group" aria-label="Show facts by kind">{ for kinds }</div>
        </div>
    }
}
