//! The page's state and every change a user can make to it, as one reducer.
//!
//! Pure Rust: no browser calls, so it is tested natively. Loading a file's bytes and running
//! the comparison happen outside (in [`crate::app`]); their results come back as actions, which
//! is what lets the comparison move into a Web Worker without touching this module.

use crate::engine::{ComparisonResult, MatrixResult};
use crate::examples;
use crate::shared::Shared;
use corroborate_core::{Document, FactKind, FactStatus, Options};
use std::rc::Rc;
use yew::Reducible;

/// Identifies a loaded document for as long as the page is open (never reused).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocId(pub u32);

/// A document on the shelf.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// Its id.
    pub id: DocId,
    /// The segmented report, shared with the comparison that uses it.
    pub doc: Shared<Document>,
}

/// A file the user brought in, read but not yet decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct FileBytes {
    /// The file name.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// A message for the user, shown in an alert until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// Identifies the message for dismissal.
    pub id: u32,
    /// What happened, naming the file concerned.
    pub text: String,
}

/// Which facts the facts panel lists and the panes highlight.
#[derive(Debug, Clone, PartialEq)]
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

/// A layer of highlighting in the panes that the reader can switch off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    /// Deleted, inserted and variant words.
    Changes,
    /// Verbatim passages both reports share.
    Verbatim,
    /// Fact mentions in their status colour.
    Facts,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The shelf, in the order the documents were added.
    pub docs: Vec<Loaded>,
    /// The document shown in the left pane.
    pub left: Option<DocId>,
    /// The document shown in the right pane.
    pub right: Option<DocId>,
    /// Settings of the comparison.
    pub options: Options,
    /// The latest comparison; it may belong to an older pair while a new one is computed.
    pub comparison: Option<Shared<ComparisonResult>>,
    /// Messages for the user, oldest first.
    pub messages: Vec<Message>,
    /// Which facts are listed and highlighted.
    pub fact_filter: FactFilter,
    /// Highlight layers the reader switched off.
    pub hidden_layers: Vec<Layer>,
    /// The reader asked for the fact × source matrix (computed while 3+ reports are loaded).
    pub matrix_wanted: bool,
    /// The latest fact × source matrix; it may belong to an older shelf while a new one is
    /// computed.
    pub matrix: Option<Shared<MatrixResult>>,
    /// The fact the user picked in the panel or the text (index into `Comparison::facts`).
    pub focused_fact: Option<usize>,
    /// The fact under the pointer, lit while it stays there.
    pub hovered_fact: Option<usize>,
    /// The contradiction last jumped to, and how many jumps were made (so jumping to the same
    /// one again still scrolls).
    pub conflict_cursor: Option<(usize, u32)>,
    next_doc: u32,
    next_message: u32,
    pasted: u32,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            docs: Vec::new(),
            left: None,
            right: None,
            options: Options::default(),
            comparison: None,
            messages: Vec::new(),
            fact_filter: FactFilter {
                hidden_statuses: Vec::new(),
                hidden_kinds: Vec::new(),
            },
            focused_fact: None,
            hovered_fact: None,
            conflict_cursor: None,
            hidden_layers: Vec::new(),
            matrix_wanted: false,
            matrix: None,
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
    /// Add text the user pasted or dropped (as text, not as a file).
    AddText(String),
    /// Add files the user dropped or chose; bad ones become messages.
    AddFiles(Vec<FileBytes>),
    /// A file could not even be read by the browser.
    FileUnreadable {
        /// The file's name.
        name: String,
        /// What the browser said.
        reason: String,
    },
    /// Remove a document from the shelf.
    Remove(DocId),
    /// Show this document in the left pane.
    SetLeft(DocId),
    /// Show this document in the right pane.
    SetRight(DocId),
    /// Exchange left and right.
    Swap,
    /// A comparison finished (for the pair it names; stale results are ignored).
    ComparisonReady(Shared<ComparisonResult>),
    /// Dismiss a message.
    Dismiss(u32),
    /// Show or hide facts of a status.
    ToggleStatus(FactStatus),
    /// Show or hide facts of a kind.
    ToggleKind(FactKind),
    /// Pick a fact (or none) to light up in both panes.
    FocusFact(Option<usize>),
    /// The pointer entered (or left) a fact in the panel or the text.
    HoverFact(Option<usize>),
    /// Jump to the next contradiction, wrapping around.
    NextConflict,
    /// Jump to this contradiction (index into `Comparison::conflicts`).
    JumpToConflict(usize),
    /// Switch a highlight layer on or off.
    ToggleLayer(Layer),
    /// Compare page furniture (bylines, "Share this article") too, or leave it out.
    IncludeFurniture(bool),
    /// Show the fact × source matrix.
    WantMatrix,
    /// A fact × source matrix finished (for the shelf it names; stale results are ignored).
    MatrixReady(Shared<MatrixResult>),
}

impl AppState {
    /// The document with this id.
    pub fn doc(&self, id: DocId) -> Option<&Shared<Document>> {
        self.docs.iter().find(|l| l.id == id).map(|l| &l.doc)
    }

    /// The ids of the shelf, in order.
    pub fn doc_ids(&self) -> Vec<DocId> {
        self.docs.iter().map(|l| l.id).collect()
    }

    /// The fact × source matrix of the current shelf, if it is ready.
    pub fn current_matrix(&self) -> Option<&Shared<MatrixResult>> {
        self.matrix.as_ref().filter(|m| m.docs == self.doc_ids())
    }

    /// The pair to compare, when both sides are chosen.
    pub fn pair(&self) -> Option<(DocId, DocId)> {
        Some((self.left?, self.right?))
    }

    /// The comparison of the current pair, if it is ready.
    pub fn current_comparison(&self) -> Option<&Shared<ComparisonResult>> {
        let (left, right) = self.pair()?;
        self.comparison
            .as_ref()
            .filter(|c| c.left == left && c.right == right && c.options == self.options)
    }

    fn push(&mut self, doc: Document) -> DocId {
        let id = DocId(self.next_doc);
        self.next_doc += 1;
        self.docs.push(Loaded {
            id,
            doc: Shared::new(doc),
        });
        id
    }

    fn say(&mut self, text: String) {
        self.messages.push(Message {
            id: self.next_message,
            text,
        });
        self.next_message += 1;
    }

    /// Keep the pair valid: fill empty sides with the first documents not already shown, so
    /// two documents are compared as soon as they are there (first = left, second = right).
    fn fill_pair(&mut self) {
        let exists = |id: Option<DocId>, s: &AppState| id.filter(|&i| s.doc(i).is_some());
        self.left = exists(self.left, self);
        self.right = exists(self.right, self);
        if self.left.is_none() {
            self.left = self
                .docs
                .iter()
                .map(|l| l.id)
                .find(|&i| Some(i) != self.right);
        }
        if self.right.is_none() {
            self.right = self
                .docs
                .iter()
                .map(|l| l.id)
                .find(|&i| Some(i) != self.left);
        }
        if self.left.is_none() && self.right.is_some() {
            std::mem::swap(&mut self.left, &mut self.right);
        }
    }

    /// A new pair means new facts: forget the picked fact and contradiction.
    fn reset_focus(&mut self) {
        self.focused_fact = None;
        self.hovered_fact = None;
        self.conflict_cursor = None;
    }

    fn load_example(&mut self) {
        let mut ids = Vec::new();
        for (name, text) in examples::EXAMPLES {
            let existing = self
                .docs
                .iter()
                .find(|l| l.doc.name == *name && l.doc.text == *text);
            let id = match existing {
                Some(l) => l.id,
                None => self.push(Document::from_text(*name, *text)),
            };
            ids.push(id);
        }
        if let [left, right, ..] = ids[..] {
            self.left = Some(left);
            self.right = Some(right);
        }
    }

    fn add_text(&mut self, text: String) {
        if text.trim().is_empty() {
            self.say("Nothing to add: paste the text of a report into the box first.".into());
            return;
        }
        self.pasted += 1;
        let name = format!("pasted text {}", self.pasted);
        self.push(Document::from_text(name, text));
    }

    fn add_files(&mut self, files: Vec<FileBytes>) {
        for file in files {
            match Document::from_bytes(file.name.clone(), &file.bytes) {
                Ok(doc) => {
                    self.push(doc);
                }
                Err(error) => self.say(format!("{}: {error}", file.name)),
            }
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let pair_before = next.pair();
        match action {
            Action::LoadExample => next.load_example(),
            Action::AddText(text) => next.add_text(text),
            Action::AddFiles(files) => next.add_files(files),
            Action::FileUnreadable { name, reason } => {
                next.say(format!("{name}: the browser could not read it ({reason})"))
            }
            Action::Remove(id) => next.docs.retain(|l| l.id != id),
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
            Action::Swap => std::mem::swap(&mut next.left, &mut next.right),
            Action::ComparisonReady(result) => {
                // A result for a pair the user has since left is of no use: keep the state
                // (and the page) as it is.
                if next.pair() != Some((result.left, result.right))
                    || result.options != next.options
                {
                    return self;
                }
                next.comparison = Some(result);
            }
            Action::Dismiss(id) => next.messages.retain(|m| m.id != id),
            Action::ToggleStatus(status) => toggle(&mut next.fact_filter.hidden_statuses, status),
            Action::ToggleKind(kind) => toggle(&mut next.fact_filter.hidden_kinds, kind),
            Action::FocusFact(fact) => next.focused_fact = fact,
            Action::HoverFact(fact) => next.hovered_fact = fact,
            Action::NextConflict => {
                let count = next
                    .current_comparison()
                    .map_or(0, |c| c.comparison.conflicts.len());
                if count == 0 {
                    return self;
                }
                next.conflict_cursor = Some(match next.conflict_cursor {
                    Some((i, jumps)) => ((i + 1) % count, jumps + 1),
                    None => (0, 0),
                });
            }
            Action::ToggleLayer(layer) => toggle(&mut next.hidden_layers, layer),
            Action::IncludeFurniture(include) => next.options.include_boilerplate = include,
            Action::WantMatrix => next.matrix_wanted = true,
            Action::MatrixReady(result) => {
                if result.docs != next.doc_ids() {
                    return self;
                }
                next.matrix = Some(result);
            }
            Action::JumpToConflict(index) => {
                let count = next
                    .current_comparison()
                    .map_or(0, |c| c.comparison.conflicts.len());
                if index >= count {
                    return self;
                }
                let jumps = next.conflict_cursor.map_or(0, |(_, jumps)| jumps + 1);
                next.conflict_cursor = Some((index, jumps));
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
