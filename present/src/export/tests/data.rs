//! The CSV, the JSON, the pasted summary, and file names.

use super::*;

/// Parse RFC 4180 CSV: quoted fields with doubled quotes, CRLF between records.
fn parse_csv(csv: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut field) = (vec![], vec![], String::new());
    let mut chars = csv.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && record.is_empty(),
        "ends with CRLF"
    );
    records
}

#[test]
fn the_facts_csv_reads_back_one_record_per_fact() {
    let pair = meeting();
    let records = parse_csv(&facts_csv(&pair.comparison));
    assert_eq!(
        records[0],
        [
            "kind",
            "label",
            "status",
            "left_forms",
            "right_forms",
            "status_label",
            "left_mentions",
            "right_mentions",
            "note"
        ]
    );
    assert_eq!(records.len(), pair.comparison.facts.len() + 1);
    let conflict = records
        .iter()
        .find(|r| r[2] == "conflict")
        .expect("a conflict");
    assert_eq!(
        conflict[..6],
        [
            "date",
            "the Paris meeting",
            "conflict",
            "Sunday",
            "Monday",
            "contradicted"
        ]
    );
    let vienna = records.iter().find(|r| r[1] == "Vienna").expect("Vienna");
    assert_eq!(
        vienna[2..8],
        ["right_only", "", "Vienna", "only right", "0", "1"]
    );
}

#[test]
fn the_facts_csv_quotes_what_needs_quoting_and_defuses_formulas() {
    let mut comparison = meeting().comparison;
    comparison.facts = vec![
        fact(
            "“We agree,” she said \"twice\"",
            FactStatus::Shared,
            &["a, b"],
            &["line\nbreak"],
        ),
        fact(
            "=HYPERLINK(\"http://x\")",
            FactStatus::LeftOnly,
            &["+1", "-2"],
            &[],
        ),
        fact("@SUM(A1)", FactStatus::RightOnly, &[], &["\tTab", "\rCR"]),
        fact("a - b = c", FactStatus::Shared, &["x=y"], &["plain"]),
    ];
    let csv = facts_csv(&comparison);
    assert!(
        csv.contains(",\"“We agree,” she said \"\"twice\"\"\","),
        "{csv}"
    );
    let records = parse_csv(&csv);
    assert_eq!(records[1][1], "“We agree,” she said \"twice\"");
    assert_eq!(records[1][3..5], ["a, b", "line\nbreak"]);
    assert_eq!(records[2][1], "'=HYPERLINK(\"http://x\")");
    assert_eq!(records[2][3], "'+1 | -2", "forms joined, the cell guarded");
    assert_eq!(records[3][1], "'@SUM(A1)");
    assert_eq!(records[3][4], "'\tTab | \rCR");
    assert_eq!(
        records[4][1], "a - b = c",
        "only a leading sign is a formula"
    );
    assert_eq!(records[4][3], "x=y");
}

#[test]
fn the_json_reads_back_to_the_same_comparison() {
    let pair = meeting();
    let text = json(&pair.comparison);
    let back: Comparison = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(back, pair.comparison);
}

#[test]
fn the_json_is_pretty_printed_with_a_final_newline() {
    // The command line prints its JSON through this same function.
    let pair = example();
    let expected = serde_json::to_string_pretty(&pair.comparison).unwrap() + "\n";
    assert_eq!(json(&pair.comparison), expected);
}

#[test]
fn the_summary_names_the_reports_the_figures_and_the_contradiction() {
    let pair = meeting();
    let summary = pair.summary();
    let lines: Vec<&str> = summary.lines().collect();
    assert_eq!(
        lines[1],
        "Left:  Norland and Estmark open trade talks (norland-daily.txt)"
    );
    assert_eq!(
        lines[2],
        "Right: Trade pact due in June, ministers say (estmark-wire.txt)"
    );
    let c = &pair.comparison;
    let count = |status| c.facts.iter().filter(|f| f.status == status).count();
    assert!(summary.contains(&format!(
        "Facts: {} corroborated · {} only left · {} only right · {} contradicted\n",
        count(FactStatus::Shared),
        count(FactStatus::LeftOnly),
        count(FactStatus::RightOnly),
        count(FactStatus::Conflict),
    )));
    assert!(summary.contains(&format!("Similarity: {}\n", percent(c.similarity))));
    assert!(
        summary.contains("\nContradictions\n- Left: Sunday — Right: Monday (the Paris meeting)\n")
    );
    assert!(summary.contains(
        "\nOnly in the right report (Trade pact due in June, ministers say)\n- Places: Vienna\n"
    ));
    assert!(
        !summary.contains("Only in the left report"),
        "no empty section"
    );
}

#[test]
fn the_summary_names_a_few_single_sourced_facts_per_kind_and_counts_the_rest() {
    let pair = meeting();
    let mut comparison = pair.comparison.clone();
    comparison.conflicts.clear();
    comparison.facts = ["One", "Two", "Three", "Four", "Five"]
        .iter()
        .map(|label| fact(label, FactStatus::LeftOnly, &[label], &[]))
        .collect();
    let summary = summary_text(&comparison, &pair.left, &pair.right);
    assert!(
        summary.contains("- Quotes: “One”, “Two”, “Three” and 2 more\n"),
        "{summary}"
    );
    assert!(!summary.contains("Contradictions"));
}

#[test]
fn shares_never_round_to_identical_or_to_nothing() {
    assert_eq!(percent(0.996), "99%");
    assert_eq!(percent(1.0), "100%");
    assert_eq!(percent(0.004), "<1%");
    assert_eq!(percent(0.0), "0%");
    assert_eq!(percent(0.624), "62%");
    assert_eq!(percent(f64::NAN), "0%");
}

#[test]
fn file_stems_name_both_reports_in_safe_characters() {
    assert_eq!(
        file_stem("harbour-post.txt", "meridian-wire.txt"),
        "corroborate-harbour-post-vs-meridian-wire"
    );
    assert_eq!(
        file_stem("Höfði: Reykjavík/Talks?.docx", "AP  News <draft>*.html"),
        "corroborate-hofdi-reykjavik-talks-vs-ap-news-draft"
    );
    assert_eq!(
        file_stem("Reuters 12.03", "..."),
        "corroborate-reuters-12-03-vs-right"
    );
    assert_eq!(file_stem("", ".txt"), "corroborate-left-vs-txt");
    assert_eq!(
        file_stem("Правда.txt", "新闻.md"),
        "corroborate-правда-vs-新闻"
    );
    let long = "word ".repeat(200) + &"ž".repeat(300);
    let stem = file_stem(&long, &"ж".repeat(500));
    assert!(stem.len() <= 150, "{} bytes", stem.len());
    let forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|', '.', ' '];
    for name in [stem, file_stem("a/b\\c:d*e?f\"g<h>i|j\u{0}k", "CON.txt")] {
        assert!(!name.contains(forbidden), "{name}");
        assert!(!name.chars().any(char::is_control), "{name}");
    }
}
