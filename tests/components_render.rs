//! Components rendered to HTML natively (`cargo test --features ssr`): what a reader would see
//! in the markup, without a browser.
#![cfg(feature = "ssr")]

use corroborate_core::{
    compare, AlignedRow, Conflict, ConflictKey, DiffSegment, DiffTag, Document, Fact, FactKind,
    FactStatus, Options, RowKind, VerbatimPassage,
};
use corroborate_present::view_model::PairView;
use corroborate_web::page::components::comparison_view::{ComparisonView, ComparisonViewProps};
use corroborate_web::page::components::doc_card::{DocCard, DocCardProps};
use corroborate_web::page::components::facts_panel::{FactsPanel, FactsPanelProps};
use corroborate_web::page::components::message_list::{MessageList, MessageListProps};
use corroborate_web::page::components::summary_bar::{SummaryBar, SummaryBarProps};
use corroborate_web::page::shared::Shared;
use corroborate_web::page::state::{FactFilter, Loaded, Message};
use corroborate_web::protocol::Compared;
use corroborate_web::protocol::DocId;
use std::ops::Range;
use yew::{BaseComponent, Callback, LocalServerRenderer};

fn render<C: BaseComponent>(props: C::Properties) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("invariant: a current-thread runtime builds");
    runtime.block_on(LocalServerRenderer::<C>::with_props(props).render())
}

const LEFT: &str =
    "The ministers met in Reykjavik on Sunday.\n\nThey signed a plan.\n\nA local band played.";
const RIGHT: &str = "They signed a plan.\n\nThe ministers met in Reykjavík on Monday.";

/// The byte range of `needle` in `text`.
fn at(text: &str, needle: &str) -> Range<usize> {
    let start = text.find(needle).expect("the fixture contains the needle");
    start..start + needle.len()
}

/// Segments tiling `sentence`, with `changed` marked as `tag`.
fn tiles(text: &str, sentence: &str, changed: &str, tag: DiffTag) -> Vec<DiffSegment> {
    let (s, c) = (at(text, sentence), at(text, changed));
    vec![
        DiffSegment {
            span: s.start..c.start,
            tag: DiffTag::Equal,
        },
        DiffSegment {
            span: c.clone(),
            tag,
        },
        DiffSegment {
            span: c.end..s.end,
            tag: DiffTag::Equal,
        },
    ]
}

/// A comparison of LEFT and RIGHT with a hand-made alignment: the meeting sentence reworded
/// (Sunday → Monday) and moved, the plan sentence the same, the band only on the left.
fn result() -> (Shared<Compared>, Shared<Document>, Shared<Document>) {
    let left = Document::from_text("left.txt", LEFT);
    let right = Document::from_text("right.txt", RIGHT);
    let mut c = compare(&left, &right, &Options::default());
    c.alignment = vec![
        AlignedRow {
            left: vec![0],
            right: vec![1],
            kind: RowKind::Reworded,
            moved: true,
            score: 0.8,
            left_diff: tiles(
                LEFT,
                "The ministers met in Reykjavik on Sunday.",
                "Sunday",
                DiffTag::Changed,
            ),
            right_diff: tiles(
                RIGHT,
                "The ministers met in Reykjavík on Monday.",
                "Monday",
                DiffTag::Changed,
            ),
        },
        AlignedRow {
            left: vec![1],
            right: vec![0],
            kind: RowKind::Same,
            moved: false,
            score: 1.0,
            left_diff: vec![],
            right_diff: vec![],
        },
        AlignedRow {
            left: vec![2],
            right: vec![],
            kind: RowKind::LeftOnly,
            moved: false,
            score: 0.0,
            left_diff: vec![],
            right_diff: vec![],
        },
    ];
    c.verbatim = vec![VerbatimPassage {
        left: at(LEFT, "They signed a plan."),
        right: at(RIGHT, "They signed a plan."),
        words: 4,
    }];
    c.facts = vec![
        fact(
            FactKind::Place,
            "Reykjavík",
            FactStatus::Shared,
            ("Reykjavik", "Reykjavík"),
        ),
        fact(
            FactKind::Date,
            "Sunday",
            FactStatus::Conflict,
            ("Sunday", "Monday"),
        ),
    ];
    c.conflicts = vec![Conflict {
        kind: FactKind::Date,
        left: "Sunday".into(),
        right: "Monday".into(),
        left_sentence: 0,
        right_sentence: 1,
        about: "the meeting".into(),
        left_span: at(LEFT, "Sunday"),
        right_span: at(RIGHT, "Monday"),
    }];
    let view = PairView::build(&c, &left, &right);
    let shown = Compared::new(0, (DocId(0), DocId(1)), Options::default(), &c, view, false);
    (Shared::new(shown), Shared::new(left), Shared::new(right))
}

/// `left` and `right` compared with the default options, as the worker sends it to the page.
fn compared(left: &Document, right: &Document) -> Compared {
    let comparison = compare(left, right, &Options::default());
    let view = PairView::build(&comparison, left, right);
    Compared::new(
        0,
        (DocId(0), DocId(1)),
        Options::default(),
        &comparison,
        view,
        false,
    )
}

fn fact(kind: FactKind, label: &str, status: FactStatus, (l, r): (&str, &str)) -> Fact {
    Fact {
        kind,
        label: label.into(),
        status,
        left: vec![l.into()],
        right: vec![r.into()],
        left_spans: vec![at(LEFT, l)],
        right_spans: vec![at(RIGHT, r)],
        note: String::new(),
    }
}

fn comparison_html() -> String {
    let (result, left, right) = result();
    render::<ComparisonView>(ComparisonViewProps {
        result,
        left,
        right,
        titles: ("Ministers meet".into(), "Plan signed".into()),
        class: Default::default(),
        revealer: Default::default(),
        on_focus_fact: Callback::noop(),
        on_hover_fact: Callback::noop(),
    })
}

#[test]
fn a_long_comparison_draws_its_first_screens_and_a_spacer_for_the_rest() {
    let text: String = (0..1_200)
        .map(|i| format!("Delegation {i} reached the harbour before noon.\n\n"))
        .collect();
    let left = Document::from_text("left.txt", text.clone());
    let right = Document::from_text("right.txt", text);
    let result = compared(&left, &right);
    let rows = result.view.rows.len();
    assert!(rows >= 1_200, "{rows} rows");
    let html = render::<ComparisonView>(ComparisonViewProps {
        result: Shared::new(result),
        left: Shared::new(left),
        right: Shared::new(right),
        titles: ("Ministers meet".into(), "Plan signed".into()),
        class: Default::default(),
        revealer: Default::default(),
        on_focus_fact: Callback::noop(),
        on_hover_fact: Callback::noop(),
    });
    let drawn = html.matches("id=\"row-").count() / 2;
    assert!(drawn > 10 && drawn < 100, "{drawn} of {rows} rows drawn");
    let text = strip_tags(&html);
    assert!(text.contains("Delegation 0 reached"), "{text}");
    assert!(
        !text.contains("Delegation 1100 reached"),
        "far rows are not drawn"
    );
    assert_eq!(
        html.matches("class=\"spacer\"").count(),
        2,
        "one spacer below each pane"
    );
}

#[test]
fn each_pane_is_headed_by_its_title_as_the_shelf_shows_it() {
    let html = comparison_html();
    assert!(html.contains(">Ministers meet<"), "{html}");
    assert!(
        html.contains("aria-label=\"right report: Plan signed\""),
        "{html}"
    );
}

#[test]
fn a_reworded_pair_marks_the_deleted_and_inserted_words() {
    let html = comparison_html();
    assert!(html.contains("<del>Sunday</del>"), "{html}");
    assert!(html.contains("<ins>Monday</ins>"), "{html}");
    assert!(!html.contains("<del>The"), "unchanged words stay plain");
}

#[test]
fn both_panes_and_the_comparison_carry_their_test_hooks() {
    let html = comparison_html();
    for hook in [
        "data-testid=\"comparison\"",
        "data-testid=\"pane-left\"",
        "data-testid=\"pane-right\"",
    ] {
        assert!(html.contains(hook), "missing {hook}");
    }
}

#[test]
fn a_left_only_sentence_is_labelled_and_leaves_a_gap_on_the_right() {
    let html = comparison_html();
    let band = html
        .find("A local band played.")
        .expect("the left-only sentence is shown");
    let label = html[band..].find("only in left").expect("it is labelled");
    assert!(label < 200, "the label follows the sentence");
    assert!(html.contains("data-gap"));
}

#[test]
fn corresponding_sentences_share_a_row_and_a_moved_one_says_where_it_sits() {
    let html = comparison_html();
    assert!(html.contains("id=\"row-0-left\""), "{html}");
    let right_row = html
        .find("id=\"row-0-right\"")
        .expect("row 0 has a right cell");
    let first_sentence = html[right_row..]
        .find("id=\"R")
        .map(|i| &html[right_row + i..right_row + i + 7]);
    assert_eq!(
        first_sentence,
        Some("id=\"R1\""),
        "the right report's second sentence sits beside the left's first"
    );
    assert!(html.contains("↕ ¶ 2 in right"));
}

#[test]
fn shared_wire_copy_is_marked_verbatim_and_facts_carry_their_status() {
    let html = comparison_html();
    assert!(
        html.contains("<mark class=\"verbatim\">They signed a plan.</mark>"),
        "{html}"
    );
    assert!(
        html.contains("data-st=\"shared\" data-k=\"place\" data-fact=\"0\" class=\"fact\""),
        "{html}"
    );
    assert!(
        html.contains("data-st=\"conflict\" data-k=\"date\" data-fact=\"1\" class=\"fact\""),
        "{html}"
    );
}

fn panel_html(filter: FactFilter) -> String {
    let (comparison, _, _) = result();
    panel_html_of(comparison, filter)
}

fn panel_with(filter: FactFilter, focused: Option<usize>, set_aside: Vec<ConflictKey>) -> String {
    let (comparison, _, _) = result();
    panel_of(comparison, filter, focused, set_aside)
}

fn panel_html_of(comparison: Shared<Compared>, filter: FactFilter) -> String {
    panel_of(comparison, filter, None, vec![])
}

fn panel_of(
    comparison: Shared<Compared>,
    filter: FactFilter,
    focused: Option<usize>,
    set_aside: Vec<ConflictKey>,
) -> String {
    let (_, left, right) = result();
    render::<FactsPanel>(FactsPanelProps {
        comparison,
        filter,
        left,
        right,
        set_aside,
        focused,
        current_conflict: None,
        on_status: Callback::noop(),
        on_kind: Callback::noop(),
        on_focus: Callback::noop(),
        on_hover: Callback::noop(),
        on_conflict: Callback::noop(),
        on_next_conflict: Callback::noop(),
        on_set_aside: Callback::noop(),
        on_restore: Callback::noop(),
        on_copy: Callback::noop(),
    })
}

#[test]
fn while_the_facts_are_worked_out_the_panel_says_so_and_counts_nothing() {
    let (comparison, _, _) = result();
    let mut partial = (*comparison).clone();
    partial.partial = true;
    partial.comparison.facts.clear();
    partial.comparison.conflicts.clear();
    let html = panel_html_of(Shared::new(partial), no_filter());
    assert!(html.contains("Working out the facts…"), "{html}");
    assert!(
        !html.contains("fact-counts") && !html.contains("No facts were found"),
        "{html}"
    );
}

#[test]
fn facts_that_failed_leave_a_plain_note_with_details_to_copy() {
    let (comparison, _, _) = result();
    let mut failed = (*comparison).clone();
    failed.comparison.facts.clear();
    failed.comparison.conflicts.clear();
    failed
        .comparison
        .failed
        .push(corroborate_core::StepFailure::new(
            corroborate_core::Step::Facts,
            "panicked at core/src/facts/names/mod.rs",
        ));
    let html = panel_html_of(Shared::new(failed), no_filter());
    assert!(
        html.contains(
            "Facts could not be worked out for this pair — the comparison above is complete."
        ),
        "{html}"
    );
    assert!(
        html.contains("panicked at core/src/facts/names/mod.rs"),
        "{html}"
    );
    assert!(html.contains("data-testid=\"copy-step-details\""), "{html}");
    assert!(
        !html.contains("No facts were found") && !html.contains("Working out"),
        "{html}"
    );
    assert!(
        !html.contains("Try again"),
        "trying the same facts again cannot help"
    );
}

fn no_filter() -> FactFilter {
    FactFilter {
        hidden_statuses: vec![],
        hidden_kinds: vec![],
    }
}

#[test]
fn the_facts_panel_counts_by_status_and_shows_both_sides_of_a_contradiction() {
    let html = panel_html(no_filter());
    assert!(
        html.contains("1 corroborated · 0 only left · 0 only right · 1 contradicted"),
        "{html}"
    );
    assert!(
        strip_tags(&html).contains("Left: Sunday — Right: Monday (the meeting)"),
        "{html}"
    );
}

#[test]
fn a_contradiction_quotes_both_sentences_with_the_values_marked() {
    let html = panel_html(no_filter());
    let sentences = html
        .split("data-testid=\"conflict-sentences\"")
        .nth(1)
        .expect("the contradiction quotes its sentences");
    let text = strip_tags(sentences);
    assert!(
        text.contains("LThe ministers met in Reykjavik on Sunday."),
        "{text}"
    );
    assert!(
        text.contains("RThe ministers met in Reykjavík on Monday."),
        "{text}"
    );
    assert!(sentences.contains("<mark>Sunday</mark>"), "{sentences}");
    assert!(sentences.contains("<mark>Monday</mark>"), "{sentences}");
    assert!(html.contains("Not a contradiction"), "{html}");
}

#[test]
fn a_contradiction_set_aside_is_listed_with_an_undo() {
    let key = ConflictKey {
        kind: FactKind::Date,
        left: "Tuesday".into(),
        right: "Friday".into(),
        about: "the vote".into(),
    };
    let html = panel_with(no_filter(), None, vec![key]);
    let aside = strip_tags(html.split("data-testid=\"set-aside\"").nth(1).unwrap_or(""));
    assert!(aside.contains("Set aside by you (1)"), "{html}");
    assert!(aside.contains("Tuesday / Friday (the vote)"), "{aside}");
    assert!(html.contains("data-testid=\"restore-conflict\""), "{html}");
}

#[test]
fn the_picked_fact_shows_the_sentence_it_comes_from_in_each_report() {
    let html = panel_with(no_filter(), Some(0), vec![]);
    let trace = html
        .split("data-testid=\"fact-trace\"")
        .nth(1)
        .expect("the picked fact is traced");
    let text = strip_tags(trace);
    assert!(
        text.contains("LThe ministers met in Reykjavik on Sunday."),
        "{text}"
    );
    assert!(
        text.contains("RThe ministers met in Reykjavík on Monday."),
        "{text}"
    );
    assert!(trace.contains("<mark>Reykjavik</mark>"), "{trace}");
    assert_eq!(
        html.matches("data-testid=\"fact-trace\"").count(),
        1,
        "only the picked fact is traced"
    );
}

#[test]
fn a_hidden_status_drops_its_facts_from_the_list() {
    let listed = |html: &str| html.matches("data-fact-item=").count();
    assert_eq!(listed(&panel_html(no_filter())), 2);
    let hidden = panel_html(FactFilter {
        hidden_statuses: vec![FactStatus::Shared],
        hidden_kinds: vec![],
    });
    assert_eq!(listed(&hidden), 1, "{hidden}");
    assert!(
        hidden.contains("data-fact-item=\"1\""),
        "the contradicted date stays"
    );
}

#[test]
fn the_summary_shows_similarity_and_the_counts() {
    let (result, _, _) = result();
    let mut props = SummaryBarProps::of(&result.comparison);
    props.similarity = 0.723;
    props.summary.left_only = 3;
    let html = strip_tags(&render::<SummaryBar>(props));
    assert!(html.contains("72%similar"), "{html}");
    assert!(html.contains("3 only left"), "{html}");
}

#[test]
fn a_document_card_shows_title_name_word_count_and_preview_and_names_its_buttons() {
    let doc = Document::from_text(
        "harbour.txt",
        "\n\n# Ministers agree plan\n\nThe ministers met in Reykjavik on Sunday.",
    );
    let words = doc.word_count();
    let card = |label: Option<&str>| {
        render::<DocCard>(DocCardProps {
            loaded: Loaded {
                id: DocId(4),
                doc: Shared::new(doc.clone()),
                label: label.map(String::from),
            },
            side: None,
            first: true,
            last: false,
            on_remove: Callback::noop(),
            on_rename: Callback::noop(),
            on_move: Callback::noop(),
        })
    };
    let html = card(None);
    assert!(html.contains("data-testid=\"doc\""));
    assert!(html.contains(">Ministers agree plan<"), "{html}");
    assert!(html.contains(&format!("{words} words")));
    assert!(
        html.contains("The ministers met in Reykjavik on Sunday."),
        "the preview"
    );
    assert!(html.contains("aria-label=\"Remove harbour.txt\""));
    assert!(html.contains("aria-label=\"Rename Ministers agree plan\""));
    let renamed = card(Some("Harbour wire copy"));
    assert!(renamed.contains(">Harbour wire copy<"), "{renamed}");
}

#[test]
fn each_message_is_an_alert() {
    let messages = vec![Message {
        id: 3,
        text: "photo.png: it is a PNG image, not a text report".into(),
        error: true,
        undo: false,
        details: None,
    }];
    let html = render::<MessageList>(MessageListProps {
        messages,
        on_dismiss: Callback::noop(),
        on_undo: Callback::noop(),
        on_retry: Callback::noop(),
        on_copy: Callback::noop(),
        can_retry: false,
    });
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("photo.png: it is a PNG image"));
    assert!(!html.contains("Undo"));
}

#[test]
fn a_removal_offers_undo_and_a_crash_offers_its_details_and_a_retry() {
    let messages = vec![
        Message {
            id: 1,
            text: "Removed “Talks end”.".into(),
            error: false,
            undo: true,
            details: None,
        },
        Message {
            id: 2,
            text: "Something went wrong comparing these reports — your documents are safe.".into(),
            error: true,
            undo: false,
            details: Some("panicked at core/src/diff.rs:10:5".into()),
        },
    ];
    let html = render::<MessageList>(MessageListProps {
        messages,
        on_dismiss: Callback::noop(),
        on_undo: Callback::noop(),
        on_retry: Callback::noop(),
        on_copy: Callback::noop(),
        can_retry: true,
    });
    assert!(html.contains("role=\"status\""), "a notice is not an alert");
    assert_eq!(html.matches("data-testid=\"undo\"").count(), 1);
    assert!(html.contains("panicked at core/src/diff.rs:10:5"));
    assert!(html.contains("data-testid=\"retry\""));
    assert!(html.contains("Copy details"));
}

/// The text of some HTML, tags removed (entities left as they are).
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}
