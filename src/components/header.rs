//! The page header: name, what it does, and the quickest ways in.

use super::file_picker::FilePicker;
use web_sys::File;
use yew::prelude::*;

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// "Try an example" was pressed.
    pub on_example: Callback<()>,
    /// Files were chosen with the file picker.
    pub on_files: Callback<Vec<File>>,
}

/// The page header.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let on_example = props.on_example.reform(|_: MouseEvent| ());
    html! {
        <header class="site-header">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true">{"◐"}</span>
                <div>
                    <h1 class="brand-name">{"Corroborate"}</h1>
                    <p class="brand-tagline">
                        {"Compare news reports of the same event — what matches, what differs, what only one source says."}
                    </p>
                </div>
            </div>
            <div class="header-actions">
                <button type="button" class="button" data-testid="example" onclick={on_example}>
                    {"Try an example"}
                </button>
                <FilePicker on_files={props.on_files.clone()} />
            </div>
        </header>
    }
}
