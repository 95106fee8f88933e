//! One report on the shelf.

use crate::page::state::Loaded;
use corroborate_core::{Document, Side};
use corroborate_present::labels;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How many characters of the report's opening the card shows.
const PREVIEW_CHARS: usize = 140;

/// Props of [`DocCard`].
#[derive(Properties, PartialEq)]
pub struct DocCardProps {
    /// The report.
    pub loaded: Loaded,
    /// The pane it is shown in, if any.
    pub side: Option<Side>,
    /// It is first (cannot move earlier) / last (cannot move later) on the shelf.
    pub first: bool,
    /// See `first`.
    pub last: bool,
    /// The remove button was pressed.
    pub on_remove: Callback<()>,
    /// A new title was entered ("" restores the report's own).
    pub on_rename: Callback<String>,
    /// Move earlier (-1) or later (+1) on the shelf.
    pub on_move: Callback<i32>,
}

/// A card: title (renamable), file name, word count, format and encoding, the opening lines,
/// and buttons to move or remove it.
#[component]
pub fn DocCard(props: &DocCardProps) -> Html {
    let editing = use_state_eq(|| false);
    // Set once an edit is finished by a key, so the blur that follows does not finish it again.
    let closing = use_mut_ref(|| false);
    let input = use_node_ref();
    let doc = &props.loaded.doc;
    let title = props.loaded.title().to_string();
    let (side_class, side_label) = match props.side {
        Some(Side::Left) => ("is-left", "Left"),
        Some(Side::Right) => ("is-right", "Right"),
        None => ("", ""),
    };

    let finish = {
        let (editing, input, on_rename) = (editing.clone(), input.clone(), props.on_rename.clone());
        let closing = closing.clone();
        Callback::from(move |keep: bool| {
            if std::mem::replace(&mut *closing.borrow_mut(), true) {
                return;
            }
            if keep {
                if let Some(field) = input.cast::<HtmlInputElement>() {
                    on_rename.emit(field.value());
                }
            }
            editing.set(false);
        })
    };
    let onkeydown = {
        let finish = finish.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Enter" => finish.emit(true),
            "Escape" => finish.emit(false),
            _ => {}
        })
    };
    let onblur = finish.reform(|_: FocusEvent| true);
    {
        let input = input.clone();
        use_effect_with(*editing, move |editing| {
            if *editing {
                if let Some(field) = input.cast::<HtmlInputElement>() {
                    let _ = field.focus();
                    field.select();
                }
            }
        });
    }
    let start_editing = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| {
            *closing.borrow_mut() = false;
            editing.set(true)
        })
    };
    let name = &doc.name;
    let encoding = &doc.source.encoding;
    html! {
        <article class={classes!("doc-card", side_class)} data-testid="doc">
            <div class="doc-card-top">
                if props.side.is_some() {
                    <span class="side-badge">{side_label}</span>
                } else {
                    <span class="side-badge is-idle">{"Not shown"}</span>
                }
                <span class="doc-actions">
                    <button type="button" class="icon-button" disabled={props.first}
                        aria-label={format!("Move {title} earlier")} title="Move earlier"
                        onclick={props.on_move.reform(|_: MouseEvent| -1)}>{"‹"}</button>
                    <button type="button" class="icon-button" disabled={props.last}
                        aria-label={format!("Move {title} later")} title="Move later"
                        onclick={props.on_move.reform(|_: MouseEvent| 1)}>{"›"}</button>
                    <button type="button" class="icon-button" data-testid="rename"
                        aria-label={format!("Rename {title}")} title="Rename" onclick={start_editing}>{"✎"}</button>
                    <button type="button" class="icon-button" data-testid="remove"
                        aria-label={format!("Remove {name}")} title="Remove"
                        onclick={props.on_remove.reform(|_: MouseEvent| ())}>{"×"}</button>
                </span>
            </div>
            if *editing {
                <input class="doc-title-input" ref={input} value={title.clone()} {onkeydown} {onblur}
                    aria-label="Title of the report" data-testid="title-input" />
            } else {
                <h3 class="doc-title" dir="auto" title={title.clone()}>{&title}</h3>
            }
            <p class="doc-meta">
                <span class="doc-name" title={name.clone()}>{name}</span>
                <span>{labels::count(doc.word_count(), "word", "words")}</span>
                <span>{doc.source.format.label()}</span>
                if encoding != "UTF-8" {
                    <span title="Character encoding of the file">{encoding}</span>
                }
            </p>
            <p class="doc-preview" dir="auto" data-testid="preview">{preview(doc)}</p>
        </article>
    }
}

/// The report's opening after its title, on one line, cut at a word; page furniture (bylines,
/// "Share this article") is skipped, as the comparison skips it.
fn preview(doc: &Document) -> String {
    let mut body = String::new();
    let paragraphs = doc.paragraphs.iter().filter(|p| !p.boilerplate).skip(1);
    for paragraph in paragraphs {
        for word in doc.slice(&paragraph.span).split_whitespace() {
            if !body.is_empty() {
                body.push(' ');
            }
            body.push_str(word);
        }
        if body.chars().count() > PREVIEW_CHARS {
            break;
        }
    }
    if body.chars().count() <= PREVIEW_CHARS {
        return body;
    }
    let cut: String = body.chars().take(PREVIEW_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}
