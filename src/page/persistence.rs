//! The hook that keeps the shelf across visits: read what was saved once at start, then save
//! every change (see [`crate::page::shelf_store`] for the format).

use crate::page::shelf_store;
use crate::page::state::{Action, AppState, SavedDoc};
use crate::protocol::DocId;
use idb::Database;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use yew::prelude::*;

/// Restore the saved shelf when the page starts, and save the shelf and settings whenever
/// they change afterwards. A failure to save becomes a message saying the reports will not
/// survive a reload; the reports keep working in this session.
#[hook]
pub fn use_persistence(state: &UseReducerHandle<AppState>) {
    let database: Rc<RefCell<Option<Rc<Database>>>> = use_mut_ref(|| None);
    // The ids whose texts are in the database, so each text is written once.
    let stored: Rc<RefCell<HashSet<DocId>>> = use_mut_ref(HashSet::new);
    {
        let (dispatcher, database, stored) = (state.dispatcher(), database.clone(), stored.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = match shelf_store::open().await {
                    Ok(db) => {
                        let saved = shelf_store::load(&db).await;
                        *database.borrow_mut() = Some(Rc::new(db));
                        saved
                    }
                    Err(why) => Err(why),
                };
                match loaded {
                    Ok(saved) => {
                        if let Some(saved) = &saved {
                            stored.borrow_mut().extend(saved.docs.iter().map(|d| d.id));
                        }
                        dispatcher.dispatch(Action::Restore(saved.map(Box::new)));
                    }
                    Err(why) => {
                        dispatcher.dispatch(Action::Restore(None));
                        dispatcher.dispatch(Action::SaveFailed(why));
                    }
                }
            });
        });
    }

    let wanted = state.restored.then(|| {
        let docs: Vec<(
            DocId,
            crate::page::shared::Shared<corroborate_core::Document>,
        )> = state.docs.iter().map(|l| (l.id, l.doc.clone())).collect();
        (state.saved(), docs)
    });
    let dispatcher = state.dispatcher();
    use_effect_with(wanted, move |wanted| {
        let Some((shelf, docs)) = wanted.clone() else {
            return;
        };
        let Some(db) = database.borrow().clone() else {
            // The database could not be opened; that was already said once.
            return;
        };
        let (add, delete) = {
            let mut stored = stored.borrow_mut();
            let add: Vec<SavedDoc> = docs
                .iter()
                .filter(|(id, _)| !stored.contains(id))
                .map(|(id, doc)| SavedDoc::of(*id, doc))
                .collect();
            let delete: Vec<DocId> = stored
                .iter()
                .filter(|id| !docs.iter().any(|(d, _)| d == *id))
                .copied()
                .collect();
            stored.extend(add.iter().map(|d| d.id));
            for id in &delete {
                stored.remove(id);
            }
            (add, delete)
        };
        let stored = stored.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(why) = shelf_store::save(&db, &shelf, &add, &delete).await {
                // Not saved: try these texts again with the next change, and the deletions
                // too, so a report removed meanwhile does not stay in the browser's storage.
                let mut stored = stored.borrow_mut();
                for doc in &add {
                    stored.remove(&doc.id);
                }
                stored.extend(delete.iter().copied());
                drop(stored);
                dispatcher.dispatch(Action::SaveFailed(why));
            }
        });
    });
}
