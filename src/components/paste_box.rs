//! A text box to paste a report into.

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
            <textarea id="paste" data-testid="paste" ref={area} {onkeydown} spellcheck="false"
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
