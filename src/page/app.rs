//! The root component: holds the state and lays out the page (its effects live in
//! [`crate::page::hooks`]).

use crate::page::commands::Commands;
use crate::page::components::{
    comparison_view::ComparisonView,
    drop_zone::DropZone,
    empty_state::EmptyState,
    export_menu::ExportMenu,
    fact_matrix::FactMatrix,
    facts_panel::FactsPanel,
    header::Header,
    legend::Legend,
    message_list::MessageList,
    pair_picker::PairPicker,
    paste_box::PasteBox,
    progress::Progress,
    shelf::Shelf,
    shortcuts_dialog::ShortcutsDialog,
    similarity_map::SimilarityMap,
    summary_bar::{SummaryBar, SummaryBarProps},
};
use crate::page::dom;
use crate::page::hooks::{use_engine, use_opened_pair, use_shortcuts, use_theme};
use crate::page::persistence::use_persistence;
use crate::page::shared::Revealer;
use crate::page::state::{AppState, Layer, Theme};
use crate::protocol::Compared;
use corroborate_present::labels::{self, KINDS, STATUSES};
use yew::prelude::*;

/// The Corroborate page.
#[component]
pub fn App() -> Html {
    // The first frame already in the reader's colour scheme (the rest of the settings come
    // back from storage a moment later).
    let state = use_reducer(|| {
        let mut state = AppState::default();
        state.theme = match dom::remembered_theme().as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        };
        state
    });
    let dispatcher = state.dispatcher();
    let host = use_engine(&state);
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let revealer = use_memo((), |()| Revealer::default());
    let on = use_memo((), {
        let (dispatcher, latest, revealer) = (dispatcher.clone(), latest.clone(), revealer.clone());
        move |()| Commands::new(&dispatcher, &latest, &revealer, &host)
    });

    use_persistence(&state);
    use_theme(state.theme);
    use_shortcuts(dispatcher.clone(), on.clone());
    use_opened_pair(dispatcher.clone());

    let on_files = on.files.clone();
    let on_example = on.load_example.clone();
    let on_copy = on.copy.clone();
    let on_text = on.add_text.clone();
    let on_html = on.add_html.clone();
    // A new comparison under a still pointer gets no "leave": its old fact lit nothing true.
    use_effect_with(state.current_comparison().cloned(), |_| {
        dom::light_hovered_fact(None)
    });

    let docs = &state.docs;
    // While a new pair is compared, the previous comparison stays on screen (marked stale), so
    // the page does not flash empty and the panes are patched rather than rebuilt.
    let shown = state
        .pair()
        .and(state.comparison.as_ref())
        .and_then(|result| {
            Some((
                result.clone(),
                state.doc(result.left)?.clone(),
                state.doc(result.right)?.clone(),
            ))
        });
    let stale = state.current_comparison().is_none();

    html! {
        <div class="app">
            <DropZone on_files={on_files.clone()} on_text={on_text.clone()} on_html={on_html.clone()} />
            <Header on_example={on_example.clone()} on_files={on_files} theme={state.theme}
                on_theme={on.set_theme.clone()}
                on_shortcuts={on.show_shortcuts.clone()} />
            <ShortcutsDialog open={state.shortcuts_open}
                on_close={on.hide_shortcuts.clone()} />
            // What a step with `j` / `k` reached, read out by screen readers.
            <p class="visually-hidden" role="status" data-testid="step-status">
                {state.difference_announcement().unwrap_or_default()}
            </p>
            <main class="main">
                <MessageList messages={state.messages.clone()} on_dismiss={on.dismiss.clone()}
                    on_undo={on.undo.clone()} on_retry={on.retry.clone()}
                    on_copy={on_copy.clone()} can_retry={state.can_retry()} />
                <div class={classes!("intake", docs.is_empty().then_some("is-empty"), (docs.len() >= 2).then_some("is-compact"))}>
                    <Shelf docs={docs.clone()} reading={state.reading.clone()} engine_down={state.engine.start_failed}
                        left={state.left} right={state.right}
                        on_remove={on.remove.clone()}
                        on_rename={on.rename.clone()}
                        on_move={on.move_doc.clone()}
                        on_clear={on.clear_all.clone()} />
                    <PasteBox on_add={on_text} {on_html} prominent={docs.is_empty()} />
                </div>
                if docs.len() >= 2 {
                    <PairPicker docs={docs.clone()} left={state.left} right={state.right}
                        on_left={on.set_left.clone()} on_right={on.set_right.clone()}
                        on_swap={on.swap.clone()}
                        on_step={on.step_pair.clone()} />
                }
                if docs.len() >= 3 {
                    <SimilarityMap result={state.current_map().cloned()}
                        docs={docs.iter().map(|l| (l.id, l.title().to_string())).collect::<Vec<_>>()}
                        current={state.pair()} failed={state.map_failed()} too_long={!state.map_fits()}
                        on_open={on.open_shelved.clone()} />
                }
                { match shown {
                    Some((result, left, right)) => html! {
                        <>
                            <SummaryBar ..SummaryBarProps::of(&result.comparison) />
                            <div class="toolbar">
                                <Legend hidden={state.hidden_layers.clone()}
                                    on_toggle={on.toggle_layer.clone()}
                                    has_conflicts={!result.comparison.conflicts.is_empty()}
                                    furniture={(state.options.include_boilerplate
                                        || result.view.rows.iter().any(|r| r.furniture))
                                        .then_some(state.options.include_boilerplate)}
                                    on_furniture={on.include_furniture.clone()}
                                    word_match={state.options.word_match}
                                    on_word_match={on.set_word_match.clone()} />
                                <ExportMenu on_export={on.export.clone()} />
                            </div>
                            <style>{ dom::fact_light_css(".comparison", state.focused_fact) }</style>
                            <div class="workspace">
                                <ComparisonView result={result.clone()} left={left.clone()} right={right.clone()} revealer={(*revealer).clone()}
                                    titles={titles(&state, &result)}
                                    class={classes!(filter_classes(&state), stale.then_some("is-stale"))}
                                    on_focus_fact={on.focus_fact.clone()}
                                    on_hover_fact={on.light_fact.clone()} />
                                <FactsPanel comparison={result.clone()} filter={state.fact_filter.clone()}
                                    left={left.clone()} right={right.clone()}
                                    set_aside={state.set_aside_for(result.left, result.right)}
                                    focused={state.focused_fact}
                                    current_conflict={state.conflict_cursor}
                                    on_status={on.toggle_status.clone()} on_kind={on.toggle_kind.clone()}
                                    on_focus={on.pick_fact.clone()} on_hover={on.light_fact.clone()}
                                    on_conflict={on.jump_to_conflict.clone()}
                                    on_next_conflict={on.next_conflict.clone()}
                                    on_set_aside={on.set_aside_conflict.clone()}
                                    on_restore={on.restore_conflict.clone()}
                                    on_copy={on_copy.clone()} />
                            </div>
                        </>
                    },
                    // A pair that crashed the engine is not being compared: the message above
                    // says so, rather than a "Comparing…" that never ends.
                    None if state.pair().is_some() => html! {
                        <Progress done={state.progress}
                            failed={state.engine.start_failed
                                || state.engine.failed.as_ref().is_some_and(|f| Some((f.0, f.1)) == state.pair())} />
                    },
                    None => html! { <EmptyState loaded={docs.len()} {on_example} /> },
                } }
                if docs.len() >= 3 {
                    <FactMatrix result={state.current_matrix().cloned()}
                        titles={docs.iter().map(|l| l.title().to_string()).collect::<Vec<_>>()}
                        pending={state.matrix_wanted}
                        on_show={on.want_matrix.clone()} />
                }
            </main>
            <footer class="site-footer">
                {"Corroborate runs entirely in your browser. Reports you add never leave this computer."}
            </footer>
        </div>
    }
}

/// The titles of the compared reports as the shelf shows them.
fn titles(state: &AppState, result: &Compared) -> (AttrValue, AttrValue) {
    let title = |id| {
        state
            .loaded(id)
            .map(|l| AttrValue::from(l.title().to_string()))
            .unwrap_or_default()
    };
    (title(result.left), title(result.right))
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
