//! Choose which two reports to compare, and swap them.

use crate::page::state::Loaded;
use crate::protocol::DocId;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`PairPicker`].
#[derive(Properties, PartialEq)]
pub struct PairPickerProps {
    /// The reports to choose from.
    pub docs: Vec<Loaded>,
    /// The report in the left pane.
    pub left: Option<DocId>,
    /// The report in the right pane.
    pub right: Option<DocId>,
    /// A report was chosen for the left pane.
    pub on_left: Callback<DocId>,
    /// A report was chosen for the right pane.
    pub on_right: Callback<DocId>,
    /// Step to the previous (-1) or next (+1) pair of the shelf.
    pub on_step: Callback<i32>,
    /// Swap was pressed.
    pub on_swap: Callback<()>,
}

/// Two selects (left, right), a swap button, and with three or more reports, buttons that
/// step through every pair.
#[component]
pub fn PairPicker(props: &PairPickerProps) -> Html {
    let select = |label: &str, testid: &str, chosen: Option<DocId>, on: &Callback<DocId>| {
        let on = on.clone();
        let onchange = Callback::from(move |event: Event| {
            let chosen = event
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|s| s.value().parse().ok());
            if let Some(id) = chosen {
                on.emit(DocId(id));
            }
        });
        html! {
            <label class="pair-field">
                <span class="pair-label">{label}</span>
                <select data-testid={testid.to_string()} {onchange}>
                    { for props.docs.iter().map(|l| html! {
                        <option value={l.id.0.to_string()} selected={chosen == Some(l.id)}>
                            {format!("{} — {}", l.title(), l.doc.name)}
                        </option>
                    }) }
                </select>
            </label>
        }
    };
    let onclick = props.on_swap.reform(|_: MouseEvent| ());
    html! {
        <div class="pair-picker" role="group" aria-label="Reports to compare">
            { select("Left", "pick-left", props.left, &props.on_left) }
            <button type="button" class="button swap" data-testid="swap" {onclick}
                title="Swap left and right">
                <span aria-hidden="true">{"⇄ "}</span>{"Swap"}
            </button>
            { select("Right", "pick-right", props.right, &props.on_right) }
            if props.docs.len() >= 3 {
                <div class="pair-steps" role="group" aria-label="Step through every pair">
                    <button type="button" class="button" data-testid="prev-pair" title="Previous pair (key: [)"
                        onclick={props.on_step.reform(|_: MouseEvent| -1)}>
                        <span aria-hidden="true">{"← "}</span>{"Previous pair"}</button>
                    <button type="button" class="button" data-testid="next-pair" title="Next pair (key: ])"
                        onclick={props.on_step.reform(|_: MouseEvent| 1)}>
                        {"Next pair"}<span aria-hidden="true">{" →"}</span></button>
                </div>
            }
        </div>
    }
}
