//! The engine's side of the page: [`EngineCore`] answers the page's [`Request`]s.
//!
//! It runs inside the Web Worker (see [`crate::worker`]), so reading, comparing and the
//! matrix never block the page. It is plain Rust over plain data, tested natively, and the
//! page's own tests run it in-process through the same protocol.

use crate::protocol::{
    decode, encode, split_compared, without_words, Compared, DocId, ExportKind, Input, MapResult,
    MatrixResult, Request, Response, Task,
};
use corroborate_core::ingest;
use corroborate_core::{facts, Comparison, Document, Options};
use corroborate_core::{Step, StepFailure};
use corroborate_present::export;
use corroborate_present::view_model::PairView;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

thread_local! {
    /// The step of a comparison being worked out after its alignment was sent, for the
    /// crash report (a panic in the engine's WebAssembly ends the worker: the page keeps the
    /// alignment and notes the step).
    static FINISHING: Cell<Option<(DocId, DocId, Step)>> = const { Cell::new(None) };
    /// Set by the facts drill: the next facts step panics, as a bug in it would.
    static FAIL_NEXT_FACTS: Cell<bool> = const { Cell::new(false) };
}

/// What the engine is working out after sending a comparison's alignment, if anything: the
/// worker names it in its crash report.
pub fn finishing() -> Option<Task> {
    FINISHING
        .with(Cell::get)
        .map(|(left, right, step)| Task::Finishing(left, right, step))
}

/// Make the next comparison's facts step panic, as a bug in it would (only the browser
/// tests ask for it, through [`crate::worker::FACTS_DRILL`]).
pub fn fail_next_facts() {
    FAIL_NEXT_FACTS.with(|f| f.set(true));
}

/// Reports at least this long (in words, both sides together) get progress messages: below
/// it a comparison takes a few milliseconds and a progress bar would only flicker.
const PROGRESS_FROM_WORDS: usize = 20_000;

/// Smallest step between two progress messages, so a long comparison sends a few dozen at most.
const PROGRESS_STEP: f64 = 0.04;

/// The reports the worker holds, and the work it does on them.
#[derive(Debug, Default)]
pub struct EngineCore {
    docs: HashMap<DocId, Document>,
    /// The last comparison made, kept whole for the exports the reader asks for next.
    last: Option<Kept>,
}

/// A comparison kept whole in the worker: the page is sent only what it shows.
#[derive(Debug)]
struct Kept {
    left: DocId,
    right: DocId,
    options: Options,
    comparison: Comparison,
    view: PairView,
}

impl EngineCore {
    /// These reports, in this order, if the engine holds every one of them.
    fn held(&self, docs: &[DocId]) -> Option<Vec<Document>> {
        docs.iter().map(|id| self.docs.get(id).cloned()).collect()
    }

    /// Carry out one request, sending its answers (and any progress) through `send`.
    pub fn handle(&mut self, request: Request, send: &mut dyn FnMut(Response)) {
        match request {
            Request::Read { id, name, input } => {
                let result = read(name, input).map(|doc| {
                    let light = without_words(&doc);
                    self.docs.insert(id, doc);
                    light
                });
                send(Response::Read { id, result });
            }
            Request::Forget { id } => {
                self.docs.remove(&id);
            }
            Request::WarmUp => warm_up(),
            Request::UseReader(source) => crate::worker::reader_module::set_source(source),
            Request::Compare {
                job,
                left,
                right,
                options,
            } => {
                let (Some(l), Some(r)) = (self.docs.get(&left), self.docs.get(&right)) else {
                    send(missing(job));
                    return;
                };
                let send = RefCell::new(send);
                let mut partial_sent = false;
                let (comparison, view) = compare_for_view(
                    l,
                    r,
                    &options,
                    &mut |done| (send.borrow_mut())(Response::Progress { job, done }),
                    &mut |step, so_far| {
                        // Everything but the facts first, the step that branches most on
                        // what reports say: if it hits a bug, the reader keeps the rest. (Sent
                        // once, not before every step: a long comparison is megabytes.)
                        if step == Step::Facts && !partial_sent {
                            partial_sent = true;
                            let partial = Compared::new(
                                job,
                                (left, right),
                                options.clone(),
                                so_far,
                                PairView::build(so_far, l, r),
                                true,
                            );
                            for message in split_compared(partial) {
                                (send.borrow_mut())(message);
                            }
                        }
                        FINISHING.with(|f| f.set(Some((left, right, step))));
                        if step == Step::Facts && FAIL_NEXT_FACTS.with(Cell::take) {
                            panic!("crash drill: the facts step panicked on purpose");
                        }
                        Ok(())
                    },
                );
                FINISHING.with(|f| f.set(None));
                let send = send.into_inner();
                let compared = Compared::new(
                    job,
                    (left, right),
                    options.clone(),
                    &comparison,
                    view.clone(),
                    false,
                );
                for message in split_compared(compared) {
                    send(message);
                }
                self.last = Some(Kept {
                    left,
                    right,
                    options,
                    comparison,
                    view,
                });
            }
            Request::Export {
                kind,
                left,
                right,
                options,
                exported_on,
                failed,
            } => {
                let fresh = self
                    .last
                    .as_ref()
                    .is_some_and(|c| (c.left, c.right, &c.options) == (left, right, &options));
                let (Some(l), Some(r)) = (self.docs.get(&left), self.docs.get(&right)) else {
                    send(Response::Failed {
                        job: None,
                        message: "a report to export is no longer loaded".into(),
                    });
                    return;
                };
                if !fresh {
                    // A step the page saw fail on this pair is left out, not run into again.
                    let known =
                        |step: Step, _: &Comparison| match failed.iter().find(|f| f.step == step) {
                            Some(failure) => Err(failure.clone()),
                            None => Ok(()),
                        };
                    let (comparison, view) =
                        compare_for_view(l, r, &options, &mut |_| {}, &mut { known });
                    self.last = Some(Kept {
                        left,
                        right,
                        options,
                        comparison,
                        view,
                    });
                }
                let c = self.last.as_ref().expect("invariant: set just above");
                send(export_file(
                    kind,
                    &c.comparison,
                    &c.view,
                    l,
                    r,
                    &exported_on,
                ));
            }
            Request::Map { job, docs, options } => match self.held(&docs) {
                Some(held) => send(Response::Map {
                    job,
                    result: MapResult {
                        docs,
                        pairs: corroborate_core::overview::similarity_map(&held, &options),
                        options,
                    },
                }),
                None => send(missing(job)),
            },
            Request::Matrix { job, docs } => match self.held(&docs) {
                Some(held) => send(Response::Matrix {
                    job,
                    result: MatrixResult {
                        docs,
                        matrix: facts::matrix(&held),
                    },
                }),
                None => send(missing(job)),
            },
        }
    }
}

fn missing(job: u32) -> Response {
    Response::Failed {
        job: Some(job),
        message: "a report to compare is no longer loaded".into(),
    }
}

/// Make one export of a comparison.
fn export_file(
    kind: ExportKind,
    comparison: &Comparison,
    view: &PairView,
    left: &Document,
    right: &Document,
    exported_on: &str,
) -> Response {
    let stem = export::file_stem(&left.name, &right.name);
    let (file_name, mime, content) = match kind {
        ExportKind::Report => (
            format!("{stem}.html"),
            "text/html;charset=utf-8",
            export::html_report(comparison, left, right, view, exported_on),
        ),
        ExportKind::Json => (
            format!("{stem}.json"),
            "application/json",
            export::json(comparison),
        ),
        // A byte-order mark, so spreadsheets read the accents right.
        ExportKind::Csv => (
            format!("{stem}-facts.csv"),
            "text/csv;charset=utf-8",
            format!("\u{feff}{}", export::facts_csv(comparison)),
        ),
        ExportKind::Summary => (
            String::new(),
            "text/plain;charset=utf-8",
            export::summary_text(comparison, left, right),
        ),
    };
    Response::Exported {
        kind,
        file_name,
        mime: mime.into(),
        content,
    }
}

/// How often [`Request::WarmUp`] compares the example: the browser optimises a function
/// after it has run a while.
const WARM_UP_ROUNDS: usize = 3;

/// [`Request::WarmUp`]: what a reader's first comparison will do, done on the example in an
/// engine of its own: the three reports read from bytes (as dropped files are), a pair built
/// from them ([`warm_up_pair`]) read and compared [`WARM_UP_ROUNDS`] times, and the fact ×
/// source matrix — every request decoded and every answer encoded as they travel. Nothing is
/// kept or sent.
fn warm_up() {
    // Through the message format, as requests arrive.
    let arrived = |request: Request| decode::<Request>(&encode(&request)).unwrap_or(request);
    let mut engine = EngineCore::default();
    let mut answered = |response: Response| {
        std::hint::black_box(encode(&response));
    };
    let examples = corroborate_present::examples::EXAMPLES;
    let ids: Vec<DocId> = (0..examples.len() as u32).map(DocId).collect();
    for (&id, (name, text)) in ids.iter().zip(examples) {
        let input = Input::File(text.as_bytes().to_vec());
        let name = format!("{name}.txt");
        engine.handle(arrived(Request::Read { id, name, input }), &mut answered);
    }
    let (left, right) = (DocId(100), DocId(101));
    let (left_text, right_text) = warm_up_pair();
    for (id, text) in [(left, left_text), (right, right_text)] {
        let input = Input::File(text.into_bytes());
        let name = "warm-up.txt".to_string();
        engine.handle(arrived(Request::Read { id, name, input }), &mut answered);
    }
    for job in 0..WARM_UP_ROUNDS as u32 {
        let options = Options::default();
        let compare = Request::Compare {
            job,
            left,
            right,
            options,
        };
        engine.handle(arrived(compare), &mut answered);
    }
    engine.handle(
        arrived(Request::Matrix { job: 0, docs: ids }),
        &mut answered,
    );
}

/// How many times the warm-up pair repeats the example: enough facts and sentences for the
/// sorts a real pair of reports needs (a few thousand words each).
const WARM_UP_COPIES: usize = 4;

/// Two reports the size of real ones that differ the ways real ones do, so the warm-up
/// reaches the code a real pair needs (long sorts, word diffs that divide and conquer,
/// sentences one report has alone), not only the example's easy paths: the left is the
/// example's reports [`WARM_UP_COPIES`] times over; the right drops every fourth paragraph,
/// swaps neighbouring words all through every fourth, and tells the paragraphs from a third
/// of the way in.
fn warm_up_pair() -> (String, String) {
    let paragraphs: Vec<&str> =
        std::iter::repeat_n(corroborate_present::examples::EXAMPLES, WARM_UP_COPIES)
            .flatten()
            .flat_map(|(_, text)| text.split("\n\n"))
            .collect();
    let edited: Vec<String> = paragraphs
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 4 != 3)
        .map(|(i, paragraph)| {
            if i % 4 != 1 {
                return paragraph.to_string();
            }
            let mut words: Vec<&str> = paragraph.split(' ').collect();
            for pair in words.chunks_mut(2) {
                pair.reverse();
            }
            words.join(" ")
        })
        .collect();
    let cut = edited.len() / 3;
    let right = edited[cut..].iter().chain(&edited[..cut]);
    (
        paragraphs.join("\n\n"),
        right.cloned().collect::<Vec<_>>().join("\n\n"),
    )
}

/// Read a report: the engine's ingest for files, segmentation for text.
fn read(name: String, input: Input) -> Result<Document, String> {
    match input {
        Input::Text(text) => {
            let read = ingest::plain_text(&text).map_err(|e| e.to_string())?;
            Ok(Document::from_parts(
                name,
                read.text,
                read.source,
                read.boilerplate,
            ))
        }
        Input::Stored {
            text,
            source,
            furniture,
        } => Ok(Document::from_parts(name, text, source, furniture)),
        input @ (Input::File(_) | Input::Html { .. }) => {
            match crate::worker::reading::read_file(&name, input)? {
                Input::Stored {
                    text,
                    source,
                    furniture,
                } => Ok(Document::from_parts(name, text, source, furniture)),
                _ => unreachable!("invariant: reading gives stored text"),
            }
        }
    }
}

/// Compare two reports and build what the panes draw, reporting progress (0..=1) for long
/// ones through `progress`; `before` is asked at the start of each step after the word
/// differences, with the comparison so far (see `compare::compare_in_steps`).
pub fn compare_for_view(
    left: &Document,
    right: &Document,
    options: &Options,
    progress: &mut dyn FnMut(f64),
    before: &mut dyn FnMut(Step, &Comparison) -> Result<(), StepFailure>,
) -> (Comparison, PairView) {
    let long = left.words.len() + right.words.len() >= PROGRESS_FROM_WORDS;
    let mut last = 0.0;
    let mut step = |done: f64| {
        if long && done - last >= PROGRESS_STEP {
            last = done;
            progress(done.min(0.99));
        }
    };
    let comparison =
        corroborate_core::compare::compare_in_steps(left, right, options, &mut step, before);
    let view = PairView::build(&comparison, left, right);
    (comparison, view)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Assembly;

    /// The answers to a request, a long comparison put back together as the page does.
    fn answers(core: &mut EngineCore, request: Request) -> Vec<Response> {
        let mut out = Vec::new();
        let mut assembly = None;
        core.handle(request, &mut |r| {
            out.extend(Assembly::take(&mut assembly, r))
        });
        out
    }

    fn read_text(core: &mut EngineCore, id: u32, text: &str) {
        let out = answers(
            core,
            Request::Read {
                id: DocId(id),
                name: format!("r{id}.txt"),
                input: Input::Text(text.into()),
            },
        );
        assert!(matches!(&out[..], [Response::Read { result: Ok(_), .. }]));
    }

    /// An engine holding two reports, 1 and 2, that tell one meeting in another order and
    /// contradict each other on its day.
    fn sunday_and_monday() -> EngineCore {
        let mut core = EngineCore::default();
        read_text(
            &mut core,
            1,
            "Leaders met in Paris on Sunday. They spoke for two hours.",
        );
        read_text(
            &mut core,
            2,
            "They spoke for two hours. Leaders met in Paris on Monday.",
        );
        core
    }

    #[test]
    fn reports_read_once_are_compared_by_id() {
        let mut core = sunday_and_monday();
        let out = answers(
            &mut core,
            Request::Compare {
                job: 4,
                left: DocId(1),
                right: DocId(2),
                options: Options::default(),
            },
        );
        let [Response::Compared(first), Response::Compared(whole)] = &out[..] else {
            panic!("the alignment, then the whole comparison expected, got {out:?}");
        };
        assert!(first.partial && !whole.partial);
        assert_eq!((first.job, whole.job), (4, 4));
        assert_eq!(first.view.rows, whole.view.rows, "the rows come first");
        assert!(first.comparison.facts.is_empty());
        assert_eq!(whole.comparison.conflicts.len(), 1, "Sunday against Monday");
    }

    #[test]
    fn a_bug_in_the_facts_costs_only_the_facts_and_an_export_leaves_them_out() {
        let mut core = sunday_and_monday();
        fail_next_facts();
        let compare = Request::Compare {
            job: 1,
            left: DocId(1),
            right: DocId(2),
            options: Options::default(),
        };
        let out = answers(&mut core, compare.clone());
        let [Response::Compared(first), Response::Compared(whole)] = &out[..] else {
            panic!("the alignment, then the whole comparison expected, got {out:?}");
        };
        assert!(first.partial && first.comparison.failed.is_empty());
        assert_eq!(whole.view.rows.len(), 2, "every row is there");
        assert!(whole.comparison.facts.is_empty() && whole.comparison.conflicts.is_empty());
        assert_eq!(whole.comparison.failed[0].step, Step::Facts);
        assert!(whole.comparison.failed[0].details.contains("crash drill"));
        assert_eq!(finishing(), None, "nothing left running");

        // The drill fires once: the same pair again has its facts.
        let out = answers(&mut core, compare);
        let Some(Response::Compared(again)) = out.last() else {
            panic!("a comparison expected, got {out:?}");
        };
        assert_eq!(again.comparison.conflicts.len(), 1);

        // An export of a pair whose facts failed leaves them out, with the note.
        let failure = StepFailure::new(Step::Facts, "it failed before");
        let out = answers(
            &mut core,
            Request::Export {
                kind: ExportKind::Json,
                left: DocId(2),
                right: DocId(1),
                options: Options::default(),
                exported_on: "1 March 2026".into(),
                failed: vec![failure],
            },
        );
        let [Response::Exported { content, .. }] = &out[..] else {
            panic!("an export expected, got {out:?}");
        };
        assert!(content.contains("it failed before"), "{content}");
        assert!(content.contains("\"facts\": []"), "{content}");
    }

    #[test]
    fn an_export_of_the_pair_just_compared_names_both_reports() {
        let mut core = EngineCore::default();
        read_text(&mut core, 1, "Leaders met in Paris on Sunday.");
        read_text(&mut core, 2, "Leaders met in Paris on Monday.");
        let export = |core: &mut EngineCore, kind| {
            answers(
                core,
                Request::Export {
                    kind,
                    left: DocId(1),
                    right: DocId(2),
                    options: Options::default(),
                    exported_on: "1 March 2026".into(),
                    failed: Vec::new(),
                },
            )
        };
        // Not compared yet: the export compares first.
        let out = export(&mut core, ExportKind::Report);
        let [Response::Exported {
            file_name, content, ..
        }] = &out[..]
        else {
            panic!("an export expected, got {out:?}");
        };
        assert_eq!(file_name, "corroborate-r1-vs-r2.html");
        assert!(content.contains("Sunday") && content.contains("Monday"));
        let out = export(&mut core, ExportKind::Csv);
        let [Response::Exported { content, .. }] = &out[..] else {
            panic!("an export expected, got {out:?}");
        };
        assert!(
            content.starts_with("\u{feff}kind,label,status"),
            "{content}"
        );
    }

    #[test]
    fn a_blank_paste_is_a_message_and_nothing_is_kept() {
        let mut core = EngineCore::default();
        let out = answers(
            &mut core,
            Request::Read {
                id: DocId(9),
                name: "pasted text 1".into(),
                input: Input::Text(" \n\u{a0}\t ".into()),
            },
        );
        let [Response::Read {
            result: Err(why), ..
        }] = &out[..]
        else {
            panic!("an error expected, got {out:?}");
        };
        assert!(why.contains("white space"), "{why}");
        assert!(!core.docs.contains_key(&DocId(9)), "nothing is kept");
    }

    #[test]
    fn a_forgotten_report_cannot_be_compared_and_the_page_is_told() {
        let mut core = EngineCore::default();
        read_text(&mut core, 1, "One report.");
        read_text(&mut core, 2, "Another report.");
        answers(&mut core, Request::Forget { id: DocId(2) });
        let out = answers(
            &mut core,
            Request::Compare {
                job: 1,
                left: DocId(1),
                right: DocId(2),
                options: Options::default(),
            },
        );
        assert!(matches!(&out[..], [Response::Failed { job: Some(1), .. }]));
    }

    #[test]
    fn a_stored_report_reads_back_as_it_was_read_the_first_time() {
        let html = b"<html><body><nav>Home | World</nav><article><h1>Talks end</h1><p>Leaders met on Monday.</p><p>Share this article</p></article></body></html>";
        let first = Document::from_bytes("page.html", html).unwrap();
        let furniture = first
            .paragraphs
            .iter()
            .filter(|p| p.boilerplate)
            .map(|p| p.span.clone())
            .collect();
        let again = read(
            "page.html".into(),
            Input::Stored {
                text: first.text.clone(),
                source: first.source.clone(),
                furniture,
            },
        )
        .unwrap();
        assert_eq!(again, first);
    }

    #[test]
    fn long_reports_report_progress_short_ones_do_not() {
        let sentence = "The delegation discussed grain exports and port security in detail. ";
        let long = Document::from_text("l.txt", sentence.repeat(1_600));
        let short = Document::from_text("s.txt", sentence);
        let mut steps = Vec::new();
        compare_for_view(
            &long,
            &long,
            &Options::default(),
            &mut |d| steps.push(d),
            &mut |_, _| Ok(()),
        );
        assert!(steps.len() >= 3, "{steps:?}");
        assert!(steps.windows(2).all(|w| w[0] < w[1]) && steps.iter().all(|&d| d < 1.0));
        let mut none = Vec::new();
        compare_for_view(
            &short,
            &short,
            &Options::default(),
            &mut |d| none.push(d),
            &mut |_, _| Ok(()),
        );
        assert!(none.is_empty());
    }
}
