//! `corroborate corpus` as a desk would run it on a day of coverage: reports grouped by
//! event, each event's contradictions with the reports on each side, bad reports listed
//! with their reason while the rest goes on, and the real reports of ../shared/corpus mixed
//! together coming apart into their events.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh scratch folder under Cargo's temporary directory.
fn scratch_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Run `corroborate corpus INPUT --out OUT`; returns (exit success, stderr).
fn run_corpus(input: &Path, out: &Path) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .arg("corpus")
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(["--jobs", "2"])
        .output()
        .expect("the corroborate binary runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn lines(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The events as sets of report ids.
fn events(out: &Path) -> Vec<Vec<String>> {
    lines(&out.join("events.jsonl"))
        .iter()
        .map(|e| {
            let mut ids: Vec<String> = e["reports"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r.as_str().unwrap().to_string())
                .collect();
            ids.sort();
            ids
        })
        .collect()
}

fn line(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text, "source": "Test Wire" }).to_string()
}

const FLOOD_A: &str = "Floods hit Varnia valley\n\nFloods in the Varnia valley killed 40 people on Sunday, Governor Ana Kovac said. Rescue teams from Tarvan reached the upper villages of the valley by boat. The regional council in Tarvan closed the schools for a week.";
const FLOOD_B: &str = "Varnia floods\n\nGovernor Ana Kovac said the floods killed 45 people in the Varnia valley on Sunday. Boats from Tarvan carried rescue teams to the upper villages. Schools across the valley will stay closed, the council in Tarvan said.";
const FLOOD_C: &str = "Death toll rises in Varnia\n\nThe floods in the Varnia valley killed 45 people, Governor Ana Kovac said on Monday, as rescue teams from Tarvan searched the upper villages.";
const CHESS_A: &str = "Kelbor chess final drawn\n\nThe Kelbor chess final between Marek Halvorsen and Ilse Brandt ended in a draw after six hours in the Orlen Hall on Friday.";
const CHESS_B: &str = "Draw in Kelbor final\n\nMarek Halvorsen and Ilse Brandt drew the Kelbor chess final in the Orlen Hall on Friday after six hours of play.";
const LONE: &str =
    "Bakery wins prize\n\nA small bakery in Dunmore won the national bread prize for its rye loaf.";

#[test]
fn reports_of_one_event_are_grouped_and_their_contradiction_has_two_sides() {
    let dir = scratch_dir("corpus-grouped");
    let input = dir.join("day.jsonl");
    let body = [
        line("flood-a", FLOOD_A),
        line("chess-a", CHESS_A),
        line("flood-b", FLOOD_B),
        line("lone", LONE),
        line("chess-b", CHESS_B),
        line("flood-c", FLOOD_C),
    ]
    .join("\n");
    std::fs::write(&input, body).unwrap();
    let out = dir.join("out");
    let (ok, err) = run_corpus(&input, &out);
    assert!(ok, "{err}");
    assert_eq!(
        events(&out),
        [
            vec!["flood-a", "flood-b", "flood-c"],
            vec!["chess-a", "chess-b"]
        ]
    );
    let flood = &lines(&out.join("events.jsonl"))[0];
    let toll = flood["contradictions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "number")
        .unwrap_or_else(|| panic!("no figure contradicted: {flood:#}"));
    let sides: Vec<(String, usize)> = toll["sides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["value"].as_str().unwrap().to_string(),
                s["reports"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(
        sides,
        [("45 people".to_string(), 2), ("40 people".to_string(), 1)]
    );
    // Every report is listed with its event; the lone report has none.
    let reports = lines(&out.join("reports.jsonl"));
    assert_eq!(reports.len(), 6);
    let lone = reports.iter().find(|r| r["id"] == "lone").unwrap();
    assert!(lone.get("event").is_none(), "{lone}");
    assert_eq!(lone["source"], "Test Wire");
    let page = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(page.contains("45 people") && page.contains("flood-b"));
}

#[test]
fn bad_reports_are_listed_with_their_reason_and_the_rest_goes_on() {
    let dir = scratch_dir("corpus-bad");
    let input = dir.join("day.jsonl");
    let body = [
        line("flood-a", FLOOD_A),
        String::new(),
        "{ this is not json".to_string(),
        serde_json::json!({ "id": 7, "body": "no text field" }).to_string(),
        line("empty", "   "),
        line("flood-b", FLOOD_B),
        line("<script>alert(1)</script>", FLOOD_C),
    ]
    .join("\n");
    std::fs::write(&input, body).unwrap();
    let out = dir.join("out");
    let (ok, err) = run_corpus(&input, &out);
    assert!(ok, "{err}");
    let reports = lines(&out.join("reports.jsonl"));
    let errors: Vec<(String, String)> = reports
        .iter()
        .filter_map(|r| {
            Some((
                r["id"].as_str()?.to_string(),
                r["error"].as_str()?.to_string(),
            ))
        })
        .collect();
    assert_eq!(errors.len(), 4, "{errors:#?}");
    assert!(
        errors[0].0 == "line 2" && errors[0].1.contains("empty"),
        "{errors:?}"
    );
    assert!(errors[1].1.contains("not a JSON object"), "{errors:?}");
    assert!(errors[2].1.contains("not a JSON object"), "{errors:?}");
    assert!(
        errors[3].0 == "empty" && errors[3].1.contains("no words"),
        "{errors:?}"
    );
    assert_eq!(events(&out).len(), 1);
    // Ids are text, never markup, in the page.
    let page = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        !page.contains("<script>alert"),
        "an id was written as markup"
    );
    assert!(page.contains("&lt;script&gt;"));
}

#[test]
fn a_folder_of_files_is_read_like_the_page_reads_them() {
    let dir = scratch_dir("corpus-folder");
    let input = dir.join("reports");
    std::fs::create_dir_all(input.join("monday")).unwrap();
    std::fs::write(input.join("monday/flood-a.txt"), FLOOD_A).unwrap();
    std::fs::write(
        input.join("monday/flood-b.html"),
        format!(
            "<html><body><article><p>{}</p></article></body></html>",
            FLOOD_B.replace("\n\n", "</p><p>")
        ),
    )
    .unwrap();
    std::fs::write(
        input.join("broken.docx"),
        b"PK\x03\x04 not really a document",
    )
    .unwrap();
    let out = dir.join("out");
    let (ok, err) = run_corpus(&input, &out);
    assert!(ok, "{err}");
    assert_eq!(
        events(&out),
        [vec!["monday/flood-a.txt", "monday/flood-b.html"]]
    );
    let reports = lines(&out.join("reports.jsonl"));
    let broken = reports.iter().find(|r| r["id"] == "broken.docx").unwrap();
    assert!(
        broken["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{broken}"
    );
}

#[test]
fn the_real_reports_of_the_bench_come_apart_into_their_events() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    let Ok(entries) = std::fs::read_dir(&corpus) else {
        eprintln!("../shared/corpus is absent: skipped");
        return;
    };
    // Only the reports: one folder per event, its .txt files.
    let dir = scratch_dir("corpus-bench");
    let input = dir.join("mixed");
    std::fs::create_dir_all(&input).unwrap();
    let mut expected: Vec<Vec<String>> = Vec::new();
    for event in entries.flatten().filter(|e| e.path().is_dir()) {
        let mut ids = Vec::new();
        for file in std::fs::read_dir(event.path()).unwrap().flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            if name.ends_with(".txt") {
                let id = format!("{}-{name}", event.file_name().to_string_lossy());
                std::fs::copy(file.path(), input.join(&id)).unwrap();
                ids.push(id);
            }
        }
        if ids.len() >= 2 {
            ids.sort();
            expected.push(ids);
        }
    }
    let out = dir.join("out");
    let (ok, err) = run_corpus(&input, &out);
    assert!(ok, "{err}");
    let mut found = events(&out);
    found.sort();
    expected.sort();
    assert_eq!(found, expected);
}

#[test]
fn one_report_two_identical_reports_and_a_huge_one_each_get_an_answer() {
    let dir = scratch_dir("corpus-edges");
    // One report: no event, but a listing.
    let one = dir.join("one.jsonl");
    std::fs::write(&one, line("only", FLOOD_A)).unwrap();
    let (ok, err) = run_corpus(&one, &dir.join("out-one"));
    assert!(ok, "{err}");
    assert!(events(&dir.join("out-one")).is_empty());
    assert_eq!(lines(&dir.join("out-one/reports.jsonl")).len(), 1);
    // Two identical reports: one event, every word reused.
    let twins = dir.join("twins.jsonl");
    let huge = "Floods. ".repeat(3_000_000);
    std::fs::write(
        &twins,
        [line("a", FLOOD_A), line("b", FLOOD_A), line("huge", &huge)].join("\n"),
    )
    .unwrap();
    let out = dir.join("out-twins");
    let (ok, err) = run_corpus(&twins, &out);
    assert!(ok, "{err}");
    assert_eq!(events(&out), [vec!["a", "b"]]);
    let event = &lines(&out.join("events.jsonl"))[0];
    assert_eq!(event["reuse"][0]["share_a"], 1.0, "{event:#}");
    let reports = lines(&out.join("reports.jsonl"));
    let too_big = reports.iter().find(|r| r["id"] == "line 3").unwrap();
    assert!(
        too_big["error"].as_str().unwrap().contains("larger"),
        "{too_big}"
    );
}
