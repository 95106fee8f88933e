//! Keeping the shelf across reloads and browser restarts, in the browser's IndexedDB.
//!
//! Two object stores: `docs` holds each report's text once, under its id (a change of pair
//! or a rename never rewrites a text), and `meta` holds one record, `shelf`: the order, the
//! titles the user gave, the pair and the view settings ([`Saved`]). Values are MessagePack
//! bytes with field names, so a later version of the page reads what an earlier one saved (a
//! field it adds has a default). Nothing leaves the machine: IndexedDB is the browser's own
//! storage for this page's origin.

use crate::page::state::{Saved, SavedDoc};
use crate::protocol::DocId;
use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use js_sys::Uint8Array;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// A value as stored.
fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    rmp_serde::to_vec_named(value).expect("invariant: saved values always serialise")
}

/// A stored value; an error means the storage holds something this page did not write.
fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, String> {
    rmp_serde::from_slice(bytes).map_err(|e| format!("unreadable saved shelf: {e}"))
}

const DATABASE: &str = "corroborate";
const VERSION: u32 = 1;
const DOCS: &str = "docs";
const META: &str = "meta";
const SHELF_KEY: &str = "shelf";

/// Open (and on first use create) the page's database.
pub async fn open() -> Result<Database, String> {
    let factory = Factory::new().map_err(reason)?;
    let mut request = factory.open(DATABASE, Some(VERSION)).map_err(reason)?;
    request.on_upgrade_needed(|event| {
        let Ok(database) = event.database() else {
            return;
        };
        for name in [DOCS, META] {
            if !database.store_names().iter().any(|n| n == name) {
                let _ = database.create_object_store(name, ObjectStoreParams::new());
            }
        }
    });
    request.await.map_err(reason)
}

/// What was saved on an earlier visit, with the reports' texts; `None` when nothing was.
pub async fn load(database: &Database) -> Result<Option<Saved>, String> {
    let transaction = database
        .transaction(&[DOCS, META], TransactionMode::ReadOnly)
        .map_err(reason)?;
    let meta = transaction.object_store(META).map_err(reason)?;
    let Some(shelf) = meta
        .get(JsValue::from_str(SHELF_KEY))
        .map_err(reason)?
        .await
        .map_err(reason)?
    else {
        return Ok(None);
    };
    let mut saved: Saved = decode(&Uint8Array::new(&shelf).to_vec())?;
    let docs = transaction.object_store(DOCS).map_err(reason)?;
    for (id, _) in &saved.shelf {
        let value = docs.get(key(*id)).map_err(reason)?.await.map_err(reason)?;
        if let Some(value) = value {
            saved.docs.push(decode(&Uint8Array::new(&value).to_vec())?);
        }
    }
    Ok(Some(saved))
}

/// Save the shelf record, add these reports' texts and delete those of reports removed.
pub async fn save(
    database: &Database,
    shelf: &Saved,
    add: &[SavedDoc],
    delete: &[DocId],
) -> Result<(), String> {
    let transaction = database
        .transaction(&[DOCS, META], TransactionMode::ReadWrite)
        .map_err(reason)?;
    let docs = transaction.object_store(DOCS).map_err(reason)?;
    for doc in add {
        let bytes = Uint8Array::from(&encode(doc)[..]);
        docs.put(&bytes, Some(&key(doc.id)))
            .map_err(reason)?
            .await
            .map_err(reason)?;
    }
    for id in delete {
        docs.delete(key(*id))
            .map_err(reason)?
            .await
            .map_err(reason)?;
    }
    let meta = transaction.object_store(META).map_err(reason)?;
    let bytes = Uint8Array::from(&encode(shelf)[..]);
    meta.put(&bytes, Some(&JsValue::from_str(SHELF_KEY)))
        .map_err(reason)?
        .await
        .map_err(reason)?;
    let outcome = transaction
        .commit()
        .map_err(reason)?
        .await
        .map_err(reason)?;
    if outcome.is_aborted() {
        // A write the browser refuses as it commits (over quota, disk full) fails no request:
        // the transaction aborts, and only its `error` says why.
        return Err(match meta.transaction().error() {
            Some(error) => reason(idb::Error::DomException(error)),
            None => "the browser did not keep the change".into(),
        });
    }
    Ok(())
}

fn key(id: DocId) -> JsValue {
    JsValue::from_f64(id.0 as f64)
}

/// What went wrong, in words a reader understands where it matters (a full disk).
fn reason(error: idb::Error) -> String {
    let text = error.to_string();
    if text.contains("Quota") {
        "the browser's storage for this page is full".into()
    } else {
        text
    }
}
