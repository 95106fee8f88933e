//! What the comparison area says before there are two reports to compare.

use yew::prelude::*;

/// Props of [`EmptyState`].
#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    /// How many reports are loaded (0 or 1).
    pub loaded: usize,
    /// "Try an example" was pressed.
    pub on_example: Callback<()>,
}

/// A short guide: what the page does and how to start.
#[component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let onclick = props.on_example.reform(|_: MouseEvent| ());
    let lead = if props.loaded == 0 {
        "Add two reports of the same event to see them side by side."
    } else {
        "Add one more report to compare it with the first."
    };
    html! {
        <section class="empty-state" aria-label="Getting started">
            <p class="empty-lead">{lead}</p>
            <ol class="steps">
                <li><strong>{"Sentences lined up."}</strong>
                    {" Corresponding sentences sit on the same row, even when a report tells them in another order."}</li>
                <li><strong>{"Every changed word."}</strong>
                    {" Deleted words are struck on the left, inserted ones marked on the right; shared wire copy is highlighted."}</li>
                <li><strong>{"Facts checked."}</strong>
                    {" People, places, dates and numbers: corroborated, single-sourced or contradicted."}</li>
            </ol>
            <p class="empty-actions">
                <button type="button" class="button button-primary" {onclick}>{"Load the three example reports"}</button>
                <span class="hint">{"Everything stays in your browser: nothing is uploaded."}</span>
            </p>
        </section>
    }
}
