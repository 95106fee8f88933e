//! What the comparison area shows while the engine works on a pair, or once it gave up.

use yew::prelude::*;

/// Props of [`Progress`].
#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// How far the comparison has come (0..=1), once the engine says so (long reports only).
    pub done: Option<f64>,
    /// The pair crashed the engine and is not being compared.
    #[prop_or_default]
    pub failed: bool,
}

/// "Comparing…", with a progress bar for long reports; a plain line once the pair failed.
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let percent = props
        .done
        .map(|d| (d * 100.0).round().clamp(0.0, 100.0) as u32);
    if props.failed {
        return html! {
            <div class="comparing" role="status" data-testid="compare-failed">
                <span>{"These reports were not compared: see the message above."}</span>
            </div>
        };
    }
    html! {
        <div class="comparing" role="status" data-testid="progress">
            <span>{"Comparing…"}</span>
            if let Some(percent) = percent {
                <progress max="100" value={percent.to_string()} aria-label="Comparison progress">
                    {format!("{percent}%")}
                </progress>
                <span class="comparing-percent">{format!("{percent}%")}</span>
            }
        </div>
    }
}
