//! The page's own controls rendered to HTML natively (`cargo test --features ssr`): the theme
//! switch, the keyboard shortcuts button and dialog, and the key hints, as a screen reader
//! and a keyboard user meet them.
#![cfg(feature = "ssr")]

use corroborate_web::page::components::header::{Header, HeaderProps};
use corroborate_web::page::components::legend::{Legend, LegendProps};
use corroborate_web::page::components::shortcuts_dialog::{ShortcutsDialog, ShortcutsDialogProps};
use corroborate_web::page::components::theme_switch::{ThemeSwitch, ThemeSwitchProps};
use corroborate_web::page::shortcuts::SHORTCUTS;
use corroborate_web::page::state::Theme;
use yew::{BaseComponent, Callback, LocalServerRenderer};

fn render<C: BaseComponent>(props: C::Properties) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("invariant: a current-thread runtime builds");
    runtime.block_on(LocalServerRenderer::<C>::with_props(props).render())
}

/// The opening tag of the first element carrying `marker` (an attribute, as written).
fn tag_with<'a>(html: &'a str, marker: &str) -> &'a str {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in {html}"));
    let start = html[..at].rfind('<').expect("inside a tag");
    let end = at + html[at..].find('>').expect("the tag ends");
    &html[start..=end]
}

#[test]
fn the_theme_switch_is_a_named_group_with_the_chosen_theme_pressed() {
    for (theme, chosen) in [
        (Theme::System, "theme-system"),
        (Theme::Light, "theme-light"),
        (Theme::Dark, "theme-dark"),
    ] {
        let html = render::<ThemeSwitch>(ThemeSwitchProps {
            theme,
            on_change: Callback::noop(),
        });
        assert!(tag_with(&html, "role=\"group\"").contains("aria-label=\"Colour theme\""));
        for option in ["theme-system", "theme-light", "theme-dark"] {
            let button = tag_with(&html, &format!("data-testid=\"{option}\""));
            let pressed = format!("aria-pressed=\"{}\"", option == chosen);
            assert!(button.contains(&pressed), "{theme:?}: {button}");
        }
        for label in ["Auto", "Light", "Dark"] {
            assert!(
                html.contains(&format!(">{label}</span>")),
                "{label} is written out"
            );
        }
        assert_eq!(
            html.matches("aria-hidden=\"true\"").count(),
            3,
            "icons are hidden"
        );
    }
}

#[test]
fn the_header_offers_the_shortcuts_dialog_and_the_theme_switch() {
    let html = render::<Header>(HeaderProps {
        on_example: Callback::noop(),
        on_files: Callback::noop(),
        theme: Theme::Dark,
        on_theme: Callback::noop(),
        on_shortcuts: Callback::noop(),
    });
    let button = tag_with(&html, "data-testid=\"shortcuts-open\"");
    assert!(button.contains("aria-haspopup=\"dialog\""), "{button}");
    assert!(button.contains("aria-keyshortcuts=\"?\""), "{button}");
    assert!(html.contains("Keyboard shortcuts"));
    assert!(tag_with(&html, "data-testid=\"theme-dark\"").contains("aria-pressed=\"true\""));
    assert!(
        html.contains("<header class=\"site-header\""),
        "the banner landmark"
    );
}

#[test]
fn the_shortcuts_dialog_is_labelled_closed_until_opened_and_lists_every_key() {
    let html = render::<ShortcutsDialog>(ShortcutsDialogProps {
        open: false,
        on_close: Callback::noop(),
    });
    let dialog = tag_with(&html, "<dialog");
    assert!(
        dialog.contains("aria-labelledby=\"shortcuts-title\""),
        "{dialog}"
    );
    assert!(
        !dialog.contains(" open"),
        "opened by script, as a modal: {dialog}"
    );
    assert!(html.contains("id=\"shortcuts-title\""));
    for group in SHORTCUTS {
        assert!(html.contains(group.title), "{}", group.title);
        for (_, keys, does) in group.items {
            assert!(html.contains(does), "{does}");
            for key in *keys {
                assert!(html.contains(&format!("<kbd>{key}</kbd>")), "{key}");
            }
        }
    }
    assert_eq!(
        html.matches("<kbd>Shift</kbd>").count(),
        1,
        "Shift is printed with its key"
    );
    assert!(html.contains("aria-label=\"Close\""));
}

#[test]
fn the_legend_points_to_j_k_and_the_full_list_and_to_n_when_there_are_contradictions() {
    let legend = |has_conflicts| {
        render::<Legend>(LegendProps {
            hidden: Vec::new(),
            on_toggle: Callback::noop(),
            has_conflicts,
            furniture: None,
            on_furniture: Callback::noop(),
            word_match: Default::default(),
            on_word_match: Callback::noop(),
        })
    };
    let with = legend(true);
    let without = legend(false);
    for html in [&with, &without] {
        assert!(html.contains("<kbd>?</kbd> all shortcuts"), "{html}");
        assert!(
            html.contains("<kbd>j</kbd> <kbd>k</kbd> differences"),
            "{html}"
        );
    }
    assert!(with.contains("<kbd>n</kbd> contradictions"));
    assert!(!without.contains("<kbd>n</kbd>"));
}

#[test]
fn the_legend_offers_the_comparison_options_as_named_check_boxes_showing_the_settings() {
    let legend = |word_match: corroborate_core::WordMatch| {
        render::<Legend>(LegendProps {
            hidden: Vec::new(),
            on_toggle: Callback::noop(),
            has_conflicts: false,
            furniture: None,
            on_furniture: Callback::noop(),
            word_match,
            on_word_match: Callback::noop(),
        })
    };
    let default = legend(Default::default());
    assert_eq!(default.matches("type=\"checkbox\"").count(), 4, "{default}");
    assert!(default.contains("every difference counts but quotation mark style"));
    assert!(!default.contains("is-changed"));
    let loose = legend(corroborate_core::WordMatch {
        ignore_case: true,
        ..Default::default()
    });
    assert!(
        loose.contains("case ignored, quotation marks alike"),
        "{loose}"
    );
    assert!(loose.contains("is-changed"));
    // Checked boxes: ignore case and quotation marks alike, in the order shown.
    let checked: Vec<bool> = loose
        .match_indices("type=\"checkbox\"")
        .map(|(at, _)| {
            let tag = &loose[loose[..at].rfind('<').unwrap()..];
            tag[..tag.find('>').unwrap()].contains("checked")
        })
        .collect();
    assert_eq!(checked, [true, false, true, false]);
}
