//! Contradictions: the same slot given different values by the two reports, each with the two
//! sentences that say it, and the reader's "not a contradiction".

use super::excerpt::Excerpt;
use crate::page::shared::Shared;
use corroborate_core::{Conflict, ConflictKey, Document};
use yew::prelude::*;

/// Props of [`ConflictList`].
#[derive(Properties, PartialEq)]
pub struct ConflictListProps {
    /// The contradictions of the pair.
    pub conflicts: Vec<Conflict>,
    /// The left report, for the sentences.
    pub left: Shared<Document>,
    /// The right report.
    pub right: Shared<Document>,
    /// Contradictions of this pair the reader set aside.
    pub set_aside: Vec<ConflictKey>,
    /// The contradiction last jumped to.
    pub current: Option<usize>,
    /// A contradiction was picked.
    pub on_jump: Callback<usize>,
    /// "Next" was pressed.
    pub on_next: Callback<()>,
    /// "Not a contradiction" was pressed for this contradiction.
    pub on_set_aside: Callback<usize>,
    /// "Undo" was pressed for a contradiction set aside.
    pub on_restore: Callback<ConflictKey>,
}

/// "Left: Sunday — Right: Monday (the Paris meeting)", one per contradiction, each a button
/// that scrolls both sentences into view, with the two sentences quoted below it; then the
/// contradictions the reader set aside, each with an undo.
#[component]
pub fn ConflictList(props: &ConflictListProps) -> Html {
    if props.conflicts.is_empty() && props.set_aside.is_empty() {
        return html! {};
    }
    let on_next = props.on_next.reform(|_: MouseEvent| ());
    html! {
        <section class="conflicts" aria-label="Contradictions">
            <div class="conflicts-head">
                <h3 class="group-title">{"Contradictions"}</h3>
                if !props.conflicts.is_empty() {
                    <button type="button" class="button button-small" data-testid="next-conflict"
                        onclick={on_next} title="Jump to the next contradiction (key: n)">
                        {"Next "}<kbd>{"n"}</kbd>
                    </button>
                }
            </div>
            <ul class="conflict-items">
                { for props.conflicts.iter().enumerate().map(|(i, c)| {
                    let onclick = props.on_jump.reform(move |_: MouseEvent| i);
                    let set_aside = props.on_set_aside.reform(move |_: MouseEvent| i);
                    let current = props.current == Some(i);
                    html! {
                        <li class="conflict-entry" data-testid="conflict-entry">
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
                            <div class="conflict-sentences" data-testid="conflict-sentences">
                                <Excerpt side="L" doc={props.left.clone()} sentence={c.left_sentence}
                                    mark={c.left_span.clone()} />
                                <Excerpt side="R" doc={props.right.clone()} sentence={c.right_sentence}
                                    mark={c.right_span.clone()} />
                            </div>
                            <button type="button" class="link-button set-aside" data-testid="set-aside-conflict"
                                onclick={set_aside}
                                title="These values are about different things: list them as what each report alone says, here and in the exports">
                                {"Not a contradiction"}
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if !props.set_aside.is_empty() {
                <div class="set-aside-list" data-testid="set-aside">
                    <p class="set-aside-title">{format!("Set aside by you ({})", props.set_aside.len())}</p>
                    <ul>
                        { for props.set_aside.iter().map(|key| {
                            let restore = {
                                let key = key.clone();
                                props.on_restore.reform(move |_: MouseEvent| key.clone())
                            };
                            html! {
                                <li>
                                    <span>{format!("{} / {}", key.left, key.right)}</span>
                                    if !key.about.is_empty() {
                                        <span class="conflict-about">{format!(" ({})", key.about)}</span>
                                    }
                                    {" "}
                                    <button type="button" class="link-button" data-testid="restore-conflict"
                                        onclick={restore}>{"Undo"}</button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
        </section>
    }
}
