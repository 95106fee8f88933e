//! One report on the shelf.

use crate::labels;
use crate::shared::Shared;
use corroborate_core::{Document, Side};
use yew::prelude::*;

/// Props of [`DocCard`].
#[derive(Properties, PartialEq)]
pub struct DocCardProps {
    /// The report.
    pub doc: Shared<Document>,
    /// The pane it is shown in, if any.
    pub side: Option<Side>,
    /// The remove button was pressed.
    pub on_remove: Callback<()>,
}

/// A card: title (first non-empty line), file name, word count and format, remove button.
#[component]
pub fn DocCard(props: &DocCardProps) -> Html {
    let doc = &props.doc;
    let (side_class, side_label) = match props.side {
        Some(Side::Left) => ("is-left", "Left"),
        Some(Side::Right) => ("is-right", "Right"),
        None => ("", ""),
    };
    let onclick = props.on_remove.reform(|_: MouseEvent| ());
    html! {
        <article class={classes!("doc-card", side_class)} data-testid="doc">
            <div class="doc-card-top">
                if props.side.is_some() {
                    <span class="side-badge">{side_label}</span>
                } else {
                    <span class="side-badge is-idle">{"Not shown"}</span>
                }
                <button type="button" class="icon-button" {onclick}
                    aria-label={format!("Remove {}", doc.name)} title="Remove">
                    {"×"}
                </button>
            </div>
            <h3 class="doc-title" title={doc.title().to_string()}>{doc.title()}</h3>
            <p class="doc-meta">
                <span class="doc-name">{&doc.name}</span>
                <span>{labels::count(doc.word_count(), "word", "words")}</span>
                <span>{doc.source.format.label()}</span>
            </p>
        </article>
    }
}
