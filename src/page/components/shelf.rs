//! The shelf: every report loaded, as cards, with the shelf-wide actions.

use super::doc_card::DocCard;
use crate::page::state::{Loaded, Reading};
use crate::protocol::DocId;
use corroborate_core::Side;
use yew::prelude::*;

/// Props of [`Shelf`].
#[derive(Properties, PartialEq)]
pub struct ShelfProps {
    /// The read reports, in shelf order.
    pub docs: Vec<Loaded>,
    /// Reports still being read.
    pub reading: Vec<Reading>,
    /// The engine that reads them could not start: they wait for it rather than being read.
    #[prop_or_default]
    pub engine_down: bool,
    /// The report in the left pane.
    pub left: Option<DocId>,
    /// The report in the right pane.
    pub right: Option<DocId>,
    /// A report's remove button was pressed.
    pub on_remove: Callback<DocId>,
    /// A report was given a new title.
    pub on_rename: Callback<(DocId, String)>,
    /// A report was moved along the shelf.
    pub on_move: Callback<(DocId, i32)>,
    /// "Clear all" was confirmed.
    pub on_clear: Callback<()>,
}

/// The loaded reports. "Clear all" asks once before it acts (and can be undone after). With
/// two or more reports the cards fold into one compact row (title, side, actions), so the
/// comparison starts in the first screen; "Show details" unfolds them.
#[component]
pub fn Shelf(props: &ShelfProps) -> Html {
    let confirming = use_state_eq(|| false);
    let expanded = use_state_eq(|| false);
    let compact = props.docs.len() >= 2 && !*expanded;
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let side = |id| {
        if props.left == Some(id) {
            Some(Side::Left)
        } else if props.right == Some(id) {
            Some(Side::Right)
        } else {
            None
        }
    };
    let count = props.docs.len() + props.reading.len();
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let clear = {
        let (confirming, on_clear) = (confirming.clone(), props.on_clear.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            on_clear.emit(());
        })
    };
    let last = props.docs.len().saturating_sub(1);
    html! {
        <section class={classes!("shelf", compact.then_some("is-compact"))} aria-label="Reports">
            <div class="shelf-head">
                <h2 class="section-title">{"Reports"}<span class="count">{count}</span></h2>
                if props.docs.len() >= 2 {
                    <button type="button" class="link-button shelf-toggle" data-testid="shelf-toggle"
                        aria-expanded={(!compact).to_string()} onclick={toggle}>
                        {if compact { "Show details" } else { "Compact view" }}
                    </button>
                }
                if !props.docs.is_empty() {
                    if *confirming {
                        <span class="confirm" role="group" aria-label="Confirm clearing the shelf">
                            <span>{format!("Remove all {} reports?", props.docs.len())}</span>
                            <button type="button" class="button button-small button-danger" data-testid="clear-confirm" onclick={clear}>{"Remove all"}</button>
                            <button type="button" class="button button-small" onclick={cancel}>{"Cancel"}</button>
                        </span>
                    } else {
                        <button type="button" class="link-button" data-testid="clear-all" onclick={ask}>{"Clear all"}</button>
                    }
                }
            </div>
            if count == 0 {
                <p class="shelf-empty">{"No reports yet. Paste one, drop files here, or try the example."}</p>
            } else {
                <div class="doc-grid">
                    { for props.docs.iter().enumerate().map(|(at, loaded)| {
                        let id = loaded.id;
                        html! {
                            <DocCard key={id.0} loaded={loaded.clone()} side={side(id)}
                                first={at == 0} last={at == last}
                                on_remove={props.on_remove.reform(move |()| id)}
                                on_rename={props.on_rename.reform(move |title| (id, title))}
                                on_move={props.on_move.reform(move |by| (id, by))} />
                        }
                    }) }
                    { for props.reading.iter().map(|reading| html! {
                        <article key={reading.id.0} class="doc-card is-reading" data-testid="doc-reading" aria-busy={(!props.engine_down).to_string()}>
                            <h3 class="doc-title">{&reading.name}</h3>
                            if props.engine_down {
                                <p class="doc-meta">{"Waiting for the engine"}</p>
                            } else {
                                <p class="doc-meta"><span class="spinner" aria-hidden="true"></span>{"Reading…"}</p>
                            }
                        </article>
                    }) }
                </div>
            }
        </section>
    }
}
