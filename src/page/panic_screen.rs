//! What the reader sees if the page itself hits a bug.
//!
//! A panic in the page's WebAssembly (the engine's panics stay inside the worker, see
//! [`crate::worker`]) ends the page's Rust code: nothing written in Rust can run afterwards,
//! not even a button's handler. So the hook draws a notice with plain DOM calls while it
//! still can, and everything on it works without script: the reload is a link, the details
//! sit in a read-only text box to select and copy. The reports are safe: they are saved in
//! the browser's storage as they are added, and come back on reload.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// Show [`show`] on any panic of the page, after the usual console report.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show(&info.to_string());
    }));
}

/// Draw the notice over the page, with `details` ready to copy into a bug report.
pub fn show(details: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("panic-screen").is_some() {
        return;
    }
    let _ = build(&document, details).map(|screen| {
        if let Some(body) = document.body() {
            let _ = body.append_child(&screen);
        }
    });
}

fn build(document: &Document, details: &str) -> Option<Element> {
    let element = |tag: &str, class: &str, text: &str| -> Option<Element> {
        let e = document.create_element(tag).ok()?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        if !text.is_empty() {
            e.set_text_content(Some(text));
        }
        Some(e)
    };
    let screen = element("div", "panic-screen", "")?;
    screen.set_id("panic-screen");
    screen.set_attribute("role", "alertdialog").ok()?;
    screen.set_attribute("aria-modal", "true").ok()?;
    screen
        .set_attribute("aria-labelledby", "panic-title")
        .ok()?;
    let card = element("div", "panic-card", "")?;
    let title = element(
        "h2",
        "panic-title",
        "Something went wrong comparing these reports — your documents are safe",
    )?;
    title.set_id("panic-title");
    let lead = element(
        "p",
        "",
        "Corroborate ran into a problem it cannot recover from on this page. Your reports are \
         saved in this browser and come back when you reload.",
    )?;
    let reload = element("a", "button button-primary", "Reload and continue")?;
    // A link to this very page (without a #fragment, which would only scroll): reloading
    // needs no script, which can no longer run.
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    reload.set_attribute("href", &here).ok()?;
    reload.set_attribute("data-testid", "panic-reload").ok()?;
    let label = element(
        "label",
        "panic-label",
        "Error details — select and copy them into a bug report:",
    )?;
    label.set_attribute("for", "panic-details").ok()?;
    let text = element("textarea", "panic-details", "")?;
    text.set_id("panic-details");
    text.set_attribute("readonly", "").ok()?;
    text.set_attribute("rows", "5").ok()?;
    text.set_attribute("data-testid", "panic-details").ok()?;
    let agent = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    text.unchecked_ref::<web_sys::HtmlTextAreaElement>()
        .set_value(&format!("{details}\n\nBrowser: {agent}"));
    for child in [&title, &lead, &reload, &label, &text] {
        card.append_child(child).ok()?;
    }
    screen.append_child(&card).ok()?;
    Some(screen)
}
