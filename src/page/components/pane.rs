//! One side of the comparison: a report's sentences, one cell per row.

use super::sentence::sentences;
use crate::page::shared::Shared;
use crate::protocol::Compared;
use corroborate_core::{Document, RowKind, Side};
use corroborate_present::labels;
use std::ops::Range;
use yew::prelude::*;

/// The label of a related row (sentences of one sub-topic, told differently).
const RELATED_LABEL: &str = "related";

/// What a related row is, on hovering its label.
const RELATED_HELP: &str = "Paired on words only these two sentences share: the same sub-topic, \
    told differently. No word changes are marked, and the facts read them as apart.";

/// Props of [`Pane`].
#[derive(Properties, PartialEq)]
pub struct PaneProps {
    /// Which side this pane shows.
    pub side: Side,
    /// The comparison.
    pub result: Shared<Compared>,
    /// The report shown.
    pub doc: Shared<Document>,
    /// Its title as the shelf shows it (the user may have renamed it).
    pub title: AttrValue,
    /// The rows drawn (all of them unless the comparison is long).
    pub range: Range<usize>,
    /// Height of the rows above the drawn ones, in pixels (0 when none are left out).
    #[prop_or_default]
    pub above: f64,
    /// Height of the rows below the drawn ones.
    #[prop_or_default]
    pub below: f64,
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
    let range = props.range.start.min(view.rows.len())..props.range.end.min(view.rows.len());
    let spacer = |height: f64| {
        (height > 0.0).then(|| html! {
            <div class="spacer" aria-hidden="true" style={format!("height: {height:.0}px")}></div>
        })
    };
    let (above, below) = (spacer(props.above), spacer(props.below));
    let tracks = range.len() + 1 + usize::from(above.is_some()) + usize::from(below.is_some());
    let style = format!("grid-row: 1 / span {tracks}");
    html! {
        <div class="pane" data-testid={testid} data-side={name} {style}
            role="region" aria-label={format!("{name} report: {}", props.title)}>
            <header class="pane-head">
                <span class="side-badge">{if side == Side::Left { "Left" } else { "Right" }}</span>
                <span class="pane-title" dir="auto" title={props.title.clone()}>{props.title.clone()}</span>
                <span class="pane-meta">{format!("{} · {}", doc.name, labels::count(words, "word", "words"))}</span>
            </header>
            { above }
            { for view.rows[range.clone()].iter().zip(range.clone()).map(|(row, i)| {
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
                    RowKind::Related if side == Side::Right => Some(RELATED_LABEL),
                    _ => None,
                };
                html! {
                    // dir="auto": an Arabic or Hebrew sentence reads right to left, aligned right.
                    // `--o`: the cell's place when a phone's width stacks each row's left
                    // sentence over its right one (see the stylesheet).
                    <div class="cell" data-kind={kind} data-furniture={row.furniture.then_some("")}
                        id={format!("row-{i}-{name}")} data-row={i.to_string()} data-side={name} dir="auto"
                        style={format!("--o: {}", 2 * i + usize::from(side == Side::Right))}>
                        { sentences(&doc.text, side, indices, runs) }
                        if let Some(only) = only {
                            {" "}<span class="row-label" title={(only == RELATED_LABEL).then_some(RELATED_HELP)}>{only}</span>
                        }
                        if row.moved && side == Side::Right {
                            {" "}<span class="moved-label" title="Moved: the right report tells this elsewhere">
                                { match row.moved_to {
                                    Some(paragraph) => format!("↕ ¶ {paragraph} in right"),
                                    None => "↕ moved".to_string(),
                                } }
                            </span>
                        }
                    </div>
                }
            }) }
            { below }
        </div>
    }
}
