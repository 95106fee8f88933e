use super::*;
use crate::protocol::{Request, Response};
use crate::worker::engine::EngineCore;
use corroborate_present::examples;
use corroborate_present::view_model::PairView;

/// `left` and `right` compared, as the worker sends the result to the page.
fn compare_pair(
    (left_id, left): (DocId, &Document),
    (right_id, right): (DocId, &Document),
    options: &corroborate_core::Options,
) -> Compared {
    let comparison = corroborate_core::compare(left, right, options);
    let view = PairView::build(&comparison, left, right);
    Compared::new(
        0,
        (left_id, right_id),
        options.clone(),
        &comparison,
        view,
        false,
    )
}

fn reduce(state: &Rc<AppState>, action: Action) -> Rc<AppState> {
    state.clone().reduce(action)
}

/// Let the engine read everything the state is reading, as the worker would, and hand the
/// answers back.
fn settle(state: Rc<AppState>) -> Rc<AppState> {
    let mut core = EngineCore::default();
    let mut answers = Vec::new();
    for r in &state.reading {
        let request = Request::Read {
            id: r.id,
            name: r.name.clone(),
            input: (*r.input).clone(),
        };
        core.handle(request, &mut |answer| answers.push(answer));
    }
    answers.into_iter().fold(state, |s, answer| match answer {
        Response::Read { id, result } => reduce(
            &s,
            Action::Read {
                id,
                result: result.map(Shared::new),
            },
        ),
        other => panic!("unexpected answer {other:?}"),
    })
}

/// A report as the engine holds it: the page keeps reports without their words, so read it
/// again from its text as the worker does after a restart.
fn full(state: &AppState, id: DocId) -> Document {
    let doc = state.doc(id).expect("the report is on the shelf");
    let saved = SavedDoc::of(id, doc);
    Document::from_parts(saved.name, saved.text, saved.source, saved.furniture)
}

fn with_texts(texts: &[&str]) -> Rc<AppState> {
    settle(texts.iter().fold(Rc::new(AppState::default()), |s, t| {
        reduce(&s, Action::AddText(t.to_string()))
    }))
}

fn file(name: &str, bytes: &[u8]) -> FileBytes {
    FileBytes {
        name: name.into(),
        bytes: bytes.to_vec(),
    }
}

/// What a visit saves of `state`: the shelf and settings, and the reports' texts as the
/// database keeps them.
fn saved_with_texts(state: &AppState) -> Saved {
    let mut saved = state.saved();
    saved.docs = state
        .docs
        .iter()
        .map(|l| SavedDoc::of(l.id, &l.doc))
        .collect();
    saved
}

fn ids(state: &AppState) -> Vec<DocId> {
    state.docs.iter().map(|l| l.id).collect()
}

#[test]
fn two_reports_are_paired_at_once_first_left_second_right() {
    let state = with_texts(&[
        "The leaders met in Paris.",
        "Leaders met in Paris on Monday.",
    ]);
    let docs = ids(&state);
    assert_eq!(state.pair(), Some((docs[0], docs[1])));
}

#[test]
fn a_third_report_does_not_change_the_pair() {
    let state = with_texts(&["One report.", "Another report.", "A third report."]);
    let docs = ids(&state);
    assert_eq!(state.pair(), Some((docs[0], docs[1])));
}

#[test]
fn the_example_loads_three_reports_and_pairs_the_first_two_once() {
    let state = settle(reduce(&Rc::new(AppState::default()), Action::LoadExample));
    assert_eq!(state.docs.len(), examples::EXAMPLES.len());
    let docs = ids(&state);
    assert_eq!(state.pair(), Some((docs[0], docs[1])));
    let again = reduce(&state, Action::LoadExample);
    assert_eq!(again.docs.len(), examples::EXAMPLES.len(), "no duplicates");
}

#[test]
fn a_bad_file_is_reported_by_name_and_nothing_loaded_is_lost() {
    let state = with_texts(&["A report we keep."]);
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    let state = settle(reduce(
        &state,
        Action::AddFiles(vec![
            file("photo.png", png),
            file("good.txt", b"Leaders met."),
        ]),
    ));
    assert_eq!(
        state.docs.len(),
        2,
        "the good file loads, the old one stays"
    );
    assert_eq!(state.messages.len(), 1);
    assert!(
        state.messages[0].text.starts_with("photo.png: "),
        "{}",
        state.messages[0].text
    );
}

#[test]
fn an_empty_paste_is_refused_with_a_message() {
    let state = reduce(
        &Rc::new(AppState::default()),
        Action::AddText("  \n".into()),
    );
    assert!(state.docs.is_empty());
    assert_eq!(state.messages.len(), 1);
}

#[test]
fn removing_a_shown_report_fills_its_side_with_another() {
    let state = with_texts(&["One report.", "Another report.", "A third report."]);
    let docs = ids(&state);
    let state = reduce(&state, Action::Remove(docs[0]));
    assert_eq!(state.pair(), Some((docs[2], docs[1])));
    let state = reduce(&state, Action::Remove(docs[2]));
    assert_eq!((state.left, state.right), (Some(docs[1]), None));
}

#[test]
fn swap_and_choosing_the_other_sides_report_exchange_the_sides() {
    let state = with_texts(&["One report.", "Another report.", "A third report."]);
    let docs = ids(&state);
    let swapped = reduce(&state, Action::Swap);
    assert_eq!(swapped.pair(), Some((docs[1], docs[0])));
    let chosen = reduce(&state, Action::SetLeft(docs[1]));
    assert_eq!(chosen.pair(), Some((docs[1], docs[0])));
    let third = reduce(&state, Action::SetRight(docs[2]));
    assert_eq!(third.pair(), Some((docs[0], docs[2])));
}

#[test]
fn actions_that_change_nothing_keep_the_same_state_so_nothing_rerenders() {
    let state = with_texts(&["One report.", "Another report."]);
    let docs = ids(&state);
    assert!(Rc::ptr_eq(&state, &reduce(&state, Action::Dismiss(99))));
    assert!(Rc::ptr_eq(
        &state,
        &reduce(&state, Action::SetLeft(docs[0]))
    ));
    assert!(Rc::ptr_eq(
        &state,
        &reduce(&state, Action::SetLeft(DocId(99)))
    ));
    assert!(Rc::ptr_eq(&state, &reduce(&state, Action::NextConflict)));
}

#[test]
fn a_result_for_a_pair_no_longer_shown_is_ignored() {
    let state = with_texts(&["One report.", "Another report.", "A third report."]);
    let docs = ids(&state);
    let (a, b) = (&full(&state, docs[0]), &full(&state, docs[1]));
    let result = Shared::new(compare_pair((docs[0], a), (docs[1], b), &state.options));
    let moved_on = reduce(&state, Action::SetRight(docs[2]));
    let after = reduce(&moved_on, Action::ComparisonReady(result.clone()));
    assert!(Rc::ptr_eq(&moved_on, &after));
    let current = reduce(&state, Action::ComparisonReady(result));
    assert!(current.current_comparison().is_some());
}

#[test]
fn next_conflict_cycles_through_the_contradictions() {
    let state = with_texts(&["They met on Sunday.", "They met on Monday."]);
    let docs = ids(&state);
    let (a, b) = (&full(&state, docs[0]), &full(&state, docs[1]));
    let mut result = compare_pair((docs[0], a), (docs[1], b), &state.options);
    let conflict = corroborate_core::Conflict {
        kind: FactKind::Date,
        left: "Sunday".into(),
        right: "Monday".into(),
        left_sentence: 0,
        right_sentence: 0,
        about: "the meeting".into(),
        left_span: 12..18,
        right_span: 12..18,
    };
    result.comparison.conflicts = vec![conflict.clone(), conflict];
    let state = reduce(&state, Action::ComparisonReady(Shared::new(result)));
    let cursors: Vec<usize> = (0..3)
        .scan(state, |s, _| {
            *s = reduce(s, Action::NextConflict);
            s.conflict_cursor
        })
        .collect();
    assert_eq!(cursors, [0, 1, 0]);
}

#[test]
fn a_matrix_for_a_shelf_that_has_since_changed_is_ignored() {
    let state = with_texts(&["One report.", "Another report.", "A third report."]);
    let docs: Vec<Document> = state.docs.iter().map(|l| full(&state, l.id)).collect();
    let result = Shared::new(MatrixResult {
        docs: ids(&state),
        matrix: corroborate_core::facts::matrix(&docs),
    });
    let wanted = reduce(&state, Action::WantMatrix);
    let grown = settle(reduce(&wanted, Action::AddText("A fourth report.".into())));
    assert!(Rc::ptr_eq(
        &grown,
        &reduce(&grown, Action::MatrixReady(result.clone()))
    ));
    let ready = reduce(&wanted, Action::MatrixReady(result));
    assert!(ready.current_matrix().is_some());
    assert!(
        settle(reduce(&ready, Action::AddText("A fourth report.".into())))
            .current_matrix()
            .is_none()
    );
}

#[test]
fn a_layer_switched_off_twice_is_back_on() {
    let state = Rc::new(AppState::default());
    let off = reduce(&state, Action::ToggleLayer(Layer::Facts));
    assert_eq!(off.hidden_layers, [Layer::Facts]);
    assert!(reduce(&off, Action::ToggleLayer(Layer::Facts))
        .hidden_layers
        .is_empty());
}

#[test]
fn a_removed_report_comes_back_in_its_place_with_undo() {
    let state = with_texts(&["One report.", "Another report.", "A third report."]);
    let docs = ids(&state);
    let removed = reduce(&state, Action::Remove(docs[0]));
    assert_eq!(ids(&removed), [docs[1], docs[2]]);
    let offer = removed
        .messages
        .iter()
        .find(|m| m.undo)
        .expect("an undo offer");
    assert!(offer.text.contains("One report."), "{}", offer.text);
    let back = reduce(&removed, Action::Undo);
    assert_eq!(ids(&back), docs);
    assert_eq!(back.pair(), state.pair());
    assert!(
        back.messages.iter().all(|m| !m.undo),
        "the offer is gone once used"
    );
}

#[test]
fn clear_all_empties_the_shelf_and_one_undo_restores_everything() {
    let state = with_texts(&["One report.", "Another report.", "A third report."]);
    let cleared = reduce(&state, Action::ClearAll);
    assert!(cleared.docs.is_empty() && cleared.pair().is_none());
    let back = reduce(&cleared, Action::Undo);
    assert_eq!(ids(&back), ids(&state));
    assert_eq!(back.pair(), state.pair());
}

#[test]
fn a_renamed_report_shows_its_new_title_and_an_empty_name_restores_its_own() {
    let state = with_texts(&["One report.", "Another report."]);
    let id = ids(&state)[0];
    let renamed = reduce(&state, Action::Rename(id, "  Wire copy  ".into()));
    assert_eq!(renamed.loaded(id).unwrap().title(), "Wire copy");
    let reset = reduce(&renamed, Action::Rename(id, "".into()));
    assert_eq!(reset.loaded(id).unwrap().title(), "One report.");
}

#[test]
fn reports_move_along_the_shelf_and_stop_at_its_ends() {
    let state = with_texts(&["One.", "Two.", "Three."]);
    let d = ids(&state);
    let moved = reduce(&state, Action::Move(d[0], 1));
    assert_eq!(ids(&moved), [d[1], d[0], d[2]]);
    let far = reduce(&moved, Action::Move(d[2], -10));
    assert_eq!(ids(&far), [d[2], d[1], d[0]]);
}

#[test]
fn stepping_through_pairs_visits_every_pair_once_and_wraps() {
    let state = with_texts(&["One.", "Two.", "Three."]);
    let d = ids(&state);
    let mut seen = Vec::new();
    let mut s = state.clone();
    for _ in 0..3 {
        seen.push(s.pair().unwrap());
        s = reduce(&s, Action::StepPair(1));
    }
    assert_eq!(seen, [(d[0], d[1]), (d[0], d[2]), (d[1], d[2])]);
    assert_eq!(s.pair(), Some((d[0], d[1])), "wraps to the first pair");
    assert_eq!(reduce(&s, Action::StepPair(-1)).pair(), Some((d[1], d[2])));
}

#[test]
fn a_file_over_the_limit_is_refused_by_name_before_it_is_read() {
    let state = with_texts(&["A report we keep."]);
    let big = FileBytes {
        name: "archive-dump.txt".into(),
        bytes: vec![b'a'; MAX_FILE_BYTES + 1],
    };
    let after = reduce(&state, Action::AddFiles(vec![big]));
    assert!(after.reading.is_empty());
    assert_eq!(ids(&after), ids(&state));
    assert!(after.messages[0]
        .text
        .starts_with("archive-dump.txt: too large"));
}

#[test]
fn the_shelf_saved_on_one_visit_comes_back_on_the_next() {
    let state = with_texts(&["One report.", "Another report.", "A third report."]);
    let d = ids(&state);
    let state = reduce(&state, Action::Rename(d[2], "Third".into()));
    let state = reduce(&state, Action::SetRight(d[2]));
    let state = reduce(&state, Action::ToggleLayer(Layer::Verbatim));
    let saved = saved_with_texts(&state);

    let fresh = settle(reduce(
        &Rc::new(AppState::default()),
        Action::Restore(Some(Box::new(saved))),
    ));
    assert_eq!(ids(&fresh), d);
    assert_eq!(fresh.pair(), state.pair());
    assert_eq!(fresh.loaded(d[2]).unwrap().title(), "Third");
    assert_eq!(fresh.hidden_layers, [Layer::Verbatim]);
    for &id in &d {
        assert_eq!(fresh.doc(id).unwrap().text, state.doc(id).unwrap().text);
    }
    let added = settle(reduce(&fresh, Action::AddText("A fourth report.".into())));
    assert!(
        !d.contains(&ids(&added)[3]),
        "ids are never reused across visits"
    );
}

#[test]
fn comparison_options_ask_for_a_new_comparison_and_are_kept_with_the_shelf() {
    let state = with_texts(&["The Ministry met.", "The ministry met."]);
    let (l, r) = state.pair().unwrap();
    let loose = corroborate_core::WordMatch {
        ignore_case: true,
        ..corroborate_core::WordMatch::default()
    };
    let changed = reduce(&state, Action::SetWordMatch(loose));
    assert_eq!(changed.options_for(l, r).word_match, loose);
    let (_, _, wanted) = changed
        .wanted_comparison()
        .expect("the pair is compared again");
    assert_eq!(wanted.word_match, loose);
    let fresh = settle(reduce(
        &Rc::new(AppState::default()),
        Action::Restore(Some(Box::new(saved_with_texts(&changed)))),
    ));
    assert_eq!(fresh.options.word_match, loose);
}

#[test]
fn a_report_added_before_the_saved_shelf_arrives_is_kept_after_it() {
    let early = reduce(
        &Rc::new(AppState::default()),
        Action::AddText("Early.".into()),
    );
    let saved_state = with_texts(&["Saved one.", "Saved two."]);
    let saved = saved_with_texts(&saved_state);
    let state = settle(reduce(&early, Action::Restore(Some(Box::new(saved)))));
    let titles: Vec<&str> = state.docs.iter().map(|l| l.title()).collect();
    assert_eq!(titles, ["Saved one.", "Saved two.", "Early."]);
    let unique: std::collections::HashSet<DocId> = ids(&state).into_iter().collect();
    assert_eq!(unique.len(), 3);
}

#[test]
fn a_crash_while_comparing_keeps_the_documents_and_does_not_retry_until_asked() {
    let state = with_texts(&["They met on Sunday.", "They met on Monday."]);
    let (l, r) = state.pair().unwrap();
    assert!(state.wanted_comparison().is_some());
    let crashed = reduce(
        &state,
        Action::EngineCrashed {
            details: "panicked at core/src/diff.rs:1:1".into(),
            during: Some(Task::Comparing(l, r)),
        },
    );
    assert_eq!(ids(&crashed), ids(&state), "documents are safe");
    assert!(
        crashed.wanted_comparison().is_none(),
        "not retried on its own"
    );
    let message = crashed.messages.last().unwrap();
    assert!(message.text.contains("your documents are safe"));
    assert_eq!(
        message.details.as_deref(),
        Some("panicked at core/src/diff.rs:1:1")
    );
    let retried = reduce(&crashed, Action::Retry);
    assert!(retried.wanted_comparison().is_some());
    assert!(
        retried.messages.iter().all(|m| m.details.is_none()),
        "the crash report goes once acted on"
    );
}

#[test]
fn a_pair_that_crashes_again_after_a_retry_is_not_offered_another() {
    let state = with_texts(&["They met on Sunday.", "They met on Monday."]);
    let (l, r) = state.pair().unwrap();
    let crash = |state: &Rc<AppState>| {
        reduce(
            state,
            Action::EngineCrashed {
                details: "panicked".into(),
                during: Some(Task::Comparing(l, r)),
            },
        )
    };
    let first = crash(&state);
    assert!(
        first.can_retry(),
        "the first time, it may have been a passing trouble"
    );
    let second = crash(&reduce(&first, Action::Retry));
    assert!(
        !second.can_retry(),
        "the same crash again: trying once more cannot help"
    );
    assert!(second
        .messages
        .last()
        .unwrap()
        .text
        .contains("choose another pair"));
    assert!(second.wanted_comparison().is_none());
}

#[test]
fn a_crash_in_the_facts_keeps_the_alignment_on_screen_with_a_note() {
    let state = with_texts(&[
        "Leaders met in Paris on Sunday. They spoke for two hours.",
        "They spoke for two hours. Leaders met in Paris on Monday.",
    ]);
    let (left, right) = state.pair().unwrap();
    let full = |id| {
        let doc = state.doc(id).unwrap();
        Document::from_text(&doc.name, &doc.text)
    };
    // The alignment and word differences, as the worker sends them ahead of the facts.
    let mut partial = compare_pair((left, &full(left)), (right, &full(right)), &state.options);
    partial.partial = true;
    partial.comparison.facts.clear();
    partial.comparison.conflicts.clear();
    let rows = partial.view.rows.clone();
    let shown = reduce(&state, Action::ComparisonReady(Shared::new(partial)));
    assert!(shown.current_comparison().is_some_and(|c| c.partial));
    assert!(shown.wanted_comparison().is_none(), "not asked for again");

    let crashed = reduce(
        &shown,
        Action::EngineCrashed {
            details: "panicked at core/src/facts/names/mod.rs:152".into(),
            during: Some(Task::Finishing(left, right, Step::Facts)),
        },
    );
    let result = crashed.current_comparison().expect("the comparison stays");
    assert!(!result.partial, "nothing is being worked out any more");
    assert_eq!(result.view.rows, rows);
    assert_eq!(result.comparison.failed.len(), 1);
    assert_eq!(result.comparison.failed[0].step, Step::Facts);
    assert!(result.comparison.failed[0]
        .details
        .contains("names/mod.rs:152"));
    assert!(
        crashed.messages.is_empty(),
        "the note is where the facts would be"
    );
    assert!(!crashed.can_retry());
    assert_eq!(crashed.engine.crashes, 1, "the engine is restarted");
    assert_eq!(ids(&crashed), ids(&state), "documents are safe");
}

#[test]
fn a_crash_while_reading_a_file_drops_only_that_file() {
    let state = with_texts(&["A report we keep."]);
    let reading = reduce(
        &state,
        Action::AddFiles(vec![file("odd.html", b"<html><p>odd</p></html>")]),
    );
    let id = reading.reading[0].id;
    let crashed = reduce(
        &reading,
        Action::EngineCrashed {
            details: "panicked".into(),
            during: Some(Task::Reading(id)),
        },
    );
    assert!(crashed.reading.is_empty());
    assert_eq!(ids(&crashed), ids(&state));
    assert!(crashed
        .messages
        .last()
        .unwrap()
        .text
        .starts_with("odd.html: "));
}

/// The pair on screen compared, as the worker would (from the full texts).
fn compared(state: Rc<AppState>) -> Rc<AppState> {
    let (left, right) = state.pair().expect("a pair is chosen");
    let full = |id| {
        let doc = state.doc(id).unwrap();
        Document::from_text(&doc.name, &doc.text)
    };
    let options = state.options_for(left, right);
    let result = compare_pair((left, &full(left)), (right, &full(right)), &options);
    reduce(&state, Action::ComparisonReady(Shared::new(result)))
}

/// The example's first pair, compared.
fn example_compared() -> Rc<AppState> {
    compared(settle(reduce(
        &Rc::new(AppState::default()),
        Action::LoadExample,
    )))
}

#[test]
fn j_and_k_step_through_the_rows_that_differ_and_wrap_around() {
    let state = example_compared();
    let view = &state.current_comparison().unwrap().view;
    let differences = state.difference_rows();
    assert!(differences.len() >= 5, "the example differs in many rows");
    for &row in &differences {
        let shown = &view.rows[row];
        assert!(!shown.furniture, "page furniture is not a difference");
        assert!(
            shown.kind != corroborate_core::RowKind::Same || shown.moved,
            "row {row}"
        );
    }

    let steps = |state: &Rc<AppState>, by: i32, n: usize| -> Vec<usize> {
        (0..n)
            .scan(state.clone(), |s, _| {
                *s = reduce(s, Action::StepDifference(by));
                s.difference_cursor
            })
            .collect()
    };
    let forward = steps(&state, 1, differences.len() + 1);
    assert_eq!(forward[..differences.len()], differences[..]);
    assert_eq!(
        forward[differences.len()],
        differences[0],
        "wraps to the first"
    );

    let backward = steps(&state, -1, 2);
    let last = *differences.last().unwrap();
    assert_eq!(
        backward,
        [last, differences[differences.len() - 2]],
        "k starts from the last"
    );
}

#[test]
fn a_step_reveals_the_row_its_cursor_lands_on() {
    // The keys' commands bring into view the row the queries name; the reducer must move
    // the cursor to that same row, or the reader would see one row and hear of another.
    let mut state = example_compared();
    for by in [1, 1, -1, 1, 1, 1] {
        let row = state.difference_step(by).expect("the example differs");
        state = reduce(&state, Action::StepDifference(by));
        assert_eq!(state.difference_cursor, Some(row));

        let conflict = state
            .conflict_step(by)
            .expect("the example contradicts itself");
        let action = if by > 0 {
            Action::NextConflict
        } else {
            Action::PreviousConflict
        };
        state = reduce(&state, action);
        assert_eq!(state.conflict_cursor, Some(conflict));
        let result = state.current_comparison().unwrap();
        let shown = state
            .conflict_row(conflict)
            .expect("a contradiction has a row");
        let sentence = result.comparison.conflicts[conflict].left_sentence;
        assert!(result.view.rows[shown].left.contains(&sentence));
    }
}

#[test]
fn a_sentence_both_reports_tell_the_same_way_is_not_a_difference() {
    let state = compared(with_texts(&[
        "The council met on Monday evening.\n\nIt approved the harbour plan.",
        "The council met on Monday evening.\n\nA protest filled the square outside.",
    ]));
    let rows = &state.current_comparison().unwrap().view.rows;
    let same: Vec<usize> = (0..rows.len())
        .filter(|&r| rows[r].kind == corroborate_core::RowKind::Same)
        .collect();
    assert_eq!(same.len(), 1, "{rows:?}");
    let differences = state.difference_rows();
    assert!(!differences.is_empty());
    assert!(!differences.contains(&same[0]));
    let stepped = reduce(&state, Action::StepDifference(1));
    assert_eq!(stepped.difference_cursor, Some(differences[0]));
}

#[test]
fn a_step_is_announced_and_a_new_pair_starts_from_the_top() {
    let state = reduce(&example_compared(), Action::StepDifference(1));
    let total = state.difference_rows().len();
    let said = state
        .difference_announcement()
        .expect("a step is announced");
    assert!(
        said.starts_with(&format!("Difference 1 of {total}: ")),
        "{said}"
    );
    let again = reduce(&state, Action::StepDifference(1));
    assert_ne!(again.difference_cursor, state.difference_cursor);

    let swapped = reduce(&again, Action::Swap);
    assert_eq!(swapped.difference_cursor, None, "the rows of another pair");
    assert_eq!(swapped.difference_announcement(), None);
}

#[test]
fn without_a_comparison_the_keys_change_nothing() {
    let state = with_texts(&["One report only."]);
    for action in [
        Action::StepDifference(1),
        Action::StepDifference(-1),
        Action::NextConflict,
        Action::PreviousConflict,
    ] {
        assert!(
            Rc::ptr_eq(&state, &reduce(&state, action.clone())),
            "{action:?}"
        );
    }
}

#[test]
fn previous_conflict_goes_back_through_the_contradictions_from_the_last() {
    let state = example_compared();
    let count = state
        .current_comparison()
        .unwrap()
        .comparison
        .conflicts
        .len();
    assert!(count >= 2, "the example's first pair contradicts itself");
    let cursors: Vec<usize> = (0..count + 1)
        .scan(state.clone(), |s, _| {
            *s = reduce(s, Action::PreviousConflict);
            s.conflict_cursor
        })
        .collect();
    let expected: Vec<usize> = (0..count).rev().chain([count - 1]).collect();
    assert_eq!(cursors, expected);
    let next = reduce(
        &reduce(&state, Action::NextConflict),
        Action::PreviousConflict,
    );
    assert_eq!(
        next.conflict_cursor,
        Some(count - 1),
        "n then N: back past the first to the last"
    );
}

#[test]
fn the_shortcuts_dialog_opens_and_closes_and_closing_twice_rerenders_nothing() {
    let state = Rc::new(AppState::default());
    let open = reduce(&state, Action::ShowShortcuts(true));
    assert!(open.shortcuts_open);
    let closed = reduce(&open, Action::ShowShortcuts(false));
    assert!(!closed.shortcuts_open);
    assert!(Rc::ptr_eq(
        &closed,
        &reduce(&closed, Action::ShowShortcuts(false))
    ));
}

#[test]
fn a_contradiction_set_aside_leaves_the_pair_and_comes_back_with_undo_swap_and_reload() {
    let state = compared(with_texts(&[
        "The ferry left the harbour on Sunday.",
        "The ferry left the harbour on Monday.",
    ]));
    let conflicts = |s: &AppState| {
        s.current_comparison().map(|c| {
            c.comparison
                .conflicts
                .iter()
                .map(|c| c.key())
                .collect::<Vec<_>>()
        })
    };
    let found = conflicts(&state).expect("compared");
    assert_eq!(found.len(), 1, "{found:?}");

    // Set aside: the comparison on screen is out of date and the new one lacks it.
    let aside = reduce(&state, Action::SetAsideConflict(0));
    assert!(aside.current_comparison().is_none());
    let (left, right) = aside.pair().unwrap();
    assert_eq!(aside.set_aside_for(left, right), found);
    let aside = compared(aside);
    assert_eq!(conflicts(&aside), Some(vec![]));

    // Swapped, the same judgement holds, seen from the other side.
    let swapped = compared(reduce(&aside, Action::Swap));
    assert_eq!(conflicts(&swapped), Some(vec![]));
    assert_eq!(
        swapped.set_aside_for(right, left),
        vec![found[0].mirrored()]
    );

    // It is kept with the shelf.
    let saved = saved_with_texts(&aside);
    let fresh = settle(reduce(
        &Rc::new(AppState::default()),
        Action::Restore(Some(Box::new(saved))),
    ));
    assert_eq!(fresh.set_aside_for(left, right), found);

    // Undo brings the contradiction back.
    let back = compared(reduce(&aside, Action::RestoreConflict(found[0].clone())));
    assert_eq!(conflicts(&back), Some(found));
}

fn opened(name: &str, text: &str) -> OpenedReport {
    OpenedReport {
        name: name.into(),
        text: text.into(),
    }
}

#[test]
fn two_reports_handed_over_in_the_address_become_the_pair_shown_after_the_saved_shelf() {
    let early = reduce(
        &Rc::new(AppState::default()),
        Action::OpenPair(Box::new([
            opened("e1-r0", "The ferry left Varna on Monday."),
            opened("e1-r2", "The ferry left Varna on Tuesday."),
        ])),
    );
    let saved_state = with_texts(&["Saved one.", "Saved two."]);
    let saved = saved_with_texts(&saved_state);
    let state = settle(reduce(&early, Action::Restore(Some(Box::new(saved)))));
    let (l, r) = state.pair().expect("a pair is shown");
    assert_eq!(state.doc(l).unwrap().name, "e1-r0");
    assert_eq!(state.doc(r).unwrap().name, "e1-r2");
    assert_eq!(state.docs.len(), 4, "the saved reports stay on the shelf");

    // Opening the same two again shelves nothing new.
    let again = settle(reduce(
        &state,
        Action::OpenPair(Box::new([
            opened("e1-r2", "The ferry left Varna on Tuesday."),
            opened("e1-r0", "The ferry left Varna on Monday."),
        ])),
    ));
    assert_eq!(again.docs.len(), 4);
    assert_eq!(again.pair(), Some((r, l)));
}

#[test]
fn a_damaged_handover_says_why_and_keeps_the_shelf() {
    assert!(OpenedReport::pair_from_json(
        br#"[{"name":"a","text":"One."},{"name":"b","text":"Two."}]"#
    )
    .is_ok());
    let one = OpenedReport::pair_from_json(br#"[{"name":"a","text":"One."}]"#).unwrap_err();
    assert_eq!(one, "it holds one report, not two");
    let junk = OpenedReport::pair_from_json(b"{not json").unwrap_err();
    assert!(junk.contains("does not hold reports"), "{junk}");
    let empty = OpenedReport::pair_from_json(br#"[{"name":"a","text":" "},{"text":"Two."}]"#);
    assert_eq!(empty.unwrap_err(), "one of its reports is empty");

    let state = with_texts(&["Kept one.", "Kept two."]);
    let after = reduce(&state, Action::OpenPairFailed(one));
    assert_eq!(after.docs.len(), 2);
    assert!(after
        .messages
        .iter()
        .any(|m| m.text.contains("The link could not open its two reports")));
}

#[test]
fn the_similarity_map_opens_a_shelved_pair_and_ignores_a_map_of_another_shelf() {
    let state = with_texts(&["One report.", "Two report.", "Three report."]);
    let ids = ids(&state);
    let opened = reduce(&state, Action::OpenShelved(ids[2], ids[0]));
    assert_eq!(opened.pair(), Some((ids[2], ids[0])));
    assert_eq!(
        reduce(&opened, Action::OpenShelved(ids[1], ids[1])).pair(),
        opened.pair()
    );

    let pairs = corroborate_core::overview::similarity_map(
        &ids.iter().map(|&id| full(&state, id)).collect::<Vec<_>>(),
        &state.options,
    );
    let stale = MapResult {
        docs: vec![ids[0], ids[1]],
        options: state.options.clone(),
        pairs: pairs.clone(),
    };
    assert!(reduce(&state, Action::MapReady(Shared::new(stale)))
        .current_map()
        .is_none());
    let fresh = MapResult {
        docs: ids.clone(),
        options: state.options.clone(),
        pairs,
    };
    let ready = reduce(&state, Action::MapReady(Shared::new(fresh)));
    assert_eq!(ready.current_map().unwrap().pairs.len(), 3);
    // Another shelf wants its own map.
    let fewer = reduce(&ready, Action::Remove(ids[1]));
    assert!(fewer.current_map().is_none());
}

#[test]
fn a_shelf_too_long_for_a_map_of_every_pair_asks_for_none() {
    let short = with_texts(&["One report.", "Two report.", "Three report."]);
    assert!(short.map_fits());
    let long_text = "The council met again and talked for a long time. ".repeat(30_000);
    let long = with_texts(&[&long_text, &long_text, &long_text]);
    assert!(!long.map_fits(), "three reports of 300,000 words each");
}

#[test]
fn an_engine_that_cannot_start_is_told_once_and_started_again_only_when_asked() {
    let state = with_texts(&["One report.", "Another report."]);
    let failed = |state: &Rc<AppState>| {
        reduce(
            state,
            Action::EngineCrashed {
                details: "the engine's WebAssembly could not be loaded (Failed to fetch)".into(),
                during: Some(Task::Starting),
            },
        )
    };
    let twice = failed(&failed(&state));
    assert_eq!(twice.messages.len(), 1, "{:?}", twice.messages);
    assert!(twice.messages[0].error);
    assert_eq!(twice.messages[0].text, ENGINE_DID_NOT_START);
    assert_eq!(
        twice.engine.crashes, 0,
        "not a crash: nothing restarts by itself"
    );
    assert!(twice.can_retry(), "the reader can try again");
    assert_eq!(twice.docs.len(), state.docs.len(), "the reports are kept");

    let retried = reduce(&twice, Action::Retry);
    assert!(retried.messages.is_empty());
    assert!(!retried.can_retry());
}
