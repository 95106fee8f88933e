//! Evaluation over the annotated fixtures in `fixtures/facts/`: how many of the mentions a
//! reader marked are found (recall), how many found are right (precision), and whether the
//! contradictions of each pair are the ones its answer key lists. Prints the scores and fails
//! under a floor.

mod facts_support;

use corroborate_core::{compare, facts, Document, FactKind, MatrixCell, Options};
use facts_support::{all_fixtures, fixtures_dir, Expected, Fixture};
use std::collections::BTreeMap;
use std::ops::Range;

const KINDS: [FactKind; 6] = [
    FactKind::Person,
    FactKind::Organization,
    FactKind::Place,
    FactKind::Date,
    FactKind::Number,
    FactKind::Quote,
];

/// Found mentions of every fixture, canonicalised across all of them (as the matrix does).
fn found_mentions(fixtures: &[Fixture]) -> Vec<Vec<(FactKind, Range<usize>)>> {
    let docs: Vec<Document> = fixtures.iter().map(Fixture::document).collect();
    let matrix = facts::matrix_with_rows(&docs, &|_, _| Vec::new());
    let mut found = vec![Vec::new(); docs.len()];
    for row in &matrix.rows {
        for (d, cell) in row.cells.iter().enumerate() {
            if let MatrixCell::Present { spans, .. } = cell {
                found[d].extend(spans.iter().map(|s| (row.kind, s.clone())));
            }
        }
    }
    found
}

#[derive(Default, Clone, Copy)]
struct Score {
    true_positives: usize,
    found: usize,
    expected: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        ratio(self.true_positives, self.found)
    }
    fn recall(&self) -> f64 {
        ratio(self.true_positives, self.expected)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// A found mention is right when it overlaps an expected mention of the same kind that no
/// other found mention has claimed.
fn score(expected: &[Expected], found: &[(FactKind, Range<usize>)], kind: FactKind) -> Score {
    let expected: Vec<&Expected> = expected.iter().filter(|e| e.kind == kind).collect();
    let found: Vec<&Range<usize>> = found
        .iter()
        .filter(|(k, _)| *k == kind)
        .map(|(_, s)| s)
        .collect();
    let mut claimed = vec![false; expected.len()];
    let mut tp = 0;
    for f in &found {
        let hit = expected
            .iter()
            .enumerate()
            .find(|(i, e)| !claimed[*i] && e.span.start < f.end && f.start < e.span.end);
        if let Some((i, _)) = hit {
            claimed[i] = true;
            tp += 1;
        }
    }
    Score {
        true_positives: tp,
        found: found.len(),
        expected: expected.len(),
    }
}

#[test]
fn extraction_precision_and_recall_on_annotated_fixtures() {
    let fixtures = all_fixtures();
    assert!(
        fixtures.len() >= 6,
        "expected the annotated fixtures in {}",
        fixtures_dir().display()
    );
    let found = found_mentions(&fixtures);
    let mut per_kind: BTreeMap<FactKind, Score> = BTreeMap::new();
    for (fixture, found) in fixtures.iter().zip(&found) {
        for kind in KINDS {
            let s = score(&fixture.expected, found, kind);
            let total = per_kind.entry(kind).or_default();
            total.true_positives += s.true_positives;
            total.found += s.found;
            total.expected += s.expected;
            // Name what is missed or wrong, so a failing floor says why.
            for e in fixture.expected.iter().filter(|e| e.kind == kind) {
                if !found
                    .iter()
                    .any(|(k, f)| *k == kind && f.start < e.span.end && e.span.start < f.end)
                {
                    println!(
                        "  missed  {:<13} {:?} in {}",
                        format!("{kind:?}"),
                        &fixture.text[e.span.clone()],
                        fixture.name
                    );
                }
            }
            for (_, f) in found.iter().filter(|(k, _)| *k == kind) {
                if !fixture
                    .expected
                    .iter()
                    .any(|e| e.kind == kind && f.start < e.span.end && e.span.start < f.end)
                {
                    println!(
                        "  spurious {:<12} {:?} in {}",
                        format!("{kind:?}"),
                        &fixture.text[f.clone()],
                        fixture.name
                    );
                }
            }
        }
    }
    let mut all = Score::default();
    println!(
        "{:<14} {:>9} {:>7} {:>6} {:>8}",
        "kind", "precision", "recall", "found", "expected"
    );
    for (kind, s) in &per_kind {
        println!(
            "{:<14} {:>9.3} {:>7.3} {:>6} {:>8}",
            format!("{kind:?}"),
            s.precision(),
            s.recall(),
            s.found,
            s.expected
        );
        all.true_positives += s.true_positives;
        all.found += s.found;
        all.expected += s.expected;
    }
    println!(
        "{:<14} {:>9.3} {:>7.3} {:>6} {:>8}",
        "all",
        all.precision(),
        all.recall(),
        all.found,
        all.expected
    );
    // Every marked mention is found and nothing else: the floors leave room for one or two
    // slips as the fixtures grow, not for a kind going astray.
    assert!(
        all.precision() >= 0.97,
        "precision {:.3} under the floor of 0.97",
        all.precision()
    );
    assert!(
        all.recall() >= 0.97,
        "recall {:.3} under the floor of 0.97",
        all.recall()
    );
    for (kind, s) in &per_kind {
        assert!(
            s.recall() >= 0.9 && s.precision() >= 0.9,
            "{kind:?}: precision {:.3}, recall {:.3}",
            s.precision(),
            s.recall()
        );
    }
}

#[derive(serde::Deserialize)]
struct Key {
    pairs: Vec<PairKey>,
    same_person: Vec<Vec<String>>,
    different_people: Vec<Vec<String>>,
}

#[derive(serde::Deserialize)]
struct PairKey {
    left: String,
    right: String,
    conflicts: Vec<ConflictKey>,
}

#[derive(serde::Deserialize)]
struct ConflictKey {
    kind: FactKind,
    left: String,
    right: String,
}

fn answer_key() -> Key {
    let path = fixtures_dir().join("pairs.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn contradictions_match_the_answer_key() {
    let key = answer_key();
    let mut score = Score::default();
    for pair in &key.pairs {
        let left = facts_support::fixture(&pair.left).document();
        let right = facts_support::fixture(&pair.right).document();
        let comparison = compare(&left, &right, &Options::default());
        let (_, conflicts) = facts::compare_facts(&left, &right, &comparison.alignment);
        println!("{} × {}:", pair.left, pair.right);
        let mut claimed = vec![false; conflicts.len()];
        for want in &pair.conflicts {
            let hit = conflicts.iter().enumerate().find(|(i, c)| {
                !claimed[*i]
                    && c.kind == want.kind
                    && c.left.contains(&want.left)
                    && c.right.contains(&want.right)
            });
            match hit {
                Some((i, c)) => {
                    claimed[i] = true;
                    score.true_positives += 1;
                    println!(
                        "  found   {:?}: {} / {} ({})",
                        c.kind, c.left, c.right, c.about
                    );
                }
                None => println!("  missed  {:?}: {} / {}", want.kind, want.left, want.right),
            }
        }
        for (c, _) in conflicts
            .iter()
            .zip(&claimed)
            .filter(|(_, &claimed)| !claimed)
        {
            println!(
                "  spurious {:?}: {} / {} ({})",
                c.kind, c.left, c.right, c.about
            );
        }
        score.found += conflicts.len();
        score.expected += pair.conflicts.len();
    }
    println!(
        "contradictions: precision {:.3}, recall {:.3}",
        score.precision(),
        score.recall()
    );
    assert!(
        score.precision() >= 0.95,
        "precision {:.3} under the floor of 0.95",
        score.precision()
    );
    assert!(
        score.recall() >= 0.9,
        "recall {:.3} under the floor of 0.9",
        score.recall()
    );
}

#[test]
fn spelling_variants_merge_and_different_people_stay_apart() {
    let key = answer_key();
    let docs: Vec<Document> = all_fixtures().iter().map(Fixture::document).collect();
    let matrix = facts::matrix_with_rows(&docs, &|_, _| Vec::new());
    let row_of = |form: &str| {
        matrix
            .rows
            .iter()
            .position(|r| {
                r.kind == FactKind::Person
                    && r.cells.iter().any(|c| matches!(c, MatrixCell::Present { forms, .. } if forms.iter().any(|f| f == form)))
            })
            .unwrap_or_else(|| panic!("no person written {form:?}"))
    };
    for group in &key.same_person {
        let rows: Vec<usize> = group.iter().map(|f| row_of(f)).collect();
        assert!(
            rows.windows(2).all(|w| w[0] == w[1]),
            "{group:?} should be one person, rows {rows:?}"
        );
    }
    for group in &key.different_people {
        let rows: Vec<usize> = group.iter().map(|f| row_of(f)).collect();
        let mut unique = rows.clone();
        unique.dedup();
        assert_eq!(
            unique.len(),
            rows.len(),
            "{group:?} should be different people"
        );
    }
}
