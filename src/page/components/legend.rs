//! What each highlight means, with a switch for each layer.

use crate::page::state::Layer;
use corroborate_core::WordMatch;
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
    /// What counts as a word change (the comparison options).
    #[prop_or_default]
    pub word_match: WordMatch,
    /// The reader changed what counts as a word change.
    #[prop_or_default]
    pub on_word_match: Callback<WordMatch>,
}

/// The comparison options, each a check box: they change what counts as a word change,
/// never the text shown or which sentences pair.
fn word_match_options(current: WordMatch, on_change: &Callback<WordMatch>) -> Html {
    type Setter = fn(&mut WordMatch, bool);
    let options: [(&str, &str, bool, Setter); 4] = [
        (
            "Ignore case",
            "“Monday” and “monday” are the same word",
            current.ignore_case,
            |m, on| m.ignore_case = on,
        ),
        (
            "Ignore punctuation in words",
            "“U.S.” and “US”, “co-operate” and “cooperate”",
            current.ignore_punctuation,
            |m, on| m.ignore_punctuation = on,
        ),
        (
            "Quotation marks alike",
            "curly and straight quotes and apostrophes: “Monday’s” and “Monday's”",
            current.quotes_alike,
            |m, on| m.quotes_alike = on,
        ),
        (
            "Ignore number formatting",
            "“1,000” and “1000”",
            current.ignore_number_format,
            |m, on| m.ignore_number_format = on,
        ),
    ];
    let changed = current != WordMatch::default();
    html! {
        <details class="legend-options" data-testid="word-options">
            <summary class={classes!("legend-toggle", changed.then_some("is-changed"))}
                title="What counts as a word change">
                <span class="legend-name">{"Options"}</span>
                <span class="legend-options-state">{current.summary()}</span>
            </summary>
            <fieldset class="legend-options-list">
                <legend class="visually-hidden">{"What counts as a word change"}</legend>
                { for options.into_iter().map(|(label, example, on, set)| {
                    let onchange = on_change.reform(move |event: Event| {
                        let checked = event
                            .target_dyn_into::<web_sys::HtmlInputElement>()
                            .is_some_and(|input| input.checked());
                        let mut next = current;
                        set(&mut next, checked);
                        next
                    });
                    html! {
                        <label class="legend-option">
                            <input type="checkbox" checked={on} {onchange} />
                            <span class="legend-option-name">{label}</span>
                            <span class="legend-option-example">{example}</span>
                        </label>
                    }
                }) }
                <p class="legend-options-note">{"These change which words are marked and the similarity — never the text or which sentences pair."}</p>
            </fieldset>
        </details>
    }
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
            { word_match_options(props.word_match, &props.on_word_match) }
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
