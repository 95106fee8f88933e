//! The colour scheme switch in the header: follow the system, or always light, or always dark.

use crate::page::state::Theme;
use yew::prelude::*;

/// Props of [`ThemeSwitch`].
#[derive(Properties, PartialEq)]
pub struct ThemeSwitchProps {
    /// The scheme chosen now.
    pub theme: Theme,
    /// Another scheme was chosen.
    pub on_change: Callback<Theme>,
}

/// Three buttons side by side, the chosen one pressed. Buttons rather than radio inputs: each
/// acts at once, and a reader tabbing through the header meets each one by name.
#[component]
pub fn ThemeSwitch(props: &ThemeSwitchProps) -> Html {
    let option = |theme: Theme, label: &str, title: &str, icon: Html| {
        let onclick = props.on_change.reform(move |_: MouseEvent| theme);
        let name = match theme {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        };
        html! {
            <button type="button" class="theme-option" {onclick} title={title.to_string()}
                aria-pressed={(props.theme == theme).to_string()} data-testid={format!("theme-{name}")}>
                {icon}<span class="theme-label">{label}</span>
            </button>
        }
    };
    html! {
        <div class="theme-switch" role="group" aria-label="Colour theme">
            { option(Theme::System, "Auto", "Follow the system's light or dark setting", icon(AUTO)) }
            { option(Theme::Light, "Light", "Always light", icon(SUN)) }
            { option(Theme::Dark, "Dark", "Always dark", icon(MOON)) }
        </div>
    }
}

/// A half-filled circle: light and dark, as the system says.
const AUTO: &str = "M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Zm0 1.5v10a5 5 0 0 1 0-10Z";
/// A sun.
const SUN: &str = "M8 4.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7ZM7.25 0h1.5v2.5h-1.5ZM7.25 13.5h1.5V16h-1.5ZM0 7.25h2.5v1.5H0ZM13.5 7.25H16v1.5h-2.5ZM2.05 3.11l1.06-1.06 1.77 1.77-1.06 1.06ZM11.12 12.18l1.06-1.06 1.77 1.77-1.06 1.06ZM2.05 12.89l1.77-1.77 1.06 1.06-1.77 1.77ZM11.12 3.82l1.77-1.77 1.06 1.06-1.77 1.77Z";
/// A crescent moon.
const MOON: &str = "M6.2 1.2a6.8 6.8 0 1 0 8.6 8.6A5.6 5.6 0 0 1 6.2 1.2Z";

/// A 16-pixel icon drawn in the text colour, hidden from screen readers (the label says it).
fn icon(path: &'static str) -> Html {
    html! {
        <svg class="theme-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={path} fill="currentColor" fill-rule="evenodd" />
        </svg>
    }
}
