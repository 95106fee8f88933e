//! The few things the page asks of the browser directly: reading dropped or chosen files,
//! scrolling an element into view and flashing it, moving the focus, the colour scheme.

use crate::page::state::{Action, FileBytes, OpenedReport};
use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Element, File, FileList, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition,
};

/// The files of a `FileList` (from a drop or a file input).
pub fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Read every file's bytes, then report them as one action, so several files dropped at once
/// load (and compare) together. Files the browser cannot read become their own messages.
pub fn read_files(files: Vec<File>, dispatch: impl Fn(Action) + 'static) {
    if files.is_empty() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in files {
            let name = file.name();
            match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => read.push(FileBytes {
                    name,
                    bytes: Uint8Array::new(&buffer).to_vec(),
                }),
                Err(error) => dispatch(Action::FileUnreadable {
                    name,
                    reason: error
                        .as_string()
                        .or_else(|| error.dyn_ref::<js_sys::Error>().map(|e| e.message().into()))
                        .unwrap_or_else(|| "unknown error".into()),
                }),
            }
        }
        if !read.is_empty() {
            dispatch(Action::AddFiles(read));
        }
    });
}

/// The element with this id, if it is on the page.
pub fn by_id(id: &str) -> Option<Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// The first element matching a CSS selector.
pub fn first(selector: &str) -> Option<Element> {
    web_sys::window()?
        .document()?
        .query_selector(selector)
        .ok()?
}

/// Scroll an element into the middle of the view, smoothly (at once for readers who asked their
/// system for less motion), and flash it so the eye finds it.
pub fn reveal(element: &Element) {
    reveal_with(element, !reduced_motion());
}

/// [`reveal`], smoothly or at once. A long comparison's rows are drawn around the viewport as
/// it moves, so a smooth scroll across thousands of rows would redraw the rows under it all
/// the way and could take its target away: there, jumps are at once.
pub fn reveal_with(element: &Element, smooth: bool) {
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(if smooth {
        ScrollBehavior::Smooth
    } else {
        ScrollBehavior::Instant
    });
    options.set_block(ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    flash(element);
}

/// Call `then` with those of the elements named by `ids` that are on the page, as soon as one
/// is: now, or within the next `frames` frames (a long comparison draws a row it was asked to
/// reveal on its next render). Gives up silently after that.
pub fn when_drawn(ids: Vec<String>, frames: u32, then: impl FnOnce(Vec<Element>) + 'static) {
    let found: Vec<Element> = ids.iter().filter_map(|id| by_id(id)).collect();
    if !found.is_empty() {
        then(found);
        return;
    }
    if frames == 0 {
        return;
    }
    let retry =
        wasm_bindgen::closure::Closure::once_into_js(move || when_drawn(ids, frames - 1, then));
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(retry.unchecked_ref());
    }
}

/// Call `then` once the browser has painted its next frame: `requestAnimationFrame` runs just
/// before that frame's paint, and a task queued from there runs after it. A hidden tab paints
/// no frames; `then` waits until it is shown.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return then();
    };
    let after_paint = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Some(window) = web_sys::window() else {
            return then();
        };
        let task = wasm_bindgen::closure::Closure::once_into_js(then);
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
    });
    let _ = window.request_animation_frame(after_paint.unchecked_ref());
}

/// Whether the reader asked their system for less motion (`prefers-reduced-motion`).
fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// Restart the element's flash animation (removing the class, forcing a style flush, adding it).
pub fn flash(element: &Element) {
    let classes = element.class_list();
    let _ = classes.remove_1("flash");
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.offset_width();
    }
    let _ = classes.add_1("flash");
}

/// Move the keyboard focus to an element, so a screen reader reads it and Tab carries on from
/// there. An element that is not focusable (a row of the panes) becomes focusable by script
/// only (`tabindex="-1"`), so it never joins the Tab order. With `scroll` false the view stays
/// put: the caller scrolls smoothly itself.
pub fn focus(element: &Element, scroll: bool) {
    let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    if !html.has_attribute("tabindex") {
        let _ = html.set_attribute("tabindex", "-1");
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(!scroll);
    let _ = html.focus_with_options(&options);
}

/// Show the page in a colour scheme: `Some("light")` or `Some("dark")` whatever the system
/// says, `None` to follow the system. The stylesheet reads `data-theme` on `<html>`; the
/// `color-scheme` meta tells the browser which scheme its own parts (form controls,
/// scrollbars) take.
pub fn apply_theme(theme: Option<&str>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = match theme {
            Some(theme) => root.set_attribute("data-theme", theme),
            None => root.remove_attribute("data-theme"),
        };
    }
    if let Ok(Some(meta)) = document.query_selector("meta[name=color-scheme]") {
        let _ = meta.set_attribute("content", theme.unwrap_or("light dark"));
    }
}

/// Where the colour scheme is remembered for the next visit's first frame. The shelf's own
/// settings live in IndexedDB, which answers only after the page has drawn once; this small
/// synchronous copy lets the page start in the reader's scheme instead of switching to it.
const THEME_KEY: &str = "corroborate-theme";

/// The colour scheme the reader last chose on this browser: `Some("light")`,
/// `Some("dark")`, or `None` (follow the system, or never chosen, or storage unavailable).
pub fn remembered_theme() -> Option<String> {
    // Rendered to a string (the page's native tests) there is no browser to ask.
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let storage = web_sys::window()?.local_storage().ok()??;
    storage
        .get_item(THEME_KEY)
        .ok()?
        .filter(|theme| theme == "light" || theme == "dark")
}

/// Remember the reader's colour scheme for the next visit (see [`remembered_theme`]). A
/// browser that refuses is no loss: the scheme still comes back with the shelf's settings.
pub fn remember_theme(theme: Option<&str>) {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = match theme {
            Some(theme) => storage.set_item(THEME_KEY, theme),
            None => storage.remove_item(THEME_KEY),
        };
    }
}

/// Put text on the clipboard; `done` learns whether it worked (browsers may refuse, e.g.
/// when the page is not focused), so the page can say so instead of failing silently.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(JsFuture::from(promise).await.is_ok());
    });
}

/// Offer text as a file download, named `name` (works from a server and from `file://`).
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let fail = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The click has started the download; the URL may go once this task is over.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// Today's date as a reader writes it ("29 November 2026, 14:05"), for exported reports.
///
/// The month's name comes from the browser's own calendar data (`Intl`), not the engine's
/// word lists: reading those here would carry every list into the page's WebAssembly.
pub fn now_for_people() -> String {
    let now = js_sys::Date::new_0();
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    format!(
        "{}, {:02}:{:02}",
        String::from(now.to_locale_date_string("en-GB", &options)),
        now.get_hours(),
        now.get_minutes()
    )
}

/// The two reports in the address's `#open=` fragment (a corpus report's picker puts them
/// there), or what is wrong with them; none when the address has no such fragment. The
/// fragment is then taken out of the address (the history entry replaced, nothing
/// reloaded), so a reload does not open them again and the texts do not linger in the
/// address bar.
pub fn take_opened_pair() -> Option<Result<[OpenedReport; 2], String>> {
    let window = web_sys::window()?;
    let location = window.location();
    let hash = location.hash().ok()?;
    let payload = hash.strip_prefix("#open=")?;
    if let Ok(history) = window.history() {
        let bare = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&bare));
    }
    Some(from_base64url(&window, payload).and_then(|bytes| OpenedReport::pair_from_json(&bytes)))
}

/// Bytes from base64url (the fragment's alphabet, padding optional), by the browser's own
/// decoder.
fn from_base64url(window: &web_sys::Window, text: &str) -> Result<Vec<u8>, String> {
    let mut standard: String = text
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    while !standard.len().is_multiple_of(4) {
        standard.push('=');
    }
    let binary = window
        .atob(&standard)
        .map_err(|_| "it is damaged (its reports are not in base64)".to_string())?;
    // atob gives one character per byte, each below 256.
    Ok(binary.chars().map(|c| c as u32 as u8).collect())
}

/// Light every mention of `fact` in both panes while the pointer is on it (or on one of its
/// mentions), through a style sheet of its own in the document's head. Hover is the
/// busiest event of the page: written here, it re-renders nothing.
pub fn light_hovered_fact(fact: Option<usize>) {
    const ID: &str = "hovered-fact-light";
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let style = match document.get_element_by_id(ID) {
        Some(style) => style,
        None => {
            let Ok(style) = document.create_element("style") else {
                return;
            };
            style.set_id(ID);
            if let Some(head) = document.head() {
                let _ = head.append_child(&style);
            }
            style
        }
    };
    // One class more than the picked fact's rule, so the fact under the pointer shows even
    // where the picked one is lit too.
    style.set_text_content(Some(&fact_light_css(".app .comparison", fact)));
}

/// CSS that lights every mention of `fact` inside `scope` (nothing for no fact): the picked
/// fact's rule (`.comparison`) and the hovered one's share it.
pub fn fact_light_css(scope: &str, fact: Option<usize>) -> String {
    fact.map(|f| {
        format!(
            "{scope} [data-fact~=\"{f}\"] {{ background: var(--focus-bg); \
             box-shadow: 0 0 0 2px var(--focus-ring); border-radius: 2px; }}"
        )
    })
    .unwrap_or_default()
}
