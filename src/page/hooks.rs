//! The page's effects: keeping the engine worker busy with what the state wants, the colour
//! scheme, and keyboard shortcuts. Each hook reads the state and reports back through actions;
//! the shortcuts run the page's [`Commands`].

use crate::page::commands::Commands;
use crate::page::dom;
use crate::page::engine_host::EngineHost;
use crate::page::shared::Shared;
use crate::page::shortcuts::Shortcut;
use crate::page::state::{Action, AppState, Reading, Theme, MAX_RESTARTS};
use crate::protocol::{ExportKind, Response};
use gloo_events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// Start the engine worker and keep it busy with what the state wants: reports to read, the
/// chosen pair to compare, the matrix; its answers come back as actions. When it crashes, a
/// fresh one takes over the reports the page holds (at most a few times a session, so a
/// worker that cannot start does not restart forever).
#[hook]
pub fn use_engine(state: &UseReducerHandle<AppState>) -> Rc<EngineHost> {
    let dispatcher = state.dispatcher();
    let host = use_memo((), move |_| {
        EngineHost::start(Callback::from(move |response| {
            if let Response::Exported {
                kind,
                file_name,
                mime,
                content,
            } = response
            {
                deliver(kind, &file_name, &mime, content, dispatcher.clone());
            } else if let Some(action) = action_for(response) {
                dispatcher.dispatch(action);
            }
        }))
    });

    let reading: Vec<Reading> = state.reading.clone();
    let docs = state.docs.clone();
    let restarted = use_mut_ref(|| 0u32);
    {
        let host = host.clone();
        let crashes = state.engine.crashes;
        let shelf = (
            state.doc_ids(),
            reading.iter().map(|r| r.id).collect::<Vec<_>>(),
        );
        use_effect_with((shelf, crashes), move |(_, crashes)| {
            let mut restarted = restarted.borrow_mut();
            if *crashes > *restarted && *crashes <= MAX_RESTARTS {
                *restarted = *crashes;
                host.restart();
            }
            host.take_over(&docs, &reading);
        });
    }
    {
        let host = host.clone();
        use_effect_with(state.wanted_comparison(), move |wanted| {
            if let Some((left, right, options)) = wanted {
                host.compare(*left, *right, options);
            }
        });
    }
    // The similarity map of three or more reports, worked out again when the shelf or the
    // settings change (after the chosen pair, which was asked for first).
    let map = (state.docs.len() >= 3
        && state.reading.is_empty()
        && state.current_map().is_none()
        && state.map_fits()
        && !state.map_failed())
    .then(|| (state.doc_ids(), state.options.clone()));
    {
        let host = host.clone();
        use_effect_with(map, move |map| {
            if let Some((ids, options)) = map {
                host.map(ids.clone(), options.clone());
            }
        });
    }
    let matrix = (state.matrix_wanted && state.docs.len() >= 3 && state.current_matrix().is_none())
        .then(|| state.doc_ids());
    {
        let host = host.clone();
        use_effect_with(matrix, move |matrix| {
            if let Some(ids) = matrix {
                host.matrix(ids.clone());
            }
        });
    }
    host
}

/// Hand an export to the reader: a download, or the summary on the clipboard.
fn deliver(
    kind: ExportKind,
    file_name: &str,
    mime: &str,
    content: String,
    dispatcher: UseReducerDispatcher<AppState>,
) {
    if kind == ExportKind::Summary {
        dom::copy_text(content, move |copied| {
            dispatcher.dispatch(Action::Notify(if copied {
                "Summary copied to the clipboard.".into()
            } else {
                "The browser did not allow copying the summary; try again.".into()
            }))
        });
    } else if let Err(why) = dom::download(file_name, mime, &content) {
        dispatcher.dispatch(Action::Notify(format!(
            "{file_name}: the download could not start ({why})."
        )));
    }
}

/// The action an answer of the engine becomes.
fn action_for(response: Response) -> Option<Action> {
    Some(match response {
        // Parts of a comparison are put together by the host before they get here.
        Response::Ready
        | Response::Failed { job: Some(_), .. }
        | Response::Exported { .. }
        | Response::ComparedHead { .. }
        | Response::ComparedPart { .. } => return None,
        Response::Read { id, result } => Action::Read {
            id,
            result: result.map(Shared::new),
        },
        Response::Progress { done, .. } => Action::Progress(done),
        Response::Compared(compared) => Action::ComparisonReady(Shared::new(compared)),
        Response::Map { result, .. } => Action::MapReady(Shared::new(result)),
        Response::Matrix { result, .. } => Action::MatrixReady(Shared::new(result)),
        Response::Failed { job: None, message } => Action::EngineCrashed {
            details: message,
            during: None,
        },
        Response::Crashed { details, during } => Action::EngineCrashed { details, during },
    })
}

/// False for a component's first render, true once the browser has painted it: a component can
/// draw a first screen's worth first and the rest a frame later, so a reader sees something
/// sooner (the facts panel's long lists, when a comparison first appears).
#[hook]
pub fn use_painted() -> bool {
    let painted = use_state_eq(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            dom::after_next_paint(move || painted.set(true))
        });
    }
    *painted
}

/// Show the page in the reader's colour scheme (see [`dom::apply_theme`]).
#[hook]
pub fn use_theme(theme: Theme) {
    use_effect_with(theme, |theme| {
        let name = match theme {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        };
        dom::apply_theme(name);
        dom::remember_theme(name);
    });
}

/// The keyboard shortcuts of [`crate::page::shortcuts`]. Keys typed into a field, pressed with Ctrl,
/// Alt or Meta, or pressed inside a dialog (which handles its own keys) are left alone.
#[hook]
pub fn use_shortcuts(dispatcher: UseReducerDispatcher<AppState>, on: Rc<Commands>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                // Not passive: a shortcut takes its key (no scrolling by space, no "/" find).
                let active = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&document, "keydown", active, move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    let target = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
                    let elsewhere = target.is_some_and(|e| {
                        matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                            || e.is_content_editable()
                            || e.closest("dialog").ok().flatten().is_some()
                    });
                    if elsewhere || event.ctrl_key() || event.meta_key() || event.alt_key() {
                        return;
                    }
                    let Some(shortcut) = Shortcut::of_key(&event.key()) else {
                        return;
                    };
                    // The page uses the key; the browser should not too (find-as-you-type).
                    event.prevent_default();
                    let action = match shortcut {
                        Shortcut::NextDifference => return on.step_difference.emit(1),
                        Shortcut::PreviousDifference => return on.step_difference.emit(-1),
                        Shortcut::NextConflict => return on.step_conflict.emit(1),
                        Shortcut::PreviousConflict => return on.step_conflict.emit(-1),
                        Shortcut::Swap => Action::Swap,
                        Shortcut::PreviousPair => Action::StepPair(-1),
                        Shortcut::NextPair => Action::StepPair(1),
                        Shortcut::Help => Action::ShowShortcuts(true),
                        Shortcut::Clear => Action::FocusFact(None),
                        Shortcut::FocusFacts => {
                            if let Some(panel) = dom::first("[data-testid=facts]") {
                                dom::focus(&panel, true);
                            }
                            return;
                        }
                    };
                    dispatcher.dispatch(action);
                })
            });
        move || drop(listener)
    });
}

/// Open the two reports a corpus report's picker put in the address (`#open=`), once, when
/// the page starts.
#[hook]
pub fn use_opened_pair(dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        if let Some(found) = dom::take_opened_pair() {
            dispatcher.dispatch(match found {
                Ok(pair) => Action::OpenPair(Box::new(pair)),
                Err(why) => Action::OpenPairFailed(why),
            });
        }
    });
}
