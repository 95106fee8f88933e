use super::*;

/// Text with marked stretches: `[changed]`, `{verbatim}`, `<fact>` (facts numbered in order
/// of their opening mark). Returns the plain text and the spans of each mark kind.
struct Annotated {
    text: String,
    changed: Vec<Range<usize>>,
    verbatim: Vec<Range<usize>>,
    facts: Vec<Range<usize>>,
}

fn annotate(marked: &str) -> Annotated {
    let mut a = Annotated {
        text: String::new(),
        changed: vec![],
        verbatim: vec![],
        facts: vec![],
    };
    let (mut open_changed, mut open_verbatim, mut open_facts) = (0, 0, Vec::new());
    for c in marked.chars() {
        let at = a.text.len();
        match c {
            '[' => open_changed = at,
            ']' => a.changed.push(open_changed..at),
            '{' => open_verbatim = at,
            '}' => a.verbatim.push(open_verbatim..at),
            '<' => {
                open_facts.push((a.facts.len(), at));
                a.facts.push(0..0);
            }
            '>' => {
                let (index, start) = open_facts.pop().expect("invariant: balanced marks");
                a.facts[index] = start..at;
            }
            _ => a.text.push(c),
        }
    }
    a
}

/// Byte ranges of each sentence (split after ". ").
fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = vec![];
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        out.push(start..i + 1);
        start = i + 2;
    }
    out.push(start..text.len());
    out
}

/// Diff segments tiling the sentences: the changed spans, equal elsewhere.
fn diff_segments(sentences: &[Range<usize>], changed: &[Range<usize>]) -> Vec<DiffSegment> {
    let mut out = vec![];
    for s in sentences {
        let mut at = s.start;
        for c in changed
            .iter()
            .filter(|c| c.start >= s.start && c.end <= s.end)
        {
            if c.start > at {
                out.push(DiffSegment {
                    span: at..c.start,
                    tag: DiffTag::Equal,
                });
            }
            out.push(DiffSegment {
                span: c.clone(),
                tag: DiffTag::Changed,
            });
            at = c.end;
        }
        if at < s.end {
            out.push(DiffSegment {
                span: at..s.end,
                tag: DiffTag::Equal,
            });
        }
    }
    out
}

fn mark(fact: usize, status: FactStatus) -> FactMark {
    FactMark {
        fact,
        kind: FactKind::Person,
        status,
    }
}

fn texts<'a>(text: &'a str, runs: &[Run]) -> Vec<&'a str> {
    runs.iter().map(|r| &text[r.span.clone()]).collect()
}

#[test]
fn runs_tile_every_sentence_and_rebuild_its_text() {
    let a = annotate("The {leaders [met] in} Paris. They <spoke> for [two] hours. Then they left.");
    let spans = sentences(&a.text);
    let diffs = diff_segments(&spans, &a.changed);
    let facts = vec![(a.facts[0].clone(), mark(0, FactStatus::Shared))];
    let runs = sentence_runs(&spans, &diffs, &a.verbatim, &facts);
    assert_eq!(runs.len(), 3);
    for (sentence, runs) in spans.iter().zip(&runs) {
        assert_eq!(runs.first().map(|r| r.span.start), Some(sentence.start));
        assert_eq!(runs.last().map(|r| r.span.end), Some(sentence.end));
        assert!(runs.windows(2).all(|w| w[0].span.end == w[1].span.start));
        let rebuilt: String = texts(&a.text, runs).concat();
        assert_eq!(rebuilt, a.text[sentence.clone()]);
    }
}

#[test]
fn changed_words_are_their_own_runs_and_the_rest_stays_equal() {
    let a = annotate("They spoke for [two] hours.");
    let spans = sentences(&a.text);
    let runs = sentence_runs(&spans, &diff_segments(&spans, &a.changed), &[], &[]);
    assert_eq!(
        texts(&a.text, &runs[0]),
        ["They spoke for ", "two", " hours."]
    );
    let tags: Vec<DiffTag> = runs[0].iter().map(|r| r.diff).collect();
    assert_eq!(tags, [DiffTag::Equal, DiffTag::Changed, DiffTag::Equal]);
}

#[test]
fn a_verbatim_passage_crossing_a_sentence_boundary_is_marked_in_both_sentences() {
    let a = annotate("They met in {Paris. The talks} ended.");
    let spans = sentences(&a.text);
    let runs = sentence_runs(&spans, &[], &a.verbatim, &[]);
    let marked: Vec<&str> = runs
        .iter()
        .flatten()
        .filter(|r| r.verbatim)
        .map(|r| &a.text[r.span.clone()])
        .collect();
    assert_eq!(marked, ["Paris.", "The talks"]);
}

#[test]
fn overlapping_verbatim_passages_make_one_marked_stretch() {
    let a = annotate("One two three four five six.");
    let passages = vec![4..13, 8..18];
    let runs = sentence_runs(&sentences(&a.text), &[], &passages, &[]);
    assert_eq!(
        texts(&a.text, &runs[0]),
        ["One ", "two three four", " five six."]
    );
    assert!(runs[0][1].verbatim && !runs[0][0].verbatim && !runs[0][2].verbatim);
}

#[test]
fn a_name_inside_a_quote_carries_both_facts_outermost_first() {
    let a = annotate("She said <\"ask <Oliynyk> now\"> today.");
    let quote = (a.facts[0].clone(), mark(0, FactStatus::Shared));
    let person = (a.facts[1].clone(), mark(1, FactStatus::LeftOnly));
    let runs = sentence_runs(&sentences(&a.text), &[], &[], &[person, quote]);
    let name = runs[0]
        .iter()
        .find(|r| &a.text[r.span.clone()] == "Oliynyk")
        .expect("the name is a run of its own");
    let facts: Vec<usize> = name.facts.iter().map(|m| m.fact).collect();
    assert_eq!(facts, [0, 1]);
    let quote_only = runs[0]
        .iter()
        .find(|r| &a.text[r.span.clone()] == "\"ask ")
        .expect("the quote's start is a run");
    assert_eq!(quote_only.facts.len(), 1);
}

#[test]
fn sentences_given_out_of_text_order_still_get_their_own_runs() {
    let a = annotate("First [one]. Second [two].");
    let mut spans = sentences(&a.text);
    spans.reverse();
    let runs = sentence_runs(&spans, &diff_segments(&spans, &a.changed), &[], &[]);
    assert_eq!(texts(&a.text, &runs[0]), ["Second ", "two", "."]);
    assert_eq!(texts(&a.text, &runs[1]), ["First ", "one", "."]);
}

#[test]
fn the_moved_marker_names_the_paragraph_of_the_right_sentence() {
    let left = Document::from_text("l.txt", "Alpha met Beta.\n\nThey spoke at length.");
    let right = Document::from_text(
        "r.txt",
        "They spoke at length.\n\nSomething else entirely.\n\nAlpha met Beta.",
    );
    let mut comparison = corroborate_core::compare(&left, &right, &Default::default());
    comparison.alignment = vec![corroborate_core::AlignedRow {
        left: vec![0],
        right: vec![2],
        kind: RowKind::Same,
        moved: true,
        score: 1.0,
        left_diff: vec![],
        right_diff: vec![],
    }];
    let view = PairView::build(&comparison, &left, &right);
    let row = view
        .rows
        .iter()
        .find(|r| r.left == [0])
        .expect("the pair is a row");
    assert_eq!(row.moved_to, Some(3));
}

#[test]
fn sentences_left_out_of_the_alignment_are_shown_where_they_stand() {
    let left = Document::from_text(
        "l.txt",
        "Alpha met Beta.\n\nShare this article\n\nThey spoke at length.",
    );
    let right = Document::from_text(
        "r.txt",
        "Alpha met Beta.\n\nThey spoke at length.\n\n0 Comments",
    );
    let mut comparison = corroborate_core::compare(&left, &right, &Default::default());
    let row = |l: usize, r: usize| corroborate_core::AlignedRow {
        left: vec![l],
        right: vec![r],
        kind: RowKind::Same,
        moved: false,
        score: 1.0,
        left_diff: vec![],
        right_diff: vec![],
    };
    comparison.alignment = vec![row(0, 0), row(2, 1)];
    let view = PairView::build(&comparison, &left, &right);
    let shape: Vec<(Vec<usize>, Vec<usize>, bool)> = view
        .rows
        .iter()
        .map(|r| (r.left.clone(), r.right.clone(), r.furniture))
        .collect();
    assert_eq!(
        shape,
        [
            (vec![0], vec![0], false),
            (vec![1], vec![], true),
            (vec![2], vec![1], false),
            (vec![], vec![2], true),
        ]
    );
}
