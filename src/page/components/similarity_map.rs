//! The similarity map: every pair of three or more reports at a glance — how much of their
//! wording the two keep, and how many facts they contradict — and a click (or Enter) on a
//! pair opens it.

use crate::page::shared::Shared;
use crate::protocol::DocId;
use crate::protocol::MapResult;
use yew::prelude::*;

/// Props of [`SimilarityMap`].
#[derive(Properties, PartialEq)]
pub struct SimilarityMapProps {
    /// The map, once worked out for the current shelf.
    pub result: Option<Shared<MapResult>>,
    /// The shelf's reports in order, with their titles.
    pub docs: Vec<(DocId, String)>,
    /// The pair shown below, if any.
    pub current: Option<(DocId, DocId)>,
    /// The engine could not work it out.
    pub failed: bool,
    /// The reports are too long together for a map of every pair.
    pub too_long: bool,
    /// Open this pair (left, right).
    pub on_open: Callback<(DocId, DocId)>,
}

/// Longest title shown in a heading; the whole title is in its tooltip.
const TITLE_CHARS: usize = 28;

fn cut(title: &str) -> String {
    if title.chars().count() <= TITLE_CHARS {
        title.to_string()
    } else {
        let cut: String = title.chars().take(TITLE_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// One of five steps of similarity, for the cell's shade: a single hue from light to dark,
/// which reads the same to every kind of colour vision and in grey print, with the number
/// printed in every cell.
fn step(similarity: f64) -> usize {
    match similarity {
        s if s >= 0.8 => 4,
        s if s >= 0.5 => 3,
        s if s >= 0.25 => 2,
        s if s >= 0.1 => 1,
        _ => 0,
    }
}

/// A grid of the reports against each other; each cell a button opening that pair.
#[component]
pub fn SimilarityMap(props: &SimilarityMapProps) -> Html {
    let n = props.docs.len();
    let heading = html! { <h2 class="section-title">{"How close each pair is"}</h2> };
    let Some(result) = &props.result else {
        let note = if props.too_long {
            "These reports are too long together for a map of every pair; step through the pairs with [ and ] instead."
        } else if props.failed {
            "The similarity map of these reports could not be worked out; each pair can still be compared."
        } else {
            "Working out how close each pair is…"
        };
        return html! {
            <section class="similarity-map" data-testid="similarity-map" aria-busy={(!props.failed && !props.too_long).to_string()}>
                {heading}
                <p class="hint">{note}</p>
            </section>
        };
    };
    let at = |i: usize, j: usize| {
        let (a, b) = (i.min(j), i.max(j));
        result.pairs.iter().find(|p| p.left == a && p.right == b)
    };
    let number = |k: usize| format!("{}", k + 1);
    html! {
        <section class="similarity-map" data-testid="similarity-map" aria-label="How close each pair is">
            {heading}
            <div class="similarity-scroll">
                <table>
                    <caption class="hint">
                        {"Share of wording two reports keep in common, and "}
                        <span class="map-conflicts">{"≠"}</span>
                        {" facts they contradict. Choose a pair to open it."}
                    </caption>
                    <thead><tr>
                        <td></td>
                        { for props.docs.iter().enumerate().map(|(k, (_, title))| html! {
                            <th scope="col" title={title.clone()}>
                                <span class="map-number">{number(k)}</span>
                                <span class="visually-hidden">{format!(" {title}")}</span>
                            </th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for props.docs.iter().enumerate().map(|(i, (left, left_title))| html! {
                            <tr>
                                <th scope="row" title={left_title.clone()}>
                                    <span class="map-number">{number(i)}</span>{" "}{cut(left_title)}
                                </th>
                                { for (0..n).map(|j| {
                                    let (right, right_title) = &props.docs[j];
                                    match at(i, j).filter(|_| i != j) {
                                        None => html! { <td class="map-self" aria-label="the same report">{"·"}</td> },
                                        Some(pair) => {
                                            let percent = (pair.similarity * 100.0).round() as u32;
                                            let conflicts = pair.contradictions;
                                            // The name starts with the text the cell shows, so
                                            // speech input ("click 43%") finds it.
                                            let visible = if conflicts > 0 {
                                                format!("{percent}% ≠{conflicts}")
                                            } else {
                                                format!("{percent}%")
                                            };
                                            let label = format!(
                                                "{visible} — {left_title} against {right_title}: {percent}% similar, {}",
                                                match conflicts {
                                                    0 => "no contradictions".to_string(),
                                                    1 => "1 contradiction".to_string(),
                                                    c => format!("{c} contradictions"),
                                                }
                                            );
                                            let shown = props.current == Some((*left, *right));
                                            let onclick = {
                                                let on_open = props.on_open.clone();
                                                let pair = (*left, *right);
                                                Callback::from(move |_: MouseEvent| on_open.emit(pair))
                                            };
                                            html! {
                                                <td class={classes!("map-cell", format!("sim-{}", step(pair.similarity)))}>
                                                    <button type="button" aria-label={label.clone()} title={label}
                                                        aria-current={shown.then_some("true")} {onclick}
                                                        data-testid="map-cell">
                                                        <span class="map-percent">{format!("{percent}%")}</span>
                                                        if conflicts > 0 {
                                                            {" "}<span class="map-conflicts">{format!("≠{conflicts}")}</span>
                                                        }
                                                    </button>
                                                </td>
                                            }
                                        }
                                    }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
