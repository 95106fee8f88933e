//! The shelf: every report loaded, as cards.

use super::doc_card::DocCard;
use crate::state::{DocId, Loaded, Reading};
use corroborate_core::Side;
use yew::prelude::*;

/// Props of [`Shelf`].
#[derive(Properties, PartialEq)]
pub struct ShelfProps {
    /// The reports, in the order they were added.
    pub docs: Vec<Loaded>,
    /// Reports still being read.
    pub reading: Vec<Reading>,
    /// The report in the left pane.
    pub left: Option<DocId>,
    /// The report in the right pane.
    pub right: Option<DocId>,
    /// A report's remove button was pressed.
    pub on_remove: Callback<DocId>,
}

/// The loaded reports.
#[component]
pub fn Shelf(props: &ShelfProps) -> Html {
    let side = |id| {
        if props.left == Some(id) {
            Some(Side::Left)
        } else if props.right == Some(id) {
            Some(Side::Right)
        } else {
            None
        }
    };
    html! {
        <section class="shelf" aria-label="Reports">
            <h2 class="section-title">
                {"Reports"}<span class="count">{props.docs.len() + props.reading.len()}</span>
            </h2>
            if props.docs.is_empty() && props.reading.is_empty() {
                <p class="shelf-empty">{"No reports yet. Paste one, drop files here, or try the example."}</p>
            } else {
                <div class="doc-grid">
                    { for props.docs.iter().map(|loaded| {
                        let id = loaded.id;
                        html! {
                            <DocCard key={id.0} doc={loaded.doc.clone()} side={side(id)}
                                on_remove={props.on_remove.reform(move |()| id)} />
                        }
                    }) }
                    { for props.reading.iter().map(|reading| html! {
                        <article key={reading.id.0} class="doc-card is-reading" data-testid="doc-reading" aria-busy="true">
                            <h3 class="doc-title">{&reading.name}</h3>
                            <p class="doc-meta"><span class="spinner" aria-hidden="true"></span>{"Reading…"}</p>
                        </article>
                    }) }
                </div>
            }
        </section>
    }
}
