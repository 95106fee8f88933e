//! The shelf's changes: adding reports, the engine's answers, removing (with undo),
//! renaming, reordering, choosing pairs, and what is saved for the next visit.

use super::{AppState, DocId, FileBytes, Loaded, OpenedReport, Reading};
use crate::page::shared::Shared;
use crate::page::state::{FactFilter, Layer, SetAside, Theme};
use crate::protocol::{Input, PastedPage};
use corroborate_core::ingest::SourceInfo;
use corroborate_core::{Document, Options};
use corroborate_present::examples;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Largest file the page reads. Larger ones are refused with a message: comparing two
/// reports of this size still takes only seconds, and anything bigger is not a news report.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// What a removal took off the shelf, so it can be put back.
#[derive(Debug, Clone, PartialEq)]
pub struct Removal {
    /// The reports, each with the shelf position it had.
    pub docs: Vec<(usize, Loaded)>,
    /// The pair shown before.
    pub pair: (Option<DocId>, Option<DocId>),
    /// The message offering the undo.
    pub message: u32,
}

/// A report as saved for the next visit: its text as read, not the file, so it comes back
/// exactly as it was compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedDoc {
    /// Its id.
    pub id: DocId,
    /// Its name.
    pub name: String,
    /// Its text.
    pub text: String,
    /// Where it came from.
    pub source: SourceInfo,
    /// Paragraphs recognised as page furniture.
    pub furniture: Vec<Range<usize>>,
}

impl SavedDoc {
    /// The saved form of a read report.
    pub fn of(id: DocId, doc: &Document) -> SavedDoc {
        SavedDoc {
            id,
            name: doc.name.clone(),
            text: doc.text.clone(),
            source: doc.source.clone(),
            furniture: doc
                .paragraphs
                .iter()
                .filter(|p| p.boilerplate)
                .map(|p| p.span.clone())
                .collect(),
        }
    }
}

/// The shelf and the reader's settings, as saved for the next visit (the reports' texts are
/// saved one by one, as [`SavedDoc`]s, so a change of pair does not rewrite them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// The reports in shelf order, with any title the user gave them.
    pub shelf: Vec<(DocId, Option<String>)>,
    /// The pair shown.
    pub left: Option<DocId>,
    /// The pair shown.
    pub right: Option<DocId>,
    /// Comparison settings.
    pub options: Options,
    /// Which facts are listed.
    pub fact_filter: FactFilter,
    /// Highlight layers switched off.
    pub hidden_layers: Vec<Layer>,
    /// Colour scheme.
    pub theme: Theme,
    /// The next id to give, so ids are never reused.
    pub next_doc: u32,
    /// How many pasted texts were named so far.
    pub pasted: u32,
    /// The reports' texts (filled in when loading; empty in the saved shelf record).
    #[serde(default)]
    pub docs: Vec<SavedDoc>,
    /// Contradictions the reader set aside (absent from shelves saved before there were any).
    #[serde(default)]
    pub set_aside: Vec<SetAside>,
}

impl AppState {
    /// What to save of the shelf and settings (the texts go separately).
    pub fn saved(&self) -> Saved {
        Saved {
            shelf: self.docs.iter().map(|l| (l.id, l.label.clone())).collect(),
            left: self.left,
            right: self.right,
            options: self.options.clone(),
            fact_filter: self.fact_filter.clone(),
            hidden_layers: self.hidden_layers.clone(),
            theme: self.theme,
            next_doc: self.next_doc,
            pasted: self.pasted,
            docs: Vec::new(),
            set_aside: self.set_aside.clone(),
        }
    }

    fn new_id(&mut self) -> DocId {
        let id = DocId(self.next_doc);
        self.next_doc += 1;
        id
    }

    fn start_reading(&mut self, name: String, input: Input) -> DocId {
        let id = self.new_id();
        self.reading.push(Reading {
            id,
            name,
            input: Shared::new(input),
            label: None,
        });
        id
    }

    /// The report of this name and text already on the shelf (or being read), else a new
    /// one read from the text: opening the same reports twice does not shelve them twice.
    fn find_or_read(&mut self, name: &str, text: &str) -> DocId {
        let loaded = self
            .docs
            .iter()
            .find(|l| l.doc.name == name && l.doc.text == text)
            .map(|l| l.id);
        let reading = self
            .reading
            .iter()
            .find(|r| r.name == name && *r.input == Input::Text(text.to_string()))
            .map(|r| r.id);
        loaded
            .or(reading)
            .unwrap_or_else(|| self.start_reading(name.to_string(), Input::Text(text.to_string())))
    }

    pub(super) fn load_example(&mut self) {
        let ids: Vec<DocId> = examples::EXAMPLES
            .iter()
            .map(|(name, text)| self.find_or_read(name, text))
            .collect();
        if let [left, right, ..] = ids[..] {
            self.left = Some(left);
            self.right = Some(right);
        }
    }

    /// Two reports handed over in the page's address (from a corpus report's picker): read
    /// like pasted text under their names, and shown as the pair.
    pub(super) fn open_pair(&mut self, pair: [OpenedReport; 2]) {
        let [left, right] = pair.map(|r| {
            let name = if r.name.trim().is_empty() {
                self.pasted += 1;
                format!("pasted text {}", self.pasted)
            } else {
                r.name
            };
            (name, r.text)
        });
        let left = self.find_or_read(&left.0, &left.1);
        let right = self.find_or_read(&right.0, &right.1);
        self.left = Some(left);
        self.right = Some(right);
    }

    pub(super) fn add_text(&mut self, text: String) {
        if text.trim().is_empty() {
            self.say("Nothing to add: paste the text of a report into the box first.".into());
            return;
        }
        self.pasted += 1;
        let name = format!("pasted text {}", self.pasted);
        self.start_reading(name, Input::Text(text));
    }

    pub(super) fn add_html(&mut self, page: PastedPage) {
        self.pasted += 1;
        let name = format!("pasted page {}", self.pasted);
        self.start_reading(name, Input::Html(page));
    }

    pub(super) fn add_files(&mut self, files: Vec<FileBytes>) {
        for file in files {
            if file.bytes.len() > MAX_FILE_BYTES {
                self.say(format!(
                    "{}: too large to compare ({:.1} MB; the limit is {} MB).",
                    file.name,
                    file.bytes.len() as f64 / 1_048_576.0,
                    MAX_FILE_BYTES / 1_048_576
                ));
                continue;
            }
            self.start_reading(file.name, Input::File(file.bytes));
        }
    }

    pub(super) fn read(&mut self, id: DocId, result: Result<Shared<Document>, String>) {
        let Some(at) = self.reading.iter().position(|r| r.id == id) else {
            return;
        };
        let reading = self.reading.remove(at);
        match result {
            Ok(doc) => self.docs.push(Loaded {
                id,
                doc,
                label: reading.label,
            }),
            Err(why) => self.say(format!("{}: {why}", reading.name)),
        }
    }

    pub(super) fn remove(&mut self, ids: &[DocId]) {
        let mut taken = Vec::new();
        for (at, loaded) in self.docs.iter().enumerate() {
            if ids.contains(&loaded.id) {
                taken.push((at, loaded.clone()));
            }
        }
        // A report still being read can be removed too; there is nothing of it to put back.
        self.reading.retain(|r| !ids.contains(&r.id));
        if taken.is_empty() {
            return;
        }
        self.docs.retain(|l| !ids.contains(&l.id));
        if let Some(old) = self.removed.take() {
            self.messages.retain(|m| m.id != old.message);
        }
        let text = match &taken[..] {
            [(_, one)] => format!("Removed “{}”.", one.title()),
            many => format!("Removed all {} reports.", many.len()),
        };
        let message = self.tell(text, false, true, None);
        self.removed = Some(super::Removal {
            docs: taken,
            pair: (self.left, self.right),
            message,
        });
    }

    pub(super) fn undo(&mut self) {
        let Some(removal) = self.removed.take() else {
            return;
        };
        self.messages.retain(|m| m.id != removal.message);
        for (at, loaded) in removal.docs {
            if self.doc(loaded.id).is_none() {
                let at = at.min(self.docs.len());
                self.docs.insert(at, loaded);
            }
        }
        (self.left, self.right) = removal.pair;
    }

    pub(super) fn rename(&mut self, id: DocId, title: String) {
        if let Some(loaded) = self.docs.iter_mut().find(|l| l.id == id) {
            let title = title.trim();
            loaded.label = (!title.is_empty() && title != loaded.doc.title()).then(|| title.into());
        }
    }

    pub(super) fn move_doc(&mut self, id: DocId, by: i32) {
        let Some(at) = self.docs.iter().position(|l| l.id == id) else {
            return;
        };
        let to = (at as i64 + by as i64).clamp(0, self.docs.len() as i64 - 1) as usize;
        let loaded = self.docs.remove(at);
        self.docs.insert(to, loaded);
    }

    /// Every pair of the shelf in order — (1,2), (1,3), …, (2,3), … — and step from the
    /// current one, wrapping around.
    pub(super) fn step_pair(&mut self, by: i32) {
        let n = self.docs.len();
        if n < 2 {
            return;
        }
        let pairs: Vec<(usize, usize)> = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect();
        let position =
            |id: Option<DocId>| id.and_then(|id| self.docs.iter().position(|l| l.id == id));
        let current = match (position(self.left), position(self.right)) {
            (Some(a), Some(b)) => pairs.iter().position(|&p| p == (a.min(b), a.max(b))),
            _ => None,
        };
        let count = pairs.len() as i64;
        let next = match current {
            Some(c) => (c as i64 + by as i64).rem_euclid(count) as usize,
            None => 0,
        };
        let (a, b) = pairs[next];
        self.left = Some(self.docs[a].id);
        self.right = Some(self.docs[b].id);
    }

    /// Keep the pair valid: fill empty sides with the first reports not already shown, so
    /// two reports are compared as soon as they are there (first = left, second = right).
    /// Reports still being read count: they take their side as soon as they are read.
    pub(super) fn fill_pair(&mut self) {
        let on_shelf: Vec<DocId> = self
            .docs
            .iter()
            .map(|l| l.id)
            .chain(self.reading.iter().map(|r| r.id))
            .collect();
        let exists = |id: Option<DocId>| id.filter(|i| on_shelf.contains(i));
        self.left = exists(self.left);
        self.right = exists(self.right);
        if self.left.is_some() && self.left == self.right {
            self.right = None;
        }
        if self.left.is_none() {
            self.left = on_shelf.iter().copied().find(|&i| Some(i) != self.right);
        }
        if self.right.is_none() {
            self.right = on_shelf.iter().copied().find(|&i| Some(i) != self.left);
        }
        if self.left.is_none() && self.right.is_some() {
            std::mem::swap(&mut self.left, &mut self.right);
        }
    }

    /// Put back what an earlier visit saved, before anything added since.
    pub(super) fn restore(&mut self, saved: Option<Saved>) {
        if self.restored {
            return;
        }
        self.restored = true;
        let Some(saved) = saved else { return };
        let mut texts = saved.docs;
        let mut restored = Vec::new();
        for (id, label) in saved.shelf {
            let Some(at) = texts.iter().position(|d| d.id == id) else {
                continue;
            };
            let doc = texts.swap_remove(at);
            restored.push(Reading {
                id,
                name: doc.name,
                input: Shared::new(Input::Stored {
                    text: doc.text,
                    source: doc.source,
                    furniture: doc.furniture,
                }),
                label,
            });
        }
        // Anything added before the saved shelf arrived keeps its place after it, under a
        // fresh id so no two reports share one.
        let added = std::mem::take(&mut self.reading);
        self.next_doc = self.next_doc.max(saved.next_doc);
        let mut renumbered = Vec::new();
        for mut reading in added {
            let old = reading.id;
            reading.id = self.new_id();
            renumbered.push((old, reading.id));
            restored.push(reading);
        }
        for at in 0..self.docs.len() {
            let old = self.docs[at].id;
            self.docs[at].id = self.new_id();
            renumbered.push((old, self.docs[at].id));
        }
        let renumber = |id: Option<DocId>| {
            id.map(|id| {
                renumbered
                    .iter()
                    .find(|(old, _)| *old == id)
                    .map_or(id, |(_, new)| *new)
            })
        };
        let had_pair = self.pair().is_some();
        let (left, right) = (renumber(self.left), renumber(self.right));
        self.reading = restored;
        (self.left, self.right) = if had_pair {
            (left, right)
        } else {
            (saved.left, saved.right)
        };
        self.options = saved.options;
        self.set_aside = saved.set_aside;
        self.fact_filter = saved.fact_filter;
        self.hidden_layers = saved.hidden_layers;
        self.theme = saved.theme;
        self.pasted = self.pasted.max(saved.pasted);
    }
}
