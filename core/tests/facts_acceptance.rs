//! The behaviours of the facts engine that users rely on, each on a small report pair of our
//! own, compared end to end through the sentence alignment.

mod facts_support;

use corroborate_core::{
    compare, facts, Conflict, Document, Fact, FactKind, FactStatus, MatrixCell, Options,
};

fn doc(name: &str, text: &str) -> Document {
    Document::from_text(name, text)
}

/// Facts and conflicts of a pair, through the real alignment.
fn pair(left: &str, right: &str) -> (Vec<Fact>, Vec<Conflict>) {
    let (left, right) = (doc("left.txt", left), doc("right.txt", right));
    let comparison = compare(&left, &right, &Options::default());
    facts::compare_facts(&left, &right, &comparison.alignment)
}

fn find<'a>(facts: &'a [Fact], kind: FactKind, label: &str) -> &'a Fact {
    facts
        .iter()
        .find(|f| f.kind == kind && f.label == label)
        .unwrap_or_else(|| {
            panic!(
                "no {kind:?} {label:?} in {:#?}",
                facts.iter().map(|f| &f.label).collect::<Vec<_>>()
            )
        })
}

#[test]
fn a_different_weekday_for_the_same_meeting_is_a_contradiction() {
    let (found, conflicts) = pair(
        "Anna Lindqvist met Marek Nowak in Oslo on Monday to discuss the fishing quota.\nThey agreed to meet again.",
        "Anna Lindqvist met Marek Nowak in Oslo on Sunday to discuss the fishing quota.\nThey agreed to meet again.",
    );
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    let c = &conflicts[0];
    assert_eq!(
        (c.kind, c.left.as_str(), c.right.as_str()),
        (FactKind::Date, "Monday", "Sunday")
    );
    assert_eq!(c.about, "the Oslo meeting");
    assert_eq!((c.left_sentence, c.right_sentence), (0, 0));
    assert_eq!(
        found[0].status,
        FactStatus::Conflict,
        "contradictions come first"
    );
    assert_eq!(found[0].label, "the Oslo meeting");
    assert_eq!(
        find(&found, FactKind::Person, "Anna Lindqvist").status,
        FactStatus::Shared
    );
}

#[test]
fn a_weekday_that_belongs_to_another_event_contradicts_nothing() {
    // The example: the left also dates the Florida talks.
    let (found, conflicts) = pair(
        "The envoys met Monday; the Florida talks were on Sunday.",
        "The envoys met on Monday.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    assert_eq!(
        find(&found, FactKind::Date, "Sunday").status,
        FactStatus::LeftOnly
    );
    assert_eq!(
        find(&found, FactKind::Date, "Monday").status,
        FactStatus::Shared
    );
    // A clause opened by "followed" dates another event too.
    let (_, conflicts) = pair(
        "OSLO — Anna Lindqvist met Marek Nowak on Monday at the Nobel Institute. The Oslo meeting followed Sunday's talks between officials in Florida.",
        "Anna Lindqvist met Marek Nowak on Monday at the Nobel Institute in Oslo. It came after talks between officials in Florida.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
}

#[test]
fn a_weekday_is_checked_against_a_full_date() {
    // 1 December 2025 was a Monday.
    let (_, conflicts) = pair(
        "The leaders met in Paris on Sunday to sign the accord.",
        "The leaders met in Paris on December 1, 2025 to sign the accord.",
    );
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert_eq!(
        (conflicts[0].left.as_str(), conflicts[0].right.as_str()),
        ("Sunday", "December 1, 2025")
    );
    let (found, conflicts) = pair(
        "The leaders met in Paris on Monday to sign the accord.",
        "The leaders met in Paris on December 1, 2025 to sign the accord.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    let date = find(&found, FactKind::Date, "Monday 1 December 2025");
    assert_eq!(date.status, FactStatus::Shared);
    assert_eq!(
        (date.left.as_slice(), date.right.as_slice()),
        (
            &["Monday".to_string()][..],
            &["December 1, 2025".to_string()][..]
        )
    );
}

#[test]
fn a_year_is_inferred_from_the_reports_own_date() {
    let report = doc("a.txt", "REYKJAVIK, March 10, 2026 — The ministers signed the plan.\nThey meet again on March 11 and on Dec. 30.");
    let labels: Vec<String> = facts::extract(&report)
        .into_iter()
        .filter(|m| m.kind == FactKind::Date)
        .map(|m| m.label)
        .collect();
    assert_eq!(
        labels,
        [
            "Tuesday 10 March 2026",
            "Wednesday 11 March 2026",
            "Tuesday 30 December 2025"
        ]
    );
}

#[test]
fn spelling_variants_are_one_person_and_a_namesake_is_not() {
    let (found, _) = pair(
        "Ukrainian President Volodymyr Zelenskyy arrived in Paris. Zelenskyy met the press.",
        "President Volodymyr Zelenskiy arrived in Paris with Olena Zelenska. Zelensky met the press, and Zelenska visited a school.",
    );
    let people: Vec<&Fact> = found
        .iter()
        .filter(|f| f.kind == FactKind::Person)
        .collect();
    assert_eq!(people.len(), 2, "{people:#?}");
    let president = people
        .iter()
        .find(|f| f.left.iter().any(|w| w == "Volodymyr Zelenskyy"))
        .expect("the president");
    assert_eq!(president.status, FactStatus::Shared);
    assert_eq!(president.right, ["Volodymyr Zelenskiy", "Zelensky"]);
    let first_lady = people
        .iter()
        .find(|f| f.right.iter().any(|w| w == "Olena Zelenska"))
        .expect("Olena Zelenska");
    assert_eq!(first_lady.status, FactStatus::RightOnly);
    assert_eq!(first_lady.right, ["Olena Zelenska", "Zelenska"]);
}

#[test]
fn accents_aliases_and_datelines_name_one_place() {
    let (found, _) = pair(
        "PARIS — The talks in Paris at the Élysée Palace involved the U.S. and the U.K., and the EU.",
        "The talks in Paris at the Elysee involved the United States and Britain, and the European Union.",
    );
    for (kind, label) in [
        (FactKind::Place, "Paris"),
        (FactKind::Place, "Élysée Palace"),
        (FactKind::Place, "United States"),
        (FactKind::Place, "United Kingdom"),
        (FactKind::Organization, "European Union"),
    ] {
        assert_eq!(
            find(&found, kind, label).status,
            FactStatus::Shared,
            "{label}"
        );
    }
    let elysee = find(&found, FactKind::Place, "Élysée Palace");
    assert_eq!(
        (elysee.left.as_slice(), elysee.right.as_slice()),
        (
            &["Élysée Palace".to_string()][..],
            &["Elysee".to_string()][..]
        )
    );
}

/// Issue 13: a dateline says where the report was filed, not where its events happened.
#[test]
fn a_dateline_place_is_where_the_report_was_filed_not_a_fact() {
    for opening in [
        "LISBON —",
        "LISBON (Wire):",
        "(Wire) LISBON [Daily Wire]:",
        "Lisbon:",
    ] {
        let (found, _) = pair(
            &format!("{opening} The two ministers met in Tromsø on Monday."),
            "The two ministers met in Tromsø on Monday.",
        );
        assert!(
            !found.iter().any(|f| f.label.eq_ignore_ascii_case("lisbon")),
            "{opening}: {found:#?}"
        );
        assert_eq!(
            find(&found, FactKind::Place, "Tromsø").status,
            FactStatus::Shared
        );
    }
}

#[test]
fn a_trimmed_quote_with_other_marks_is_corroborated_with_the_difference_noted() {
    let (found, conflicts) = pair(
        "“We will not leave our fishermen alone in a storm,” Saraiva said after the talks in Lisbon.",
        "\"We will not leave our fishermen alone,\" Saraiva said after the talks in Lisbon.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    let quote = found
        .iter()
        .find(|f| f.kind == FactKind::Quote)
        .expect("the quote");
    assert_eq!(quote.status, FactStatus::Shared);
    assert!(
        quote.note.contains("trimmed") && quote.note.contains("in a storm"),
        "{}",
        quote.note
    );
}

#[test]
fn the_same_statement_from_another_speaker_is_a_contradiction() {
    let (found, conflicts) = pair(
        "Anna Lindqvist met Marek Nowak. \"Every boat is a promise kept,\" Lindqvist said.",
        "Anna Lindqvist met Marek Nowak. \"Every boat is a promise kept,\" Nowak said.",
    );
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert_eq!(
        (
            conflicts[0].kind,
            conflicts[0].left.as_str(),
            conflicts[0].right.as_str()
        ),
        (FactKind::Quote, "Lindqvist", "Nowak")
    );
    assert!(conflicts[0].about.starts_with("who said “Every boat"));
    assert_eq!(
        found
            .iter()
            .find(|f| f.kind == FactKind::Quote)
            .map(|f| f.status),
        Some(FactStatus::Conflict)
    );
}

#[test]
fn different_figures_for_the_same_thing_contradict_and_hedges_do_not() {
    let (_, conflicts) = pair(
        "Under the plan, Iceland will send 40 mobile turbines to Kharkiv.",
        "Under the plan, Iceland will send 35 mobile turbines to Kharkiv.",
    );
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert_eq!(
        (conflicts[0].left.as_str(), conflicts[0].right.as_str()),
        ("40 mobile turbines", "35 mobile turbines")
    );
    assert_eq!(conflicts[0].about, "the number of mobile turbines");
    let (found, conflicts) = pair(
        "The ministers talked for nearly three hours in Oslo.",
        "The ministers talked for three hours in Oslo.",
    );
    assert!(conflicts.is_empty(), "{conflicts:#?}");
    let hours = find(&found, FactKind::Number, "3 hours");
    assert_eq!(hours.status, FactStatus::Shared);
    assert!(hours.note.contains("nearly"), "{}", hours.note);
}

#[test]
fn a_report_compared_with_itself_corroborates_every_fact() {
    for fixture in facts_support::all_fixtures() {
        let d = fixture.document();
        let comparison = compare(&d, &d, &Options::default());
        let (found, conflicts) = facts::compare_facts(&d, &d, &comparison.alignment);
        assert!(conflicts.is_empty(), "{}: {conflicts:#?}", fixture.name);
        assert!(!found.is_empty());
        for f in &found {
            assert_eq!(f.status, FactStatus::Shared, "{}: {f:#?}", fixture.name);
            assert_eq!(f.left_spans, f.right_spans);
        }
    }
}

#[test]
fn swapping_left_and_right_swaps_the_statuses() {
    let key = |f: &Fact| (f.kind, f.label.clone());
    let fixtures = facts_support::all_fixtures();
    for a in &fixtures {
        for b in &fixtures {
            if a.name >= b.name {
                continue;
            }
            let (left, right) = (a.document(), b.document());
            let forward = compare(&left, &right, &Options::default());
            let backward = compare(&right, &left, &Options::default());
            let (ff, fc) = facts::compare_facts(&left, &right, &forward.alignment);
            let (bf, bc) = facts::compare_facts(&right, &left, &backward.alignment);
            let swapped = |s: FactStatus| match s {
                FactStatus::LeftOnly => FactStatus::RightOnly,
                FactStatus::RightOnly => FactStatus::LeftOnly,
                other => other,
            };
            let mut forward_keys: Vec<_> = ff
                .iter()
                .map(|f| (key(f), swapped(f.status), f.right.clone(), f.left.clone()))
                .collect();
            let mut backward_keys: Vec<_> = bf
                .iter()
                .map(|f| (key(f), f.status, f.left.clone(), f.right.clone()))
                .collect();
            forward_keys.sort();
            backward_keys.sort();
            assert_eq!(forward_keys, backward_keys, "{} × {}", a.name, b.name);
            let mut fc: Vec<_> = fc
                .iter()
                .map(|c| (c.kind, c.right.clone(), c.left.clone()))
                .collect();
            let mut bc: Vec<_> = bc
                .iter()
                .map(|c| (c.kind, c.left.clone(), c.right.clone()))
                .collect();
            fc.sort();
            bc.sort();
            assert_eq!(fc, bc, "{} × {}", a.name, b.name);
        }
    }
}

#[test]
fn the_comparison_carries_the_facts() {
    let left = doc(
        "a.txt",
        "The leaders met in Paris on Monday.\nThey spoke for two hours.",
    );
    let right = doc(
        "b.txt",
        "They spoke for two hours.\nThe leaders met in Paris on Sunday.",
    );
    let comparison = compare(&left, &right, &Options::default());
    let (found, conflicts) = facts::compare_facts(&left, &right, &comparison.alignment);
    assert_eq!(comparison.facts, found);
    assert_eq!(comparison.conflicts, conflicts);
    let json = serde_json::to_value(&comparison).expect("serialises");
    let first = &json["facts"][0];
    for field in [
        "kind",
        "label",
        "status",
        "left",
        "right",
        "left_spans",
        "right_spans",
    ] {
        assert!(
            !first[field].is_null(),
            "facts[0].{field} missing in {first}"
        );
    }
    assert_eq!(json["conflicts"][0]["left"], "Monday");
    assert_eq!(json["conflicts"][0]["about"], "the Paris meeting");
}

#[test]
fn the_matrix_shows_who_carries_a_fact_and_who_says_otherwise() {
    let docs = [
        doc(
            "a.txt",
            "Anna Lindqvist met Marek Nowak in Oslo on Monday to discuss the fishing quota.",
        ),
        doc(
            "b.txt",
            "Anna Lindqvist met Marek Nowak in Oslo on Monday to discuss the fishing quota.",
        ),
        doc(
            "c.txt",
            "Anna Lindqvist met Marek Nowak in Oslo on Sunday to discuss the fishing quota.",
        ),
    ];
    let matrix = facts::matrix_with_rows(&docs, &|_, _| vec![(vec![0], vec![0])]);
    let monday = matrix
        .rows
        .iter()
        .find(|r| r.label == "Monday")
        .expect("a Monday row");
    assert_eq!(monday.present, 2);
    assert_eq!(monday.different, 1);
    assert!(matches!(&monday.cells[2], MatrixCell::Different { value, .. } if value == "Sunday"));
    assert_eq!(matrix.rows[0].different, 1, "rows that disagree come first");
    let json = serde_json::to_value(&matrix).expect("serialises");
    assert_eq!(json["reports"][2], "c.txt");
    let row = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["label"] == "Monday")
        .unwrap();
    assert_eq!(row["kind"], "date");
    assert_eq!(row["cells"][0]["state"], "present");
    assert_eq!(row["cells"][2]["state"], "different");
    assert_eq!(row["cells"][2]["value"], "Sunday");
    let nowak = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["label"] == "Marek Nowak")
        .unwrap();
    assert_eq!(nowak["present"], 3);
    assert!(nowak["cells"][1]["spans"][0].is_array());
}
