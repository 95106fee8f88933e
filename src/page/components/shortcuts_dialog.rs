//! The list of keyboard shortcuts, in a modal dialog opened with `?` or the header's button.

use crate::page::shortcuts::SHORTCUTS;
use web_sys::{Element, HtmlDialogElement, HtmlElement};
use yew::prelude::*;

/// Props of [`ShortcutsDialog`].
#[derive(Properties, PartialEq)]
pub struct ShortcutsDialogProps {
    /// The dialog is open.
    pub open: bool,
    /// The dialog closed (Escape, the Close button, or a click outside it).
    pub on_close: Callback<()>,
}

/// A native `<dialog>` shown with `showModal()`: the rest of the page is inert while it is
/// open, the focus moves into it, Escape closes it, and on closing the focus goes back to the
/// element that had it before (the button or the page the `?` was pressed on).
#[component]
pub fn ShortcutsDialog(props: &ShortcutsDialogProps) -> Html {
    let dialog = use_node_ref();
    let opener = use_mut_ref(|| None::<HtmlElement>);
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |&open| {
            let Some(element) = dialog.cast::<HtmlDialogElement>() else {
                return;
            };
            if open && !element.open() {
                *opener.borrow_mut() = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(e).ok());
                let _ = element.show_modal();
            } else if !open {
                if element.open() {
                    element.close();
                }
                if let Some(opener) = opener.borrow_mut().take() {
                    let _ = opener.focus();
                }
            }
        });
    }
    let onclose = props.on_close.reform(|_: Event| ());
    let close = props.on_close.reform(|_: MouseEvent| ());
    // A click on the backdrop lands on the dialog element itself; clicks on its content land
    // on the content.
    let onclick = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: MouseEvent| {
            let on_backdrop = event
                .target_dyn_into::<Element>()
                .is_some_and(|e| e.tag_name() == "DIALOG");
            if on_backdrop {
                on_close.emit(());
            }
        })
    };
    html! {
        <dialog ref={dialog} class="shortcuts-dialog" data-testid="shortcuts"
            aria-labelledby="shortcuts-title" {onclose} {onclick}>
            <div class="dialog-body">
                <header class="dialog-head">
                    <h2 id="shortcuts-title" class="dialog-title">{"Keyboard shortcuts"}</h2>
                    <button type="button" class="icon-button" aria-label="Close" onclick={close.clone()}>
                        {"×"}
                    </button>
                </header>
                <p class="dialog-lead">
                    {"Keys work anywhere on the page except while typing in a field."}
                </p>
                { for SHORTCUTS.iter().map(|group| html! {
                    <section class="shortcut-group" aria-labelledby={format!("keys-{}", group.title.to_lowercase())}>
                        <h3 class="group-title" id={format!("keys-{}", group.title.to_lowercase())}>{group.title}</h3>
                        <dl class="shortcut-list">
                            { for group.items.iter().map(|(_, keys, does)| html! {
                                <div class="shortcut">
                                    <dt>{ for keys.iter().enumerate().map(|(i, key)| html! {
                                        <>
                                            if i > 0 { <span class="key-plus" aria-hidden="true">{"+"}</span> }
                                            <kbd>{*key}</kbd>
                                        </>
                                    }) }</dt>
                                    <dd>{*does}</dd>
                                </div>
                            }) }
                        </dl>
                    </section>
                }) }
                <p class="dialog-actions">
                    <button type="button" class="button" onclick={close}>{"Close"}</button>
                </p>
            </div>
        </dialog>
    }
}
