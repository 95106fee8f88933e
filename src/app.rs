//! The root component: holds the state, runs comparisons when the pair changes, and lays out
//! the page.

use crate::components::{
    comparison_view::ComparisonView,
    drop_zone::DropZone,
    empty_state::EmptyState,
    fact_matrix::FactMatrix,
    facts_panel::FactsPanel,
    header::Header,
    legend::Legend,
    message_list::MessageList,
    pair_picker::PairPicker,
    paste_box::PasteBox,
    shelf::Shelf,
    summary_bar::{SummaryBar, SummaryBarProps},
};
use crate::engine::{compare_pair, run_matrix};
use crate::labels::{self, KINDS, STATUSES};
use crate::shared::Shared;
use crate::state::{Action, AppState, Layer};
use crate::{dom, timing};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{File, KeyboardEvent};
use yew::prelude::*;

/// The Corroborate page.
#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let dispatcher = state.dispatcher();

    use_comparison(&state);
    use_matrix(&state);
    use_conflict_jumps(&state);
    use_shortcuts(dispatcher.clone());

    let on_files = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |files: Vec<File>| {
            let dispatcher = dispatcher.clone();
            dom::read_files(files, move |action| dispatcher.dispatch(action));
        })
    };
    let on_example = act(&dispatcher, |()| Action::LoadExample);
    let on_text = act(&dispatcher, Action::AddText);
    let on_focus = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |fact: usize| {
            dispatcher.dispatch(Action::FocusFact(Some(fact)));
            if let Some(first) = dom::first(&format!(".comparison [data-fact~=\"{fact}\"]")) {
                dom::reveal(&first);
            }
        })
    };

    let docs = &state.docs;
    let current = state.current_comparison().cloned();
    let pair_docs = state
        .pair()
        .and_then(|(l, r)| Some((state.doc(l)?.clone(), state.doc(r)?.clone())));

    html! {
        <div class="app">
            <DropZone on_files={on_files.clone()} on_text={on_text.clone()} />
            <Header on_example={on_example.clone()} on_files={on_files} />
            <main class="main">
                <MessageList messages={state.messages.clone()} on_dismiss={act(&dispatcher, Action::Dismiss)} />
                <div class={classes!("intake", docs.is_empty().then_some("is-empty"))}>
                    <Shelf docs={docs.clone()} left={state.left} right={state.right}
                        on_remove={act(&dispatcher, Action::Remove)} />
                    <PasteBox on_add={on_text} prominent={docs.is_empty()} />
                </div>
                if docs.len() >= 2 {
                    <PairPicker docs={docs.clone()} left={state.left} right={state.right}
                        on_left={act(&dispatcher, Action::SetLeft)} on_right={act(&dispatcher, Action::SetRight)}
                        on_swap={act(&dispatcher, |()| Action::Swap)} />
                }
                { match (current, pair_docs) {
                    (Some(result), Some((left, right))) => html! {
                        <>
                            <SummaryBar ..SummaryBarProps::of(&result.comparison) />
                            <Legend hidden={state.hidden_layers.clone()}
                                on_toggle={act(&dispatcher, Action::ToggleLayer)}
                                has_conflicts={!result.comparison.conflicts.is_empty()} />
                            <style>{ highlight_css(state.hovered_fact.or(state.focused_fact)) }</style>
                            <div class="workspace">
                                <ComparisonView result={result.clone()} {left} {right}
                                    class={filter_classes(&state)}
                                    on_focus_fact={act(&dispatcher, Action::FocusFact)}
                                    on_hover_fact={act(&dispatcher, Action::HoverFact)} />
                                <FactsPanel comparison={result} filter={state.fact_filter.clone()}
                                    focused={state.focused_fact}
                                    current_conflict={state.conflict_cursor.map(|(i, _)| i)}
                                    on_status={act(&dispatcher, Action::ToggleStatus)} on_kind={act(&dispatcher, Action::ToggleKind)}
                                    on_focus={on_focus} on_hover={act(&dispatcher, Action::HoverFact)}
                                    on_conflict={act(&dispatcher, Action::JumpToConflict)}
                                    on_next_conflict={act(&dispatcher, |()| Action::NextConflict)} />
                            </div>
                        </>
                    },
                    (None, Some(_)) => html! { <p class="comparing" role="status">{"Comparing…"}</p> },
                    _ => html! { <EmptyState loaded={docs.len()} {on_example} /> },
                } }
                if docs.len() >= 3 {
                    <FactMatrix result={state.current_matrix().cloned()}
                        titles={docs.iter().map(|l| l.doc.title().to_string()).collect::<Vec<_>>()}
                        pending={state.matrix_wanted}
                        on_show={act(&dispatcher, |()| Action::WantMatrix)} />
                }
            </main>
            <footer class="site-footer">
                {"Corroborate runs entirely in your browser. Reports you add never leave this computer."}
            </footer>
        </div>
    }
}

/// A callback that dispatches the action `f` makes of its value.
fn act<T: 'static>(dispatcher: &UseReducerDispatcher<AppState>, f: fn(T) -> Action) -> Callback<T> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |value| dispatcher.dispatch(f(value)))
}

/// Compare the chosen pair whenever it changes and no result for it is in the state.
///
/// The work happens in an effect, after the page has rendered, and its result comes back as
/// an action: the shape a Web Worker needs too.
#[hook]
fn use_comparison(state: &UseReducerHandle<AppState>) {
    let request = match (state.pair(), state.current_comparison()) {
        (Some((l, r)), None) => Some(((l, state.doc(l).cloned()), (r, state.doc(r).cloned()))),
        _ => None,
    };
    let key = request
        .as_ref()
        .map(|((l, _), (r, _))| (*l, *r, state.options.clone()));
    let dispatcher = state.dispatcher();
    use_effect_with(key, move |key| {
        if let (Some(((l, Some(left)), (r, Some(right)))), Some((_, _, options))) = (request, key) {
            let result = compare_pair((l, &left), (r, &right), options);
            timing::mark_start("corroborate:render");
            dispatcher.dispatch(Action::ComparisonReady(Shared::new(result)));
        }
    });
}

/// Build the fact × source matrix once asked for, and again whenever the shelf changes while
/// it holds three or more reports.
#[hook]
fn use_matrix(state: &UseReducerHandle<AppState>) {
    let wanted = state.matrix_wanted && state.docs.len() >= 3 && state.current_matrix().is_none();
    let key = wanted.then(|| state.doc_ids());
    let docs: Vec<_> = state.docs.iter().map(|l| l.doc.clone()).collect();
    let dispatcher = state.dispatcher();
    use_effect_with(key, move |key| {
        if let Some(ids) = key {
            let docs: Vec<_> = docs.iter().map(|d| (**d).clone()).collect();
            let result = run_matrix(ids.clone(), &docs);
            dispatcher.dispatch(Action::MatrixReady(Shared::new(result)));
        }
    });
}

/// Scroll both sentences of the contradiction jumped to into view.
#[hook]
fn use_conflict_jumps(state: &UseReducerHandle<AppState>) {
    let target = state.conflict_cursor.and_then(|(i, jumps)| {
        let conflict = state
            .current_comparison()?
            .comparison
            .conflicts
            .get(i)?
            .clone();
        Some((jumps, conflict.left_sentence, conflict.right_sentence))
    });
    use_effect_with(target, |target| {
        if let Some((_, left, right)) = *target {
            if let Some(element) = dom::by_id(&format!("L{left}")) {
                dom::reveal(&element);
            }
            if let Some(element) = dom::by_id(&format!("R{right}")) {
                dom::flash(&element);
            }
        }
    });
}

/// Keyboard shortcuts: `n` jumps to the next contradiction, Escape clears the picked fact.
/// Keys typed into a field are left alone.
#[hook]
fn use_shortcuts(dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                EventListener::new(&document, "keydown", move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    let typing = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|e| {
                            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        });
                    if typing || event.ctrl_key() || event.meta_key() || event.alt_key() {
                        return;
                    }
                    match event.key().as_str() {
                        "n" => dispatcher.dispatch(Action::NextConflict),
                        "Escape" => dispatcher.dispatch(Action::FocusFact(None)),
                        _ => {}
                    }
                })
            });
        move || drop(listener)
    });
}

/// CSS that lights every mention of one fact in both panes.
fn highlight_css(fact: Option<usize>) -> String {
    fact.map(|f| format!(".comparison [data-fact~=\"{f}\"] {{ background: var(--focus-bg); box-shadow: 0 0 0 2px var(--focus-ring); border-radius: 2px; }}"))
        .unwrap_or_default()
}

/// Classes telling the panes which fact highlights the filters hide.
fn filter_classes(state: &AppState) -> Classes {
    let filter = &state.fact_filter;
    let mut classes = Classes::new();
    for (layer, class) in [
        (Layer::Changes, "hide-changes"),
        (Layer::Verbatim, "hide-verbatim"),
        (Layer::Facts, "hide-facts"),
    ] {
        if state.hidden_layers.contains(&layer) {
            classes.push(class);
        }
    }
    for status in STATUSES
        .iter()
        .filter(|s| filter.hidden_statuses.contains(s))
    {
        classes.push(format!("hide-st-{}", labels::status_class(*status)));
    }
    for kind in KINDS.iter().filter(|k| filter.hidden_kinds.contains(k)) {
        classes.push(format!("hide-k-{}", labels::kind_class(*kind)));
    }
    classes
}
