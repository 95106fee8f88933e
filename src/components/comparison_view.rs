//! The two panes side by side, with clicks and hovers handled once for all sentences.

use super::pane::Pane;
use crate::dom;
use crate::engine::ComparisonResult;
use crate::shared::Shared;
use crate::timing;
use corroborate_core::{Document, Side};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// Props of [`ComparisonView`].
#[derive(Properties, PartialEq)]
pub struct ComparisonViewProps {
    /// The comparison to show.
    pub result: Shared<ComparisonResult>,
    /// The left report.
    pub left: Shared<Document>,
    /// The right report.
    pub right: Shared<Document>,
    /// Extra classes on the container (which fact highlights the filters hide).
    #[prop_or_default]
    pub class: Classes,
    /// A fact mention was clicked.
    pub on_focus_fact: Callback<Option<usize>>,
    /// The pointer entered or left a fact mention.
    pub on_hover_fact: Callback<Option<usize>>,
}

/// Both panes on shared rows, so corresponding sentences line up whatever their length.
///
/// Clicking a sentence scrolls its counterpart into view and flashes it; clicking a fact
/// mention also picks that fact. One listener on the container serves every sentence.
#[component]
pub fn ComparisonView(props: &ComparisonViewProps) -> Html {
    // The render measure ends here: effects run once the comparison is in the page.
    use_effect_with(props.result.clone(), |_| {
        timing::measure_since("corroborate:render");
    });
    let onclick = {
        let on_focus_fact = props.on_focus_fact.clone();
        Callback::from(move |event: MouseEvent| {
            let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            if let Some(fact) = fact_of(&target) {
                on_focus_fact.emit(Some(fact));
            }
            let Some(cell) = target.closest(".cell[data-row]").ok().flatten() else {
                return;
            };
            let (Some(row), Some(side)) = (
                cell.get_attribute("data-row"),
                cell.get_attribute("data-side"),
            ) else {
                return;
            };
            let other = if side == "left" { "right" } else { "left" };
            if let Some(counterpart) = dom::by_id(&format!("row-{row}-{other}")) {
                dom::reveal(&counterpart);
            }
        })
    };
    let onmouseover = {
        let on_hover_fact = props.on_hover_fact.clone();
        Callback::from(move |event: MouseEvent| {
            let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
            on_hover_fact.emit(target.as_ref().and_then(fact_of));
        })
    };
    let onmouseleave = props.on_hover_fact.reform(|_: MouseEvent| None);
    html! {
        <section class={classes!("comparison", props.class.clone())} data-testid="comparison"
            aria-label="Side-by-side comparison"
            aria-busy={props.class.contains("is-stale").to_string()} {onclick} {onmouseover} {onmouseleave}>
            <Pane side={Side::Left} result={props.result.clone()} doc={props.left.clone()} />
            <Pane side={Side::Right} result={props.result.clone()} doc={props.right.clone()} />
        </section>
    }
}

/// The innermost fact mentioned at an element, from the nearest `data-fact` list.
fn fact_of(element: &Element) -> Option<usize> {
    let mention = element.closest("[data-fact]").ok()??;
    mention
        .get_attribute("data-fact")?
        .split(' ')
        .next_back()?
        .parse()
        .ok()
}
