//! The page header: name, what it does, the quickest ways in, and the page's own settings (the
//! keyboard shortcuts and the colour theme).

use super::file_picker::FilePicker;
use super::theme_switch::ThemeSwitch;
use crate::page::state::Theme;
use web_sys::File;
use yew::prelude::*;

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// "Try an example" was pressed.
    pub on_example: Callback<()>,
    /// Files were chosen with the file picker.
    pub on_files: Callback<Vec<File>>,
    /// The colour theme chosen now.
    #[prop_or_default]
    pub theme: Theme,
    /// Another colour theme was chosen.
    #[prop_or_default]
    pub on_theme: Callback<Theme>,
    /// "Keyboard shortcuts" was pressed.
    #[prop_or_default]
    pub on_shortcuts: Callback<()>,
}

/// The page header.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let on_example = props.on_example.reform(|_: MouseEvent| ());
    let on_shortcuts = props.on_shortcuts.reform(|_: MouseEvent| ());
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
            <div class="header-tools">
                <button type="button" class="button" data-testid="shortcuts-open"
                    aria-haspopup="dialog" aria-keyshortcuts="?" onclick={on_shortcuts}>
                    {"Keyboard shortcuts"}<kbd aria-hidden="true">{"?"}</kbd>
                </button>
                <ThemeSwitch theme={props.theme} on_change={props.on_theme.clone()} />
            </div>
        </header>
    }
}
