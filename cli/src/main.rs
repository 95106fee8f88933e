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
mod summary;

use clap::{Parser, Subcommand};
use corroborate_core::compare::compare_in_steps;
use corroborate_core::{facts, Options, Step, WordMatch};
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
/// else. The browser has the same drill (src/worker.rs).
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
            Ok(if json {
                to_json(&comparison)
            } else {
                summary::render(&left, &right, &comparison)
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

fn to_json(value: &impl serde::Serialize) -> String {
    let mut json = serde_json::to_string_pretty(value)
        .expect("invariant: the engine's data model serialises to JSON");
    json.push('\n');
    json
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
