//! One side of the comparison: a report's sentences, one cell per row.

use super::sentence::sentences;
use crate::engine::ComparisonResult;
use crate::labels;
use crate::shared::Shared;
use corroborate_core::{Document, RowKind, Side};
use yew::prelude::*;

/// Props of [`Pane`].
#[derive(Properties, PartialEq)]
pub struct PaneProps {
    /// Which side this pane shows.
    pub side: Side,
    /// The comparison.
    pub result: Shared<ComparisonResult>,
    /// The report shown.
    pub doc: Shared<Document>,
}

/// A pane: a heading, then one cell per row of the comparison (empty where only the other
/// report has a sentence), laid out on the rows the two panes share.
#[component]
pub fn Pane(props: &PaneProps) -> Html {
    let side = props.side;
    let view = &props.result.view;
    let (name, testid, runs) = match side {
        Side::Left => ("left", "pane-left", &view.left_runs),
        Side::Right => ("right", "pane-right", &view.right_runs),
    };
    let words = match side {
        Side::Left => props.result.comparison.left.words,
        Side::Right => props.result.comparison.right.words,
    };
    let doc = &props.doc;
    let style = format!("grid-row: 1 / span {}", view.rows.len() + 1);
    html! {
        <div class="pane" data-testid={testid} data-side={name} {style}
            role="region" aria-label={format!("{name} report: {}", doc.title())}>
            <header class="pane-head">
                <span class="side-badge">{if side == Side::Left { "Left" } else { "Right" }}</span>
                <span class="pane-title" title={doc.title().to_string()}>{doc.title()}</span>
                <span class="pane-meta">{format!("{} · {}", doc.name, labels::count(words, "word", "words"))}</span>
            </header>
            { for view.rows.iter().enumerate().map(|(i, row)| {
                let indices = match side { Side::Left => &row.left, Side::Right => &row.right };
                // Plain attributes rather than computed classes: this runs for every row, and
                // static class names skip Yew's class-set bookkeeping.
                let kind = labels::row_class(row.kind);
                if indices.is_empty() {
                    return html! { <div class="cell" data-kind={kind} data-gap="" aria-hidden="true"></div> };
                }
                let only = match row.kind {
                    _ if row.furniture => Some("page furniture — not compared"),
                    RowKind::LeftOnly => Some("only in left"),
                    RowKind::RightOnly => Some("only in right"),
                    _ => None,
                };
                html! {
                    <div class="cell" data-kind={kind} data-furniture={row.furniture.then_some("")}
                        id={format!("row-{i}-{name}")} data-row={i.to_string()} data-side={name}>
                        { sentences(&doc.text, side, indices, runs) }
                        if let Some(only) = only {
                            <span class="row-label">{only}</span>
                        }
                        if row.moved && side == Side::Right {
                            <span class="moved-label" title="Moved: the right report tells this elsewhere">
                                { match row.moved_to {
                                    Some(paragraph) => format!("↕ ¶ {paragraph} in right"),
                                    None => "↕ moved".to_string(),
                                } }
                            </span>
                        }
                    </div>
                }
            }) }
        </div>
    }
}
