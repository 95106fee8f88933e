//! Acceptance on the real seed reports, when `../shared/seeds` exists (it is not part of the
//! repository; without it these tests pass vacuously and say so). They check the behaviours
//! the facts issue names, not exact counts: the weekday of the Paris meeting contradicted
//! between the report that says Sunday and those that say Monday; no contradiction between
//! reports that agree; one person for every spelling of the Ukrainian president; one place
//! for Élysée and Elysee; his wife a different person; each report corroborating itself.

use corroborate_core::{
    compare, facts, Conflict, Document, Fact, FactKind, FactStatus, MatrixCell, Options,
};
use std::path::PathBuf;

fn seeds() -> Option<Vec<Document>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let docs: Vec<Document> = paths
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).expect("seed readable");
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            Document::from_bytes(name, &bytes).expect("seed ingests")
        })
        .collect();
    (docs.len() >= 5).then_some(docs)
}

fn pair(left: &Document, right: &Document) -> (Vec<Fact>, Vec<Conflict>) {
    let comparison = compare(left, right, &Options::default());
    facts::compare_facts(left, right, &comparison.alignment)
}

/// The reports by what they say of the meeting's weekday.
fn by_weekday(docs: &[Document]) -> (Vec<usize>, Vec<usize>) {
    let says = |d: &Document, day: &str| {
        facts::extract(d)
            .iter()
            .any(|m| m.kind == FactKind::Date && m.text == day)
    };
    let sunday: Vec<usize> = (0..docs.len())
        .filter(|&i| says(&docs[i], "Sunday") && !says(&docs[i], "Monday"))
        .collect();
    let monday: Vec<usize> = (0..docs.len())
        .filter(|&i| says(&docs[i], "Monday"))
        .collect();
    (sunday, monday)
}

#[test]
fn the_sunday_report_contradicts_the_monday_reports_and_they_agree_with_each_other() {
    let Some(docs) = seeds() else {
        eprintln!("no ../shared/seeds: skipped");
        return;
    };
    let (sunday, monday) = by_weekday(&docs);
    assert!(
        !sunday.is_empty() && monday.len() >= 2,
        "sunday {sunday:?}, monday {monday:?}"
    );
    for &s in &sunday {
        for &m in &monday {
            let (_, conflicts) = pair(&docs[s], &docs[m]);
            let weekday = conflicts
                .iter()
                .find(|c| c.kind == FactKind::Date && c.left == "Sunday");
            let weekday = weekday.unwrap_or_else(|| {
                panic!(
                    "{} × {}: no Sunday/Monday contradiction in {conflicts:#?}",
                    docs[s].name, docs[m].name
                )
            });
            assert!(weekday.right.starts_with("Monday"), "{weekday:?}");
            assert!(weekday.about.contains("Paris"), "{weekday:?}");
        }
    }
    for (k, &a) in monday.iter().enumerate() {
        for &b in &monday[k + 1..] {
            let (_, conflicts) = pair(&docs[a], &docs[b]);
            let dates: Vec<&Conflict> = conflicts
                .iter()
                .filter(|c| c.kind == FactKind::Date)
                .collect();
            assert!(
                dates.is_empty(),
                "{} × {}: {dates:#?}",
                docs[a].name,
                docs[b].name
            );
        }
    }
}

#[test]
fn spellings_of_one_name_are_one_person_and_his_wife_is_another() {
    let Some(docs) = seeds() else {
        eprintln!("no ../shared/seeds: skipped");
        return;
    };
    let matrix = facts::matrix(&docs);
    let forms = |row: &corroborate_core::MatrixRow| -> Vec<String> {
        row.cells
            .iter()
            .flat_map(|c| match c {
                MatrixCell::Present { forms, .. } => forms.clone(),
                _ => Vec::new(),
            })
            .collect()
    };
    let rows_with = |kind: FactKind, written: &str| -> Vec<usize> {
        (0..matrix.rows.len())
            .filter(|&r| {
                matrix.rows[r].kind == kind && forms(&matrix.rows[r]).iter().any(|f| f == written)
            })
            .collect()
    };
    let president: Vec<usize> = ["Zelenskyy", "Zelenskiy", "Zelensky"]
        .iter()
        .flat_map(|w| rows_with(FactKind::Person, w))
        .collect();
    assert!(
        president.len() >= 3 && president.windows(2).all(|w| w[0] == w[1]),
        "rows {president:?}"
    );
    let wife = rows_with(FactKind::Person, "Olena Zelenska");
    assert_eq!(wife.len(), 1);
    assert_ne!(wife[0], president[0]);
    let palace: Vec<usize> = ["Élysée Palace", "Elysee Palace"]
        .iter()
        .flat_map(|w| rows_with(FactKind::Place, w))
        .collect();
    assert!(
        palace.len() == 2 && palace[0] == palace[1],
        "rows {palace:?}"
    );
}

#[test]
fn each_report_compared_with_itself_corroborates_every_fact() {
    let Some(docs) = seeds() else {
        eprintln!("no ../shared/seeds: skipped");
        return;
    };
    for d in &docs {
        let (found, conflicts) = pair(d, d);
        assert!(conflicts.is_empty(), "{}: {conflicts:#?}", d.name);
        assert!(
            found.iter().all(|f| f.status == FactStatus::Shared),
            "{}",
            d.name
        );
    }
}

#[test]
fn the_weekday_clash_is_found_even_when_no_sentence_is_aligned() {
    let Some(docs) = seeds() else {
        eprintln!("no ../shared/seeds: skipped");
        return;
    };
    let (sunday, monday) = by_weekday(&docs);
    for &s in &sunday {
        for &m in &monday {
            let (_, conflicts) = facts::compare_facts_with_rows(&docs[s], &docs[m], &[]);
            let dates: Vec<&Conflict> = conflicts
                .iter()
                .filter(|c| c.kind == FactKind::Date)
                .collect();
            assert!(
                dates.len() == 1 && dates[0].left == "Sunday" && dates[0].about.contains("Paris"),
                "{} × {}: {dates:#?}",
                docs[s].name,
                docs[m].name
            );
        }
    }
    for (k, &a) in monday.iter().enumerate() {
        for &b in &monday[k + 1..] {
            let (_, conflicts) = facts::compare_facts_with_rows(&docs[a], &docs[b], &[]);
            assert!(
                conflicts.iter().all(|c| c.kind != FactKind::Date),
                "{} × {}: {conflicts:#?}",
                docs[a].name,
                docs[b].name
            );
        }
    }
}
