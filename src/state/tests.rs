use super::*;
use crate::engine::compare_pair;

fn reduce(state: &Rc<AppState>, action: Action) -> Rc<AppState> {
    state.clone().reduce(action)
}

fn with_texts(texts: &[&str]) -> Rc<AppState> {
    texts.iter().fold(Rc::new(AppState::default()), |s, t| {
        reduce(&s, Action::AddText(t.to_string()))
    })
}

fn file(name: &str, bytes: &[u8]) -> FileBytes {
    FileBytes {
        name: name.into(),
        bytes: bytes.to_vec(),
    }
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
    let state = reduce(&Rc::new(AppState::default()), Action::LoadExample);
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
    let state = reduce(
        &state,
        Action::AddFiles(vec![
            file("photo.png", png),
            file("good.txt", b"Leaders met."),
        ]),
    );
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
    let (a, b) = (state.doc(docs[0]).unwrap(), state.doc(docs[1]).unwrap());
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
    let (a, b) = (state.doc(docs[0]).unwrap(), state.doc(docs[1]).unwrap());
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
            s.conflict_cursor.map(|(i, _)| i)
        })
        .collect();
    assert_eq!(cursors, [0, 1, 0]);
}

#[test]
fn a_matrix_for_a_shelf_that_has_since_changed_is_ignored() {
    let state = with_texts(&["One report.", "Another report.", "A third report."]);
    let docs: Vec<Document> = state.docs.iter().map(|l| (*l.doc).clone()).collect();
    let result = Shared::new(crate::engine::run_matrix(ids(&state), &docs));
    let wanted = reduce(&state, Action::WantMatrix);
    let grown = reduce(&wanted, Action::AddText("A fourth report.".into()));
    assert!(Rc::ptr_eq(
        &grown,
        &reduce(&grown, Action::MatrixReady(result.clone()))
    ));
    let ready = reduce(&wanted, Action::MatrixReady(result));
    assert!(ready.current_matrix().is_some());
    assert!(reduce(&ready, Action::AddText("A fourth report.".into()))
        .current_matrix()
        .is_none());
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
