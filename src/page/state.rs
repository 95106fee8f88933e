//! The page's state and every change a user can make to it, as one reducer.
//!
//! Pure Rust: no browser calls, so it is tested natively. Reading a report, comparing two and
//! building the matrix happen in the engine worker ([`crate::page::engine_host`]); the state only
//! says what is wanted (reports [`Reading`], the chosen pair) and takes the answers back as
//! actions ([`Action::Read`], [`Action::ComparisonReady`], …).

mod navigation;
mod shelf;

use crate::page::shared::Shared;
use crate::protocol::{Compared, DocId, MapResult, MatrixResult};
use crate::protocol::{Input, PastedPage, Task};
use corroborate_core::{ConflictKey, Document, FactKind, FactStatus, Options, Step, StepFailure};
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yew::Reducible;

pub use navigation::is_difference;
pub use shelf::{Removal, Saved, SavedDoc, MAX_FILE_BYTES};

/// A crashed engine is restarted this many times a session; after that the page says so.
pub const MAX_RESTARTS: u32 = 3;

/// What the reader is told when the engine could not start: nothing can be read or compared
/// until it does, and what was added is kept for it.
pub const ENGINE_DID_NOT_START: &str = "The comparison engine could not be loaded, so reports \
     cannot be read or compared yet. Your documents are kept: check the connection, then try \
     again.";

/// A report on the shelf, read and ready to compare.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// Its id.
    pub id: DocId,
    /// The segmented report, shared with the comparison that uses it.
    pub doc: Shared<Document>,
    /// A title the user gave it, in place of its first line.
    pub label: Option<String>,
}

impl Loaded {
    /// The title shown for it: the user's, or the report's first line.
    pub fn title(&self) -> &str {
        self.label.as_deref().unwrap_or_else(|| self.doc.title())
    }
}

/// A report being read by the engine (a large file can take a moment).
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The id it will have.
    pub id: DocId,
    /// Its name.
    pub name: String,
    /// What is being read.
    pub input: Shared<Input>,
    /// A title carried over from an earlier visit.
    pub label: Option<String>,
}

/// A file the user brought in, read by the browser but not yet by the engine.
#[derive(Debug, Clone, PartialEq)]
pub struct FileBytes {
    /// The file name.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// A report handed to the page in its address: `#open=` then base64url of the JSON
/// `[{"name", "text"}, {"name", "text"}]` (what a corpus report's picker writes). The
/// fragment never leaves the browser.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct OpenedReport {
    /// The name it is shelved under (a corpus report's id).
    #[serde(default)]
    pub name: String,
    /// Its text.
    pub text: String,
}

impl OpenedReport {
    /// The two reports of an `#open=` fragment's decoded JSON, or what is wrong with it.
    pub fn pair_from_json(json: &[u8]) -> Result<[OpenedReport; 2], String> {
        let reports: Vec<OpenedReport> = serde_json::from_slice(json)
            .map_err(|_| "it does not hold reports the page can read".to_string())?;
        let count = reports.len();
        let pair: [OpenedReport; 2] = reports.try_into().map_err(|_| match count {
            1 => "it holds one report, not two".to_string(),
            n => format!("it holds {n} reports, not two"),
        })?;
        if pair.iter().any(|r| r.text.trim().is_empty()) {
            return Err("one of its reports is empty".into());
        }
        Ok(pair)
    }
}

/// Most words the similarity map compares in all (each report's words times the number of
/// other reports): under a second of the engine's time natively, one or two in the browser.
pub const MAP_WORD_BUDGET: usize = 400_000;

/// A message for the user, shown until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// Identifies the message for dismissal.
    pub id: u32,
    /// What happened, naming the file concerned.
    pub text: String,
    /// A problem (announced at once) rather than a notice.
    pub error: bool,
    /// The message offers to undo what it reports (a removal).
    pub undo: bool,
    /// Technical details the user can copy into a bug report.
    pub details: Option<String>,
}

/// Which facts the facts panel lists and the panes highlight.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FactFilter {
    /// Statuses hidden by the user.
    pub hidden_statuses: Vec<FactStatus>,
    /// Kinds hidden by the user.
    pub hidden_kinds: Vec<FactKind>,
}

impl FactFilter {
    /// Whether a fact of this kind and status is shown.
    pub fn shows(&self, kind: FactKind, status: FactStatus) -> bool {
        !self.hidden_statuses.contains(&status) && !self.hidden_kinds.contains(&kind)
    }
}

/// A contradiction the reader judged "not a contradiction" for one pair of reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAside {
    /// The report that was on the left when it was set aside.
    pub left: DocId,
    /// The report that was on the right.
    pub right: DocId,
    /// The contradiction, as seen with `left` on the left.
    pub key: ConflictKey,
}

impl SetAside {
    /// The key as seen with `left` and `right` on those sides, when it belongs to that pair.
    pub fn key_for(&self, left: DocId, right: DocId) -> Option<ConflictKey> {
        if (self.left, self.right) == (left, right) {
            Some(self.key.clone())
        } else if (self.left, self.right) == (right, left) {
            Some(self.key.mirrored())
        } else {
            None
        }
    }
}

/// A layer of highlighting in the panes that the reader can switch off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Layer {
    /// Deleted, inserted and variant words.
    Changes,
    /// Verbatim passages both reports share.
    Verbatim,
    /// Fact mentions in their status colour.
    Facts,
}

/// The colour scheme the reader chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the system (`prefers-color-scheme`).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// How the comparison engine is doing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EngineHealth {
    /// How many times it crashed this session; each crash restarts it.
    pub crashes: u32,
    /// The pair whose comparison crashed it, not retried until the user asks.
    pub failed: Option<(DocId, DocId, Options)>,
    /// The pair last tried again after a crash: if it crashes again, trying once more
    /// would not help, and is not offered.
    pub retried: Option<(DocId, DocId, Options)>,
    /// The engine could not start (its WebAssembly could not be loaded): it is not restarted
    /// by itself, since a network that failed a moment ago most likely fails again, but
    /// when the reader says to try again.
    pub start_failed: bool,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The shelf's read reports, in the user's order.
    pub docs: Vec<Loaded>,
    /// Reports still being read, in the order they were added.
    pub reading: Vec<Reading>,
    /// The report shown in the left pane.
    pub left: Option<DocId>,
    /// The report shown in the right pane.
    pub right: Option<DocId>,
    /// Settings of the comparison (the same for every pair; see [`AppState::options_for`]).
    pub options: Options,
    /// Contradictions the reader set aside, each for its own pair.
    pub set_aside: Vec<SetAside>,
    /// The latest comparison; it may belong to an older pair while a new one is computed.
    pub comparison: Option<Shared<Compared>>,
    /// How far the comparison being computed has come (long reports only).
    pub progress: Option<f64>,
    /// Messages for the user, oldest first.
    pub messages: Vec<Message>,
    /// Which facts are listed and highlighted.
    pub fact_filter: FactFilter,
    /// Highlight layers the reader switched off.
    pub hidden_layers: Vec<Layer>,
    /// The colour scheme.
    pub theme: Theme,
    /// The reader asked for the fact × source matrix (computed while 3+ reports are loaded).
    pub matrix_wanted: bool,
    /// The latest fact × source matrix; it may belong to an older shelf.
    pub matrix: Option<Shared<MatrixResult>>,
    /// The latest similarity map; it may belong to an older shelf or settings.
    pub map: Option<Shared<MapResult>>,
    /// The shelf whose similarity map crashed the engine: not asked for again.
    pub map_failed: Option<Vec<DocId>>,
    /// The fact the user picked in the panel or the text (index into `Comparison::facts`).
    pub focused_fact: Option<usize>,
    /// The contradiction last jumped to (index into `Comparison::conflicts`).
    pub conflict_cursor: Option<usize>,
    /// The difference row (index into the view's rows) last stepped to with `j` / `k`.
    pub difference_cursor: Option<usize>,
    /// The keyboard shortcuts dialog is open.
    pub shortcuts_open: bool,
    /// What the last removal took off the shelf, until undone or replaced.
    pub removed: Option<Removal>,
    /// The engine's crashes.
    pub engine: EngineHealth,
    /// Saved reports and settings have been read back (or there were none), so the shelf
    /// may now be saved: saving earlier would overwrite them with an empty shelf.
    pub restored: bool,
    next_doc: u32,
    next_message: u32,
    pasted: u32,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            docs: Vec::new(),
            reading: Vec::new(),
            left: None,
            right: None,
            options: Options::default(),
            set_aside: Vec::new(),
            comparison: None,
            progress: None,
            messages: Vec::new(),
            fact_filter: FactFilter::default(),
            hidden_layers: Vec::new(),
            theme: Theme::System,
            matrix_wanted: false,
            matrix: None,
            map: None,
            map_failed: None,
            focused_fact: None,
            conflict_cursor: None,
            difference_cursor: None,
            shortcuts_open: false,
            removed: None,
            engine: EngineHealth::default(),
            restored: false,
            next_doc: 0,
            next_message: 0,
            pasted: 0,
        }
    }
}

/// Everything a user (or a finished background task) can do to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Load the built-in example reports and compare the first two.
    LoadExample,
    /// Show two reports handed over in the page's address (a corpus report's picker).
    OpenPair(Box<[OpenedReport; 2]>),
    /// The address carried reports that cannot be opened; says why.
    OpenPairFailed(String),
    /// Add text the user pasted or dropped (as text, not as a file).
    AddText(String),
    /// Add a web page's markup the user pasted as rich text or dragged in.
    AddHtml(PastedPage),
    /// Add files the user dropped or chose; bad ones become messages.
    AddFiles(Vec<FileBytes>),
    /// A file could not even be read by the browser.
    FileUnreadable {
        /// The file's name.
        name: String,
        /// What the browser said.
        reason: String,
    },
    /// The engine read a report, or says why it could not.
    Read {
        /// The report.
        id: DocId,
        /// The document, or what is wrong with the file.
        result: Result<Shared<Document>, String>,
    },
    /// Remove a report from the shelf (undoable).
    Remove(DocId),
    /// Remove every report (undoable).
    ClearAll,
    /// Put back what the last removal took.
    Undo,
    /// Give a report another title ("" restores its own).
    Rename(DocId, String),
    /// Move a report earlier (negative) or later on the shelf.
    Move(DocId, i32),
    /// Show this report in the left pane.
    SetLeft(DocId),
    /// Show this report in the right pane.
    SetRight(DocId),
    /// Show these two reports of the shelf as the pair (from the similarity map).
    OpenShelved(DocId, DocId),
    /// Exchange left and right.
    Swap,
    /// Step to the next (or, with -1, previous) pair of reports on the shelf.
    StepPair(i32),
    /// How far the running comparison has come.
    Progress(f64),
    /// A comparison finished (for the pair it names; stale results are ignored).
    ComparisonReady(Shared<Compared>),
    /// The engine crashed (a bug); it is restarted and the documents are kept.
    EngineCrashed {
        /// The panic message, for a bug report.
        details: String,
        /// What it was doing.
        during: Option<Task>,
    },
    /// Try the comparison that crashed the engine again.
    Retry,
    /// Dismiss a message.
    Dismiss(u32),
    /// Tell the user something that needs no answer ("Copied to the clipboard.").
    Notify(String),
    /// Show or hide facts of a status.
    ToggleStatus(FactStatus),
    /// Show or hide facts of a kind.
    ToggleKind(FactKind),
    /// Pick a fact (or none) to light up in both panes.
    FocusFact(Option<usize>),
    /// Move to the next contradiction, wrapping around (its command brings it into view).
    NextConflict,
    /// Move to the previous contradiction, wrapping around.
    PreviousConflict,
    /// Step to the next (+1) or previous (-1) difference: a row reworded, moved, or told by
    /// one report only (its command brings it into view and focuses it).
    StepDifference(i32),
    /// Open or close the keyboard shortcuts dialog.
    ShowShortcuts(bool),
    /// Move to this contradiction (index into `Comparison::conflicts`).
    JumpToConflict(usize),
    /// The reader says this contradiction of the pair shown is not one (index into
    /// `Comparison::conflicts`): the pair is compared again without it.
    SetAsideConflict(usize),
    /// Take back "not a contradiction" for this contradiction of the pair shown.
    RestoreConflict(ConflictKey),
    /// Switch a highlight layer on or off.
    ToggleLayer(Layer),
    /// Use this colour scheme.
    SetTheme(Theme),
    /// Compare page furniture (bylines, "Share this article") too, or leave it out.
    IncludeFurniture(bool),
    /// The reader changed what counts as a word change (kept with the shelf).
    SetWordMatch(corroborate_core::WordMatch),
    /// Show the fact × source matrix.
    WantMatrix,
    /// A similarity map finished (for the shelf it names; stale results are ignored).
    MapReady(Shared<MapResult>),
    /// A fact × source matrix finished (for the shelf it names; stale results are ignored).
    MatrixReady(Shared<MatrixResult>),
    /// What was saved on an earlier visit (`None`: nothing was, or it could not be read).
    Restore(Option<Box<Saved>>),
    /// Saving failed; the reason, for a message that says the shelf will not survive a reload.
    SaveFailed(String),
}

impl AppState {
    /// The read report with this id.
    pub fn doc(&self, id: DocId) -> Option<&Shared<Document>> {
        self.docs.iter().find(|l| l.id == id).map(|l| &l.doc)
    }

    /// The shelf entry of a read report.
    pub fn loaded(&self, id: DocId) -> Option<&Loaded> {
        self.docs.iter().find(|l| l.id == id)
    }

    /// The ids of the read reports, in shelf order.
    pub fn doc_ids(&self) -> Vec<DocId> {
        self.docs.iter().map(|l| l.id).collect()
    }

    /// The similarity map of the current shelf and settings, if it is ready.
    pub fn current_map(&self) -> Option<&Shared<MapResult>> {
        self.map
            .as_ref()
            .filter(|m| m.docs == self.doc_ids() && m.options == self.options)
    }

    /// The shelf is small enough for a similarity map: every pair compared reads each report
    /// once per other report, so the words of all the pairs together stay within
    /// [`MAP_WORD_BUDGET`] (twenty 5 KB reports take about three quarters of it; three 1 MB
    /// reports, which would keep the engine busy for seconds, are over it).
    pub fn map_fits(&self) -> bool {
        let words: usize = self.docs.iter().map(|l| l.doc.word_count()).sum();
        words.saturating_mul(self.docs.len().saturating_sub(1)) <= MAP_WORD_BUDGET
    }

    /// The similarity map of the current shelf could not be worked out (the engine crashed).
    pub fn map_failed(&self) -> bool {
        self.map_failed.as_ref() == Some(&self.doc_ids())
    }

    /// The fact × source matrix of the current shelf, if it is ready.
    pub fn current_matrix(&self) -> Option<&Shared<MatrixResult>> {
        self.matrix.as_ref().filter(|m| m.docs == self.doc_ids())
    }

    /// The pair to compare, when both sides are chosen.
    pub fn pair(&self) -> Option<(DocId, DocId)> {
        Some((self.left?, self.right?))
    }

    /// The settings a comparison of this pair is made with: the page's, and the
    /// contradictions the reader set aside for this pair.
    pub fn options_for(&self, left: DocId, right: DocId) -> Options {
        Options {
            set_aside: self.set_aside_for(left, right),
            ..self.options.clone()
        }
    }

    /// The contradictions set aside for this pair, as seen with `left` on the left.
    pub fn set_aside_for(&self, left: DocId, right: DocId) -> Vec<ConflictKey> {
        self.set_aside
            .iter()
            .filter_map(|s| s.key_for(left, right))
            .collect()
    }

    /// The comparison of the current pair, if it is ready.
    pub fn current_comparison(&self) -> Option<&Shared<Compared>> {
        let (left, right) = self.pair()?;
        let options = self.options_for(left, right);
        self.comparison
            .as_ref()
            .filter(|c| c.left == left && c.right == right && c.options == options)
    }

    /// The comparison the engine should compute now: the chosen pair, both read, not yet
    /// compared, and not the one that just crashed the engine.
    pub fn wanted_comparison(&self) -> Option<(DocId, DocId, Options)> {
        let (left, right) = self.pair()?;
        self.doc(left)?;
        self.doc(right)?;
        let wanted = (left, right, self.options_for(left, right));
        (self.current_comparison().is_none() && self.engine.failed.as_ref() != Some(&wanted))
            .then_some(wanted)
    }

    fn say(&mut self, text: String) {
        self.tell(text, true, false, None);
    }

    fn tell(&mut self, text: String, error: bool, undo: bool, details: Option<String>) -> u32 {
        let id = self.next_message;
        self.next_message += 1;
        self.messages.push(Message {
            id,
            text,
            error,
            undo,
            details,
        });
        id
    }

    /// A new pair means new facts: forget the picked fact and contradiction.
    fn reset_focus(&mut self) {
        self.focused_fact = None;
        self.conflict_cursor = None;
        self.difference_cursor = None;
        self.progress = None;
    }

    /// Whether "Try again" can help with the crash reported: a comparison that crashed the
    /// engine once may have met a passing trouble; one that crashed it again after a retry
    /// will crash it every time.
    pub fn can_retry(&self) -> bool {
        self.engine.start_failed
            || self.engine.failed.is_some() && self.engine.failed != self.engine.retried
    }

    /// The engine crashed working out `step` of the comparison of `left` and `right`, whose
    /// alignment and word differences are on screen: that step and the ones after it are
    /// noted as failed where their results would be, and the comparison is otherwise
    /// complete. False when the comparison on screen is another.
    fn finishing_failed(&mut self, left: DocId, right: DocId, step: Step, details: &str) -> bool {
        let Some(current) = self
            .comparison
            .as_mut()
            .filter(|c| c.partial && (c.left, c.right) == (left, right))
        else {
            return false;
        };
        let mut result = (**current).clone();
        result.partial = false;
        result.comparison.failed.extend(
            Step::ALL
                .iter()
                .filter(|s| **s >= step)
                .map(|s| StepFailure::new(*s, details)),
        );
        *current = Shared::new(result);
        true
    }

    fn crashed(&mut self, details: String, during: Option<Task>) {
        if during == Some(Task::Starting) {
            self.engine.start_failed = true;
            // One message however often it fails.
            self.messages.retain(|m| m.text != ENGINE_DID_NOT_START);
            self.progress = None;
            self.tell(ENGINE_DID_NOT_START.into(), true, false, Some(details));
            return;
        }
        self.engine.crashes += 1;
        self.progress = None;
        let restarts_left = self.engine.crashes <= MAX_RESTARTS;
        let during = match during {
            Some(Task::Finishing(left, right, step)) => {
                if self.finishing_failed(left, right, step, &details) {
                    // The note where the results would be says it all, unless the engine
                    // cannot be restarted again.
                    if !restarts_left {
                        self.say(
                            "The comparison engine stopped; reload the page to start it again \
                             (your documents are kept)."
                                .into(),
                        );
                    }
                    return;
                }
                Some(Task::Comparing(left, right))
            }
            other => other,
        };
        let text = match during {
            Some(Task::Reading(id)) => {
                // Reading it again would only crash the new worker too.
                let name = self
                    .reading
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| r.name.clone());
                self.reading.retain(|r| r.id != id);
                format!(
                    "{}: Corroborate could not read this file (an internal error). Your other \
                     documents are safe.",
                    name.unwrap_or_else(|| "A report".into())
                )
            }
            Some(Task::Comparing(left, right)) => {
                let pair = (left, right, self.options_for(left, right));
                let again = self.engine.retried.as_ref() == Some(&pair);
                self.engine.failed = Some(pair);
                if again {
                    "Something went wrong comparing these reports again — your documents are \
                     safe. These two cannot be compared; choose another pair."
                        .into()
                } else {
                    "Something went wrong comparing these reports — your documents are safe. \
                     Choose another pair, or try again."
                        .into()
                }
            }
            Some(Task::Map) => {
                self.map_failed = Some(self.doc_ids());
                "The similarity map of these reports could not be worked out (an internal \
                 error) — your documents are safe, and each pair can still be compared."
                    .into()
            }
            _ => "Something went wrong in the comparison engine — your documents are safe.".into(),
        };
        let text = if restarts_left {
            text
        } else {
            format!("{text} The engine stopped; reload the page to start it again (your documents are kept).")
        };
        self.tell(text, true, false, Some(details));
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let pair_before = next.pair();
        match action {
            Action::LoadExample => next.load_example(),
            Action::OpenPair(pair) => next.open_pair(*pair),
            Action::OpenPairFailed(why) => next.say(format!(
                "The link could not open its two reports: {why}. Nothing else was changed."
            )),
            Action::AddText(text) => next.add_text(text),
            Action::AddHtml(page) => next.add_html(page),
            Action::AddFiles(files) => next.add_files(files),
            Action::FileUnreadable { name, reason } => {
                next.say(format!("{name}: the browser could not read it ({reason})"))
            }
            Action::Read { id, result } => next.read(id, result),
            Action::Remove(id) => next.remove(&[id]),
            Action::ClearAll => {
                let all: Vec<DocId> = next.docs.iter().map(|l| l.id).collect();
                next.remove(&all)
            }
            Action::Undo => next.undo(),
            Action::Rename(id, title) => next.rename(id, title),
            Action::Move(id, by) => next.move_doc(id, by),
            Action::SetLeft(id) if next.doc(id).is_some() => {
                if next.right == Some(id) {
                    next.right = next.left;
                }
                next.left = Some(id);
            }
            Action::SetRight(id) if next.doc(id).is_some() => {
                if next.left == Some(id) {
                    next.left = next.right;
                }
                next.right = Some(id);
            }
            Action::SetLeft(_) | Action::SetRight(_) => return self,
            Action::OpenShelved(left, right)
                if left != right && next.doc(left).is_some() && next.doc(right).is_some() =>
            {
                next.left = Some(left);
                next.right = Some(right);
            }
            Action::OpenShelved(..) => return self,
            Action::Swap => std::mem::swap(&mut next.left, &mut next.right),
            Action::StepPair(by) => next.step_pair(by),
            Action::Progress(done) => {
                if next.wanted_comparison().is_none() {
                    return self;
                }
                next.progress = Some(done);
            }
            Action::ComparisonReady(result) => {
                // A result for a pair the user has since left is of no use: keep the state
                // (and the page) as it is.
                if next.pair() != Some((result.left, result.right))
                    || result.options != next.options_for(result.left, result.right)
                {
                    return self;
                }
                next.comparison = Some(result);
                next.progress = None;
            }
            Action::EngineCrashed { details, during } => next.crashed(details, during),
            Action::Retry => {
                // The reader has acted on the crash report: it has done its job. (An engine
                // that could not start is started again by the retry's command.)
                next.engine.start_failed = false;
                next.engine.retried = next.engine.failed.take();
                next.messages.retain(|m| m.details.is_none());
            }
            Action::Dismiss(id) => next.messages.retain(|m| m.id != id),
            Action::Notify(text) => {
                // A repeated notice replaces the earlier one rather than piling up.
                next.messages
                    .retain(|m| m.error || m.undo || m.text != text);
                next.tell(text, false, false, None);
            }
            Action::ToggleStatus(status) => toggle(&mut next.fact_filter.hidden_statuses, status),
            Action::ToggleKind(kind) => toggle(&mut next.fact_filter.hidden_kinds, kind),
            Action::FocusFact(fact) => next.focused_fact = fact,
            Action::NextConflict | Action::PreviousConflict => {
                let by = if action == Action::NextConflict {
                    1
                } else {
                    -1
                };
                let Some(index) = next.conflict_step(by) else {
                    return self;
                };
                next.conflict_cursor = Some(index);
            }
            Action::StepDifference(by) => {
                let Some(row) = next.difference_step(by) else {
                    return self;
                };
                next.difference_cursor = Some(row);
            }
            Action::ShowShortcuts(open) => next.shortcuts_open = open,
            Action::JumpToConflict(index) => {
                let count = next
                    .current_comparison()
                    .map_or(0, |c| c.comparison.conflicts.len());
                if index >= count {
                    return self;
                }
                next.conflict_cursor = Some(index);
            }
            Action::SetAsideConflict(index) => {
                let Some(key) = next
                    .current_comparison()
                    .and_then(|c| c.comparison.conflicts.get(index))
                    .map(|c| c.key())
                else {
                    return self;
                };
                let (left, right) = next.pair().expect("invariant: a comparison has a pair");
                next.set_aside.push(SetAside { left, right, key });
                next.conflict_cursor = None;
            }
            Action::RestoreConflict(key) => {
                let Some((left, right)) = next.pair() else {
                    return self;
                };
                next.set_aside
                    .retain(|s| s.key_for(left, right).as_ref() != Some(&key));
            }
            Action::ToggleLayer(layer) => toggle(&mut next.hidden_layers, layer),
            Action::SetTheme(theme) => next.theme = theme,
            Action::IncludeFurniture(include) => next.options.include_boilerplate = include,
            Action::SetWordMatch(word_match) => next.options.word_match = word_match,
            Action::WantMatrix => next.matrix_wanted = true,
            Action::MapReady(result) => {
                if result.docs != next.doc_ids() || result.options != next.options {
                    return self;
                }
                next.map = Some(result);
            }
            Action::MatrixReady(result) => {
                if result.docs != next.doc_ids() {
                    return self;
                }
                next.matrix = Some(result);
            }
            Action::Restore(saved) => next.restore(saved.map(|s| *s)),
            Action::SaveFailed(reason) => {
                let text = format!(
                    "Your reports could not be saved in this browser ({reason}). They work \
                     now, but will not be here after a reload."
                );
                if next.messages.iter().any(|m| m.text == text) {
                    return self;
                }
                next.say(text);
            }
        }
        next.fill_pair();
        if next.pair() != pair_before {
            next.reset_focus();
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

fn toggle<T: PartialEq>(hidden: &mut Vec<T>, value: T) {
    if let Some(at) = hidden.iter().position(|v| *v == value) {
        hidden.remove(at);
    } else {
        hidden.push(value);
    }
}

#[cfg(test)]
mod tests;
