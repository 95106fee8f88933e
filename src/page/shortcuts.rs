//! The page's keyboard shortcuts, in one table: the key handler ([`crate::page::hooks::use_shortcuts`])
//! reads a key through [`Shortcut::of_key`], and the help dialog lists [`SHORTCUTS`], so what
//! the dialog says is what the keys do.

/// Something a key does on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// Scroll to the next difference (a row reworded, moved, or only on one side).
    NextDifference,
    /// Scroll to the previous difference.
    PreviousDifference,
    /// Scroll to the next contradiction.
    NextConflict,
    /// Scroll to the previous contradiction.
    PreviousConflict,
    /// Exchange the left and right reports.
    Swap,
    /// Move the keyboard focus to the facts panel.
    FocusFacts,
    /// Compare the previous pair of the shelf.
    PreviousPair,
    /// Compare the next pair of the shelf.
    NextPair,
    /// Open the list of shortcuts.
    Help,
    /// Clear the picked fact (a dialog closes itself on Escape).
    Clear,
}

/// A group of shortcuts as the help dialog shows them: a heading, then each shortcut with the
/// keys a reader presses (as printed on the keyboard) and what it does.
pub struct ShortcutGroup {
    /// The group's heading.
    pub title: &'static str,
    /// `(shortcut, keys, what it does)`; several keys are pressed together.
    pub items: &'static [(Shortcut, &'static [&'static str], &'static str)],
}

/// Every shortcut, grouped for the help dialog.
pub const SHORTCUTS: &[ShortcutGroup] = &[
    ShortcutGroup {
        title: "Reading",
        items: &[
            (Shortcut::NextDifference, &["j"], "Next difference"),
            (Shortcut::PreviousDifference, &["k"], "Previous difference"),
            (Shortcut::NextConflict, &["n"], "Next contradiction"),
            (
                Shortcut::PreviousConflict,
                &["Shift", "n"],
                "Previous contradiction",
            ),
        ],
    },
    ShortcutGroup {
        title: "Reports",
        items: &[
            (Shortcut::Swap, &["s"], "Swap left and right"),
            (Shortcut::PreviousPair, &["["], "Previous pair of reports"),
            (Shortcut::NextPair, &["]"], "Next pair of reports"),
        ],
    },
    ShortcutGroup {
        title: "Page",
        items: &[
            (Shortcut::FocusFacts, &["f"], "Go to the facts panel"),
            (
                Shortcut::Clear,
                &["Esc"],
                "Clear the picked fact, close this list",
            ),
            (Shortcut::Help, &["?"], "Show these shortcuts"),
        ],
    },
];

impl Shortcut {
    /// The shortcut of a key, by its `KeyboardEvent.key` value ("j", "N", "?", "Escape"), or
    /// `None` for keys the page leaves to the browser. Shifted keys arrive as what they type
    /// ("N", "?"), so Shift needs no check of its own.
    pub fn of_key(key: &str) -> Option<Shortcut> {
        Some(match key {
            "j" => Shortcut::NextDifference,
            "k" => Shortcut::PreviousDifference,
            "n" => Shortcut::NextConflict,
            "N" => Shortcut::PreviousConflict,
            "s" => Shortcut::Swap,
            "f" => Shortcut::FocusFacts,
            "[" => Shortcut::PreviousPair,
            "]" => Shortcut::NextPair,
            "?" => Shortcut::Help,
            "Escape" => Shortcut::Clear,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dialog's printed keys, as `KeyboardEvent.key` reports them.
    fn key_of(keys: &[&str]) -> String {
        match keys {
            ["Shift", key] => key.to_uppercase(),
            ["Esc"] => "Escape".into(),
            [key] => key.to_string(),
            other => panic!("unexpected keys {other:?}"),
        }
    }

    #[test]
    fn every_listed_shortcut_is_what_its_key_does() {
        for group in SHORTCUTS {
            for (shortcut, keys, _) in group.items {
                assert_eq!(Shortcut::of_key(&key_of(keys)), Some(*shortcut), "{keys:?}");
            }
        }
    }

    #[test]
    fn every_shortcut_is_listed_once() {
        let listed: Vec<Shortcut> = SHORTCUTS
            .iter()
            .flat_map(|g| g.items.iter().map(|(s, _, _)| *s))
            .collect();
        for key in ["j", "k", "n", "N", "s", "f", "[", "]", "?", "Escape"] {
            let shortcut = Shortcut::of_key(key).expect("a shortcut key");
            assert_eq!(
                listed.iter().filter(|s| **s == shortcut).count(),
                1,
                "{key}"
            );
        }
    }

    #[test]
    fn other_keys_are_left_to_the_browser() {
        for key in ["a", "J", "Enter", " ", "Tab", "/"] {
            assert_eq!(Shortcut::of_key(key), None, "{key}");
        }
    }
}
