//! [`Shared`]: an `Rc` that compares by identity; and [`Revealer`], a handle compared the
//! same way, through which the page's commands ask the comparison view to reveal a row.
//!
//! Yew re-renders a component when its props differ. Comparing two large documents or
//! comparisons field by field on every render would cost as much as the render itself; two
//! `Shared` values are equal exactly when they are the same allocation, which is what
//! "nothing changed" means for data that is never mutated once built.

use std::cell::RefCell;
use std::fmt;
use std::ops::Deref;
use std::rc::Rc;
use yew::Callback;

/// An immutable, reference-counted value compared by identity.
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Share a value.
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The comparison view's "bring this row into view and flash it", for the commands: the view
/// that is on screen registers it as it renders; with no comparison shown, asking does nothing.
#[derive(Clone, Default)]
pub struct Revealer(Rc<RefCell<Option<Callback<usize>>>>);

impl PartialEq for Revealer {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Revealer {
    /// Bring this row (index into the view's rows) into view and flash it, drawing it first
    /// in a long comparison.
    pub fn reveal(&self, row: usize) {
        // Cloned out first: revealing may render, and a render registers again.
        let reveal = self.0.borrow().clone();
        if let Some(reveal) = reveal {
            reveal.emit(row);
        }
    }

    /// What revealing does now (`None` when the view leaves the page).
    pub fn register(&self, reveal: Option<Callback<usize>>) {
        *self.0.borrow_mut() = reveal;
    }
}
