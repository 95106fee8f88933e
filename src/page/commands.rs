//! The page's commands: what a reader's click or key does. Most dispatch an action to the
//! reducer; the ones that act on the page as well (bring a row into view, focus it, make an
//! export) do that here, in the callback, rather than through a value in the state that an
//! effect watches.
//!
//! The commands are made once for the page's life ([`Commands::new`]); those that need the
//! state read it as last rendered ([`Latest`]), and those that bring a row into view ask the
//! comparison view through its [`Revealer`].

use crate::page::dom;
use crate::page::engine_host::EngineHost;
use crate::page::shared::Revealer;
use crate::page::state::{Action, AppState, Layer, Theme};
use crate::protocol::{Compared, DocId, ExportKind, PastedPage};
use corroborate_core::{ConflictKey, FactKind, FactStatus, Side};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::File;
use yew::prelude::*;

/// The state as last rendered, for commands made once: a callback keeps the state of the
/// render that made it, so it reads this instead, at the moment it is called.
pub type Latest = Rc<RefCell<UseReducerHandle<AppState>>>;

/// The row of a fact's first mention, in the left report if it is there.
fn first_mention_row(result: &Compared, fact: usize) -> Option<usize> {
    let fact = result.comparison.facts.get(fact)?;
    let shown = &result.comparison;
    let (side, counted, span) = match (fact.left_spans.first(), fact.right_spans.first()) {
        (Some(span), _) => (Side::Left, &shown.left, span),
        (None, Some(span)) => (Side::Right, &shown.right, span),
        (None, None) => return None,
    };
    result.view.row_at(side, counted, span.start)
}

/// The page's commands, made once for the page's life: a callback that is new on every
/// render tells Yew its component changed, so every child would re-render with the root.
pub struct Commands {
    /// Light a fact's mentions while the pointer is on it (no state: see [`dom::light_hovered_fact`]).
    pub light_fact: Callback<Option<usize>>,
    /// Read dropped or picked files.
    pub files: Callback<Vec<File>>,
    /// Copy text to the clipboard and say whether it worked.
    pub copy: Callback<String>,
    /// Load the built-in example.
    pub load_example: Callback<()>,
    /// Add pasted text as a report.
    pub add_text: Callback<String>,
    /// Add a pasted web page as a report.
    pub add_html: Callback<PastedPage>,
    /// Pick the colour scheme.
    pub set_theme: Callback<Theme>,
    /// Open the keyboard shortcuts.
    pub show_shortcuts: Callback<()>,
    /// Close the keyboard shortcuts.
    pub hide_shortcuts: Callback<()>,
    /// Dismiss a message.
    pub dismiss: Callback<u32>,
    /// Undo the last removal.
    pub undo: Callback<()>,
    /// Retry what failed.
    pub retry: Callback<()>,
    /// Remove a report.
    pub remove: Callback<DocId>,
    /// Give a report a title.
    pub rename: Callback<(DocId, String)>,
    /// Move a report along the shelf.
    pub move_doc: Callback<(DocId, i32)>,
    /// Empty the shelf.
    pub clear_all: Callback<()>,
    /// Pick the left report.
    pub set_left: Callback<DocId>,
    /// Pick the right report.
    pub set_right: Callback<DocId>,
    /// Swap the two sides.
    pub swap: Callback<()>,
    /// Step to the next or previous pair.
    pub step_pair: Callback<i32>,
    /// Open a pair from the similarity map.
    pub open_shelved: Callback<(DocId, DocId)>,
    /// Show or hide a kind of highlight.
    pub toggle_layer: Callback<Layer>,
    /// Compare page furniture too, or not.
    pub include_furniture: Callback<bool>,
    /// Change what counts as a word change.
    pub set_word_match: Callback<corroborate_core::WordMatch>,
    /// Make an export of the comparison on screen.
    pub export: Callback<ExportKind>,
    /// Pick a fact (or none), as a click on its mention in the text does.
    pub focus_fact: Callback<Option<usize>>,
    /// Pick a fact in the panel and bring its first mention into view.
    pub pick_fact: Callback<usize>,
    /// Show or hide a fact status.
    pub toggle_status: Callback<FactStatus>,
    /// Show or hide a kind of fact.
    pub toggle_kind: Callback<FactKind>,
    /// Jump to a contradiction (index into `Comparison::conflicts`) and bring it into view.
    pub jump_to_conflict: Callback<usize>,
    /// Jump to the next contradiction.
    pub next_conflict: Callback<()>,
    /// Jump to the next (+1) or previous (-1) contradiction (`n` / `N`).
    pub step_conflict: Callback<i32>,
    /// Step to the next (+1) or previous (-1) difference (`j` / `k`), bring it into view and
    /// move the keyboard focus to it.
    pub step_difference: Callback<i32>,
    /// Set a contradiction aside.
    pub set_aside_conflict: Callback<usize>,
    /// Restore a contradiction set aside.
    pub restore_conflict: Callback<ConflictKey>,
    /// Build the fact × source matrix.
    pub want_matrix: Callback<()>,
}

impl Commands {
    /// The page's commands, over its state, its comparison view and its engine worker.
    pub fn new(
        dispatcher: &UseReducerDispatcher<AppState>,
        latest: &Latest,
        revealer: &Revealer,
        host: &Rc<EngineHost>,
    ) -> Commands {
        let jump_to_conflict = {
            let (dispatcher, latest, revealer) =
                (dispatcher.clone(), latest.clone(), revealer.clone());
            Callback::from(move |index: usize| {
                let row = latest.borrow().conflict_row(index);
                dispatcher.dispatch(Action::JumpToConflict(index));
                if let Some(row) = row {
                    revealer.reveal(row);
                }
            })
        };
        let step_conflict = {
            let (latest, jump) = (latest.clone(), jump_to_conflict.clone());
            Callback::from(move |by: i32| {
                let index = latest.borrow().conflict_step(by);
                if let Some(index) = index {
                    jump.emit(index);
                }
            })
        };
        Commands {
            light_fact: Callback::from(dom::light_hovered_fact),
            files: {
                let dispatcher = dispatcher.clone();
                Callback::from(move |files: Vec<File>| {
                    let dispatcher = dispatcher.clone();
                    dom::read_files(files, move |action| dispatcher.dispatch(action));
                })
            },
            copy: {
                let dispatcher = dispatcher.clone();
                Callback::from(move |text: String| {
                    let dispatcher = dispatcher.clone();
                    dom::copy_text(text, move |copied| {
                        dispatcher.dispatch(Action::Notify(if copied {
                            "Copied to the clipboard.".into()
                        } else {
                            "The browser did not allow copying; select the text and copy it instead."
                                .into()
                        }))
                    });
                })
            },
            load_example: act(dispatcher, |()| Action::LoadExample),
            add_text: act(dispatcher, Action::AddText),
            add_html: act(dispatcher, Action::AddHtml),
            set_theme: act(dispatcher, Action::SetTheme),
            show_shortcuts: act(dispatcher, |()| Action::ShowShortcuts(true)),
            hide_shortcuts: act(dispatcher, |()| Action::ShowShortcuts(false)),
            dismiss: act(dispatcher, Action::Dismiss),
            undo: act(dispatcher, |()| Action::Undo),
            retry: {
                let (dispatcher, latest, host) = (dispatcher.clone(), latest.clone(), host.clone());
                Callback::from(move |()| {
                    let state = latest.borrow();
                    // An engine that could not start is started again, and handed the reports.
                    if state.engine.start_failed {
                        host.restart();
                        host.take_over(&state.docs, &state.reading);
                    }
                    drop(state);
                    dispatcher.dispatch(Action::Retry);
                })
            },
            remove: act(dispatcher, Action::Remove),
            rename: act(dispatcher, |(id, title)| Action::Rename(id, title)),
            move_doc: act(dispatcher, |(id, by)| Action::Move(id, by)),
            clear_all: act(dispatcher, |()| Action::ClearAll),
            set_left: act(dispatcher, Action::SetLeft),
            set_right: act(dispatcher, Action::SetRight),
            swap: act(dispatcher, |()| Action::Swap),
            step_pair: act(dispatcher, Action::StepPair),
            open_shelved: act(dispatcher, |(left, right)| Action::OpenShelved(left, right)),
            toggle_layer: act(dispatcher, Action::ToggleLayer),
            include_furniture: act(dispatcher, Action::IncludeFurniture),
            set_word_match: act(dispatcher, Action::SetWordMatch),
            export: {
                let (latest, host) = (latest.clone(), host.clone());
                Callback::from(move |kind: ExportKind| {
                    let state = latest.borrow();
                    let (Some(shown), Some(pair)) = (state.current_comparison(), state.pair())
                    else {
                        return;
                    };
                    host.export(
                        kind,
                        pair,
                        &state.options_for(pair.0, pair.1),
                        dom::now_for_people(),
                        shown.comparison.failed.clone(),
                    );
                })
            },
            focus_fact: act(dispatcher, Action::FocusFact),
            pick_fact: {
                let (dispatcher, latest, revealer) =
                    (dispatcher.clone(), latest.clone(), revealer.clone());
                Callback::from(move |fact: usize| {
                    let row = latest
                        .borrow()
                        .current_comparison()
                        .and_then(|shown| first_mention_row(shown, fact));
                    dispatcher.dispatch(Action::FocusFact(Some(fact)));
                    if let Some(row) = row {
                        revealer.reveal(row);
                    }
                })
            },
            step_difference: {
                let (dispatcher, latest, revealer) =
                    (dispatcher.clone(), latest.clone(), revealer.clone());
                Callback::from(move |by: i32| {
                    let Some(row) = latest.borrow().difference_step(by) else {
                        return;
                    };
                    dispatcher.dispatch(Action::StepDifference(by));
                    revealer.reveal(row);
                    focus_row(row);
                })
            },
            toggle_status: act(dispatcher, Action::ToggleStatus),
            toggle_kind: act(dispatcher, Action::ToggleKind),
            next_conflict: step_conflict.reform(|()| 1),
            step_conflict,
            jump_to_conflict,
            set_aside_conflict: act(dispatcher, Action::SetAsideConflict),
            restore_conflict: act(dispatcher, Action::RestoreConflict),
            want_matrix: act(dispatcher, |()| Action::WantMatrix),
        }
    }
}

/// Move the keyboard focus to a difference stepped to, once its row is drawn, so a screen
/// reader reads it and Tab carries on from there.
fn focus_row(row: usize) {
    let ids = ["left", "right"].map(|side| format!("row-{row}-{side}"));
    // About half a second: time for the view to draw a row far from the drawn ones.
    dom::when_drawn(ids.to_vec(), 30, |cells| {
        let first = &cells[0];
        // The view scrolls to a row by its left cell; a row only the right report has
        // has none (its left side is an empty cell without an id).
        if first.id().ends_with("-right") {
            dom::reveal(first);
        }
        dom::focus(first, false);
    });
}

/// A callback that dispatches the action `f` makes of its value.
fn act<T: 'static>(dispatcher: &UseReducerDispatcher<AppState>, f: fn(T) -> Action) -> Callback<T> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |value| dispatcher.dispatch(f(value)))
}
