//! What each highlight means, with a switch for each layer.

use crate::state::Layer;
use yew::prelude::*;

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Layers switched off.
    pub hidden: Vec<Layer>,
    /// A layer was switched.
    pub on_toggle: Callback<Layer>,
    /// Whether the pair has contradictions (to mention the `n` key beside `j` / `k` and `?`).
    #[prop_or_default]
    pub has_conflicts: bool,
    /// Whether page furniture is compared (`None` when the pair has none to offer).
    #[prop_or_default]
    pub furniture: Option<bool>,
    /// The reader switched comparing page furniture on or off.
    #[prop_or_default]
    pub on_furniture: Callback<bool>,
}

/// A key to the markings, each a toggle button showing a sample of its style.
#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let toggle = |layer: Layer, label: &str, sample: Html| {
        let onclick = props.on_toggle.reform(move |_: MouseEvent| layer);
        let shown = !props.hidden.contains(&layer);
        html! {
            <button type="button" class="legend-toggle" aria-pressed={shown.to_string()} {onclick}
                title={format!("{} {}", if shown { "Hide" } else { "Show" }, label.to_lowercase())}>
                <span class="legend-check" aria-hidden="true">{if shown { "✓" } else { "" }}</span>
                <span class="legend-name">{label}</span>
                <span class="legend-sample" aria-hidden="true">{sample}</span>
            </button>
        }
    };
    html! {
        <div class="legend" role="group" aria-label="Highlights">
            { toggle(Layer::Changes, "Word changes", html! {
                <><del>{"removed"}</del>{" "}<ins>{"added"}</ins>{" "}<span class="variant">{"variant"}</span></>
            }) }
            { toggle(Layer::Verbatim, "Verbatim", html! { <mark class="verbatim">{"shared wire copy"}</mark> }) }
            { toggle(Layer::Facts, "Facts", html! {
                <>
                    <span class="fact" data-st="shared">{"both"}</span>{" "}
                    <span class="fact" data-st="left-only">{"left"}</span>{" "}
                    <span class="fact" data-st="right-only">{"right"}</span>{" "}
                    <span class="fact" data-st="conflict">{"contradicted"}</span>
                </>
            }) }
            if let Some(included) = props.furniture {
                <button type="button" class="legend-toggle" aria-pressed={included.to_string()}
                    onclick={props.on_furniture.reform(move |_: MouseEvent| !included)}
                    title="Bylines, share buttons, captions and the like: compare them too, or leave them out">
                    <span class="legend-check" aria-hidden="true">{if included { "✓" } else { "" }}</span>
                    <span class="legend-name">{"Compare page furniture"}</span>
                </button>
            }
            <span class="legend-hint">
                <kbd>{"j"}</kbd>{" "}<kbd>{"k"}</kbd>{" differences"}
                if props.has_conflicts {
                    {" · "}<kbd>{"n"}</kbd>{" contradictions"}
                }
                {" · "}<kbd>{"?"}</kbd>{" all shortcuts"}
            </span>
        </div>
    }
}
