//! The fact × source matrix: which of three or more reports carries which fact.

use crate::page::shared::Shared;
use crate::protocol::MatrixResult;
use corroborate_core::{MatrixCell, MatrixRow};
use corroborate_present::labels;
use yew::prelude::*;

/// Props of [`FactMatrix`].
#[derive(Properties, PartialEq)]
pub struct FactMatrixProps {
    /// The matrix, once computed.
    pub result: Option<Shared<MatrixResult>>,
    /// The column headings: each report's title.
    pub titles: Vec<String>,
    /// The reader asked to see it.
    pub on_show: Callback<()>,
    /// The reader asked for it and it is being computed.
    pub pending: bool,
}

/// How the rows are ordered.
#[derive(Clone, Copy, PartialEq)]
enum Order {
    /// As the engine gives them: contradicted first, then by kind and reach.
    Engine,
    /// Fewest reports first: single-sourced facts on top.
    FewestReports,
    /// Most reports first.
    MostReports,
}

/// A table with one row per fact and one column per report: ✓ carries it, — does not,
/// ≠ gives another value.
#[component]
pub fn FactMatrix(props: &FactMatrixProps) -> Html {
    let order = use_state(|| Order::Engine);
    let Some(result) = &props.result else {
        let onclick = props.on_show.reform(|_: MouseEvent| ());
        return html! {
            <section class="matrix matrix-closed" aria-label="Fact × source matrix">
                <h2 class="section-title">{"Fact × source matrix"}</h2>
                <p class="hint">{format!("Which of the {} reports carries each fact, and where they disagree.", props.titles.len())}</p>
                <button type="button" class="button" data-testid="matrix-show" {onclick} disabled={props.pending}>
                    {if props.pending { "Building…" } else { "Build the matrix" }}
                </button>
            </section>
        };
    };
    let matrix = &result.matrix;
    let mut rows: Vec<&MatrixRow> = matrix.rows.iter().collect();
    match *order {
        Order::Engine => {}
        Order::FewestReports => rows.sort_by_key(|r| (r.present, std::cmp::Reverse(r.different))),
        Order::MostReports => {
            rows.sort_by_key(|r| (std::cmp::Reverse(r.present), std::cmp::Reverse(r.different)))
        }
    }
    let cycle = {
        let order = order.clone();
        Callback::from(move |_: MouseEvent| {
            order.set(match *order {
                Order::Engine | Order::MostReports => Order::FewestReports,
                Order::FewestReports => Order::MostReports,
            })
        })
    };
    let sort_label = match *order {
        Order::Engine => "Reports",
        Order::FewestReports => "Reports ↑",
        Order::MostReports => "Reports ↓",
    };
    html! {
        <section class="matrix" data-testid="matrix" aria-label="Fact × source matrix">
            <h2 class="section-title">{"Fact × source matrix"}<span class="count">{rows.len()}</span></h2>
            <div class="matrix-scroll">
                <table>
                    <thead><tr>
                        <th scope="col" class="matrix-fact">{"Fact"}</th>
                        <th scope="col" class="matrix-num">
                            <button type="button" class="sort" onclick={cycle} title="Sort by how many reports carry the fact">
                                {sort_label}
                            </button>
                        </th>
                        { for props.titles.iter().zip(&matrix.reports).map(|(title, name)| html! {
                            // A title that is a whole opening paragraph is cut to three lines;
                            // the full title and the file name show on hover.
                            <th scope="col" class="matrix-report" title={format!("{title} — {name}")}>
                                <span class="matrix-report-title" dir="auto">{title}</span>
                            </th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr class={classes!((row.different > 0).then_some("has-different"), (row.present == 1).then_some("is-single"))}>
                                <th scope="row" class="matrix-fact">
                                    <span class="matrix-kind">{labels::kind_label(row.kind)}</span>{&row.label}
                                </th>
                                <td class="matrix-num">{format!("{}/{}", row.present, row.cells.len())}</td>
                                { for row.cells.iter().map(cell) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn cell(cell: &MatrixCell) -> Html {
    match cell {
        MatrixCell::Present { forms, .. } => html! {
            <td class="cell-present" title={forms.join(" / ")}><span aria-hidden="true">{"✓ "}</span>{forms.first().cloned().unwrap_or_default()}</td>
        },
        MatrixCell::Absent => {
            html! { <td class="cell-absent"><span class="visually-hidden">{"absent"}</span><span aria-hidden="true">{"—"}</span></td> }
        }
        MatrixCell::Different { value, .. } => html! {
            <td class="cell-different"><span aria-hidden="true">{"≠ "}</span>{value}</td>
        },
    }
}
