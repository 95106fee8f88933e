//! The page in a real browser (wasm-bindgen-test, `run_in_browser`): what a user does, and
//! what the page then shows. Run with
//! `cargo test -p corroborate-web --target wasm32-unknown-unknown --test wasm_page`
//! (wasm-bindgen-test-runner as the target runner, chromedriver on PATH).
#![cfg(target_arch = "wasm32")]

use corroborate_web::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{DataTransfer, DragEvent, DragEventInit, Element, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("invariant: a browser page")
}

/// Mount a fresh page in its own element.
async fn mount() -> Element {
    let root = document()
        .create_element("div")
        .expect("invariant: divs can be created");
    document()
        .body()
        .expect("invariant: the page has a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn click(root: &Element, selector: &str) {
    let element = root
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector}"));
    element.unchecked_into::<HtmlElement>().click();
}

/// Let pending browser work (file reads) finish and the page re-render, until `done` holds or
/// a generous number of turns has passed.
async fn settle(done: impl Fn() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .expect("window")
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 5);
        });
        let _ = JsFuture::from(tick).await;
        yew::scheduler::flush().await;
    }
}

async fn paste(root: &Element, text: &str) {
    let area: HtmlTextAreaElement = root
        .query_selector("[data-testid=paste]")
        .ok()
        .flatten()
        .expect("paste box")
        .unchecked_into();
    area.set_value(text);
    click(root, "[data-testid=paste-add]");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_example_compares_its_first_two_reports_at_once() {
    let root = mount().await;
    click(&root, "[data-testid=example]");
    settle(|| !all(&root, "[data-testid=comparison]").is_empty()).await;
    assert_eq!(all(&root, "[data-testid=doc]").len(), 3);
    let left = all(&root, "[data-testid=pane-left] .cell:not(.is-gap)");
    let right = all(&root, "[data-testid=pane-right] .cell:not(.is-gap)");
    assert!(
        left.len() > 5 && right.len() > 5,
        "both panes show sentences"
    );
    assert_eq!(all(&root, "[data-testid=summary]").len(), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn two_pasted_reports_are_compared_with_the_changed_words_marked() {
    let root = mount().await;
    paste(
        &root,
        "Leaders met in Paris.\n\nThe talks lasted three hours and ended late.",
    )
    .await;
    paste(
        &root,
        "The talks lasted four hours and ended late.\n\nLeaders met in Paris.",
    )
    .await;
    settle(|| !all(&root, "[data-testid=comparison]").is_empty()).await;
    let deleted: Vec<String> = all(&root, "[data-testid=pane-left] del")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    let inserted: Vec<String> = all(&root, "[data-testid=pane-right] ins")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert_eq!(deleted, ["three"]);
    assert_eq!(inserted, ["four"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_sentence_flashes_its_counterpart() {
    let root = mount().await;
    paste(
        &root,
        "Leaders met in Paris.\n\nThe talks lasted three hours and ended late.",
    )
    .await;
    paste(
        &root,
        "The talks lasted four hours and ended late.\n\nLeaders met in Paris.",
    )
    .await;
    settle(|| !all(&root, "[data-testid=comparison]").is_empty()).await;
    click(&root, "#row-0-left");
    let counterpart = root
        .query_selector("#row-0-right")
        .ok()
        .flatten()
        .expect("row 0 has a right cell");
    assert!(counterpart.class_list().contains("flash"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_dropped_image_gets_a_message_naming_it_and_the_shelf_stays() {
    let root = mount().await;
    paste(&root, "A report that must stay.").await;
    let transfer = DataTransfer::new().expect("DataTransfer");
    let bytes = js_sys::Uint8Array::from(&b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..]);
    let parts = js_sys::Array::of1(&bytes);
    let file = web_sys::File::new_with_u8_array_sequence(&parts, "photo.png").expect("File");
    transfer.items().add_with_file(&file).expect("added");
    let init = DragEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_data_transfer(Some(&transfer));
    let drop = DragEvent::new_with_event_init_dict("drop", &init).expect("DragEvent");
    document()
        .body()
        .expect("body")
        .dispatch_event(&drop)
        .expect("dispatched");
    settle(|| !all(&root, "[role=alert]").is_empty()).await;
    let alerts: Vec<String> = all(&root, "[role=alert]")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert!(alerts.iter().any(|a| a.contains("photo.png")), "{alerts:?}");
    assert_eq!(all(&root, "[data-testid=doc]").len(), 1);
    root.remove();
}

#[wasm_bindgen_test]
fn a_bug_in_the_page_leaves_a_notice_that_works_without_script() {
    corroborate_web::page::panic_screen::show("panicked at src/app.rs:10:5: index out of bounds");
    let screen = document()
        .get_element_by_id("panic-screen")
        .expect("the notice is drawn");
    let text = screen.text_content().unwrap_or_default();
    assert!(text.contains("your documents are safe"), "{text}");
    let reload = screen
        .query_selector("[data-testid=panic-reload]")
        .ok()
        .flatten()
        .expect("a reload link");
    let here = web_sys::window().unwrap().location().href().unwrap();
    assert_eq!(
        reload.get_attribute("href").as_deref(),
        Some(here.split('#').next().unwrap()),
        "a plain link to this page, no script needed"
    );
    let details: web_sys::HtmlTextAreaElement = screen
        .query_selector("[data-testid=panic-details]")
        .ok()
        .flatten()
        .expect("the details")
        .unchecked_into();
    assert!(details.value().contains("index out of bounds"));
    // Drawn once, even if the hook runs again.
    corroborate_web::page::panic_screen::show("a second panic");
    assert_eq!(
        document()
            .query_selector_all("#panic-screen")
            .unwrap()
            .length(),
        1
    );
    screen.remove();
}
