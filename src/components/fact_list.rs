//! The facts of one kind, each with its status and its forms in each report.

use crate::labels;
use corroborate_core::{Fact, FactKind};
use yew::prelude::*;

/// Props of [`FactList`].
#[derive(Properties, PartialEq)]
pub struct FactListProps {
    /// The kind listed.
    pub kind: FactKind,
    /// `(index into Comparison::facts, fact)` of the facts to list.
    pub facts: Vec<(usize, Fact)>,
    /// The picked fact.
    pub focused: Option<usize>,
    /// A fact was clicked.
    pub on_focus: Callback<usize>,
    /// The pointer entered or left a fact.
    pub on_hover: Callback<Option<usize>>,
}

/// A group heading and one button per fact.
#[component]
pub fn FactList(props: &FactListProps) -> Html {
    let onmouseleave = props.on_hover.reform(|_: MouseEvent| None);
    html! {
        <section class="fact-group" aria-label={labels::kind_label(props.kind)}>
            <h3 class="group-title">
                {labels::kind_label(props.kind)}<span class="count">{props.facts.len()}</span>
            </h3>
            <ul class="fact-items" {onmouseleave}>
                { for props.facts.iter().map(|(i, fact)| {
                    let i = *i;
                    let onclick = props.on_focus.reform(move |_: MouseEvent| i);
                    let onmouseenter = props.on_hover.reform(move |_: MouseEvent| Some(i));
                    let status = fact.status;
                    html! {
                        <li key={i}>
                            <button type="button" {onclick} {onmouseenter} data-fact-item={i.to_string()}
                                aria-pressed={(props.focused == Some(i)).to_string()}
                                class={classes!("fact-item", format!("st-{}", labels::status_class(status)))}>
                                <span class="fact-icon" aria-hidden="true">{labels::status_icon(status)}</span>
                                <span class="fact-body">
                                    <span class="fact-label">{&fact.label}</span>
                                    { forms(fact) }
                                    if !fact.note.is_empty() {
                                        <span class="fact-note">{&fact.note}</span>
                                    }
                                </span>
                                <span class="fact-status">{labels::status_label(status)}</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// The spellings each report uses, when they are not simply the label.
fn forms(fact: &Fact) -> Html {
    let same_as_label = |forms: &[String]| forms.iter().all(|f| f == &fact.label);
    if same_as_label(&fact.left) && same_as_label(&fact.right) {
        return html! {};
    }
    let side = |name: &str, forms: &[String]| {
        (!forms.is_empty()).then(|| html! {
            <span class="fact-form"><span class="form-side">{name}</span>{forms.join(" / ")}</span>
        })
    };
    html! {
        <span class="fact-forms">
            { side("L ", &fact.left) }
            { side("R ", &fact.right) }
        </span>
    }
}
