//! The page's effects: running comparisons and the matrix when their inputs change, scrolling
//! to a contradiction, and keyboard shortcuts. Each hook reads the state and reports back
//! through actions.

use crate::dom;
use crate::engine::{compare_pair, run_matrix};
use crate::shared::Shared;
use crate::state::{Action, AppState};
use crate::timing;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// Compare the chosen pair whenever it changes and no result for it is in the state.
///
/// The work happens in an effect, after the page has rendered, and its result comes back as
/// an action: the shape a Web Worker needs too.
#[hook]
pub fn use_comparison(state: &UseReducerHandle<AppState>) {
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
            let options = options.clone();
            // Outside the render cycle (as a worker's answer would arrive), so the render of the
            // result starts a scheduler run of its own and the render measure times only it.
            yew::platform::spawn_local(async move {
                let result = compare_pair((l, &left), (r, &right), &options);
                timing::mark_start("corroborate:render");
                dispatcher.dispatch(Action::ComparisonReady(Shared::new(result)));
            });
        }
    });
}

/// Build the fact × source matrix once asked for, and again whenever the shelf changes while
/// it holds three or more reports.
#[hook]
pub fn use_matrix(state: &UseReducerHandle<AppState>) {
    let wanted = state.matrix_wanted && state.docs.len() >= 3 && state.current_matrix().is_none();
    let key = wanted.then(|| state.doc_ids());
    let docs: Vec<_> = state.docs.iter().map(|l| l.doc.clone()).collect();
    let dispatcher = state.dispatcher();
    use_effect_with(key, move |key| {
        if let Some(ids) = key.clone() {
            yew::platform::spawn_local(async move {
                let docs: Vec<_> = docs.iter().map(|d| (**d).clone()).collect();
                let result = run_matrix(ids, &docs);
                dispatcher.dispatch(Action::MatrixReady(Shared::new(result)));
            });
        }
    });
}

/// Scroll both sentences of the contradiction jumped to into view.
#[hook]
pub fn use_conflict_jumps(state: &UseReducerHandle<AppState>) {
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
pub fn use_shortcuts(dispatcher: UseReducerDispatcher<AppState>) {
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
