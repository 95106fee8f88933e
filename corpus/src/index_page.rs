//! `index.html`: the corpus as a page to browse, self-contained (no script or style from
//! elsewhere) so it opens from disk. Events come largest first, each with its contradictions
//! (every side and who gives it), single-sourced facts and reused wording, and a picker that
//! opens any two of its reports side by side in Corroborate's page; then the reports that
//! could not be read.
//!
//! The picker hands the two reports to the page in the address's fragment (`#open=`, the
//! reports as base64url JSON): a fragment never leaves the browser, so the texts go from
//! this file to the page on the same machine, offline.

use crate::{EventLine, ReportLine};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

/// Most bytes of report text the page carries for its pickers. A corpus larger than this
/// (a few tens of thousands of reports) gets its events without pickers, so the page stays
/// one that a browser opens; its reports open in the page from their files.
pub const MAX_CARRIED_TEXT: usize = 64 * 1024 * 1024;

/// The page's markup. `texts` holds each event report's text by id; `page` is where the
/// Corroborate page is, relative to this file or as an address.
pub fn render(
    events: &[EventLine],
    reports: &[ReportLine],
    texts: &BTreeMap<String, String>,
    page: &str,
) -> String {
    let title_of: HashMap<&str, &str> = reports
        .iter()
        .filter_map(|r| Some((r.id.as_str(), r.title.as_deref()?)))
        .collect();
    let report = |id: &str| match title_of.get(id) {
        Some(title) => format!("{} <span class=\"n\">— {}</span>", esc(id), esc(title)),
        None => esc(id),
    };
    let carried: usize = texts.values().map(String::len).sum();
    let pickers = carried <= MAX_CARRIED_TEXT && !texts.is_empty();
    let mut h = String::new();
    h.push_str(concat!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "<title>Corroborate — corpus</title><style>",
        "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24;background:#fbfaf7}",
        "h1{font-size:1.5rem}h2{font-size:1.15rem;margin:2rem 0 .25rem}h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:#555;margin:1rem 0 .25rem}",
        "section{border-top:1px solid #ddd;padding-top:.5rem}ul{margin:.25rem 0;padding-left:1.25rem}",
        ".side{font-weight:600}.n{color:#555}.conflict{color:#8a2c0d}",
        "form.open{margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}",
        "form.open select{max-width:18rem;font:inherit}form.open button{font:inherit;padding:.15rem .7rem}",
        "@media (prefers-color-scheme:dark){body{background:#16181b;color:#e6e6e6}.n,h3{color:#aaa}.conflict{color:#f4a37f}section{border-color:#333}}",
        "@media print{form.open{display:none}}",
        "</style></head>\n"
    ));
    let _ = writeln!(
        h,
        "<body data-page=\"{}\">\n<h1>Corroborate — corpus</h1>",
        esc(page)
    );
    let unread: Vec<&ReportLine> = reports.iter().filter(|r| r.error.is_some()).collect();
    let _ = write!(
        h,
        "<p class=\"n\">{} reports; {} events of two or more reports; {} could not be read.",
        reports.len(),
        events.len(),
        unread.len(),
    );
    if pickers {
        let _ = write!(
            h,
            " Each event's “Open side by side” shows two of its reports in Corroborate \
             (<code>{}</code>), on this machine.",
            esc(page)
        );
    } else if !texts.is_empty() {
        h.push_str(" The reports are too many to carry in this page: open two of them in Corroborate from their files.");
    }
    h.push_str("</p>\n");
    for e in events {
        let _ = writeln!(
            h,
            "<section id=\"event-{0}\"><h2>Event {0}: {1} reports, {2} contradicted, {3} corroborated</h2>",
            e.event + 1,
            e.reports.len(),
            e.contradictions.len(),
            e.corroborated
        );
        h.push_str("<h3>Reports</h3><ul>");
        for id in &e.reports {
            let _ = write!(h, "<li>{}</li>", report(id));
        }
        h.push_str("</ul>");
        if pickers {
            open_form(&mut h, e, &title_of);
        }
        if !e.contradictions.is_empty() {
            h.push_str("<h3>Contradictions</h3><ul>");
            for c in &e.contradictions {
                let sides: Vec<String> = c
                    .sides
                    .iter()
                    .map(|s| {
                        format!(
                            "<span class=\"side\">{}</span> <span class=\"n\">— {} report{}: {}</span>",
                            esc(&s.value),
                            s.reports.len(),
                            if s.reports.len() == 1 { "" } else { "s" },
                            s.reports.iter().map(|r| esc(r)).collect::<Vec<_>>().join(", ")
                        )
                    })
                    .collect();
                let _ = write!(
                    h,
                    "<li class=\"conflict\">{} ({}): {}</li>",
                    esc(&c.label),
                    kind_name(c.kind),
                    sides.join("; ")
                );
            }
            h.push_str("</ul>");
        }
        if !e.single_sourced.is_empty() {
            h.push_str("<h3>Only one report says</h3><ul>");
            for f in &e.single_sourced {
                let _ = write!(
                    h,
                    "<li>{} <span class=\"n\">({}) — {}</span></li>",
                    esc(&f.label),
                    kind_name(f.kind),
                    esc(&f.report)
                );
            }
            h.push_str("</ul>");
        }
        if !e.reuse.is_empty() {
            h.push_str("<h3>Shared wording (8+ identical words)</h3><ul>");
            for r in &e.reuse {
                let _ = write!(
                    h,
                    "<li>{} and {} <span class=\"n\">— {} passages, {} words ({:.0}% and {:.0}% of each)</span></li>",
                    esc(&r.a),
                    esc(&r.b),
                    r.passages,
                    r.words,
                    r.share_a * 100.0,
                    r.share_b * 100.0
                );
            }
            h.push_str("</ul>");
        }
        h.push_str("</section>\n");
    }
    if !unread.is_empty() {
        h.push_str("<section><h2>Could not be read</h2><ul>");
        for r in unread {
            let _ = write!(
                h,
                "<li>{} <span class=\"n\">— {}</span></li>",
                esc(&r.id),
                esc(r.error.as_deref().unwrap_or(""))
            );
        }
        h.push_str("</ul></section>\n");
    }
    if pickers {
        // The texts ride in a JSON block; "<" is escaped inside it so no report can close it.
        let texts_json = serde_json::to_string(texts)
            .expect("invariant: texts serialise")
            .replace('<', "\\u003c");
        let _ = writeln!(
            h,
            "<script type=\"application/json\" id=\"texts\">{texts_json}</script>"
        );
        h.push_str(OPEN_SCRIPT);
    }
    h.push_str("</body></html>\n");
    h
}

/// The picker of two reports of event `e`, the first two chosen.
fn open_form(h: &mut String, e: &EventLine, title_of: &HashMap<&str, &str>) {
    let options = |chosen: usize| {
        e.reports
            .iter()
            .enumerate()
            .map(|(k, id)| {
                let shown = match title_of.get(id.as_str()) {
                    Some(title) => format!("{id} — {title}"),
                    None => id.clone(),
                };
                format!(
                    "<option value=\"{}\"{}>{}</option>",
                    esc(id),
                    if k == chosen { " selected" } else { "" },
                    esc(&shown)
                )
            })
            .collect::<String>()
    };
    let _ = write!(
        h,
        "<form class=\"open\" aria-label=\"Open two reports of event {n} side by side\">\
         <label>Left <select name=\"left\">{}</select></label>\
         <label>Right <select name=\"right\">{}</select></label>\
         <button type=\"submit\">Open side by side</button>\
         <span class=\"n\" role=\"status\"></span></form>",
        options(0),
        options(1),
        n = e.event + 1
    );
}

/// Opens the chosen pair in the page, the texts in the fragment (base64url of UTF-8 JSON:
/// `[{"name", "text"}, {"name", "text"}]`).
const OPEN_SCRIPT: &str = r#"<script>
(() => {
  const texts = JSON.parse(document.getElementById('texts').textContent);
  const page = document.body.dataset.page;
  const base64url = (s) => {
    const bytes = new TextEncoder().encode(s);
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!form.classList.contains('open')) return;
    event.preventDefault();
    const status = form.querySelector('[role=status]');
    const left = form.elements.left.value, right = form.elements.right.value;
    if (left === right) { status.textContent = 'Choose two different reports.'; return; }
    status.textContent = '';
    const pair = [left, right].map((id) => ({ name: id, text: texts[id] }));
    const url = new URL(page, location.href);
    url.hash = 'open=' + base64url(JSON.stringify(pair));
    window.open(url.href, '_blank');
  });
})();
</script>
"#;

/// A fact kind as the JSON names it ("date", "number").
fn kind_name(kind: corroborate_core::FactKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Text made safe inside HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
