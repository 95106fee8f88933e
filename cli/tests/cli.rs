//! The `corroborate` binary as a user runs it: JSON with the documented keys, a readable
//! summary, clear errors naming the file, and the documented exit codes.

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A scratch file under Cargo's temporary directory for integration tests.
fn scratch(name: &str, bytes: &[u8]) -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

fn corroborate(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .args(args)
        .output()
        .expect("the corroborate binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn json(args: &[&str]) -> Value {
    let output = corroborate(args);
    assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

fn is_span(value: &Value) -> bool {
    matches!(value.as_array().map(Vec::as_slice), Some([s, e]) if s.as_u64() <= e.as_u64() && e.is_u64())
}

#[test]
fn compare_json_has_the_documented_keys() {
    let (left, right) = (fixture("courier.txt"), fixture("tide-wire.md"));
    let c = json(&["compare", &left, &right, "--json"]);
    for (side, name) in [("left", "courier.txt"), ("right", "tide-wire.md")] {
        assert_eq!(c[side]["name"], name);
        assert!(c[side]["words"].as_u64().unwrap() > 20, "{side} words");
        assert!(
            c[side]["sentences"].as_u64().unwrap() >= 5,
            "{side} sentences"
        );
    }
    let similarity = c["similarity"].as_f64().unwrap();
    assert!((0.0..1.0).contains(&similarity), "{similarity}");
    let rows = c["alignment"].as_array().unwrap();
    assert!(!rows.is_empty());
    for row in rows {
        assert!(row["left"].as_array().unwrap().iter().all(Value::is_u64));
        assert!(row["right"].as_array().unwrap().iter().all(Value::is_u64));
        assert!(["same", "reworded", "related", "left_only", "right_only"]
            .contains(&row["kind"].as_str().unwrap()));
        assert!(row["moved"].is_boolean());
    }
    let verbatim = c["verbatim"].as_array().unwrap();
    assert!(!verbatim.is_empty(), "the shared wire sentence is verbatim");
    for passage in verbatim {
        assert!(
            is_span(&passage["left"]) && is_span(&passage["right"]),
            "{passage}"
        );
        assert!(passage["words"].as_u64().unwrap() >= 8);
    }
    assert!(c["facts"].is_array());
    assert!(c["conflicts"].is_array());
}

#[test]
fn a_report_compared_with_itself_is_identical() {
    let report = fixture("courier.txt");
    let c = json(&["compare", &report, &report, "--json"]);
    assert_eq!(c["similarity"].as_f64(), Some(1.0));
    let rows = c["alignment"].as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(rows
        .iter()
        .all(|r| r["kind"] == "same" && r["moved"] == false));
    assert_eq!(c["conflicts"].as_array().map(Vec::len), Some(0));
}

#[test]
fn the_same_report_in_utf16_compares_as_identical() {
    let text = std::fs::read_to_string(fixture("courier.txt")).unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let copy = scratch("courier-utf16.txt", &utf16);
    let c = json(&["compare", &fixture("courier.txt"), &copy, "--json"]);
    assert_eq!(c["similarity"].as_f64(), Some(1.0));
}

#[test]
fn the_summary_is_readable() {
    let output = corroborate(&["compare", &fixture("courier.txt"), &fixture("tide-wire.md")]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "courier.txt",
        "tide-wire.md",
        "plain text, UTF-8",
        "Markdown, UTF-8",
        "Similarity",
        "%",
        "Verbatim shared",
        "corresponding",
        "Facts",
        "Rows",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    assert!(
        !text.trim_start().starts_with('{'),
        "summary printed as JSON"
    );
}

#[test]
fn an_image_is_refused_with_a_message_naming_the_file() {
    let png = scratch("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    let output = corroborate(&["compare", &fixture("courier.txt"), &png]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("photo.png"), "{message}");
    assert!(message.contains("PNG image"), "{message}");
    assert!(stdout(&output).is_empty());
}

#[test]
fn a_missing_file_is_named() {
    let output = corroborate(&["compare", "no-such-report.txt", &fixture("courier.txt")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("no-such-report.txt: no such file"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn empty_and_folder_inputs_are_named() {
    let empty = scratch("empty-report.txt", b"");
    let output = corroborate(&["compare", &fixture("courier.txt"), &empty]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("empty-report.txt: the file is empty"),
        "{}",
        stderr(&output)
    );
    let folder = env!("CARGO_MANIFEST_DIR");
    let output = corroborate(&["compare", folder, &fixture("courier.txt")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("folder"), "{}", stderr(&output));
}

#[test]
fn wrong_usage_exits_with_2() {
    for args in [
        &[][..],
        &["compare"][..],
        &["compare", "one.txt"][..],
        &["compare", "a", "b", "c"][..],
        &["frobnicate"][..],
        &["matrix", "only-one.txt"][..],
    ] {
        let output = corroborate(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(!stderr(&output).is_empty(), "{args:?}");
    }
}

#[test]
fn help_lists_the_commands() {
    let output = corroborate(&["--help"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.contains("compare") && text.contains("matrix"),
        "{text}"
    );
    let output = corroborate(&["compare", "--help"]);
    assert!(stdout(&output).contains("--json"));
}

#[test]
fn standard_input_is_read_with_a_dash() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .args(["compare", "-", &fixture("courier.txt"), "--json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let text = std::fs::read(fixture("courier.txt")).unwrap();
    child.stdin.take().unwrap().write_all(&text).unwrap();
    let output = child.wait_with_output().unwrap();
    let c: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(c["left"]["name"], "stdin");
    assert_eq!(c["similarity"].as_f64(), Some(1.0));
}

#[test]
fn matrix_json_has_one_column_per_report() {
    let files = [
        fixture("courier.txt"),
        fixture("tide-wire.md"),
        fixture("harbour-notes.txt"),
    ];
    let m = json(&["matrix", &files[0], &files[1], &files[2], "--json"]);
    assert_eq!(
        m["reports"],
        serde_json::json!(["courier.txt", "tide-wire.md", "harbour-notes.txt"])
    );
    let rows = m["rows"].as_array().unwrap();
    assert!(!rows.is_empty());
    for row in rows {
        assert_eq!(row["cells"].as_array().unwrap().len(), 3, "{row}");
        assert!(row["label"].is_string() && row["kind"].is_string());
    }
}

#[test]
fn matrix_text_names_the_reports() {
    let output = corroborate(&[
        "matrix",
        &fixture("courier.txt"),
        &fixture("harbour-notes.txt"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("[1] courier.txt") && text.contains("[2] harbour-notes.txt"),
        "{text}"
    );
}

/// `compare` with the crash drill set to `step`.
fn drilled(step: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .args(args)
        .env("CORROBORATE_CRASH_DRILL", step)
        .output()
        .expect("the corroborate binary runs")
}

#[test]
fn a_bug_in_the_facts_still_prints_the_comparison_with_a_note() {
    let (left, right) = (fixture("courier.txt"), fixture("tide-wire.md"));
    let whole = json(&["compare", &left, &right, "--json"]);
    let output = drilled("facts", &["compare", &left, &right, "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let c: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        c["alignment"], whole["alignment"],
        "every row and word difference"
    );
    assert_eq!(c["similarity"], whole["similarity"]);
    assert_eq!(c["verbatim"], whole["verbatim"]);
    assert_eq!(c["facts"], Value::Array(vec![]));
    assert_eq!(c["failed"][0]["step"], "facts");
    assert_eq!(
        c["failed"][0]["note"],
        "Facts could not be worked out for this pair — the comparison above is complete."
    );
    assert!(c["failed"][0]["details"]
        .as_str()
        .unwrap()
        .contains("crash drill"));
    assert!(stderr(&output).contains("a bug in the engine"));

    let output = drilled("facts", &["compare", &left, &right]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("Facts            not worked out"), "{text}");
    assert!(text.contains("reworded"), "the rows are printed: {text}");
    assert!(
        text.trim_end()
            .lines()
            .rev()
            .nth(1)
            .unwrap()
            .starts_with("Facts could not be worked out"),
        "{text}"
    );
}

#[test]
fn a_bug_before_anything_is_compared_exits_with_3_and_says_so() {
    let (left, right) = (fixture("courier.txt"), fixture("tide-wire.md"));
    let output = drilled("compare", &["compare", &left, &right]);
    assert_eq!(output.status.code(), Some(3));
    assert!(stdout(&output).is_empty());
    assert!(
        stderr(&output).contains("could not be compared"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn word_change_flags_forgive_what_they_name_and_say_so() {
    let left = scratch(
        "options-left.txt",
        "The Ministry counted 1,000 ballots in the U.S. embassy’s hall.".as_bytes(),
    );
    let right = scratch(
        "options-right.txt",
        "The ministry counted 1000 ballots in the US embassy's hall.".as_bytes(),
    );
    let text = std::fs::read_to_string(&left).unwrap();
    // The left words the diff marks as changed, in order.
    let changed = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["compare", left.as_str(), right.as_str(), "--json"];
        args.extend_from_slice(extra);
        let c = json(&args);
        c["alignment"][0]["left_diff"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["tag"] == "changed")
            .map(|s| {
                let (a, b) = (
                    s["span"][0].as_u64().unwrap(),
                    s["span"][1].as_u64().unwrap(),
                );
                text[a as usize..b as usize].to_string()
            })
            .collect()
    };
    assert_eq!(changed(&[]), ["Ministry", "1,000", "U.S."], "by default");
    assert_eq!(changed(&["--ignore-case"]), ["1,000", "U.S."]);
    assert_eq!(changed(&["--ignore-number-format"]), ["Ministry", "U.S."]);
    assert!(changed(&["--ignore-punctuation", "--ignore-case"]).is_empty());
    assert_eq!(
        changed(&["--distinguish-quotes"]),
        ["Ministry", "1,000", "U.S. embassy’s"]
    );
    let c = json(&["compare", &left, &right, "--json", "--ignore-case"]);
    assert_eq!(c["word_match"]["ignore_case"], true);
    assert_eq!(c["word_match"]["quotes_alike"], true);
    let summary = stdout(&corroborate(&["compare", &left, &right, "--ignore-case"]));
    assert!(
        summary.contains("Word changes     case ignored, quotation marks alike"),
        "{summary}"
    );
}

#[test]
fn the_page_s_report_and_facts_csv_can_be_written_from_the_command_line() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let report = dir.join("courier-vs-tide.html");
    let csv = dir.join("courier-vs-tide-facts.csv");
    let (report_arg, csv_arg) = (report.display().to_string(), csv.display().to_string());
    let output = corroborate(&[
        "compare",
        &fixture("courier.txt"),
        &fixture("tide-wire.md"),
        "--report",
        &report_arg,
        "--facts-csv",
        &csv_arg,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Similarity"),
        "the summary still prints"
    );
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.starts_with("<!doctype html>") || html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("courier") && html.contains("<style"),
        "a self-contained report"
    );
    let facts = std::fs::read_to_string(&csv).unwrap();
    let header = facts.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert!(header.contains("status"), "{header}");
    assert!(facts.lines().count() > 1, "one line per fact");

    let nowhere = dir
        .join("no-such-folder")
        .join("r.html")
        .display()
        .to_string();
    let output = corroborate(&[
        "compare",
        &fixture("courier.txt"),
        &fixture("tide-wire.md"),
        "--report",
        &nowhere,
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("no-such-folder"),
        "{}",
        stderr(&output)
    );
}
