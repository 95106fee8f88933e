//! Contradictions: the same slot given different values by the two reports.

use corroborate_core::Conflict;
use yew::prelude::*;

/// Props of [`ConflictList`].
#[derive(Properties, PartialEq)]
pub struct ConflictListProps {
    /// The contradictions of the pair.
    pub conflicts: Vec<Conflict>,
    /// The contradiction last jumped to.
    pub current: Option<usize>,
    /// A contradiction was picked.
    pub on_jump: Callback<usize>,
    /// "Next" was pressed.
    pub on_next: Callback<()>,
}

/// "Left: Sunday — Right: Monday (the Paris meeting)", one per contradiction, each a button
/// that scrolls both sentences into view.
#[component]
pub fn ConflictList(props: &ConflictListProps) -> Html {
    if props.conflicts.is_empty() {
        return html! {};
    }
    let on_next = props.on_next.reform(|_: MouseEvent| ());
    html! {
        <section class="conflicts" aria-label="Contradictions">
            <div class="conflicts-head">
                <h3 class="group-title">{"Contradictions"}</h3>
                <button type="button" class="button button-small" data-testid="next-conflict"
                    onclick={on_next} title="Jump to the next contradiction (key: n)">
                    {"Next "}<kbd>{"n"}</kbd>
                </button>
            </div>
            <ul class="conflict-items">
                { for props.conflicts.iter().enumerate().map(|(i, c)| {
                    let onclick = props.on_jump.reform(move |_: MouseEvent| i);
                    let current = props.current == Some(i);
                    html! {
                        <li>
                            <button type="button" {onclick} data-testid="conflict"
                                class={classes!("conflict", current.then_some("is-current"))}>
                                <span class="conflict-icon" aria-hidden="true">{"≠"}</span>
                                <span>
                                    <span class="conflict-side">{"Left: "}</span><strong>{&c.left}</strong>
                                    {" — "}
                                    <span class="conflict-side">{"Right: "}</span><strong>{&c.right}</strong>
                                    if !c.about.is_empty() {
                                        <span class="conflict-about">{format!(" ({})", c.about)}</span>
                                    }
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
