//! Sentences drawn from their styled runs: `<del>`/`<ins>` for changed words, a dotted
//! underline for spelling variants, `<mark class="verbatim">` for shared wire copy, and fact
//! mentions in their status colour.

use corroborate_core::{DiffTag, Side};
use corroborate_present::labels;
use corroborate_present::view_model::Run;
use yew::prelude::*;

/// The id of a sentence's element: `L12` for left sentence 12, `R3` for right sentence 3.
pub fn sentence_id(side: Side, index: usize) -> String {
    match side {
        Side::Left => format!("L{index}"),
        Side::Right => format!("R{index}"),
    }
}

/// The sentences of one side of a row, each from its runs, separated by a space.
pub fn sentences(text: &str, side: Side, indices: &[usize], runs: &[Vec<Run>]) -> Html {
    html! {
        { for indices.iter().enumerate().map(|(n, &index)| html! {
            <>
                if n > 0 { {" "} }
                <span class="sent" id={sentence_id(side, index)}>
                    { for runs.get(index).into_iter().flatten().map(|run| run_html(text, side, run)) }
                </span>
            </>
        }) }
    }
}

fn run_html(text: &str, side: Side, run: &Run) -> Html {
    // Runs come from the engine's byte ranges; a range that does not fall on character
    // boundaries would be an engine bug, and showing nothing beats taking the page down.
    let slice = text.get(run.span.clone()).unwrap_or_default();
    let mut node = html! { {slice} };
    node = match (run.diff, side) {
        (DiffTag::Equal, _) => node,
        (DiffTag::Changed, Side::Left) => html! { <del>{node}</del> },
        (DiffTag::Changed, Side::Right) => html! { <ins>{node}</ins> },
        (DiffTag::Variant, _) => html! {
            <span class="variant" title="spelling variant — not counted as a change">{node}</span>
        },
    };
    if let Some(primary) = run.facts.last() {
        let ids: Vec<String> = run.facts.iter().map(|m| m.fact.to_string()).collect();
        // Status and kind as data attributes with a static class: this runs for every
        // mention, and static class names skip Yew's class-set bookkeeping.
        node = html! {
            <span class="fact" data-st={labels::status_class(primary.status)}
                data-k={labels::kind_class(primary.kind)} data-fact={ids.join(" ")}>
                {node}
            </span>
        };
    }
    if run.verbatim {
        node = html! { <mark class="verbatim">{node}</mark> };
    }
    node
}
