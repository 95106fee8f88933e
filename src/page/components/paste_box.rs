//! A text box to paste a report into.

use crate::protocol::PastedPage;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Props of [`PasteBox`].
#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    /// The text to add as a report.
    pub on_add: Callback<String>,
    /// Shown larger when the page is empty.
    #[prop_or_default]
    pub prominent: bool,
    /// A web page was pasted as rich text into the empty box: its markup.
    #[prop_or_default]
    pub on_html: Callback<PastedPage>,
}

/// The paste box and its "Add report" button (Ctrl+Enter also adds).
#[component]
pub fn PasteBox(props: &PasteBoxProps) -> Html {
    let area = use_node_ref();
    let add = {
        let (area, on_add) = (area.clone(), props.on_add.clone());
        Callback::from(move |()| {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                on_add.emit(area.value());
                area.set_value("");
            }
        })
    };
    let onclick = add.reform(|_: MouseEvent| ());
    // Rich text pasted into the empty box is a page (or part of one) copied from a browser:
    // its markup tells the article from the menus and buttons around it, which the plain
    // text would mix in. Into a box that already holds text, paste stays plain.
    let onpaste = {
        let (area, on_html) = (area.clone(), props.on_html.clone());
        Callback::from(move |event: Event| {
            let Some(event) = event.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            let empty = area
                .cast::<HtmlTextAreaElement>()
                .is_some_and(|a| a.value().trim().is_empty());
            let Some(data) = event.clipboard_data() else {
                return;
            };
            let markup = data.get_data("text/html").unwrap_or_default();
            if empty && !markup.trim().is_empty() {
                event.prevent_default();
                let text = data.get_data("text/plain").unwrap_or_default();
                on_html.emit(PastedPage { markup, text });
            }
        })
    };
    let add = add.clone();
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" && (event.ctrl_key() || event.meta_key()) {
            event.prevent_default();
            add.emit(());
        }
    });
    html! {
        <section class={classes!("paste-box", props.prominent.then_some("is-prominent"))}>
            <label class="field-label" for="paste">{"Paste a report"}</label>
            <textarea id="paste" data-testid="paste" ref={area} {onkeydown} {onpaste} spellcheck="false"
                placeholder="Paste the full text of a news report — headline first…" />
            <div class="paste-actions">
                <span class="hint">{"or drop files anywhere on the page"}</span>
                <button type="button" class="button" data-testid="paste-add" {onclick}>
                    {"Add report"}
                </button>
            </div>
        </section>
    }
}
