//! The facts of one kind, each with its status and its forms in each report.

use super::excerpt::{sentence_at, Excerpt};
use crate::page::shared::Shared;
use crate::protocol::Compared;
use corroborate_core::{Document, Fact, FactKind};
use corroborate_present::labels;
use yew::prelude::*;

/// Props of [`FactList`].
#[derive(Properties, PartialEq)]
pub struct FactListProps {
    /// The kind listed.
    pub kind: FactKind,
    /// The comparison the facts belong to.
    pub result: Shared<Compared>,
    /// Indices into `Comparison::facts` of the facts to list.
    pub facts: Vec<usize>,
    /// The left report, for the sentences a fact comes from.
    pub left: Shared<Document>,
    /// The right report.
    pub right: Shared<Document>,
    /// The picked fact.
    pub focused: Option<usize>,
    /// A fact was clicked.
    pub on_focus: Callback<usize>,
    /// The pointer entered or left a fact.
    pub on_hover: Callback<Option<usize>>,
}

/// Facts listed per group before "Show all": a long report can carry thousands, and a
/// panel of thousands of buttons would cost more to draw than the comparison itself.
const FIRST_FACTS: usize = 40;

/// Facts listed per group in the panel's first frame, more than a screen shows; the rest up to
/// [`FIRST_FACTS`] follow once it is painted.
const FIRST_SCREEN_FACTS: usize = 8;

/// A group heading and one button per fact (the first few dozen until the reader asks for
/// all; the picked fact is always listed).
#[component]
pub fn FactList(props: &FactListProps) -> Html {
    let expanded = use_state_eq(|| false);
    let painted = crate::page::hooks::use_painted();
    let shown = if painted {
        FIRST_FACTS
    } else {
        FIRST_SCREEN_FACTS
    };
    // The fact under the pointer is this list's own: its sentences float over the list, and
    // only the list re-renders when the pointer moves (the panes are lit through `on_hover`).
    let hovered = use_state_eq(|| None::<usize>);
    let onmouseleave = {
        let (hovered, on_hover) = (hovered.clone(), props.on_hover.clone());
        Callback::from(move |_: MouseEvent| {
            hovered.set(None);
            on_hover.emit(None);
        })
    };
    let total = props.facts.len();
    let all = &props.result.comparison.facts;
    let listed: Vec<(usize, &Fact)> = props
        .facts
        .iter()
        .enumerate()
        .filter(|&(n, &i)| *expanded || n < shown || props.focused == Some(i))
        .filter_map(|(_, &i)| Some((i, all.get(i)?)))
        .collect();
    let hidden = total - listed.len();
    let show_all = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(true))
    };
    html! {
        <section class="fact-group" aria-label={labels::kind_label(props.kind)}>
            <h3 class="group-title">
                {labels::kind_label(props.kind)}<span class="count">{props.facts.len()}</span>
            </h3>
            <ul class="fact-items" {onmouseleave}>
                { for listed.into_iter().map(|(i, fact)| {
                    let onclick = props.on_focus.reform(move |_: MouseEvent| i);
                    let onmouseenter = {
                        let (hovered, on_hover) = (hovered.clone(), props.on_hover.clone());
                        Callback::from(move |_: MouseEvent| {
                            hovered.set(Some(i));
                            on_hover.emit(Some(i));
                        })
                    };
                    let status = fact.status;
                    html! {
                        <li key={i}>
                            <button type="button" {onclick} {onmouseenter} data-fact-item={i.to_string()}
                                aria-pressed={(props.focused == Some(i)).to_string()}
                                class={classes!("fact-item", format!("st-{}", labels::status_class(status)))}>
                                <span class="fact-icon" aria-hidden="true">{labels::status_icon(status)}</span>
                                <span class="fact-body">
                                    <span class="fact-label" dir="auto">{&fact.label}</span>
                                    { forms(fact) }
                                    if !fact.note.is_empty() {
                                        <span class="fact-note">{&fact.note}</span>
                                    }
                                </span>
                                <span class="fact-status">{labels::status_label(status)}</span>
                            </button>
                            // The picked fact's sentences stay in the list; the hovered
                            // one's float over it, so the list under the pointer does not move.
                            if props.focused == Some(i) {
                                { trace(fact, &props.left, &props.right, false) }
                            } else if *hovered == Some(i) {
                                { trace(fact, &props.left, &props.right, true) }
                            }
                        </li>
                    }
                }) }
            </ul>
            if hidden > 0 {
                <button type="button" class="link-button show-all" data-testid="show-all-facts" onclick={show_all}>
                    {format!("Show all {total} {}", labels::kind_label(props.kind).to_lowercase())}
                </button>
            }
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

/// Where the fact comes from: the sentence of its first mention in each report.
fn trace(fact: &Fact, left: &Shared<Document>, right: &Shared<Document>, floating: bool) -> Html {
    let excerpt = |side: &'static str, doc: &Shared<Document>, spans: &[std::ops::Range<usize>]| {
        let span = spans.first()?;
        let sentence = sentence_at(doc, span.start)?;
        Some(html! {
            <Excerpt {side} doc={doc.clone()} {sentence} mark={Some(span.clone())} />
        })
    };
    html! {
        <div class={classes!("fact-trace", floating.then_some("is-floating"))} data-testid="fact-trace">
            { excerpt("L", left, &fact.left_spans) }
            { excerpt("R", right, &fact.right_spans) }
        </div>
    }
}
