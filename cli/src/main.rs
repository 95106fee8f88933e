//! `corroborate`: compare news reports from the command line.
//!
//! A thin shell over `corroborate-core`: files are read by the same ingest step as the page
//! (`.txt`, `.md`, `.html`, `.docx`, any common encoding), compared with the default options,
//! and printed as JSON (`--json`, the schema documented in the README) or as a readable
//! summary. Exit codes: 0 done, 1 an input could not be read, 2 wrong usage, 3 the reports
//! could not be compared at all (a bug in the engine).
//!
//! A step after the alignment and the word differences that fails (a bug) costs only itself:
//! the comparison is printed with a note where that step's results would be, and the exit
//! code is 0 (see `compare::compare_in_steps`).

mod corpus;
mod input;
mod matrix_view;

use clap::{Parser, Subcommand};
use corroborate_core::compare::compare_in_steps;
use corroborate_core::{facts, Options, Step, WordMatch};
use corroborate_present::export::{self, json as to_json};
use corroborate_present::view_model::PairView;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Compare news reports of the same event: which sentences correspond, which words differ,
/// which facts agree.
#[derive(Debug, Parser)]
#[command(name = "corroborate", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compare two reports sentence by sentence.
    Compare {
        /// The first report (left): .txt, .md, .html, .docx, or - for standard input.
        left: PathBuf,
        /// The second report (right).
        right: PathBuf,
        /// Print the comparison as JSON (the schema in the README) instead of a summary.
        #[arg(long)]
        json: bool,
        /// Also write the HTML report the page downloads (both reports side by side with
        /// every highlight, the summary, the contradictions, the facts) to this file.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        /// Also write the facts as CSV, one line per fact, as the page downloads them.
        #[arg(long, value_name = "FILE")]
        facts_csv: Option<PathBuf>,
        #[command(flatten)]
        word_match: WordMatchArgs,
    },
    /// Group many reports by event and sum up each event: contradictions with the reports on
    /// each side, facts only one report gives, shared wording. Writes events.jsonl,
    /// reports.jsonl and index.html into the output folder.
    Corpus {
        /// A folder of reports (any format the page reads, in subfolders too) or a JSON-lines
        /// file, one report a line: {"id", "text"} and any of "source", "url", "title", "date".
        input: PathBuf,
        /// The folder to write into (made if missing).
        #[arg(long)]
        out: PathBuf,
        /// Threads to use (all cores by default).
        #[arg(long)]
        jobs: Option<usize>,
        /// Where index.html finds Corroborate's page to open two reports side by side: a
        /// path relative to the output folder or an address (by default the single-file
        /// page, corroborate.html, beside index.html).
        #[arg(long, default_value = "corroborate.html")]
        page: String,
    },
    /// Which facts each of two or more reports carries: the fact × source table.
    Matrix {
        /// The reports, one column each.
        #[arg(required = true, num_args = 2..)]
        files: Vec<PathBuf>,
        /// Print the table as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// What counts as a word change in `compare` (the page's comparison options). They change
/// which words are marked, never the text or which sentences pair.
#[derive(Debug, clap::Args)]
struct WordMatchArgs {
    /// "Monday" and "monday" are the same word.
    #[arg(long)]
    ignore_case: bool,
    /// A word's own punctuation is no change ("U.S." and "US", "1,000" and "1000").
    #[arg(long)]
    ignore_punctuation: bool,
    /// Curly and straight quotation marks and apostrophes differ (by default they are alike).
    #[arg(long)]
    distinguish_quotes: bool,
    /// Numbers with and without thousands separators are alike ("1,000" and "1000").
    #[arg(long)]
    ignore_number_format: bool,
}

impl WordMatchArgs {
    fn settings(&self) -> WordMatch {
        WordMatch {
            ignore_case: self.ignore_case,
            ignore_punctuation: self.ignore_punctuation,
            quotes_alike: !self.distinguish_quotes,
            ignore_number_format: self.ignore_number_format,
        }
    }
}

/// Only for tests: names a step of the comparison ("facts", "verbatim") that then panics as a
/// bug in it would, or "compare" to panic before anything is compared; it changes nothing
/// else. The browser has the same drill (src/worker/entry.rs).
const CRASH_DRILL: &str = "CORROBORATE_CRASH_DRILL";

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A bug in the engine is reported once, with where it happened, on standard error.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("corroborate: a bug in the engine: {info}");
    }));
    match std::panic::catch_unwind(|| run(cli.command)) {
        Ok(Ok(output)) => print(&output),
        Ok(Err(error)) => {
            eprintln!("corroborate: {error}");
            ExitCode::from(1)
        }
        Err(_) => {
            eprintln!(
                "corroborate: these reports could not be compared (the details above are for a bug report)"
            );
            ExitCode::from(3)
        }
    }
}

/// The step the crash drill names, if any.
fn drill() -> Option<String> {
    std::env::var(CRASH_DRILL).ok()
}

/// Run a command and return what it prints.
fn run(command: Command) -> Result<String, input::InputError> {
    match command {
        Command::Compare {
            left,
            right,
            json,
            report,
            facts_csv,
            word_match,
        } => {
            let left = input::read_document(&left)?;
            let right = input::read_document(&right)?;
            let drill = drill();
            if drill.as_deref() == Some("compare") {
                panic!("crash drill: the comparison panicked on purpose");
            }
            let before = &mut |step: Step, _: &_| {
                if drill.as_deref() == Some(step_name(step)) {
                    panic!(
                        "crash drill: the {} step panicked on purpose",
                        step_name(step)
                    );
                }
                Ok(())
            };
            let options = Options {
                word_match: word_match.settings(),
                ..Options::default()
            };
            let comparison = compare_in_steps(&left, &right, &options, &mut |_| {}, before);
            if let Some(path) = &report {
                let view = PairView::build(&comparison, &left, &right);
                let html = export::html_report(&comparison, &left, &right, &view, &today());
                write_file(path, &html)?;
            }
            if let Some(path) = &facts_csv {
                // A byte-order mark, as the page's download has, so spreadsheets read accents.
                write_file(path, &format!("\u{feff}{}", export::facts_csv(&comparison)))?;
            }
            Ok(if json {
                to_json(&comparison)
            } else {
                export::terminal_summary(&comparison, &left, &right)
            })
        }
        Command::Corpus {
            input,
            out,
            jobs,
            page,
        } => corpus::run(&input, &out, jobs, &page),
        Command::Matrix { files, json } => {
            let documents = files
                .iter()
                .map(|f| input::read_document(f))
                .collect::<Result<Vec<_>, _>>()?;
            let matrix = facts::matrix(&documents);
            Ok(if json {
                to_json(&matrix)
            } else {
                matrix_view::render(&documents, &matrix)
            })
        }
    }
}

/// The step's name in the JSON (`"facts"`, `"verbatim"`).
fn step_name(step: Step) -> &'static str {
    match step {
        Step::Verbatim => "verbatim",
        Step::Facts => "facts",
    }
}

/// Write an export; a file that cannot be written is named in the error.
fn write_file(path: &std::path::Path, content: &str) -> Result<(), input::InputError> {
    std::fs::write(path, content).map_err(|e| input::InputError {
        file: path.display().to_string(),
        problem: format!("cannot write it: {e}"),
    })
}

/// The date printed on a report: today in UTC, as "4 December 2026" (the command line
/// has no time zone database; the page prints the reader's local date and time).
fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0) as i64;
    // Days since 1970-01-01 to a civil date (H. Hinnant's `civil_from_days`).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let month_name = corroborate_core::lexicon::lexicon().month_name(month as u8);
    format!("{day} {month_name} {year}")
}

/// Print to standard output; a closed pipe (`corroborate … | head`) is not an error.
fn print(output: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(output.as_bytes())
        .and_then(|_| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("corroborate: cannot write the output: {e}");
            ExitCode::from(1)
        }
    }
}
