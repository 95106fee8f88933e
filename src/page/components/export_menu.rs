//! The exports of the comparison on screen: a report to file, the data, the facts, a summary.

pub use crate::protocol::ExportKind;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`ExportMenu`].
#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    /// An export was chosen.
    pub on_export: Callback<ExportKind>,
}

/// A disclosure button opening the list of exports (a native `<details>`, so it works with the
/// keyboard and screen readers without scripting of its own).
#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let menu = use_node_ref();
    let item = |kind: ExportKind, testid: &str, label: &str, hint: &str| {
        let (on_export, menu) = (props.on_export.clone(), menu.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            // Close the menu once a choice is made.
            if let Some(details) = menu.cast::<web_sys::Element>() {
                let _ = details.remove_attribute("open");
            }
            on_export.emit(kind);
        });
        html! {
            <li>
                <button type="button" class="export-item" data-testid={testid.to_string()} {onclick}>
                    <span class="export-label">{label}</span>
                    <span class="export-hint">{hint}</span>
                </button>
            </li>
        }
    };
    let items = html! {
        <>
            { item(ExportKind::Report, "export-html", "Report (HTML)", "Both reports with highlights, summary and facts; prints well") }
            { item(ExportKind::Json, "export-json", "Data (JSON)", "The full comparison, as the command line prints it") }
            { item(ExportKind::Csv, "export-csv", "Facts (CSV)", "One line per fact, for a spreadsheet") }
            { item(ExportKind::Summary, "copy-summary", "Copy summary", "A few lines to paste into a message") }
        </>
    };
    // Escape closes the open menu and leaves the focus on its button, as menus do elsewhere.
    let onkeydown = {
        let menu = menu.clone();
        Callback::from(move |event: KeyboardEvent| {
            let Some(details) = menu.cast::<web_sys::Element>() else {
                return;
            };
            if event.key() != "Escape" || !details.has_attribute("open") {
                return;
            }
            event.prevent_default();
            event.stop_propagation();
            let _ = details.remove_attribute("open");
            if let Ok(Some(summary)) = details.query_selector("summary") {
                if let Ok(summary) = summary.dyn_into::<web_sys::HtmlElement>() {
                    let _ = summary.focus();
                }
            }
        })
    };
    html! {
        <details class="export-menu" ref={menu} {onkeydown}>
            <summary class="button" data-testid="export">{"Export"}<span aria-hidden="true">{" ▾"}</span></summary>
            <ul class="export-list">{items}</ul>
        </details>
    }
}
