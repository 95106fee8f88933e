//! The whole page as a drop target: files or text dropped anywhere are added, with an overlay
//! while something is dragged over the window.

use crate::page::dom;
use crate::protocol::PastedPage;
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File};
use yew::prelude::*;

/// Props of [`DropZone`].
#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// Files were dropped.
    pub on_files: Callback<Vec<File>>,
    /// Text (not a file) was dropped.
    pub on_text: Callback<String>,
    /// Markup dragged from another page was dropped.
    pub on_html: Callback<PastedPage>,
}

/// Listens for drags and drops on the whole document (so a drop on any element counts) and
/// shows the overlay while a drag is over the page.
#[component]
pub fn DropZone(props: &DropZoneProps) -> Html {
    let active = use_state_eq(|| false);
    {
        let active = active.clone();
        let (on_files, on_text) = (props.on_files.clone(), props.on_text.clone());
        let on_html = props.on_html.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| listen(&document, active, on_files, on_text, on_html));
            move || drop(listeners)
        });
    }
    html! {
        <div class={classes!("drop-overlay", active.then_some("is-active"))} aria-hidden="true">
            <div class="drop-card">
                <p class="drop-title">{"Drop reports to add them"}</p>
                <p class="drop-hint">{"Text, Markdown, web pages and Word files — several at once"}</p>
            </div>
        </div>
    }
}

fn listen(
    document: &web_sys::Document,
    active: UseStateHandle<bool>,
    on_files: Callback<Vec<File>>,
    on_text: Callback<String>,
    on_html: Callback<PastedPage>,
) -> [EventListener; 3] {
    // Without preventDefault on dragover the browser would refuse the drop (or open the file).
    let blocking = EventListenerOptions::enable_prevent_default();
    let show = active.clone();
    let over = EventListener::new_with_options(document, "dragover", blocking, move |event| {
        event.prevent_default();
        show.set(true);
    });
    let hide = active.clone();
    let leave = EventListener::new(document, "dragleave", move |event| {
        // Only leaving the window has no element to go to.
        let to = event
            .dyn_ref::<DragEvent>()
            .and_then(|e| e.related_target());
        if to.is_none() {
            hide.set(false);
        }
    });
    let dropped = EventListener::new_with_options(document, "drop", blocking, move |event| {
        event.prevent_default();
        active.set(false);
        let Some(transfer) = event.dyn_ref::<DragEvent>().and_then(|e| e.data_transfer()) else {
            return;
        };
        let files = dom::files_of(transfer.files());
        let markup = transfer.get_data("text/html").unwrap_or_default();
        let text = transfer.get_data("text/plain").unwrap_or_default();
        if !files.is_empty() {
            on_files.emit(files);
        } else if !markup.trim().is_empty() {
            // A selection dragged from another page: its markup lets the article be told
            // apart from the page around it.
            on_html.emit(PastedPage { markup, text });
        } else if !text.is_empty() {
            on_text.emit(text);
        }
    });
    [over, leave, dropped]
}
