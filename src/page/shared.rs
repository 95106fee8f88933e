//! [`Shared`]: an `Rc` that compares by identity.
//!
//! Yew re-renders a component when its props differ. Comparing two large documents or
//! comparisons field by field on every render would cost as much as the render itself; two
//! `Shared` values are equal exactly when they are the same allocation, which is what
//! "nothing changed" means for data that is never mutated once built.

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

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
