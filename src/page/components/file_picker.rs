//! A button that opens the file chooser (several files at once).

use crate::page::dom;
use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

/// Props of [`FilePicker`].
#[derive(Properties, PartialEq)]
pub struct FilePickerProps {
    /// The chosen files.
    pub on_files: Callback<Vec<File>>,
}

/// The page's one `input[type=file]`, styled as a button.
#[component]
pub fn FilePicker(props: &FilePickerProps) -> Html {
    let on_files = props.on_files.clone();
    let onchange = Callback::from(move |event: Event| {
        let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
            return;
        };
        on_files.emit(dom::files_of(input.files()));
        // Clear it so choosing the same file again (after removing it) still fires `change`.
        input.set_value("");
    });
    html! {
        <label class="button button-primary file-picker">
            {"Add files…"}
            <input type="file" multiple=true class="visually-hidden" {onchange}
                aria-label="Add report files (.txt, .md, .html, .docx)" />
        </label>
    }
}
