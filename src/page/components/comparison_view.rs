//! The two panes side by side, with clicks and hovers handled once for all sentences, and
//! long reports drawn a window of rows at a time.

use super::pane::Pane;
use crate::page::dom;
use crate::page::shared::{Revealer, Shared};
use crate::page::timing;
use crate::page::windowing::{RowHeights, Window};
use crate::protocol::Compared;
use corroborate_core::{Document, Side};
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Props of [`ComparisonView`].
#[derive(Properties, PartialEq)]
pub struct ComparisonViewProps {
    /// The comparison to show.
    pub result: Shared<Compared>,
    /// The left report.
    pub left: Shared<Document>,
    /// The right report.
    pub right: Shared<Document>,
    /// The reports' titles as the shelf shows them (left, right).
    pub titles: (AttrValue, AttrValue),
    /// Extra classes on the container (which fact highlights the filters hide).
    #[prop_or_default]
    pub class: Classes,
    /// Where the view registers its "bring this row into view and flash it", for the page's
    /// commands (a fact picked, a contradiction or difference jumped to).
    #[prop_or_default]
    pub revealer: Revealer,
    /// A fact mention was clicked.
    pub on_focus_fact: Callback<Option<usize>>,
    /// The pointer entered or left a fact mention.
    pub on_hover_fact: Callback<Option<usize>>,
}

/// Both panes on shared rows, so corresponding sentences line up whatever their length.
///
/// Clicking a sentence scrolls its counterpart into view and flashes it; clicking a fact
/// mention also picks that fact. One listener on the container serves every sentence.
///
/// A long comparison (thousands of rows) is drawn a window at a time: the rows near the
/// viewport, with spacers of the others' height above and below, so the page stays light
/// and scrolling stays smooth (see [`crate::page::windowing`]).
#[component]
pub fn ComparisonView(props: &ComparisonViewProps) -> Html {
    let rows = props.result.view.rows.len();
    let container = use_node_ref();
    let heights = {
        let result = props.result.clone();
        use_memo(result, |result| {
            RefCell::new(RowHeights::estimate(
                &result.view,
                &result.comparison.left,
                &result.comparison.right,
            ))
        })
    };
    let window = use_state_eq(|| Window::first(rows));
    // Another pair starts at its top, with its first screen, from its first render: until
    // the effect below resets it, the window kept is still the last pair's. The same pair
    // again — its facts arriving after its rows, a contradiction set aside — keeps the
    // reader's place: a jump made meanwhile stays where it went.
    let pair = (props.result.left, props.result.right, rows);
    let last_pair = use_mut_ref(|| pair);
    let fresh = *last_pair.borrow() != pair;
    if fresh {
        *last_pair.borrow_mut() = pair;
    }
    let drawn = if fresh {
        Window::first(rows)
    } else {
        (*window).clone()
    };
    {
        let window = window.clone();
        use_effect_with(pair, move |&(_, _, rows)| {
            window.set(Window::first(rows));
        });
    }
    let pending_reveal: Rc<RefCell<Option<usize>>> = use_mut_ref(|| None);
    // The window drawn now, for listeners set up by an earlier render (a state handle they
    // hold would show them the window of that render).
    let current = use_mut_ref(|| drawn.clone());
    *current.borrow_mut() = drawn.clone();

    // Follow the scroll: move the window when the viewport nears its edge.
    {
        let (container, heights, window) = (container.clone(), heights.clone(), window.clone());
        let current = current.clone();
        use_effect_with(
            (props.result.clone(), drawn.windowed()),
            move |(_, windowed)| {
                let listeners = windowed
                    .then(|| follow_scroll(container, heights, window, current))
                    .unwrap_or_default();
                move || drop(listeners)
            },
        );
    }

    // Printing draws every row, then goes back to the window.
    {
        let window = window.clone();
        use_effect_with(rows, move |&rows| {
            let listeners = web_sys::window().map(|browser| {
                let before = window.clone();
                [
                    EventListener::new(&browser, "beforeprint", move |_| {
                        before.set(Window::all(rows))
                    }),
                    EventListener::new(&browser, "afterprint", move |_| {
                        window.set(Window::first(rows));
                        // Let the scroll listener draw the rows in view again.
                        if let Some(browser) = web_sys::window() {
                            if let Ok(event) = web_sys::Event::new("scroll") {
                                let _ = browser.dispatch_event(&event);
                            }
                        }
                    }),
                ]
            });
            move || drop(listeners)
        });
    }

    // After each render: learn the drawn rows' real heights, finish a pending reveal, and
    // end the render measure (effects run once the comparison is in the page).
    {
        let (heights, pending_reveal) = (heights.clone(), pending_reveal.clone());
        let (window_handle, current) = (window.clone(), current.clone());
        use_effect_with((props.result.clone(), drawn.clone()), move |(_, window)| {
            timing::measure_since("corroborate:render");
            if window.windowed() {
                heights.borrow_mut().measure(window.range());
            }
            if window.first_screen_only() {
                draw_rest_after_paint(window_handle, current, window.clone());
            }
            if let Some(row) = pending_reveal.borrow_mut().take() {
                reveal_row(row, window.windowed());
            }
        });
    }
    {
        let (window, heights, pending_reveal) =
            (window.clone(), heights.clone(), pending_reveal.clone());
        let (revealer, current) = (props.revealer.clone(), current.clone());
        // Registered again after every render, so it sees the window drawn last.
        use_effect(move || {
            revealer.register(Some(Callback::from(move |row: usize| {
                let drawn = current.borrow().clone();
                if drawn.range().contains(&row) {
                    reveal_row(row, drawn.windowed());
                } else {
                    *pending_reveal.borrow_mut() = Some(row);
                    window.set(drawn.around(row, &heights.borrow()));
                }
            })));
            move || revealer.register(None)
        });
    }

    let onclick = {
        let on_focus_fact = props.on_focus_fact.clone();
        Callback::from(move |event: MouseEvent| {
            let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            if let Some(fact) = fact_of(&target) {
                on_focus_fact.emit(Some(fact));
            }
            let Some(cell) = target.closest(".cell[data-row]").ok().flatten() else {
                return;
            };
            let (Some(row), Some(side)) = (
                cell.get_attribute("data-row"),
                cell.get_attribute("data-side"),
            ) else {
                return;
            };
            let other = if side == "left" { "right" } else { "left" };
            if let Some(counterpart) = dom::by_id(&format!("row-{row}-{other}")) {
                dom::reveal(&counterpart);
            }
        })
    };
    let onmouseover = {
        let on_hover_fact = props.on_hover_fact.clone();
        Callback::from(move |event: MouseEvent| {
            let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
            on_hover_fact.emit(target.as_ref().and_then(fact_of));
        })
    };
    let onmouseleave = props.on_hover_fact.reform(|_: MouseEvent| None);
    let range = drawn.range();
    let range = range.start.min(rows)..range.end.min(rows);
    let (above, below) = {
        let heights = heights.borrow();
        (heights.sum(0..range.start), heights.sum(range.end..rows))
    };
    html! {
        <section class={classes!("comparison", props.class.clone())} data-testid="comparison"
            ref={container} data-rows={rows.to_string()} data-drawn={format!("{}-{}", range.start, range.end)}
            aria-label="Side-by-side comparison"
            data-first-screen={drawn.first_screen_only().then_some("")}
            aria-busy={(props.class.contains("is-stale") || drawn.first_screen_only()).to_string()}
            {onclick} {onmouseover} {onmouseleave}>
            <Pane side={Side::Left} result={props.result.clone()} doc={props.left.clone()} title={props.titles.0.clone()}
                range={range.clone()} {above} {below} />
            <Pane side={Side::Right} result={props.result.clone()} doc={props.right.clone()} title={props.titles.1.clone()}
                range={range.clone()} {above} {below} />
        </section>
    }
}

/// Draw the rest of a short comparison once the browser has painted its first screen `from`,
/// unless another window was drawn meanwhile (a newer comparison's).
fn draw_rest_after_paint(
    window: UseStateHandle<Window>,
    current: Rc<RefCell<Window>>,
    from: Window,
) {
    dom::after_next_paint(move || {
        if *current.borrow() == from {
            window.set(from.rest());
        }
    });
}

/// Listen to scrolling and resizing, and move the window (once a frame at most) when the
/// rows in view come near the edge of the drawn ones.
fn follow_scroll(
    container: NodeRef,
    heights: Rc<RefCell<RowHeights>>,
    window: UseStateHandle<Window>,
    current: Rc<RefCell<Window>>,
) -> Vec<EventListener> {
    let Some(browser) = web_sys::window() else {
        return Vec::new();
    };
    let scheduled = Rc::new(RefCell::new(false));
    let update = {
        let scheduled = scheduled.clone();
        move || {
            let Some(element) = container.cast::<HtmlElement>() else {
                return;
            };
            let Some(browser) = web_sys::window() else {
                return;
            };
            let viewport = browser
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or(900.0);
            // Rows start below the pane headings.
            let head = element
                .query_selector(".pane-head")
                .ok()
                .flatten()
                .map_or(0.0, |h| h.get_bounding_client_rect().height());
            let top = element.get_bounding_client_rect().top() + head;
            let drawn = current.borrow().clone();
            let wanted = drawn.follow(-top, -top + viewport, &heights.borrow());
            if wanted != drawn {
                window.set(wanted);
            }
            *scheduled.borrow_mut() = false;
        }
    };
    let on_change = move |_: &web_sys::Event| {
        if std::mem::replace(&mut *scheduled.borrow_mut(), true) {
            return;
        }
        let update = update.clone();
        let frame = wasm_bindgen::closure::Closure::once_into_js(update);
        if let Some(browser) = web_sys::window() {
            let _ = browser.request_animation_frame(frame.unchecked_ref());
        }
    };
    // Passive listeners (the default): scrolling never waits for them.
    vec![
        EventListener::new(&browser, "scroll", on_change.clone()),
        EventListener::new(&browser, "resize", on_change),
    ]
}

/// Scroll a drawn row into view and flash both its cells (a row one report has alone has an
/// empty cell, without an id, on the other side).
fn reveal_row(row: usize, windowed: bool) {
    let cells: Vec<Element> = ["left", "right"]
        .iter()
        .filter_map(|side| dom::by_id(&format!("row-{row}-{side}")))
        .collect();
    if let Some((first, rest)) = cells.split_first() {
        if windowed {
            dom::reveal_with(first, false);
        } else {
            dom::reveal(first);
        }
        rest.iter().for_each(dom::flash);
    }
}

/// The innermost fact mentioned at an element, from the nearest `data-fact` list.
fn fact_of(element: &Element) -> Option<usize> {
    let mention = element.closest("[data-fact]").ok()??;
    mention
        .get_attribute("data-fact")?
        .split(' ')
        .next_back()?
        .parse()
        .ok()
}
