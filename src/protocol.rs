//! The messages between the page and its engine worker.
//!
//! The page never runs the engine on its own thread: reading a report, comparing two and
//! building the fact × source matrix are [`Request`]s to a Web Worker, whose [`Response`]s
//! come back as actions. The worker keeps every report it has read under the page's
//! [`DocId`], so a comparison request names two ids instead of shipping two documents.
//!
//! Both directions travel as postcard bytes (a transferable `ArrayBuffer`): compact, quick to
//! decode, and with far less decoding code than a self-describing format. Postcard writes
//! fields by position, so every type that crosses keeps all its fields (no
//! `skip_serializing_if`) and needs no `deserialize_any` (tagged enums say which form they
//! take by `is_human_readable`, as [`corroborate_core::MatrixCell`] does). Page and worker
//! are always the same build.

use corroborate_core::ingest::SourceInfo;
pub use corroborate_core::overview::PairOverview;
use corroborate_core::{
    Comparison, Conflict, Document, DocumentSummary, Fact, FactMatrix, Options, Step, StepFailure,
    Summary, WordMatch,
};
use corroborate_present::view_model::{PairView, RowView, Run};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Identifies a report for as long as it is on the shelf (never reused, even across reloads).
/// The page gives it; the worker keeps the report under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocId(pub u32);

/// What a report to read is made of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Input {
    /// Text the user pasted or dropped as text.
    Text(String),
    /// A web page's markup, pasted as rich text or dragged in from another page: its article
    /// is extracted like a saved page's.
    Html(PastedPage),
    /// The bytes of a file: any format and encoding the engine reads.
    File(#[serde(with = "serde_bytes")] Vec<u8>),
    /// A report kept from an earlier visit: its text as read then, where it came from, and
    /// the byte ranges of its page furniture, so it segments exactly as it did.
    Stored {
        /// The report's text.
        text: String,
        /// Format, encoding and size of the original file.
        source: SourceInfo,
        /// Paragraphs recognised as page furniture.
        furniture: Vec<Range<usize>>,
    },
}

/// Rich text pasted or dragged in from another page: its markup, read like a saved page's,
/// and the plain text the clipboard offers with it, read when the page reader cannot be
/// loaded (offline, before any web page was read).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastedPage {
    /// The `text/html` the clipboard (or the drag) carried.
    pub markup: String,
    /// Its `text/plain`.
    pub text: String,
}

/// A request from the page to the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Read a report and keep it under `id`; answered by [`Response::Read`].
    Read {
        /// The id the page gave it.
        id: DocId,
        /// Its name (the file name, or "pasted text 2").
        name: String,
        /// What to read.
        input: Input,
    },
    /// Drop a report the user removed.
    Forget {
        /// Its id.
        id: DocId,
    },
    /// Compare two kept reports; answered by progress, then [`Response::Compared`] twice:
    /// everything but the facts first ([`Compared::partial`]), then everything.
    Compare {
        /// Numbers the request, so answers to older ones are recognised.
        job: u32,
        /// The left report.
        left: DocId,
        /// The right report.
        right: DocId,
        /// The comparison's settings.
        options: Options,
    },
    /// Export the comparison of two kept reports; answered by [`Response::Exported`].
    Export {
        /// What to make.
        kind: ExportKind,
        /// The left report.
        left: DocId,
        /// The right report.
        right: DocId,
        /// The comparison's settings.
        options: Options,
        /// The date printed on a report ("29 November 2026, 14:05").
        exported_on: String,
        /// Steps that failed on this pair: left out, with these notes, rather than run into
        /// the same bug again.
        failed: Vec<StepFailure>,
    },
    /// Build the fact × source matrix of these reports, in this column order.
    Matrix {
        /// Numbers the request.
        job: u32,
        /// The reports.
        docs: Vec<DocId>,
    },
    /// Work out how close every pair of these reports is (the similarity map); answered by
    /// [`Response::Map`].
    Map {
        /// Numbers the request.
        job: u32,
        /// The reports, in shelf order.
        docs: Vec<DocId>,
        /// The comparisons' settings.
        options: Options,
    },
    /// Compare the built-in example a few times and keep nothing: the browser compiles the
    /// WebAssembly one function at a time as it is first called, and optimises it once it
    /// runs hot, so the reader's first comparison would otherwise pay for both. Sent once,
    /// when the engine starts with nothing to do; not answered.
    WarmUp,
    /// Where the reader for web pages, Word documents and legacy encodings is (see
    /// [`crate::worker::reader_module`]); sent when the worker starts. Not answered.
    UseReader(ReaderSource),
}

/// Where the engine worker finds the reader module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReaderSource {
    /// A URL on the page's own origin (the built site).
    Url(String),
    /// The module's bytes (the single file, which fetches nothing).
    Bytes(#[serde(with = "serde_bytes")] Vec<u8>),
}

/// An answer from the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// The worker has started and takes requests.
    Ready,
    /// A report was read, or why it could not be (a sentence naming the problem).
    Read {
        /// The id the page gave it.
        id: DocId,
        /// The report without its words (see [`without_words`]), or what is wrong with the
        /// file.
        result: Result<Document, String>,
    },
    /// How far a comparison has come, 0..=1 (sent for long reports only).
    Progress {
        /// The comparison request.
        job: u32,
        /// The share done.
        done: f64,
    },
    /// A comparison finished.
    Compared(Compared),
    /// An export is ready: a file to offer, or text for the clipboard.
    Exported {
        /// What was asked for.
        kind: ExportKind,
        /// The file name to offer.
        file_name: String,
        /// Its media type.
        mime: String,
        /// The file's content.
        content: String,
    },
    /// The start of a long comparison's answer: everything but its long lists, which follow
    /// in [`Response::ComparedPart`]s (see [`split_compared`]).
    ComparedHead {
        /// The comparison with its long lists empty.
        head: Compared,
        /// How many parts follow.
        parts: u32,
    },
    /// One slice of a long list of a comparison announced by [`Response::ComparedHead`].
    ComparedPart {
        /// The request it answers.
        job: u32,
        /// The slice.
        part: Part,
    },
    /// A fact × source matrix finished.
    Matrix {
        /// The request it answers.
        job: u32,
        /// The matrix and the shelf it is of.
        result: MatrixResult,
    },
    /// A similarity map finished.
    Map {
        /// The request it answers.
        job: u32,
        /// Every pair's closeness and the shelf it is of.
        result: MapResult,
    },
    /// A request could not be carried out (a report the worker does not hold).
    Failed {
        /// The request, when it was numbered.
        job: Option<u32>,
        /// What went wrong.
        message: String,
    },
    /// The engine hit a bug: the worker cannot go on and is replaced.
    Crashed {
        /// The panic message and where it happened, for a bug report.
        details: String,
        /// What the worker was doing, when it knows.
        during: Option<Task>,
    },
}

/// A finished comparison of two reports the worker holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Compared {
    /// The request it answers.
    pub job: u32,
    /// The left report.
    pub left: DocId,
    /// The right report.
    pub right: DocId,
    /// The settings it was computed with.
    pub options: Options,
    /// What the engine found, as the page shows it.
    pub comparison: ComparisonShown,
    /// Rows and styled runs for the panes, built in the worker too so the page only draws.
    pub view: PairView,
    /// Everything but the facts so far (alignment, word differences, verbatim passages): the
    /// facts follow in a whole comparison for the same job. A worker that dies working them
    /// out leaves the page this much (see [`Task::Finishing`]).
    pub partial: bool,
}

/// What the page shows of a comparison: the engine's [`Comparison`] without its alignment
/// and verbatim passages. The panes draw those from the [`PairView`]'s rows and runs, built
/// in the worker; the exports, which need them whole, are made in the worker too
/// ([`Request::Export`]). So the page neither receives nor decodes every row's word
/// differences twice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComparisonShown {
    /// The left report's counts.
    pub left: DocumentSummary,
    /// The right report's counts.
    pub right: DocumentSummary,
    /// How much of the two reports' wording is the same (0..=1).
    pub similarity: f64,
    /// Every fact, with its status.
    pub facts: Vec<Fact>,
    /// Every contradiction.
    pub conflicts: Vec<Conflict>,
    /// The counts of the summary bar.
    pub summary: Summary,
    /// What counted as a word change.
    pub word_match: WordMatch,
    /// Steps that failed, each with the note the reader sees where its results would be.
    pub failed: Vec<StepFailure>,
}

impl ComparisonShown {
    /// What the page shows of `comparison`.
    pub fn of(comparison: &Comparison) -> ComparisonShown {
        ComparisonShown {
            left: comparison.left.clone(),
            right: comparison.right.clone(),
            similarity: comparison.similarity,
            facts: comparison.facts.clone(),
            conflicts: comparison.conflicts.clone(),
            summary: comparison.summary.clone(),
            word_match: comparison.word_match,
            failed: comparison.failed.clone(),
        }
    }
}

impl Compared {
    /// The answer to request `job` for the pair `(left, right)`: what the page shows of
    /// `comparison`, with the rows and runs of `view`.
    pub fn new(
        job: u32,
        (left, right): (DocId, DocId),
        options: Options,
        comparison: &Comparison,
        view: PairView,
        partial: bool,
    ) -> Compared {
        Compared {
            job,
            left,
            right,
            options,
            comparison: ComparisonShown::of(comparison),
            view,
            partial,
        }
    }
}

/// The fact × source matrix of the shelf.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatrixResult {
    /// The shelf it was computed for, in column order.
    pub docs: Vec<DocId>,
    /// Which report carries which fact.
    pub matrix: FactMatrix,
}

/// How close every pair of the shelf's reports is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapResult {
    /// The shelf it was worked out for, in order.
    pub docs: Vec<DocId>,
    /// The settings it was worked out with.
    pub options: Options,
    /// Every pair, indices into `docs`.
    pub pairs: Vec<PairOverview>,
}

/// A slice of one of a comparison's long lists, appended in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Part {
    /// Facts.
    Facts(Vec<Fact>),
    /// View rows.
    Rows(Vec<RowView>),
    /// Styled runs of left sentences.
    LeftRuns(Vec<Vec<Run>>),
    /// Styled runs of right sentences.
    RightRuns(Vec<Vec<Run>>),
}

/// Items in one [`Part`]: small enough that the page decodes a part in a few milliseconds,
/// so a long comparison arrives as many short tasks instead of one that freezes the page.
pub const PART_ITEMS: usize = 500;

/// Cut a finished comparison into a head and the parts of its long lists. A comparison
/// whose lists all fit in one part each still travels this way; the page puts it back
/// together with [`Assembly`].
pub fn split_compared(mut whole: Compared) -> Vec<Response> {
    let job = whole.job;
    let (comparison, view) = (&mut whole.comparison, &mut whole.view);
    fn chunks<T>(items: Vec<T>, wrap: fn(Vec<T>) -> Part, parts: &mut Vec<Part>) {
        let mut items = items.into_iter().peekable();
        while items.peek().is_some() {
            parts.push(wrap(items.by_ref().take(PART_ITEMS).collect()));
        }
    }
    let mut parts = Vec::new();
    chunks(
        std::mem::take(&mut comparison.facts),
        Part::Facts,
        &mut parts,
    );
    chunks(std::mem::take(&mut view.rows), Part::Rows, &mut parts);
    chunks(
        std::mem::take(&mut view.left_runs),
        Part::LeftRuns,
        &mut parts,
    );
    chunks(
        std::mem::take(&mut view.right_runs),
        Part::RightRuns,
        &mut parts,
    );
    let mut out = vec![Response::ComparedHead {
        parts: parts.len() as u32,
        head: whole,
    }];
    out.extend(
        parts
            .into_iter()
            .map(|part| Response::ComparedPart { job, part }),
    );
    out
}

/// A long comparison being put back together from its head and parts.
#[derive(Debug)]
pub struct Assembly {
    head: Compared,
    remaining: u32,
}

impl Assembly {
    /// Take one message; returns the whole [`Response::Compared`] once its last part is in,
    /// or the message itself when it is not part of a comparison.
    pub fn take(slot: &mut Option<Assembly>, response: Response) -> Option<Response> {
        match response {
            Response::ComparedHead { head, parts } => {
                *slot = Some(Assembly {
                    head,
                    remaining: parts,
                });
            }
            Response::ComparedPart { job, part } => {
                let assembly = slot.as_mut().filter(|a| a.head.job == job)?;
                let (comparison, view) = (&mut assembly.head.comparison, &mut assembly.head.view);
                match part {
                    Part::Facts(items) => comparison.facts.extend(items),
                    Part::Rows(items) => view.rows.extend(items),
                    Part::LeftRuns(items) => view.left_runs.extend(items),
                    Part::RightRuns(items) => view.right_runs.extend(items),
                }
                assembly.remaining = assembly.remaining.saturating_sub(1);
            }
            other => return Some(other),
        }
        if slot.as_ref().is_some_and(|a| a.remaining == 0) {
            return slot.take().map(|a| Response::Compared(a.head));
        }
        None
    }
}

/// What the reader takes away from a comparison (see [`corroborate_present::export`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportKind {
    /// A self-contained HTML report (both reports with highlights, summary, facts table).
    Report,
    /// The comparison as JSON, as the command line prints it.
    Json,
    /// The facts as CSV.
    Csv,
    /// A few lines of summary, for the clipboard.
    Summary,
}

/// What the worker was busy with (named in [`Response::Crashed`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Task {
    /// Reading this report.
    Reading(DocId),
    /// Comparing these two reports.
    Comparing(DocId, DocId),
    /// Working out one step of the comparison of these two reports (the page was sent what
    /// came before it, if the step is the facts).
    Finishing(DocId, DocId, Step),
    /// Building the fact × source matrix.
    Matrix,
    /// Working out the similarity map.
    Map,
    /// Starting: the engine's WebAssembly was being loaded, before the worker could take any
    /// request (set by the page's host, which hears of the failure; never by the worker).
    Starting,
}

impl Request {
    /// What carrying out this request keeps the worker busy with.
    pub fn task(&self) -> Option<Task> {
        match self {
            Request::Read { id, .. } => Some(Task::Reading(*id)),
            Request::Compare { left, right, .. } | Request::Export { left, right, .. } => {
                Some(Task::Comparing(*left, *right))
            }
            Request::Matrix { .. } => Some(Task::Matrix),
            Request::Map { .. } => Some(Task::Map),
            Request::Forget { .. } | Request::WarmUp | Request::UseReader(_) => None,
        }
    }
}

/// A report as the page keeps it: everything but its words. The page draws sentences and
/// counts words from the sentences' ranges; the words' folded forms are the engine's
/// business, and a long report's are megabytes the page would decode for nothing.
pub fn without_words(doc: &Document) -> Document {
    Document {
        name: doc.name.clone(),
        text: doc.text.clone(),
        source: doc.source.clone(),
        paragraphs: doc.paragraphs.clone(),
        sentences: doc.sentences.clone(),
        words: Vec::new(),
    }
}

/// A message as bytes.
pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    postcard::to_allocvec(message).expect("invariant: protocol messages always serialise")
}

/// A message from bytes; an error means the two sides are from different builds.
pub fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("unreadable engine message: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use corroborate_core::compare;

    #[test]
    fn a_comparison_survives_the_trip_exactly() {
        let left = Document::from_text(
            "a.txt",
            "Leaders met in Paris on Sunday. “We agree,” she said.",
        );
        let right = Document::from_text(
            "b.txt",
            "“We agree,” she said. Leaders met in Paris on Monday.",
        );
        let comparison = compare(&left, &right, &Options::default());
        assert!(
            !comparison.conflicts.is_empty(),
            "the fixture has a contradiction"
        );
        let view = PairView::build(&comparison, &left, &right);
        let message = Response::Compared(Compared::new(
            7,
            (DocId(1), DocId(2)),
            Options::default(),
            &comparison,
            view,
            false,
        ));
        let back: Response = decode(&encode(&message)).expect("decodes");
        assert_eq!(back, message);
    }

    #[test]
    fn a_long_comparison_split_into_parts_is_put_back_exactly() {
        let sentence = "Ministers from Oslo and Kyiv met on Monday to discuss 40 turbines. ";
        let left = Document::from_text("a.txt", sentence.repeat(1_300));
        let right = Document::from_text("b.txt", sentence.repeat(1_250));
        let comparison = compare(&left, &right, &Options::default());
        let view = PairView::build(&comparison, &left, &right);
        let messages = split_compared(Compared::new(
            3,
            (DocId(1), DocId(2)),
            Options::default(),
            &comparison,
            view.clone(),
            false,
        ));
        assert!(messages.len() > 6, "long lists travel in several parts");
        let mut slot = None;
        let mut whole = Vec::new();
        for message in messages {
            // Each message crosses on its own, as bytes.
            let message: Response = decode(&encode(&message)).unwrap();
            whole.extend(Assembly::take(&mut slot, message));
        }
        let [Response::Compared(Compared {
            job,
            comparison: c,
            view: v,
            ..
        })] = &whole[..]
        else {
            panic!("one whole comparison expected");
        };
        assert_eq!((*job, c, v), (3, &ComparisonShown::of(&comparison), &view));
        assert!(slot.is_none());
    }

    #[test]
    fn file_bytes_and_documents_survive_the_trip() {
        let request = Request::Read {
            id: DocId(3),
            name: "r.txt".into(),
            input: Input::File(vec![0, 159, 255, b'a']),
        };
        assert_eq!(decode::<Request>(&encode(&request)).unwrap(), request);
        let doc = Document::from_bytes("page.html", b"<html><body><h1>Title</h1><p>Leaders met.</p><footer>Share this</footer></body></html>").unwrap();
        let answer = Response::Read {
            id: DocId(3),
            result: Ok(doc),
        };
        assert_eq!(decode::<Response>(&encode(&answer)).unwrap(), answer);
    }

    #[test]
    fn the_fact_matrix_survives_the_trip_with_every_kind_of_cell() {
        let docs: Vec<Document> = corroborate_present::examples::EXAMPLES
            .iter()
            .map(|(name, text)| Document::from_text(*name, *text))
            .collect();
        let matrix = corroborate_core::facts::matrix(&docs);
        let cells: Vec<&corroborate_core::MatrixCell> =
            matrix.rows.iter().flat_map(|row| &row.cells).collect();
        use corroborate_core::MatrixCell::{Absent, Different, Present};
        assert!(cells.iter().any(|c| matches!(c, Present { .. })));
        assert!(cells.iter().any(|c| matches!(c, Absent)));
        assert!(cells.iter().any(|c| matches!(c, Different { .. })));
        let message = Response::Matrix {
            job: 2,
            result: MatrixResult {
                docs: vec![DocId(1), DocId(2), DocId(3)],
                matrix,
            },
        };
        assert_eq!(decode::<Response>(&encode(&message)).unwrap(), message);
    }

    #[test]
    fn bytes_from_another_build_are_an_error_not_a_panic() {
        assert!(decode::<Response>(&[0xc1, 0x00]).is_err());
    }
}
